#!/usr/bin/env bash
# Installs the .deb for real, uses it as a new user would, and removes it again:
#
#   sudo packaging/linux/install-roundtrip.sh [target/package/skillradar_VERSION_ARCH.deb]
#
#  1. dpkg -i; the installed desktop entry and AppStream file are validated; /usr/bin/skillradar exists;
#  2. a throw-away user with a fresh home (useradd; removed at the end) runs, as that user:
#     skillradar --version and skillradar score --format json (stdout as expected, stderr empty), the same
#     with -Xlog:aot / -Xlog:cds (the installed archive must be opened and mapped, and the app's classes must
#     come from it), and the window under
#     Xvfb with --startup-probe (first-frame-ms, peak-rss-kb), twice;
#  3. lists every file the user now owns outside its data folder (goal: none; ~/.openjfx must not exist);
#  4. the data folder is the one `java -jar skillradar.jar` uses: a rating made through the jar is seen
#     by the installed command (when BUILD_DIR/skillradar.jar exists and JAVA finds a java);
#  5. dpkg -r, and checks that /opt/skillradar and /usr/bin/skillradar are gone.
# Needs root (dpkg, useradd), xvfb-run. Refuses to run if skillradar is installed already.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-target}
deb=${1:-$(ls "$build"/package/skillradar_*.deb 2>/dev/null | head -1)}
[[ -f $deb ]] || { echo "roundtrip: no .deb (run mvn -Ppackage package first)" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "roundtrip: run as root (dpkg -i, useradd)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "roundtrip: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }
if dpkg-query -W -f '${Status}' skillradar 2>/dev/null | grep -q 'install ok'; then
  echo "roundtrip: skillradar is installed already; dpkg -r skillradar first" >&2; exit 2
fi
deb=$(readlink -f "$deb")
jar=$(readlink -f "$build/skillradar.jar" 2>/dev/null || true)
java=${JAVA:-$(command -v java || true)}
failures=0
check() { if eval "$2"; then echo "  ok    $1"; else echo "  FAIL  $1"; failures=$((failures + 1)); fi; }
step() { echo; echo "== $*"; }

user=srrt$$
tmp=$(mktemp -d /tmp/skillradar-roundtrip.XXXXXX)
cleanup() {
  userdel --remove "$user" 2>/dev/null || true
  rm -rf "$tmp"
  if dpkg-query -W -f '${Status}' skillradar 2>/dev/null | grep -q 'install ok'; then dpkg -r skillradar >/dev/null || true; fi
}
trap cleanup EXIT

step "dpkg -i $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg -i "$deb"
dpkg-deb -f "$deb" Package Version Depends Installed-Size | sed 's/^/  /'
dpkg -L skillradar | grep -v '^/opt/skillradar/lib/' | grep -vx '/opt\|/usr\|/usr/bin\|/usr/share\|/usr/share/doc' | sed 's/^/  /'
check "/usr/bin/skillradar runs the installed launcher" '[[ $(readlink -f /usr/bin/skillradar) == /opt/skillradar/bin/SkillRadar ]]'
check "desktop entry valid" 'desktop-file-validate /usr/share/applications/dev.skillradar.SkillRadar.desktop'
check "AppStream metadata valid (offline)" 'appstreamcli validate --no-net --no-color /usr/share/metainfo/dev.skillradar.SkillRadar.metainfo.xml >/dev/null'
check "metainfo's launchable is the desktop entry" 'grep -q "<launchable type=\"desktop-id\">dev.skillradar.SkillRadar.desktop</launchable>" /usr/share/metainfo/dev.skillradar.SkillRadar.metainfo.xml'
check "icons installed (16 to 512 px, SVG)" '[[ $(dpkg -L skillradar | grep -c "/usr/share/icons/hicolor/.*/apps/dev.skillradar.SkillRadar") -ge 10 ]]'

step "a new user with a fresh home: $user"
useradd --create-home --home-dir "$tmp/home" --shell /bin/bash "$user"
chmod 755 "$tmp"
# the session's runtime folder, which a desktop login (pam_systemd) gives every user: GTK keeps dconf's
# state there rather than in ~/.cache
install -d -m 700 -o "$user" "$tmp/run"
as() { runuser -u "$user" -- env -i HOME="$tmp/home" USER="$user" LOGNAME="$user" XDG_RUNTIME_DIR="$tmp/run" \
  PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "$@"; }
owned() { find / /tmp /var/tmp /dev/shm -xdev -user "$user" 2>/dev/null | sort -u; }
owned >"$tmp/before"

as skillradar --version >"$tmp/out" 2>"$tmp/err"
echo "  --version: $(cat "$tmp/out")"
check "--version: stderr empty" '[[ ! -s $tmp/err ]]'
as skillradar score --format json >"$tmp/out" 2>"$tmp/err"
check "score --format json: JSON on stdout, stderr empty" '[[ ! -s $tmp/err ]] && head -c1 "$tmp/out" | grep -q "{"'
archive=$(ls /opt/skillradar/lib/app/skillradar.aot /opt/skillradar/lib/app/skillradar.jsa 2>/dev/null | head -1 || true)
screens=/opt/skillradar/lib/app/skillradar-screens.jsa # on top of an AOT cache: every other screen, the JSON commands
log="-Xlog:aot -Xlog:cds"
as env _JAVA_OPTIONS="$log -Xlog:class+load=info" skillradar --version >"$tmp/log" 2>/dev/null || true
echo "  $log, installed archive $archive$([[ -f $screens ]] && echo " with $screens on top"):"
grep -v "\[class,load\]" "$tmp/log" | grep -iE "opened|mapped (static|dynamic)|using|disabled|error|mismatch|not.*(match|valid)" | head -8 | sed 's/^/    /'
check "the installed archive is opened and mapped" 'grep -qi "opened.*$archive" "$tmp/log" && grep -qi "mapped" "$tmp/log"'
if [[ $archive == *.aot ]]; then
  check "the screens' archive on top of it is opened and mapped" 'grep -qi "opened.*$screens" "$tmp/log" && grep -qi "mapped dynamic" "$tmp/log"'
fi
check "the app's classes come from it" 'grep -q " dev.skillradar.Main source: shared objects file" "$tmp/log"'
echo "  --version: classes from the archive: $(grep -c "source: shared objects file" "$tmp/log"), from elsewhere: $(grep "\[class,load\]" "$tmp/log" | grep -vc "shared objects file")"
as env _JAVA_OPTIONS="-Xlog:class+load=info" skillradar score --format json >"$tmp/log" 2>/dev/null || true
echo "  score --format json: classes from the archive: $(grep -c "source: shared objects file" "$tmp/log") ($(grep -c "source: shared objects file (top)" "$tmp/log") of them from the one on top), from elsewhere: $(grep "\[class,load\]" "$tmp/log" | grep -vc "shared objects file")"
for run in 1 2; do
  as xvfb-run -a -s "-screen 0 1280x800x24" skillradar --startup-probe >"$tmp/out" 2>"$tmp/err" || true
  echo "  window, start $run: $(grep -E '^(first-frame-ms|peak-rss-kb)=' "$tmp/out" | paste -sd' ' -)"
done
check "the window painted its first frame" 'grep -q "^first-frame-ms=" "$tmp/out"'
check "the window's start wrote nothing to stderr" '[[ ! -s $tmp/err ]]'
check "no ~/.openjfx (JavaFX's native libraries come from the runtime)" '[[ ! -e $tmp/home/.openjfx ]]'

data=$tmp/home/.local/share/skillradar
step "files the user owns now that it did not before, outside the data folder $data"
owned | comm -13 "$tmp/before" - >"$tmp/new"
grep -v -e "^$data\(/\|$\)" -e "^$tmp/home/.local$" -e "^$tmp/home/.local/share$" -e "^$tmp/run/" "$tmp/new" >"$tmp/outside" || true
if [[ -s $tmp/outside ]]; then sed 's/^/  /' "$tmp/outside"; else echo "  (none)"; fi
echo "  in the data folder: $(grep -c "^$data/" "$tmp/new" || true) files and folders, skillradar.db among them: $(grep -qx "$data/skillradar.db" "$tmp/new" && echo yes || echo no)"
echo "  its parents ~/.local and ~/.local/share: $(grep -cx -e "$tmp/home/.local" -e "$tmp/home/.local/share" "$tmp/new" || true) created"
echo "  in the session's runtime folder (XDG_RUNTIME_DIR): $(grep "^$tmp/run/" "$tmp/new" | sed "s|^$tmp/run/||" | paste -sd' ' -)"

if [[ -f $jar && -n $java ]]; then
  step "the same data folder as java -jar $(basename "$jar")"
  install -m 644 "$jar" "$tmp/skillradar.jar" && cp -r "$(dirname "$jar")/lib" "$tmp/lib" && chmod -R a+rX "$tmp/lib"
  as "$java" -jar "$tmp/skillradar.jar" rate python 4 --note "from the jar" >/dev/null
  as skillradar history --format json >"$tmp/out"
  check "a rating made with java -jar is in the installed skillradar's history" \
    'tr -d " \n" <"$tmp/out" | grep -q "\"skill\":\"python\",\"oldLevel\":null,\"newLevel\":4"'
fi

step "dpkg -r skillradar"
dpkg -r skillradar
check "/opt/skillradar is gone" '[[ ! -e /opt/skillradar ]]'
check "/usr/bin/skillradar is gone" '[[ ! -e /usr/bin/skillradar && ! -L /usr/bin/skillradar ]]'
check "the user's data folder is kept" '[[ -f $tmp/home/.local/share/skillradar/skillradar.db ]]'

echo
if ((failures)); then echo "roundtrip: $failures check(s) failed"; exit 1; fi
echo "roundtrip: all checks passed"
