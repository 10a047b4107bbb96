#!/usr/bin/env bash
# The launcher's AOT cache: where a JDK 24 or newer is installed beside the build's JDK (Java 25 is, beside 17,
# on the build machines), `mvn package` ends with training runs of target/skillradar on that JDK under Xvfb and
# keeps two archives: target/skillradar.aot, the AOT cache of the window's start up to its first frame (JEP
# 483/514/515: classes loaded and linked at start, method profiles), and target/skillradar-screens.jsa, a dynamic
# archive on top of it with what every other screen and the JSON commands load (parsed and verified, loaded when
# first used). target/skillradar.aot.java names the JDK's java, and the launcher then starts that java with both
# instead of the build's JDK with skillradar.jsa (README, Design > Start-up, has the measurements).
#
#   packaging/launcher/aot.sh TARGET
#
#   LAUNCHER_JDK   auto (default): the newest JDK 24+ in /usr/lib/jvm; off: none (the AppCDS archive only);
#                  or a JDK folder
# Without such a JDK, or without xvfb-run or GTK 3 (the training run opens the real window: an AOT cache only fits the
# class path it was recorded with, so Monocle, which the AppCDS training uses, cannot be added to it), the
# build says so and the launcher keeps the build's JDK and its AppCDS archive.
# The training: the command lines of packaging/linux/training-commands on a fresh data folder (ratings,
# history); the window up to its first frame, recorded (-XX:AOTMode=record), whose record becomes the AOT cache;
# then the window again on that cache with every screen of the navigation column (TrainingTour) and the JSON
# commands (App.trainingCommands), whose classes beyond the cache are written at exit (-XX:ArchiveClassesAtExit).
# Both are checked with -Xshare:on, which fails instead of ignoring an archive that does not fit.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=$(cd "$1" && pwd)
jdk=${LAUNCHER_JDK:-auto}
jdk_asked=$jdk
launcher=$target/skillradar
cache=$target/skillradar.aot
screens=$target/skillradar-screens.jsa
marker=$target/skillradar.aot.java
work=$target/aot
say() { echo "[launcher-aot] $*"; }
fail() { echo "[launcher-aot] error: $*" >&2; exit 1; }
# A training that fails on a machine of its own (a broken Xvfb, say) must not fail a developer's `mvn package`:
# with LAUNCHER_JDK=auto it warns and the launcher keeps AppCDS (.ci/run then insists on the cache); with a JDK
# named explicitly it fails the build.
train_failed() {
  if [[ $jdk_asked == auto ]]; then
    rm -f "$cache" "$screens" "$marker"
    echo "[launcher-aot] WARNING: $* -- the launcher uses the build's JDK and its AppCDS archive" >&2
    exit 0
  fi
  fail "$@"
}
feature_of() { # JAVA FOLDER -> its feature release, or nothing
  if [[ -f $1/release ]]; then sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"; fi
}

rm -f "$cache" "$screens" "$marker" # archives from an earlier build would not fit this jar
[[ -x $launcher && -f $target/skillradar.jar ]] || fail "run after the jar and the launcher: $launcher is missing"
if [[ $jdk == off ]]; then
  say "off (-Dskillradar.launcher.jdk=off): the launcher uses the build's JDK and its AppCDS archive"
  exit 0
fi
if [[ $jdk == auto ]]; then
  jdk= best=0
  for j in /usr/lib/jvm/*; do
    f=$(feature_of "$j")
    if [[ -n $f && $f -ge 24 && $f -gt $best && -x $j/bin/java ]]; then jdk=$(readlink -f "$j") best=$f; fi
  done
  if [[ -z $jdk ]]; then
    say "no JDK 24+ in /usr/lib/jvm: the launcher uses the build's JDK and its AppCDS archive"
    exit 0
  fi
else
  f=$(feature_of "$jdk")
  [[ -n $f && $f -ge 24 && -x $jdk/bin/java ]] || fail "$jdk is not a JDK 24 or newer"
fi
if ! command -v xvfb-run >/dev/null; then
  say "xvfb-run is missing (apt-get install xvfb xauth): the launcher uses the build's JDK and its AppCDS archive"
  exit 0
fi
if [[ $(uname -s) == Linux ]] && ! ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0'; then
  say "GTK 3 is missing (apt-get install libgtk-3-0), so no window can open: the launcher uses the build's JDK and its AppCDS archive"
  exit 0
fi
java=$jdk/bin/java
say "Java $(feature_of "$jdk") ($jdk): training the launcher's AOT cache"
rm -rf "$work"
mkdir -p "$work"
data=$work/data
unset _JAVA_OPTIONS JDK_JAVA_OPTIONS JAVA_TOOL_OPTIONS
trap 'rc=$?; [[ $rc == 0 ]] || rm -f "$cache" "$screens" "$marker"' EXIT # a failed training leaves no archive behind
# the training starts the launcher with this java and the options it adds for a cache of its own
export SKILLRADAR_JAVA=$java
newer_jdk_opts="--enable-native-access=javafx.graphics,ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"

n=0
while read -r line; do
  [[ -z $line || $line == \#* ]] && continue
  n=$((n + 1))
  eval "args=($line)" # the file's lines are shell words; @WORK@ is the training folder
  args=("${args[@]//@WORK@/$work}")
  SKILLRADAR_JAVA_OPTS=$newer_jdk_opts "$launcher" --data-dir "$data" "${args[@]}" >"$work/cli-$n.out" 2>"$work/cli-$n.err" \
    || train_failed "training command '$line' failed: $(cat "$work/cli-$n.err")"
done <"$here/../linux/training-commands"

# 1. the window up to its first frame (no tour): the AOT cache, loaded and linked at every start, holds just that
SKILLRADAR_JAVA_OPTS="$newer_jdk_opts -XX:AOTMode=record -XX:AOTConfiguration=$work/skillradar.aotconf" \
  timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --startup-probe --data-dir "$data" \
  >"$work/window.out" 2>"$work/window.err" || train_failed "the window's training run failed: $(tail -5 "$work/window.err")"
grep -q '^first-frame-ms=' "$work/window.out" || train_failed "the window's training run painted no frame"
SKILLRADAR_JAVA_OPTS="$newer_jdk_opts -XX:AOTMode=create -XX:AOTConfiguration=$work/skillradar.aotconf -XX:AOTCache=$cache" \
  "$launcher" --version >"$work/create.out" 2>"$work/create.err" || train_failed "creating the AOT cache failed: $(tail -5 "$work/create.err")"
[[ -s $cache ]] || fail "no $cache was written"
echo "$java" >"$marker" # from here on the launcher starts this java with the cache
unset SKILLRADAR_JAVA
# 2. on that cache, every screen and the JSON commands: what they load beyond it goes into the dynamic archive
SKILLRADAR_JAVA_OPTS="-XX:ArchiveClassesAtExit=$work/screens.jsa -Dskillradar.training.screens=all" \
  timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --startup-probe --data-dir "$data" \
  >"$work/screens.out" 2>"$work/screens.err" || train_failed "the screens' training run failed: $(tail -5 "$work/screens.err")"
visited=$(sed -n 's/^training-visited=//p' "$work/screens.out")
[[ -n $visited ]] || train_failed "the training run visited no screen"
[[ -s $work/screens.jsa ]] || train_failed "the screens' training run wrote no dynamic archive: $(tail -5 "$work/screens.err")"
mv "$work/screens.jsa" "$screens"
SKILLRADAR_JAVA_OPTS="-Xshare:on -Xlog:class+load=info:file=$work/check.log" "$launcher" --version >/dev/null 2>"$work/check.err" \
  || fail "the archives do not fit the launcher: $(cat "$work/check.err")"
[[ ! -s $work/check.err ]] || fail "the launcher on Java $(feature_of "$jdk") wrote to stderr: $(cat "$work/check.err")"
grep -q ' dev.skillradar.Main source: shared objects file$' "$work/check.log" \
  || fail "dev.skillradar.Main did not come from the AOT cache"
SKILLRADAR_JAVA_OPTS="-Xshare:on -Xlog:class+load=info:file=$work/check-json.log" "$launcher" --data-dir "$data" \
  roadmap --format json >/dev/null 2>"$work/check-json.err" || fail "roadmap --format json failed: $(cat "$work/check-json.err")"
grep -q ' com.fasterxml.jackson.databind.ObjectMapper source: shared objects file (top)$' "$work/check-json.log" \
  || fail "the JSON commands' classes did not come from skillradar-screens.jsa"
say "$n command lines, the window, then the screens ($visited) and the JSON commands; skillradar.aot:" \
  "$(du -h "$cache" | cut -f1), skillradar-screens.jsa: $(du -h "$screens" | cut -f1), used by the launcher"
