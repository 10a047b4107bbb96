#!/usr/bin/env bash
# The .deb of a finished (trained) SkillRadar app image: packaging/linux/deb.sh IMAGE VERSION WORK
#
# jpackage --type deb (options in packaging/jpackage/linux-deb.args) lays the image out under
# /opt/skillradar; this script then unpacks that package and adds what jpackage cannot:
#   /usr/bin/skillradar                          the command line, a link to /opt/skillradar/bin/SkillRadar
#   /usr/share/applications/dev.skillradar.SkillRadar.desktop   the menu entry
#   /usr/share/icons/hicolor/*/apps/dev.skillradar.SkillRadar.{png,svg}
#   /usr/share/metainfo/dev.skillradar.SkillRadar.metainfo.xml  AppStream, launchable = the desktop entry
#   /usr/share/doc/skillradar/copyright          the licence
# and writes the control file itself (control.in). jpackage's own Depends lists ~70 library packages
# of the build machine in front of the alternative it was given, among them plain libgtk-3-0,
# libasound2 and libglib2.0-0, which Debian 13 and Ubuntu 24.04 renamed (…t64): the alternative would
# not help and the package would not install there. Instead Depends is worked out here from the
# libraries the image's native code links against (see depends below). The image itself is copied
# again with its timestamps, since a Java 17 archive only fits jars with the timestamps it was made from.
# The menu and icon caches are refreshed by the dpkg triggers of desktop-file-utils and
# hicolor-icon-theme, so the package needs no maintainer scripts.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
image=$1
version=$2
work=$3
id=dev.skillradar.SkillRadar
say() { echo "[deb] $*"; }
fail() { echo "[deb] error: $*" >&2; exit 1; }
for tool in dpkg-deb fakeroot dpkg-query readelf; do
  command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install dpkg fakeroot binutils)"
done

for f in "$here/$id.desktop" "$here/$id.metainfo.xml"; do
  if command -v desktop-file-validate >/dev/null && [[ $f == *.desktop ]]; then
    desktop-file-validate "$f" || fail "$f is not a valid desktop entry"
  elif command -v appstreamcli >/dev/null && [[ $f == *.xml ]]; then
    appstreamcli validate --no-net --no-color "$f" >"$work/appstream.log" || fail "$f: $(cat "$work/appstream.log")"
  else
    say "note: not validated ($f), the validator is not installed"
  fi
done

say "jpackage --type deb"
rm -rf "$work/deb" && mkdir -p "$work/deb"
# uncompressed: this package is only unpacked again below
DPKG_DEB_COMPRESSOR_TYPE=none "$BUILD_JDK/bin/jpackage" @packaging/jpackage/linux-deb.args \
  --app-image "$image" --app-version "$version" --dest "$work/deb/jpackage" >"$work/deb/jpackage.log" 2>&1 \
  || fail "jpackage --type deb failed: $(tail -5 "$work/deb/jpackage.log")"
jp_deb=$(ls "$work"/deb/jpackage/*.deb)
stage=$work/deb/root
dpkg-deb -R "$jp_deb" "$stage"
jp_depends=$(sed -n 's/^Depends: //p' "$stage/DEBIAN/control")
say "jpackage's Depends: $(tr , '\n' <<<"$jp_depends" | grep -c .) entries: ${jp_depends:0:100}… ${jp_depends: -60}"
cp "$stage/DEBIAN/control" "$work/deb/jpackage.control"

opt=$stage/opt/skillradar
rm -rf "$opt/bin" "$opt/lib"
cp -a "$image/bin" "$image/lib" "$opt/"
rm -rf "$stage/DEBIAN"/{preinst,postinst,prerm,postrm} "$opt/share"
install -d "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/metainfo" \
  "$stage/usr/share/doc/skillradar" "$stage/usr/share/icons/hicolor/scalable/apps"
ln -s /opt/skillradar/bin/SkillRadar "$stage/usr/bin/skillradar"
install -m 644 "$here/$id.desktop" "$stage/usr/share/applications/"
install -m 644 "$here/$id.metainfo.xml" "$stage/usr/share/metainfo/"
install -m 644 packaging/icons/skillradar.svg "$stage/usr/share/icons/hicolor/scalable/apps/$id.svg"
for png in packaging/icons/png/skillradar-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
done
{ printf 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: SkillRadar\n\n'
  printf 'Files: *\nCopyright: 2026 The SkillRadar developers\nLicense: MIT\n'
  sed 's/^$/./; s/^/ /' LICENSE
  printf '\nFiles: opt/skillradar/lib/runtime/*\nComment: the Java runtime (OpenJDK, GPL-2.0 with the Classpath exception) and\n JavaFX (OpenJFX, same licence); their licences are in opt/skillradar/lib/runtime/legal/.\n'
} >"$stage/usr/share/doc/skillradar/copyright"

# Depends: the packages of the libraries the image's ELF files need and do not bring themselves.
# Libraries that come with GTK 3 are left to libgtk-3-0's own dependencies; packages Debian 13 and
# Ubuntu 24.04 renamed for 64-bit time get the new name as an alternative.
depends() {
  local so pkg
  { find "$opt" -type f \( -name '*.so' -o -perm -u+x \) -exec readelf -d {} + 2>/dev/null || true; } \
    | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u | while read -r so; do
      [[ -n $(find "$opt" -name "$so" -print -quit) ]] && continue
      pkg=$(dpkg-query -S "*/$so" 2>/dev/null | grep -v '^diversion' | head -1 | cut -d: -f1) || true
      [[ -n $pkg ]] || { echo "[deb] error: no installed package provides $so" >&2; echo "?$so"; continue; }
      echo "$pkg"
    done | sort -u | grep -vxE "$(grep -v '^#' "$here/comes-with-gtk3" | paste -sd'|' -)" \
    | sed -E 's/^(libgtk-3-0|libasound2|libglib2\.0-0|libatk1\.0-0|libatk-bridge2\.0-0|libcups2)$/\1 | \1t64/'
}
deps=$(depends)
[[ $deps != *'?'* ]] || fail "some libraries have no package: $(grep '^?' <<<"$deps" | paste -sd' ' -)"
deps=$(paste -sd, - <<<"$deps" | sed 's/,/, /g')
[[ $deps == *"libgtk-3-0 | libgtk-3-0t64"* ]] || fail "the image does not link GTK 3? Depends: $deps"
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$(dpkg --print-architecture)/" -e "s/@SIZE@/$size/" \
  -e "s/@DEPENDS@/$deps/" "$here/control.in" >"$stage/DEBIAN/control"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
say "Depends: $deps"

deb=$work/skillradar_${version}_$(dpkg --print-architecture).deb
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
say "$deb: $(du -h "$deb" | cut -f1), installed $((size / 1024)) MB"
