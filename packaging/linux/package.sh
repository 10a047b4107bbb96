#!/usr/bin/env bash
# SkillRadar's Linux packages, from what `mvn package` left in the build folder. `mvn -Ppackage package`
# calls it; after `mvn package` it also runs alone (it only reads the build folder and packaging/):
#
#   VERSION=0.1.0 packaging/linux/package.sh
#
# 1. a runtime made by jlink: JavaFX's modules (its *-linux.jar platform jars are modular jars) and the
#    java.* / jdk.* modules jdeps finds in the app and its libraries, plus jdk.localedata (German
#    formats, which jdeps cannot see). PDFBox, Jackson, sqlite-jdbc and the app stay on the class path,
#    since PDFBox is an automatic module and jlink takes no automatic modules. JavaFX's native libraries
#    are put into the runtime's lib/ (where JavaFX looks first), so the app never unpacks them into
#    ~/.openjfx; sqlite-jdbc's into the app folder, so it never unpacks one into /tmp;
# 2. the app image (jpackage --runtime-image): target/package/image/SkillRadar, with launcher.sh as its
#    launcher bin/SkillRadar (it reads the options jpackage wrote into lib/app/SkillRadar.cfg);
# 3. its class-data archive, from a training run of that very image where it will run (train.sh);
# 4. the .deb (jpackage --type deb, then deb.sh adds the desktop entry, icons, AppStream metadata,
#    /usr/bin/skillradar and a corrected control file).
#
# Environment (the pom's package profile sets them):
#   VERSION          the app version (required)
#   BUILD_DIR        the Maven build folder (default target)
#   BUILD_JDK        the JDK that built the app; its jpackage is used (default: JAVA_HOME, else java on PATH)
#   PACKAGE_JDK      the JDK whose runtime is linked: a folder, "build" (BUILD_JDK) or "auto" (default):
#                    the newest JDK 24+ in /usr/lib/jvm that jlink can link from, else BUILD_JDK. A 24+
#                    runtime gets an AOT cache (JEP 483/514) instead of an AppCDS archive, and the options
#                    JavaFX 21 needs there; measured, it reaches the first frame sooner (README, Packaging)
#   PACKAGE_TYPES    app-image or app-image,deb (default app-image,deb)
#   PACKAGE_CDS      on (default) or off: without a class-data archive
#   TRAINING_SCREENS screens the training visits: all (default) or ids, e.g. assess,dashboard
#   PACKAGE_DIR      where everything goes (default BUILD_DIR/package): image/SkillRadar, the .deb
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
version=${VERSION:?VERSION is required, e.g. VERSION=0.1.0}
build=$(cd "${BUILD_DIR:-target}" && pwd)
jdk_of() { local j; j=$(command -v "$1") && dirname "$(dirname "$(readlink -f "$j")")"; }
build_jdk=${BUILD_JDK:-${JAVA_HOME:-$(jdk_of java)}}
feature_of() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }
package_jdk=${PACKAGE_JDK:-auto}
if [[ $package_jdk == build ]]; then
  package_jdk=$build_jdk
elif [[ $package_jdk == auto ]]; then
  package_jdk=$build_jdk
  best=$(feature_of "$build_jdk")
  for j in /usr/lib/jvm/*; do
    f=$(feature_of "$j")
    [[ -n $f && -x $j/bin/jlink && -x $j/bin/jdeps ]] && ((f >= 24 && f > best)) || continue
    # jlink needs the JDK's jmods, or a JDK built to link from its own run-time image (JEP 493)
    if [[ -d $j/jmods ]] || "$j/bin/jlink" --help 2>/dev/null | grep -q 'Linking from run-time image enabled'; then
      package_jdk=$(readlink -f "$j")
      best=$f
    fi
  done
fi
types=${PACKAGE_TYPES:-app-image,deb}
cds=${PACKAGE_CDS:-on}
install_dir=/opt/skillradar
say() { echo "[package] $*"; }
fail() { echo "[package] error: $*" >&2; exit 1; }

[[ -f $build/skillradar.jar && -d $build/lib ]] || fail "no $build/skillradar.jar and lib/: run mvn package first"
for tool in jlink jdeps; do [[ -x $package_jdk/bin/$tool ]] || fail "$package_jdk has no bin/$tool"; done
[[ -x $build_jdk/bin/jpackage ]] || fail "$build_jdk has no bin/jpackage"
feature=$(feature_of "$package_jdk")
[[ $feature -ge 17 ]] || fail "the runtime must be Java 17 or newer, $package_jdk is $feature"

work=${PACKAGE_DIR:-$build/package}
rm -rf "$work"
mkdir -p "$work/input/lib" "$work/input/native"

say "app input: skillradar.jar and its libraries, JavaFX's jars left out (linked into the runtime)"
cp -p "$build/skillradar.jar" "$work/input/"
fx_jars=()
for j in "$build"/lib/*.jar; do
  case ${j##*/} in
    javafx-*-linux.jar | javafx-*-linux-aarch64.jar) fx_jars+=("$j") ;;
    javafx-*) ;; # the empty jars without a classifier
    *) cp -p "$j" "$work/input/lib/" ;;
  esac
done
[[ ${#fx_jars[@]} -gt 0 ]] || fail "no javafx-*-linux.jar in $build/lib"
fx_path=$(IFS=:; echo "${fx_jars[*]}")
fx_modules=$(for j in "${fx_jars[@]}"; do n=${j##*/}; n=${n%%-[0-9]*}; echo "${n/-/.}"; done | paste -sd, -)

case $(uname -m) in
  x86_64) sqlite_arch=x86_64 ;;
  aarch64) sqlite_arch=aarch64 ;;
  *) fail "no sqlite-jdbc native library known for $(uname -m)" ;;
esac
sqlite_jar=$(ls "$work"/input/lib/sqlite-jdbc-*.jar)
(cd "$work/input/native" && "$build_jdk/bin/jar" xf "$sqlite_jar" "org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so" \
  && mv "org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so" . && rm -rf org)
[[ -f $work/input/native/libsqlitejdbc.so ]] || fail "libsqlitejdbc.so not found in $sqlite_jar"

say "modules: jdeps over the app and its libraries (runtime: $package_jdk, Java $feature)"
cp=$(ls "$work"/input/lib/*.jar | paste -sd: -)
jdk_modules=$("$package_jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$fx_path" --class-path "$cp" "$work/input/skillradar.jar" | tail -1)
modules=$(echo "$jdk_modules,$fx_modules,jdk.localedata" | tr , '\n' | grep -v '^javafx\.' | sort -u | paste -sd, -),$fx_modules
say "  $modules"

say "runtime: jlink"
"$package_jdk/bin/jlink" --module-path "$fx_path" --add-modules "$modules" --include-locales=en,de \
  --strip-debug --no-header-files --no-man-pages --exclude-resources='glob:/javafx.*/*.so' \
  --output "$work/runtime"
graphics=$(printf '%s\n' "${fx_jars[@]}" | grep /javafx-graphics-)
(cd "$work/runtime/lib" && "$build_jdk/bin/jar" tf "$graphics" | grep '^[^/]*\.so$' | xargs "$build_jdk/bin/jar" xf "$graphics")
ls "$work/runtime/lib/libglassgtk3.so" >/dev/null || fail "JavaFX's native libraries did not reach the runtime"

say "app image: jpackage ($build_jdk)"
java_options=()
if [[ $feature -ge 24 ]]; then
  # JavaFX 21 and sqlite-jdbc load native code and JavaFX uses sun.misc.Unsafe's memory access, which
  # Java 24+ allows only with a warning on stderr unless told so.
  java_options+=(--java-options --enable-native-access=javafx.graphics,ALL-UNNAMED
                 --java-options --sun-misc-unsafe-memory-access=allow)
fi
"$build_jdk/bin/jpackage" @packaging/jpackage/app.args @packaging/jpackage/linux.args "${java_options[@]}" \
  --type app-image --app-version "$version" --input "$work/input" --runtime-image "$work/runtime" \
  --dest "$work/image"
image=$work/image/SkillRadar
# jpackage's native launcher asks rpm and dpkg at every start which package it came from (launcher.sh)
install -m 755 "$here/launcher.sh" "$image/bin/SkillRadar"
rm "$image/lib/libapplauncher.so"

if [[ $cds == on ]]; then
  if [[ ,$types, == *,deb,* ]]; then where=$install_dir; else where=$image; fi
  "$here/train.sh" "$image" "$where" "$work/training"
else
  say "class-data archive: off (PACKAGE_CDS=$cds)"
fi

say "check: the image's --version, and nothing on stderr"
out=$("$image/bin/SkillRadar" --version 2>"$work/version.err") || fail "bin/SkillRadar --version failed: $(cat "$work/version.err")"
[[ ! -s $work/version.err ]] || fail "bin/SkillRadar --version wrote to stderr: $(cat "$work/version.err")"
say "  $out"
say "  runtime $(du -sh "$image/lib/runtime" | cut -f1), app image $(du -sh "$image" | cut -f1)"

if [[ ,$types, == *,deb,* ]]; then
  "$here/deb.sh" "$image" "$version" "$work"
fi
