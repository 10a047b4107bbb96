#!/usr/bin/env bash
# Screenshots of the Dashboard, Radar, History and Report screens with fixed demo data (a learner, Anna, who
# rated herself from March to November 2026 and ticked statements of "Check yourself" from September on, and her
# mentor Ben's view of her as a comparison profile), and the radar as the command line draws it (light and dark):
#
#   mvn -B -o -q -Dskillradar.cds.skip=true -DskipTests package
#   src/test/screenshots/screens.sh OUT_DIR [JAR]      # JAR defaults to target/skillradar.jar
#
# Shots (1280x800 unless said), each NAME.png in OUT_DIR, in English (-en) and German (-de):
#   dashboard-*        the Dashboard with its radar card
#   dashboard-drift-*  the Dashboard scored on the lower of self-rating and checks (chosen with the basis selector),
#                      its drift card below; 1280x1160, a window of that height stored in the copied folder
#   radar-*            the Radar screen compared with Ben's view (chosen in Profile > Switch to > Comparisons)
#   history-*          readiness over time and the timeline
#   report-screen-*    the Report screen's preview of page 1
#   radar-light.png, radar-dark.png   `skillradar radar` at 1200x1200, compared with 1 June 2026
# Every shot starts on a FRESH copy of the prepared folder at the same path (the path shows in the status line;
# the window remembers language, theme and size there). ONLY="radar-en history-de" takes just those; DELAY (default
# 8 s) is the wait after the window appears. Keys sent with xdotool are occasionally lost on a busy machine:
# look, and shoot again. Needs /work/shared/tools/xshot (or XSHOT=path): a private Xvfb per shot; and sqlite3.
set -euo pipefail
out=${1:?usage: screens.sh OUT_DIR [JAR]}
jar=$(realpath "${2:-target/skillradar.jar}")
here=$(cd "$(dirname "$0")" && pwd)
xshot=${XSHOT:-$here/../../../../../shared/tools/xshot}
[[ -x $xshot ]] || xshot=/work/shared/tools/xshot
data=${SHOT_DATA:-/tmp/skillradar-demo}
delay=${DELAY:-8}
mkdir -p "$out"

prepared=$(mktemp -d)
trap 'rm -rf "$prepared"' EXIT
sr() { java -jar "$jar" --data-dir "$prepared/data" "$@"; }
sr --profile Anna import "$here/data/anna.json" >/dev/null
sr import "$here/data/ben.json" --as-comparison >/dev/null

want() { [[ -z ${ONLY:-} || " $ONLY " == *" $1 "* ]]; }

# shot NAME LANG [xshot options...]: one shot on a fresh copy of the prepared folder
shot() {
  local name=$1 lang=$2
  shift 2
  want "$name" || return 0
  rm -rf "$data"
  cp -a "$prepared/data" "$data"
  local country=US
  [[ $lang == de ]] && country=DE
  local height=${SHOT_HEIGHT:-800}
  if [[ $height != 800 ]]; then # the window takes its stored size, at most the screen's
    sqlite3 "$data/skillradar.db" "INSERT OR REPLACE INTO setting (key, value)
      VALUES ('ui.window.width', '1280'), ('ui.window.height', '$height')"
  fi
  "$xshot" -t SkillRadar -s "1280x$height" -d "$delay" "$@" "$out/$name.png" -- \
    env LANG="${lang}_$country.UTF-8" java -Duser.language="$lang" -Duser.country="$country" -jar "$jar" \
    --data-dir "$data" --profile Anna
}

# Profile > Switch to > (Anna, Comparisons:) Mentor Ben: compares with Ben's view on the Radar screen
# (then the pointer goes to a corner, and the theme is switched twice: without a window manager under Xvfb a
# closed menu can leave its picture behind until the window repaints all of itself)
compare_with_ben=(-k "F10" -k "Down" -k "Down Down Down Right" -k "Down Down" -k "Return" -k "ctrl+shift+d"
  -k "ctrl+shift+d Escape mousemove 1279 799")
# the report is made in the background: a few no-op keys give it the seconds it needs before the shot
wait_report=(-k "shift mousemove 1279 799" -k shift -k shift -k shift -k shift)
# the Dashboard's radar and drift cards join after its first frame, the drift trend is read after that
wait_dashboard=(-k "ctrl+2 mousemove 1279 799" -k shift -k shift)
for lang in en de; do
  shot "dashboard-$lang" "$lang" "${wait_dashboard[@]}"
  # Alt+S or Alt+B ("_Scored on:", "_Bewertungsgrundlage:") focuses the basis selector; the Alt released on its own
  # would leave the menu bar waiting for Down, hence Escape; Down Down: self-ratings, checks, the lower
  mnemonic=s
  [[ $lang == de ]] && mnemonic=b
  SHOT_HEIGHT=1160 shot "dashboard-drift-$lang" "$lang" "${wait_dashboard[@]}" -k "alt+$mnemonic" -k Escape \
    -k Down -k Down -k "mousemove 1279 1159" -k shift -k shift
  shot "radar-$lang" "$lang" "${compare_with_ben[@]}"
  shot "history-$lang" "$lang" -k "ctrl+4 mousemove 1279 799" -k shift -k shift
  shot "report-screen-$lang" "$lang" -k "ctrl+5" "${wait_report[@]}"
done
for theme in light dark; do
  want "radar-$theme" || continue
  rm -rf "$data"
  cp -a "$prepared/data" "$data"
  java -jar "$jar" --data-dir "$data" --profile Anna radar "$out/radar-$theme.png" --compare-date 2026-06-01 \
    --theme "$theme" >/dev/null
done
rm -rf "$data"
echo "screens.sh: shots in $out"
