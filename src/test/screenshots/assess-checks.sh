#!/usr/bin/env bash
# Screenshots of the Assess screen's self-check, in English and German, with fixed demo data:
#
#   mvn -B -o -q -Dskillradar.cds.skip=true -DskipTests package
#   src/test/screenshots/assess-checks.sh OUT_DIR [JAR]      # JAR defaults to target/skillradar.jar
#
# The data folder is prepared once through the command line: a learner, Lea, imported with ratings from
# March 2026 on (so that Python and NumPy are due to be confirmed again: neither changed nor confirmed for six
# months), then Python's statements of levels 1 and 2 ticked and one of level 3: "You: 4 · Checks: 2". Every shot
# starts on a FRESH copy of it at the same path, where the first statement gets a note in the shot's language and
# an evidence link. Shots, each NAME.png in OUT_DIR (1280x1024, the window's saved size, so that it fills the screen):
#   assess-checks-en, assess-checks-de   Tab to Python's Details button (past its "Still right" button) and open
#                                        it with Space: the comparison, the "Confirm again" marker, the statements
# ONLY="assess-checks-de" takes just that one; DELAY (default 8 s) is the wait after the window appears. Keys sent
# with xdotool are occasionally lost on a busy machine: look, and shoot again.
# Needs /work/shared/tools/xshot (or XSHOT=path): a private Xvfb per shot.
set -euo pipefail
out=${1:?usage: assess-checks.sh OUT_DIR [JAR]}
jar=$(realpath "${2:-target/skillradar.jar}")
here=$(cd "$(dirname "$0")" && pwd)
xshot=${XSHOT:-$here/../../../../../shared/tools/xshot}
[[ -x $xshot ]] || xshot=/work/shared/tools/xshot
data=${SHOT_DATA:-/tmp/skillradar-checks-shot}
delay=${DELAY:-8}
mkdir -p "$out"

prepared=$(mktemp -d)
trap 'rm -rf "$prepared"' EXIT
sr() { java -jar "$jar" --data-dir "$prepared/data" --profile Lea "$@"; }

# Lea's ratings as an export (format 1) would carry them: when each was made is what makes it due again
python3 - "$prepared/lea.json" <<'EOF'
import json, sys
ratings = [("python", 4, "2026-03-10"), ("numpy", 3, "2026-04-02"), ("pandas", 3, "2026-11-20"),
           ("sql", 3, "2026-11-25"), ("matplotlib", 2, "2026-10-14"), ("probability-statistics", 2, "2026-10-30"),
           ("linear-algebra", 1, "2026-11-02"), ("scikit-learn", 2, "2026-11-28"), ("docker", 2, "2026-10-01")]
doc = {"format": 1, "app": "skillradar", "appVersion": "0.1.0", "roadmapId": "ml-engineer-germany-2026",
       "exportedAt": "2026-11-30T12:00:00Z", "profile": {"name": "Lea", "targetRole": "junior"},
       "ratings": [{"skill": s, "level": l, "note": None, "evidence": None, "updatedAt": d + "T10:00:00Z"}
                   for s, l, d in ratings],
       "history": [{"seq": i + 1, "at": d + "T10:00:00Z", "skill": s, "oldLevel": None, "newLevel": l,
                    "origin": "app"} for i, (s, l, d) in enumerate(ratings)]}
json.dump(doc, open(sys.argv[1], "w"), indent=1)
EOF
sr import "$prepared/lea.json" >/dev/null
# the statements' ids by level, from `checks --format json`
ids() {
  sr checks python --format json | python3 -c "import json, sys
levels = {l['level']: [c['id'] for c in l['checks']] for l in json.load(sys.stdin)['levels']}
print(' '.join(levels[$1][:${2:-99}]))"
}
read -r -a first <<<"$(ids 1)"
sr check python "${first[@]}" $(ids 2) >/dev/null
sr check python $(ids 3 1) >/dev/null
# a taller window than the first start's 860 pixels, so that the row, its details and level 3 fit on one screen
# (the window remembers its size in the data folder; there is no command for it)
python3 -c "import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute(\"INSERT OR REPLACE INTO setting (key, value) VALUES ('ui.window.height', '1024')\")
db.commit()" "$prepared/data/skillradar.db"

want() { [[ -z ${ONLY:-} || " $ONLY " == *" $1 "* ]]; }

# shot NAME LANG [xshot options...]: one shot on a fresh copy of the prepared folder
shot() {
  local name=$1 lang=$2
  shift 2
  want "$name" || return 0
  rm -rf "$data"
  cp -a "$prepared/data" "$data"
  local country=US note="Course finished, notebooks on GitHub"
  [[ $lang == de ]] && country=DE note="Kurs abgeschlossen, Notebooks auf GitHub"
  # the learner's own note, in the shot's language (ticking again changes only the note and link)
  java -jar "$jar" --data-dir "$data" --profile Lea check python "${first[0]}" --note "$note" \
    --evidence "https://github.com/example/python-course" >/dev/null
  "$xshot" -t SkillRadar -s 1280x1024 -d "$delay" "$@" "$out/$name.png" -- \
    env LANG="${lang}_$country.UTF-8" java -Duser.language="$lang" -Duser.country="$country" -jar "$jar" \
    --data-dir "$data" --profile Lea
}

# Tab: the sidebar and the header's controls, Python's stars, its "Still right" button, its Details button
# with Space; the details scroll into view with the area's heading cut at the top: one wheel step up shows it
open_python=(-k "Tab Tab Tab Tab Tab Tab Tab Tab Tab" -k "space" -k "mousemove 700 500 click 4 mousemove 1279 1023")
for lang in en de; do
  shot "assess-checks-$lang" "$lang" "${open_python[@]}"
done
rm -rf "$data"
echo "assess-checks.sh: shots in $out"
