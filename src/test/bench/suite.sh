#!/usr/bin/env bash
# SkillRadar's benchmark suite (not part of `mvn verify`: timings flake on shared machines). Prints the
# machine, then ONE table of ratios; every pair in it is measured alternately in the same run.
#
#   mvn -Dskillradar.buildDir=target package -DskipTests    # jar, lib/, launcher + archive, test classes
#   mvn -Ppackage package -DskipTests                        # optional: the app image (and the .deb)
#   src/test/bench/suite.sh [PAIRS]                          # default 10 pairs per start-up row
#
# Start-up rows: time to the first painted frame and peak RSS (VmHWM at that frame), both printed by
# --startup-probe, of SkillRadar started as
#   installed   /opt/skillradar/bin/SkillRadar after `dpkg -i` (else the app image under BUILD_DIR/package)
#   launcher    target/skillradar (the jar with the build's class-data archive and C1: the AOT cache of a JDK 24+
#               where the build found one, else AppCDS for the build's JDK)
#   java -jar   plain `java -jar target/skillradar.jar`
#   + EXTRA     more launchers, "name=path name=path" (e.g. two app images made with different JDKs)
# each against a bare JavaFX window (dev.skillradar.bench.HelloFx) started with `java -cp` on the build's
# JDK with default options, right before it, under the same Xvfb. A row's ratio is the median of the
# per-pair ratios; "spread" is their interquartile range.
# Save row: RatingRepository.setLevel on a Database opened like the app's against a bare sqlite-jdbc
# insert with the same pragmas (SaveLatencyBench), alternating in one JVM: median and p99. SAVES saves of
# each (default 2000: the 99th percentile is then the 20th slowest, not the 4th of 400, which the disk's
# occasional slow fsync decided alone).
# Big-roadmap rows: a hook (see big_roadmap below) for the generated 2,000-skill roadmap.
# Environment: BUILD_DIR (default target), JAVA (default the build's JDK: the java next to the launcher's
# @java.home@, else java on PATH), INSTALLED, EXTRA, SAVES. Needs xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../../.."
pairs=${1:-10}
SAVES=${SAVES:-2000}
build=${BUILD_DIR:-target}
jar=$build/skillradar.jar
launcher=$build/skillradar
[[ -f $jar && -x $launcher && -d $build/test-classes/dev/skillradar/bench ]] \
  || { echo "suite.sh: run 'mvn -Dskillradar.buildDir=$build package -DskipTests' first" >&2; exit 2; }
if [[ -z ${JAVA:-} ]]; then
  built_with=$(sed -n "s/^built_with='\(.*\)'$/\1/p" "$launcher")
  if [[ -x $built_with ]]; then JAVA=$built_with; else JAVA=java; fi
fi
if [[ -z ${INSTALLED:-} ]]; then
  if [[ -x /opt/skillradar/bin/SkillRadar ]]; then INSTALLED=/opt/skillradar/bin/SkillRadar
  elif [[ -x $build/package/image/SkillRadar/bin/SkillRadar ]]; then INSTALLED=$build/package/image/SkillRadar/bin/SkillRadar
  else INSTALLED=; fi
fi
if [[ -z ${SUITE_INNER:-} ]]; then
  command -v xvfb-run >/dev/null || { echo "suite.sh: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }
  SUITE_INNER=1 JAVA=$JAVA INSTALLED=$INSTALLED exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$pairs"
fi

work=$(mktemp -d "$PWD/$build/bench.XXXXXX") # on the build's disk: /tmp may be a tmpfs, where fsync is free
trap 'rm -rf "$work"' EXIT
classes=$build/classes
jar cf "$work/hello.jar" -C "$build/test-classes" dev/skillradar/bench/HelloFx.class \
  -C "$build/test-classes" 'dev/skillradar/bench/HelloFx$Window.class' \
  -C "$classes" dev/skillradar/ui/shell/StartupProbe.class -C "$classes" 'dev/skillradar/ui/shell/StartupProbe$1.class' \
  -C "$classes" dev/skillradar/ui/shell/StartupTrace.class -C "$classes" dev/skillradar/ui/shell/TrainingTour.class \
  -C "$classes" 'dev/skillradar/ui/shell/TrainingTour$1.class'
hello_cp="$work/hello.jar:$build/lib/*"

# --- the machine -----------------------------------------------------------------------------------
runtime_of() { local r; r=$(dirname "$(dirname "$1")")/lib/runtime/release; [[ -f $r ]] && sed -n 's/^\(IMPLEMENTOR\|JAVA_VERSION\)="\(.*\)"/\2/p' "$r" | paste -sd' ' -; }
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java (hello, java -jar): $("$JAVA" -version 2>&1 | sed -n 2p)"
if [[ -f $build/skillradar.aot.java && -f $build/skillradar.aot && ! $jar -nt $build/skillradar.aot ]]; then
  echo "launcher: $("$(cat "$build/skillradar.aot.java")" -version 2>&1 | sed -n 2p) with its AOT cache"
else
  echo "launcher: the build's java with its AppCDS archive"
fi
[[ -n $INSTALLED ]] && echo "installed: $INSTALLED, runtime $(runtime_of "$(readlink -f "$INSTALLED")")"
for e in ${EXTRA:-}; do echo "${e%%=*}: ${e#*=}, runtime $(runtime_of "$(readlink -f "${e#*=}")")"; done

# --- start-up: pairs of (hello, candidate) -----------------------------------------------------------
names=() cmds=()
add() { names+=("$1"); cmds+=("$2"); }
[[ -n $INSTALLED ]] && add installed "$INSTALLED"
add launcher "$launcher"
add "java -jar" "$JAVA -jar $jar"
for e in ${EXTRA:-}; do add "${e%%=*}" "${e#*=}"; done
# a program that never paints counts as a failed run rather than hanging the suite
probe() { # probe OUT CMD... -> "ms kb"
  local out=$1; shift
  timeout 120 "$@" >"$out" 2>/dev/null || true
  echo "$(sed -n 's/^first-frame-ms=//p' "$out") $(sed -n 's/^peak-rss-kb=//p' "$out")"
}
hello() { probe "$work/hello.out" "$JAVA" -cp "$hello_cp" dev.skillradar.bench.HelloFx; }
candidate() { # shellcheck disable=SC2086
  probe "$work/app.out" ${cmds[$1]} --startup-probe --data-dir "$work/data-$1"; }
hello >/dev/null
for i in "${!names[@]}"; do candidate "$i" >/dev/null; done # unmeasured: data folders, file cache
for ((r = 1; r <= pairs; r++)); do
  line="pair $r:"
  for i in "${!names[@]}"; do
    read -r hm hk <<<"$(hello)"
    read -r am ak <<<"$(candidate "$i")"
    [[ -n $hm && -n $am && -n $hk && -n $ak ]] || { echo "suite.sh: ${names[$i]} or hello printed no figure in pair $r" >&2; exit 1; }
    echo "$hm $hk $am $ak" >>"$work/pairs-$i"
    line+=" ${names[$i]}=${am}ms/${hm}ms"
  done
  echo "$line" >&2
done

# --- save latency ---------------------------------------------------------------------------------
"$JAVA" -cp "$build/test-classes:$classes:$build/lib/*" dev.skillradar.bench.SaveLatencyBench "$work/save" "$SAVES" >"$work/save.out"

# --- big roadmap: the hook ------------------------------------------------------------------------
# When src/test/java/dev/skillradar/bench/BigRoadmapBench.java exists (the generator of 2,000 skills x five
# years of history), it is run as `BigRoadmapBench DIR` and prints one line per measure:
#   big|<what>|<cold ms>|<warm ms>|<peak MB>[|<cold JVM's VmHWM MB>]
#   what: open profile, score, trend, 200-axis radar, PDF report. Cold: the first run in a fresh child JVM, inputs
#   ready; warm: median of repeated runs in one JVM; peak: heap used during the cold run (see its Javadoc).
big_roadmap() {
  if [[ -f $build/test-classes/dev/skillradar/bench/BigRoadmapBench.class ]]; then
    "$JAVA" -cp "$build/test-classes:$classes:$build/lib/*" dev.skillradar.bench.BigRoadmapBench "$work/big" | grep '^big|'
  fi
}
big=$(big_roadmap || true)

# --- the table ------------------------------------------------------------------------------------
# median and quartiles of one column of numbers (mawk has no sort of its own)
quantiles() { sort -n | awk '{v[NR]=$1} END {m=(NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; k=int((NR-1)/4); print m, v[k+1], v[NR-k]}'; }
stats() { # stats COLUMN_A COLUMN_B FILE -> "median_a median_b ratio_median ratio_q1 ratio_q3"
  local ma mb q
  read -r ma _ <<<"$(awk -v c="$1" '{print $c}' "$3" | quantiles)"
  read -r mb _ <<<"$(awk -v c="$2" '{print $c}' "$3" | quantiles)"
  q=$(awk -v a="$1" -v b="$2" '{printf "%.4f\n", $a/$b}' "$3" | quantiles)
  echo "$ma $mb $(awk '{printf "%.2f %.2f %.2f", $1, $2, $3}' <<<"$q")"
}
goal_ok() { awk -v r="$1" -v g="$2" 'BEGIN {print (r <= g) ? "yes" : "no"}'; }
echo
echo "| measure | SkillRadar | baseline | ratio | spread (IQR) | goal | met |"
echo "|---|---:|---:|---:|---|---:|---|"
for i in "${!names[@]}"; do
  case ${names[$i]} in installed) goal=0.8 ;; launcher) goal=1.0 ;; *) goal= ;; esac
  read -r am hm q q1 q3 <<<"$(stats 3 1 "$work/pairs-$i")"
  echo "| first frame, ${names[$i]} (vs hello, $pairs pairs) | ${am} ms | ${hm} ms | **${q}** | ${q1}–${q3} | ${goal:-–} | ${goal:+$(goal_ok "$q" "$goal")} |"
  read -r ak hk q q1 q3 <<<"$(stats 4 2 "$work/pairs-$i")"
  echo "| peak RSS, ${names[$i]} | $((${ak%.*} / 1024)) MB | $((${hk%.*} / 1024)) MB | **${q}** | ${q1}–${q3} | 1.3 | $(goal_ok "$q" 1.3) |"
done
IFS=, read -r app_med app_p99 <<<"$(sed -n 's/^save-app-us=//p' "$work/save.out")"
IFS=, read -r bare_med bare_p99 <<<"$(sed -n 's/^save-bare-us=//p' "$work/save.out")"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
echo "| rating save, median (setLevel vs bare insert, ${SAVES} alternating) | ${app_med} µs | ${bare_med} µs | **$(ratio "$app_med" "$bare_med")** | | 1.5 | $(goal_ok "$(ratio "$app_med" "$bare_med")" 1.5) |"
echo "| rating save, p99 | ${app_p99} µs | ${bare_p99} µs | **$(ratio "$app_p99" "$bare_p99")** | | 1.5 | $(goal_ok "$(ratio "$app_p99" "$bare_p99")" 1.5) |"
IFS=, read -r shape_med shape_p99 <<<"$(sed -n 's/^save-shape-us=//p' "$work/save.out")"
echo "| (explains the save: setLevel vs its own writes in plain JDBC, median / p99) | ${app_med} / ${app_p99} µs | ${shape_med} / ${shape_p99} µs | $(ratio "$app_med" "$shape_med") / $(ratio "$app_p99" "$shape_p99") | | | |"
for what in "open profile" "score" "trend" "200-axis radar" "PDF report"; do
  row=$(grep -F "big|$what|" <<<"$big" || true)
  if [[ -n $row ]]; then
    IFS='|' read -r _ _ cold warm peak rss <<<"$row"
    echo "| big roadmap: $what, cold / warm (2,200 skills × 5 years) | ${cold} / ${warm} ms | | | | | |"
    echo "| big roadmap: $what, peak memory (heap used during the cold run${rss:+ / VmHWM of that JVM}) | ${peak}${rss:+ / $rss} MB | | | | | |"
  else
    echo "| big roadmap: $what (2,000 skills × 5 years; time and peak memory, cold and warm) | not measured yet: BigRoadmapBench pending | | | | | |"
  fi
done
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
