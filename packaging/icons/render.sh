#!/usr/bin/env bash
# Renders SkillRadar's icon from skillradar.svg (the only source): PNGs of 16 to 512 px, the Windows .ico
# and the macOS .icns. Run it after changing the SVG and commit the results; the build only copies them.
# Tools, all from Debian 12:
#   apt-get install --no-install-recommends librsvg2-bin icoutils icnsutils
#   (rsvg-convert renders the SVG; icotool writes the .ico; png2icns writes the .icns)
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing (see the apt-get line above)" >&2; exit 2; }
done
mkdir -p png
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" skillradar.svg --output "png/skillradar-$size.png"
done
# the 256 px image is stored as PNG inside the .ico (as Windows does), the small ones as bitmaps
icotool --create --output skillradar.ico png/skillradar-{16,24,32,48,64,128}.png --raw=png/skillradar-256.png
# png2icns takes the sizes the format knows (16, 32, 48, 128, 256, 512)
png2icns skillradar.icns png/skillradar-{16,32,48,128,256,512}.png >/dev/null
ls -l png skillradar.ico skillradar.icns
