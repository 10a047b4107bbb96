#!/usr/bin/env bash
# History benchmark: a 2,200-skill catalogue and five years of daily rating changes (1,826), stored through the
# real repositories, then warm-loop timings of the history replay, the readiness trend and the radar.
#
#   mvn -o -q -Dskillradar.cds.skip=true test-compile     # target/classes and target/test-classes
#   src/test/bench/history.sh [DATA_DIR] [ROUNDS]         # default: a temporary folder, 30 measured rounds
#
# An existing DATA_DIR made by an earlier run is reused (only the timings run again).
set -euo pipefail
cd "$(dirname "$0")/../../.."
[[ -d target/test-classes/dev/skillradar/bench ]] || { echo "history.sh: run 'mvn test-compile' first" >&2; exit 2; }
cpfile=target/bench-classpath.txt
[[ -f $cpfile ]] || mvn -o -q dependency:build-classpath -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat "$cpfile")"
data=${1:-}
if [[ -z $data ]]; then
  data=$(mktemp -d)/data
  trap 'rm -rf "$(dirname "$data")"' EXIT
fi
[[ -f $data/skillradar.db ]] || java -cp "$cp" dev.skillradar.bench.GenerateBenchData "$data"
java -cp "$cp" dev.skillradar.bench.TrendBench "$data" "${2:-30}"
