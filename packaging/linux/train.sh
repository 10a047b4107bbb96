#!/usr/bin/env bash
# The class-data archive of a SkillRadar app image, from training runs of the image's own launcher:
#
#   packaging/linux/train.sh IMAGE WHERE WORK
#
# IMAGE is the app image (.../SkillRadar), WHERE the folder it will run from: IMAGE itself, or
# /opt/skillradar for the .deb. A Java 17 archive is only used when the class path is the one it was made
# for, path for path (otherwise the JVM ignores it without a word), so for another WHERE the runs happen
# in a private mount namespace in which IMAGE is mounted at WHERE (unshare; nothing changes outside).
# WORK holds the throw-away data folder and the logs.
#
# The runs: the command lines of training-commands (they also give the data folder some ratings and
# history), then the window under Xvfb with --startup-probe and -Dskillradar.training.screens, which
# opens every screen of the navigation column in turn (TrainingTour) before it ends.
#  - Java 17 to 23: every run lists the classes it loads (-XX:DumpLoadedClassList); the lists are merged
#    and the JDK writes them, parsed and verified, into lib/app/skillradar.jsa (-Xshare:dump, AppCDS).
#  - Java 24 and newer: the window is first run up to its first frame only (no tour), recorded
#    (-XX:AOTMode=record), and that record becomes the AOT cache lib/app/skillradar.aot (JEP 483/514/515: classes
#    loaded and linked at every start, plus method profiles); a second window run on that cache tours every screen
#    and ends with the JSON commands (App.trainingCommands), and what it loads beyond the cache is written at exit
#    into a dynamic archive on top, lib/app/skillradar-screens.jsa (parsed and verified, loaded when first used).
#    Linking at start only what the first frame needs is what makes the split worth it (README, Start-up).
#    An AOT cache is made from one run, so the command lines only prepare the data there.
# The launcher's configuration (lib/app/SkillRadar.cfg) then names the archives, and a start with -Xshare:on
# (which fails instead of ignoring an archive that does not fit) checks them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image=$(cd "$1" && pwd)
where=$2
work=$3
screens=${TRAINING_SCREENS:-all}
say() { echo "[train] $*"; }
fail() { echo "[train] error: $*" >&2; exit 1; }

if [[ $where != "$image" && -z ${SKILLRADAR_TRAIN_NAMESPACE:-} ]]; then
  case $image/ in "${where%/*}"/*) fail "the image must not lie under ${where%/*}" ;; esac
  command -v unshare >/dev/null || fail "unshare (util-linux) is needed to train for $where"
  ns=(unshare --mount --propagation private)
  [[ $(id -u) == 0 ]] || ns+=(--map-root-user)
  # the mount point: the installed package's folder if there is one, else a tmpfs over its parent
  setup='if [ -d "$2" ]; then mount --bind "$1" "$2"; else mount -t tmpfs tmpfs "${2%/*}" && mkdir "$2" && mount --bind "$1" "$2"; fi'
  rc=0
  "${ns[@]}" sh -c "{ $setup; } || exit 97"'; SKILLRADAR_TRAIN_NAMESPACE=1 exec "$0" "$1" "$2" "$3"' \
    "$here/train.sh" "$image" "$where" "$work" || rc=$?
  [[ $rc != 97 ]] || fail "could not mount the image at $where in a private mount namespace (needs root or user namespaces)"
  exit $rc
fi

command -v xvfb-run >/dev/null || fail "xvfb-run is needed for the window's training run (apt-get install xvfb xauth)"
launcher=$where/bin/SkillRadar
cfg=$where/lib/app/SkillRadar.cfg
[[ -x $launcher && -f $cfg ]] || fail "no app image at $where"
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$where/lib/runtime/release")
rm -rf "$work"
mkdir -p "$work"
data=$work/data
unset _JAVA_OPTIONS JDK_JAVA_OPTIONS
if [[ $feature -ge 24 ]]; then mode=aot; else mode=cds; fi
say "Java $feature: $( [[ $mode == aot ]] && echo "AOT cache" || echo "AppCDS archive") for $where"

n=0
while read -r line; do
  [[ -z $line || $line == \#* ]] && continue
  n=$((n + 1))
  eval "args=($line)" # the file's lines are shell words; WORK is the training folder
  args=("${args[@]//@WORK@/$work}")
  opts=()
  [[ $mode == cds ]] && opts=(-XX:DumpLoadedClassList="$work/cli-$n.classlist")
  JAVA_TOOL_OPTIONS="${opts[*]}" "$launcher" --data-dir "$data" "${args[@]}" >"$work/cli-$n.out" 2>"$work/cli-$n.err" \
    || fail "training command '$line' failed: $(cat "$work/cli-$n.err")"
done <"$here/training-commands"
say "$n command lines run"

window_run() { # NAME OPTIONS: a window start under Xvfb with --startup-probe, its output in WORK/NAME.out
  JAVA_TOOL_OPTIONS=$2 timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" \
    "$launcher" --startup-probe --data-dir "$data" >"$work/$1.out" 2>"$work/$1.err" \
    || fail "the window's training run ($1) failed: $(tail -5 "$work/$1.err")"
  grep -q '^first-frame-ms=' "$work/$1.out" || fail "the window's training run ($1) painted no frame"
}
check_tour() { # NAME: the screens the run visited
  visited=$(sed -n 's/^training-visited=//p' "$work/$1.out")
  [[ -n $visited ]] || fail "the training run visited no screen"
  [[ $screens == all || $visited == "$screens" ]] || fail "asked to visit $screens, visited $visited"
}

if [[ $mode == cds ]]; then
  window_run window "-Dskillradar.training.screens=$screens -XX:DumpLoadedClassList=$work/window.classlist"
  check_tour window
  say "window: $(grep '^first-frame-ms=' "$work/window.out"), screens visited: $visited"
  archive_name=skillradar.jsa
  cat "$work/window.classlist" "$work"/cli-*.classlist | grep -v '^#' | awk '!seen[$0]++' >"$work/skillradar.classlist"
  say "$(wc -l <"$work/skillradar.classlist") classes listed"
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$work/skillradar.classlist -XX:SharedArchiveFile=$where/lib/app/$archive_name" \
    "$launcher" >"$work/dump.out" 2>"$work/dump.err" || fail "-Xshare:dump failed: $(tail -5 "$work/dump.err")"
  printf 'java-options=-XX:SharedArchiveFile=$APPDIR/%s\njava-options=-Xshare:auto\n' "$archive_name" >>"$cfg"
  [[ -s $where/lib/app/$archive_name ]] || fail "no $archive_name was written"
else
  archive_name=skillradar.aot
  screens_name=skillradar-screens.jsa
  # 1. up to the first frame: the AOT cache
  window_run window "-XX:AOTMode=record -XX:AOTConfiguration=$work/skillradar.aotconf"
  say "window: $(grep '^first-frame-ms=' "$work/window.out"), recorded for the AOT cache"
  JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/skillradar.aotconf -XX:AOTCache=$where/lib/app/$archive_name" \
    "$launcher" >"$work/create.out" 2>"$work/create.err" || fail "creating the AOT cache failed: $(tail -5 "$work/create.err")"
  [[ -s $where/lib/app/$archive_name ]] || fail "no $archive_name was written"
  # The cache's method profiles (JEP 515) are left unused: with C1 alone nothing reads them, and replaying them makes
  # C1 compile every method that was hot anywhere in the training at once, beside the first frame. The cache is
  # mapped at the address it was made for (ArchiveRelocationMode=0, Java 17's default) rather than at a random one,
  # which makes the JVM rewrite every pointer in it at each start, some 30 ms (README, Start-up). SharedArchiveFile
  # rather than AOTCache: only it takes a second archive on top (below).
  printf 'java-options=-XX:SharedArchiveFile=$APPDIR/%s\njava-options=-Xshare:auto\njava-options=-XX:+UnlockDiagnosticVMOptions\njava-options=-XX:-AOTReplayTraining\njava-options=-XX:ArchiveRelocationMode=0\n' \
    "$archive_name" >>"$cfg"
  # 2. on that cache, every screen and the JSON commands: the dynamic archive on top
  window_run screens "-Dskillradar.training.screens=$screens -XX:ArchiveClassesAtExit=$where/lib/app/$screens_name"
  check_tour screens
  [[ -s $where/lib/app/$screens_name ]] || fail "no $screens_name was written: $(tail -5 "$work/screens.err")"
  say "screens visited: $visited, then the JSON commands"
  echo "$where" >"$where/lib/app/archives.root" # read by bin/SkillRadar (launcher.sh)
  sed -i "s|^java-options=-XX:SharedArchiveFile=\$APPDIR/$archive_name\$|&:\$APPDIR/$screens_name|" "$cfg"
  grep -q "^java-options=-XX:SharedArchiveFile=\$APPDIR/$archive_name:\$APPDIR/$screens_name\$" "$cfg" \
    || fail "could not name $screens_name in $cfg"
fi

# _JAVA_OPTIONS comes after the launcher's own options, so it can turn logging back on
_JAVA_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/check.log" "$launcher" --version >/dev/null 2>"$work/check.err" \
  || fail "the archive does not fit the image: $(cat "$work/check.err")"
grep -q ' dev.skillradar.Main source: shared objects file$' "$work/check.log" \
  || fail "dev.skillradar.Main did not come from the archive"
if [[ $mode == aot ]]; then
  _JAVA_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/check-json.log" "$launcher" --data-dir "$data" \
    roadmap --format json >/dev/null 2>"$work/check-json.err" || fail "roadmap --format json failed: $(cat "$work/check-json.err")"
  grep -q ' com.fasterxml.jackson.databind.ObjectMapper source: shared objects file (top)$' "$work/check-json.log" \
    || fail "the JSON commands' classes did not come from $screens_name"
  say "lib/app/$archive_name: $(du -h "$where/lib/app/$archive_name" | cut -f1), lib/app/$screens_name:" \
    "$(du -h "$where/lib/app/$screens_name" | cut -f1), used by the launcher"
else
  say "lib/app/$archive_name: $(du -h "$where/lib/app/$archive_name" | cut -f1), used by the launcher"
fi
