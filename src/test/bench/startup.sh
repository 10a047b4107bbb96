#!/usr/bin/env bash
# Startup benchmark: time from process start to the first painted frame (the --startup-probe output
# "first-frame-ms=N"), SkillRadar against a bare JavaFX window (dev.skillradar.bench.HelloFx), run
# alternately under one private X server, then the medians and the ratio app/hello (target <= ~1.5).
#
#   mvn -Dskillradar.buildDir=target package -DskipTests      # builds the jar, lib/ and test-classes
#   src/test/bench/startup.sh [RUNS]                           # default 9 runs of each
#
# Environment: BUILD_DIR (default target), JAVA (default java), JAVA_OPTS (extra JVM options for
# both, e.g. an AppCDS archive). Needs xvfb-run.
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

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# shellcheck disable=SC2086
probe() { "$java" ${JAVA_OPTS:-} "$@" 2>/dev/null | sed -n 's/^first-frame-ms=\([0-9]*\)$/\1/p' | tail -1; }
hello() { probe -cp "$build/test-classes:$build/classes:$build/lib/*" dev.skillradar.bench.HelloFx; }
app() { probe -jar "$jar" --startup-probe --data-dir "$data"; }

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
