#!/usr/bin/env bash
# Renders the readiness report of the demo learner (src/test/java/dev/skillradar/report/DemoProfile.java) and
# writes its summary page and its first skill-table page, in English and German, at 100 dpi into
# packaging/screenshots/report-{summary,skills}-{en,de}.png. Needs poppler-utils (pdftoppm, pdftotext).
# Usage: src/test/screenshots/report.sh   (from the repository root; builds the test classes first)
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -o -q -Dskillradar.cds.skip=true test-compile
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/screenshots.classpath >/dev/null
out=target/report-demo
java -cp "target/test-classes:target/classes:$(cat target/screenshots.classpath)" dev.skillradar.report.ReportDemoMain "$out"
mkdir -p packaging/screenshots
for lang in en de; do
    pdf="$out/report-$lang.pdf"
    heading=$([ "$lang" = en ] && echo "All skills by phase and area" || echo "Alle Kompetenzen nach Phase und Bereich")
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    skills=""
    for p in $(seq 1 "$pages"); do
        if pdftotext -f "$p" -l "$p" -enc UTF-8 "$pdf" - | grep -q "$heading"; then skills=$p; break; fi
    done
    [ -n "$skills" ] || { echo "no skill table in $pdf" >&2; exit 1; }
    pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$pdf" "packaging/screenshots/report-summary-$lang"
    pdftoppm -png -r 100 -f "$skills" -l "$skills" -singlefile "$pdf" "packaging/screenshots/report-skills-$lang"
    echo "report-summary-$lang.png (page 1), report-skills-$lang.png (page $skills of $pages)"
done
