#!/usr/bin/env bash
# SkillRadar's macOS .dmg (mvn -Ppackage package on a Mac). NOT RUN by the project so far: written from the
# Linux script (packaging/linux/package.sh, which is tested) and jpackage's documentation. The same steps:
# a jlink runtime from JavaFX's *-mac.jar modules plus what jdeps finds, JavaFX's .dylib files in the
# runtime's lib/, sqlite-jdbc's in the app folder, then jpackage --type dmg (packaging/jpackage/macos.args).
# No class-data archive yet (the Linux training runs the window under Xvfb; on a Mac it would need a
# logged-in session). Environment as for the Linux script: VERSION, BUILD_DIR, BUILD_JDK, PACKAGE_JDK.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${VERSION:?}
build=${BUILD_DIR:-target}
build_jdk=${BUILD_JDK:?}
package_jdk=${PACKAGE_JDK:-build}
[[ $package_jdk == build || $package_jdk == auto ]] && package_jdk=$build_jdk
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$package_jdk/release")
work=$build/package
rm -rf "$work" && mkdir -p "$work/input/lib" "$work/input/native"
cp -p "$build/skillradar.jar" "$work/input/"
fx_jars=()
for j in "$build"/lib/*.jar; do
  case ${j##*/} in
    javafx-*-mac.jar | javafx-*-mac-aarch64.jar) fx_jars+=("$j") ;;
    javafx-*) ;;
    *) cp -p "$j" "$work/input/lib/" ;;
  esac
done
fx_path=$(IFS=:; echo "${fx_jars[*]}")
fx_modules=$(for j in "${fx_jars[@]}"; do n=${j##*/}; n=${n%%-[0-9]*}; echo "${n/-/.}"; done | paste -sd, -)
case $(uname -m) in arm64) arch=aarch64 ;; *) arch=x86_64 ;; esac
sqlite_jar=$(ls "$work"/input/lib/sqlite-jdbc-*.jar)
(cd "$work/input/native" && "$build_jdk/bin/jar" xf "$sqlite_jar" "org/sqlite/native/Mac/$arch/libsqlitejdbc.dylib" \
  && mv "org/sqlite/native/Mac/$arch/libsqlitejdbc.dylib" . && rm -rf org)
cp=$(ls "$work"/input/lib/*.jar | paste -sd: -)
jdk_modules=$("$package_jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$fx_path" --class-path "$cp" "$work/input/skillradar.jar" | tail -1)
modules=$(echo "$jdk_modules,jdk.localedata" | tr , '\n' | grep -v '^javafx\.' | sort -u | paste -sd, -),$fx_modules
"$package_jdk/bin/jlink" --module-path "$fx_path" --add-modules "$modules" --include-locales=en,de \
  --strip-debug --no-header-files --no-man-pages --exclude-resources='glob:/javafx.*/*.dylib' --output "$work/runtime"
graphics=$(printf '%s\n' "${fx_jars[@]}" | grep /javafx-graphics-)
(cd "$work/runtime/lib" && "$build_jdk/bin/jar" tf "$graphics" | grep '^[^/]*\.dylib$' | xargs "$build_jdk/bin/jar" xf "$graphics")
java_options=()
if [[ $feature -ge 24 ]]; then
  java_options+=(--java-options --enable-native-access=javafx.graphics,ALL-UNNAMED
                 --java-options --sun-misc-unsafe-memory-access=allow)
fi
"$build_jdk/bin/jpackage" @packaging/jpackage/app.args @packaging/jpackage/macos.args "${java_options[@]}" \
  --app-version "$version" --input "$work/input" --runtime-image "$work/runtime" --dest "$work"
ls -l "$work"/*.dmg
