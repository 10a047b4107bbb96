#!/usr/bin/env bash
# Screenshots of the Assess screen with fixed demo data, to compare two builds pixel for pixel:
#
#   mvn -B -o -q -Dskillradar.cds.skip=true -DskipTests package
#   src/test/screenshots/assess.sh OUT_DIR [JAR]        # JAR defaults to target/skillradar.jar
#   compare -metric AE before/en.png after/en.png diff.png   # 0 = identical
#
# The data folder is prepared once through the command line (a dozen ratings, among them a group member,
# a note with an evidence link and German), then every shot starts on a FRESH copy of it at the same path
# (the path shows in the status line; the window remembers language and theme in the folder).
# Shots, each NAME.png in OUT_DIR:
#   en, de                the first frame after start (German: system locale de_DE)
#   en-focus, de-focus    Tab to the first skill's rating: focus frame and level description
#   en-details            Tab on to its Details button and open it with Space (note, evidence link, resources)
#   en-dark               dark theme (Ctrl+Shift+D), which maps the rating control's colours to the dark palette
#   en-group, en-german   searches that show an any-of group and the CEFR-rated German row
# ONLY="en-dark de" takes just those (keys sent with xdotool are occasionally lost: look, and shoot again).
# Each shot waits DELAY seconds (default 8) after the window appears: the rows below the first phase are
# built right after the first frame and the columns re-fit once the last one exists (about a second on an
# idle machine, several on a busy one), so a shorter wait can catch the columns before that.
# Needs /work/shared/tools/xshot (or XSHOT=path): a private Xvfb per shot, 1280x800.
set -euo pipefail
out=${1:?usage: assess.sh OUT_DIR [JAR]}
jar=$(realpath "${2:-target/skillradar.jar}")
here=$(cd "$(dirname "$0")" && pwd)
xshot=${XSHOT:-$here/../../../../../shared/tools/xshot}
[[ -x $xshot ]] || xshot=/work/shared/tools/xshot
data=${SHOT_DATA:-/tmp/skillradar-assess-shot}
delay=${DELAY:-8}
mkdir -p "$out"

prepared=$(mktemp -d)
trap 'rm -rf "$prepared"' EXIT
sr() { java -jar "$jar" --data-dir "$prepared/data" "$@" >/dev/null; }
sr rate python 4 --note "Built a scraper and an ETL job at work." --evidence "https://github.com/example/etl"
sr rate numpy 3
sr rate pandas 3
sr rate matplotlib 2
sr rate linear-algebra 1
sr rate probability-statistics 2
sr rate calculus 0
sr rate sql 3 --note "Window functions and joins."
sr rate scikit-learn 2
sr rate pytorch 2
sr rate aws-sagemaker 1
sr rate german 4
sr target junior

# shot NAME LANG [xshot options...]: one shot on a fresh copy of the prepared folder
shot() {
  local name=$1 lang=$2
  shift 2
  [[ -z ${ONLY:-} || " $ONLY " == *" $name "* ]] || return 0
  rm -rf "$data"
  cp -a "$prepared/data" "$data"
  local country=US
  [[ $lang == de ]] && country=DE
  # the first start follows the system locale; set for Java only (xshot's X tools keep the C locale)
  "$xshot" -t SkillRadar -s 1280x800 -d "$delay" "$@" "$out/$name.png" -- \
    env LANG="${lang}_$country.UTF-8" java -Duser.language="$lang" -Duser.country="$country" -jar "$jar" --data-dir "$data"
}

shot en en
shot de de
shot en-focus en -k "Tab Tab Tab Tab Tab Tab Tab"
shot de-focus de -k "Tab Tab Tab Tab Tab Tab Tab"
shot en-details en -k "Tab Tab Tab Tab Tab Tab Tab Tab space"
shot en-dark en -k "ctrl+shift+d"
shot en-group en -k "ctrl+f" -k "s a g e m a k e r"
shot en-german en -k "ctrl+f" -k "g e r m a n"
rm -rf "$data"
echo "assess.sh: shots in $out"
