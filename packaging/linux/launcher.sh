#!/bin/bash
# SkillRadar's launcher in the Linux app image (bin/SkillRadar, and /usr/bin/skillradar links to it):
# starts the bundled runtime with the options and the class path of lib/app/SkillRadar.cfg, the file
# jpackage wrote (and train.sh extended with the class-data archive), in its order, so that the class path
# is the one the archive was made for. It replaces jpackage's native launcher, which at every start asks
# rpm and dpkg which package it belongs to (`rpm -qf`, `dpkg -S`, `dpkg -L`, twice over: some 200 ms of
# child processes before the JVM even starts).
#   SKILLRADAR_JAVA_OPTS  extra JVM options, e.g. -Xmx512m (as for target/skillradar)
self=$(readlink -f -- "$0") || exit 1
root=${self%/bin/*}
app=$root/lib/app
opts=()
cp=
main=
while IFS= read -r line || [[ -n $line ]]; do
  case $line in
    app.classpath=*) cp+=${cp:+:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) opts+=("${line#java-options=}") ;;
  esac
done <"$app/SkillRadar.cfg"
cp=${cp//\$APPDIR/$app}
# The screens' archive on top of the AOT cache (train.sh) records where the cache was at training; anywhere else the JVM
# would refuse it with errors on stderr at every start, so an image moved since then starts without it.
trained=
[[ -f $app/archives.root ]] && read -r trained <"$app/archives.root"
if [[ -n $trained && $trained != "$root" ]]; then
  opts=("${opts[@]/%:\$APPDIR\/skillradar-screens.jsa/}")
fi
opts=("${opts[@]//\$APPDIR/$app}")
# the java launcher would also read JDK_JAVA_OPTIONS (and say so on stderr); a native launcher does not
unset JDK_JAVA_OPTIONS
# No GPU device (a virtual machine, a container, a remote session): JavaFX renders in software there
# (launch.RenderingPipeline, the same three device paths), and GTK need not load Mesa's software OpenGL at start
# only to list OpenGL visuals (GDK_GL=disable turns off GTK's own OpenGL, which JavaFX never draws with).
# A GDK_GL of the user's wins.
if [ -z "${GDK_GL+x}" ] && ! [ -e /dev/dri ] && ! [ -e /dev/nvidiactl ] && ! [ -e /dev/dxg ]; then
  GDK_GL=disable
  export GDK_GL
fi
# shellcheck disable=SC2086
exec -a SkillRadar "$root/lib/runtime/bin/java" "${opts[@]}" $SKILLRADAR_JAVA_OPTS -cp "$cp" "$main" "$@"
