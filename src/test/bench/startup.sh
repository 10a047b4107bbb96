#!/usr/bin/env bash
# Startup benchmark: time from process start to the first painted frame (the --startup-probe output
# "first-frame-ms=N"), SkillRadar against a bare JavaFX window (dev.skillradar.bench.HelloFx), run
# alternately under one private X server, then the medians and the ratio app/hello (target <= ~1.5).
#
#   mvn -Dskillradar.buildDir=target package -DskipTests      # builds the jar, lib/ and test-classes
#   src/test/bench/startup.sh [RUNS]                           # default 9 runs of each
#
# Environment: BUILD_DIR (default target), JAVA (default java), JAVA_OPTS (extra JVM options for
# both), CDS=1 (first record an AppCDS archive for each program with one training run, then measure
# both with their archive: what a packaged launcher with -XX:SharedArchiveFile would get). Needs xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-9}
build=${BUILD_DIR:-target}
java=${JAVA:-java}
jar="$build/skillradar.jar"
[[ -f $jar && -d $build/test-classes/dev/skillradar/bench ]] \
  || { echo "startup.sh: run 'mvn -Dskillradar.buildDir=$build package -DskipTests' first" >&2; exit 2; }

if [[ ${1:-} != --inner && -z ${STARTUP_BENCH_INNER:-} ]]; then
  command -v xvfb-run >/dev/null || { echo "startup.sh: xvfb-run is missing (apt-get install xvfb)" >&2; exit 2; }
  STARTUP_BENCH_INNER=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$runs"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"
# HelloFx goes into a tiny jar: AppCDS archives only classes from jars, not from class folders
jar cf "$work/hello.jar" -C "$build/test-classes" dev/skillradar/bench \
  -C "$build/classes" dev/skillradar/ui/shell/StartupProbe.class -C "$build/classes" 'dev/skillradar/ui/shell/StartupProbe$1.class'
hello_cp="$work/hello.jar:$build/lib/*"
hello_cds=() app_cds=()
if [[ ${CDS:-0} == 1 ]]; then
  "$java" -XX:ArchiveClassesAtExit="$work/hello.jsa" -cp "$hello_cp" dev.skillradar.bench.HelloFx >/dev/null 2>&1 || true
  "$java" -XX:ArchiveClassesAtExit="$work/app.jsa" -jar "$jar" --startup-probe --data-dir "$data" >/dev/null 2>&1 || true
  [[ -f $work/hello.jsa && -f $work/app.jsa ]] || { echo "startup.sh: could not record the CDS archives" >&2; exit 1; }
  hello_cds=(-XX:SharedArchiveFile="$work/hello.jsa") app_cds=(-XX:SharedArchiveFile="$work/app.jsa")
fi
# shellcheck disable=SC2086
probe() { "$java" ${JAVA_OPTS:-} "$@" 2>/dev/null | sed -n 's/^first-frame-ms=\([0-9]*\)$/\1/p' | tail -1; }
hello() { probe "${hello_cds[@]}" -cp "$hello_cp" dev.skillradar.bench.HelloFx; }
app() { probe "${app_cds[@]}" -jar "$jar" --startup-probe --data-dir "$data"; }

# One unmeasured run each: creates the data folder and warms the file cache, as on a second start.
hello >/dev/null; app >/dev/null
h=() a=()
for ((i = 1; i <= runs; i++)); do
  x=$(hello); y=$(app)
  [[ -n $x && -n $y ]] || { echo "startup.sh: run $i printed no first-frame-ms (hello='$x' app='$y')" >&2; exit 1; }
  h+=("$x"); a+=("$y")
  echo "run $i: hello=${x} ms app=${y} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
mh=$(median "${h[@]}"); ma=$(median "${a[@]}")
echo "median hello=${mh} ms app=${ma} ms ratio=$(awk -v a="$ma" -v h="$mh" 'BEGIN {printf "%.2f", a/h}')"
