#!/usr/bin/env bash
# Startup benchmark: time from process start to the first painted frame (the --startup-probe output
# "first-frame-ms=N"), SkillRadar against a bare JavaFX window (dev.skillradar.bench.HelloFx, same probe),
# run alternately under one private X server; prints the medians and the ratio app/hello (target <= ~1.5).
#
#   mvn -Dskillradar.buildDir=target package -DskipTests      # jar, lib/, launcher, CDS archive, test-classes
#   src/test/bench/startup.sh [RUNS]                           # default 9 runs of each
#
# "app" is SkillRadar as it is started: the launcher target/skillradar (class-data sharing archive made
# by the build, C1 compiler only). "hello" is a bare JavaFX hello-world window with default JVM options.
# ALL=1 adds two like-for-like columns: "jar" (plain `java -jar skillradar.jar`, no launcher options)
# and "hello+" (the hello window given the launcher's treatment: C1 and an AppCDS archive of its own,
# recorded by one training run), with the ratios jar/hello and app/hello+.
# Environment: BUILD_DIR (default target), JAVA (default java, for hello and jar). Needs xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-9}
build=${BUILD_DIR:-target}
java=${JAVA:-java}
jar="$build/skillradar.jar"
launcher="$build/skillradar"
[[ -f $jar && -x $launcher && -d $build/test-classes/dev/skillradar/bench ]] \
  || { echo "startup.sh: run 'mvn -Dskillradar.buildDir=$build package -DskipTests' first" >&2; exit 2; }
[[ -f $build/skillradar.jsa ]] || echo "startup.sh: note: no $build/skillradar.jsa (built with -Dskillradar.cds.skip?)" >&2

if [[ -z ${STARTUP_BENCH_INNER:-} ]]; then
  command -v xvfb-run >/dev/null || { echo "startup.sh: xvfb-run is missing (apt-get install xvfb)" >&2; exit 2; }
  STARTUP_BENCH_INNER=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$runs"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"
# HelloFx goes into a tiny jar: AppCDS archives only classes from jars, not from class folders
jar cf "$work/hello.jar" -C "$build/test-classes" dev/skillradar/bench \
  -C "$build/classes" dev/skillradar/ui/shell/StartupProbe.class -C "$build/classes" 'dev/skillradar/ui/shell/StartupProbe$1.class' \
  -C "$build/classes" dev/skillradar/ui/shell/StartupTrace.class \
  -C "$build/classes" dev/skillradar/ui/shell/TrainingTour.class -C "$build/classes" 'dev/skillradar/ui/shell/TrainingTour$1.class'
hello_cp="$work/hello.jar:$build/lib/*"
all=${ALL:-0}
if [[ $all == 1 ]]; then
  timeout 120 "$java" -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$work/hello.jsa" -cp "$hello_cp" dev.skillradar.bench.HelloFx >/dev/null 2>&1 || true
  [[ -f $work/hello.jsa ]] || { echo "startup.sh: could not record the hello window's CDS archive" >&2; exit 1; }
fi
# a program that never paints (or never exits) counts as a failed run rather than hanging the benchmark
probe() { timeout 120 "$@" 2>/dev/null | sed -n 's/^first-frame-ms=\([0-9]*\)$/\1/p' | tail -1; }
hello() { probe "$java" -cp "$hello_cp" dev.skillradar.bench.HelloFx; }
hello_plus() { probe "$java" -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$work/hello.jsa" -cp "$hello_cp" dev.skillradar.bench.HelloFx; }
app() { probe "$launcher" --startup-probe --data-dir "$data"; }
app_jar() { probe "$java" -jar "$jar" --startup-probe --data-dir "$data"; }

# One unmeasured run each: creates the data folder and warms the file cache, as on a second start.
hello >/dev/null; app >/dev/null
h=() a=() j=() p=()
for ((i = 1; i <= runs; i++)); do
  x=$(hello); y=$(app)
  [[ -n $x && -n $y ]] || { echo "startup.sh: run $i printed no first-frame-ms (hello='$x' app='$y')" >&2; exit 1; }
  h+=("$x"); a+=("$y")
  line="run $i: hello=${x} ms app=${y} ms"
  if [[ $all == 1 ]]; then
    z=$(app_jar); w=$(hello_plus)
    [[ -n $z && -n $w ]] || { echo "startup.sh: run $i printed no first-frame-ms (jar='$z' hello+='$w')" >&2; exit 1; }
    j+=("$z"); p+=("$w")
    line+=" jar=${z} ms hello+=${w} ms"
  fi
  echo "$line"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v h="$2" 'BEGIN {printf "%.2f", a/h}'; }
mh=$(median "${h[@]}"); ma=$(median "${a[@]}")
echo "median hello=${mh} ms app=${ma} ms ratio=$(ratio "$ma" "$mh")"
if [[ $all == 1 ]]; then
  mj=$(median "${j[@]}"); mp=$(median "${p[@]}")
  echo "median jar=${mj} ms hello+=${mp} ms ratio jar/hello=$(ratio "$mj" "$mh") app/hello+=$(ratio "$ma" "$mp")"
fi
