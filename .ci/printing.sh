#!/usr/bin/env bash
# A real printer for the printing tests: CUPS with the cups-pdf virtual printer "PDF" as the default, which
# writes each job as a PDF file. Idempotent; run as root. Without root or apt the tests that need a printer
# are skipped (they say why), so this script never fails the build: it reports and carries on.
set -uo pipefail

log() { echo "printing.sh: $*"; }

if [ "$(id -u)" != 0 ]; then
    log "not root: no CUPS set-up (the printing tests will be skipped)"
    exit 0
fi

need=()
for pkg in cups cups-bsd printer-driver-cups-pdf qpdf poppler-utils; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update || log "apt-get update failed"
    apt-get install -y --no-install-recommends "${need[@]}" || log "could not install ${need[*]}"
fi
# Always refresh once, as the issue asks, when the packages were already there (cheap when the lists are current).
if [ ${#need[@]} -eq 0 ]; then
    apt-get update >/dev/null 2>&1 || log "apt-get update failed (packages were already installed)"
fi

if ! command -v cupsd >/dev/null; then
    log "no cupsd after installing: the printing tests will be skipped"
    exit 0
fi

# lpstat -r exits 0 either way: read what it says
running() { lpstat -r 2>/dev/null | grep -q '^scheduler is running'; }
if ! running; then
    mkdir -p /run/cups /var/log/cups /var/spool/cups
    cupsd || log "cupsd did not start"
    for _ in $(seq 1 50); do
        running && break
        sleep 0.2
    done
fi
if ! running; then
    log "the CUPS scheduler is not running: the printing tests will be skipped"
    exit 0
fi

ppd=lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
if ! lpstat -p PDF >/dev/null 2>&1; then
    lpadmin -p PDF -E -v cups-pdf:/ -m "$ppd" || log "lpadmin could not add the printer PDF"
fi
# CUPS turns a PDF job into PostScript for cups-pdf; with poppler's pdftocairo the fonts keep their text, so the
# tests can read the printed file back (the default renderer turns them into Type 3 glyphs without text).
lpadmin -p PDF -o pdftops-renderer-default=pdftocairo 2>/dev/null || log "could not set the PDF renderer"
cupsenable PDF 2>/dev/null || true
cupsaccept PDF 2>/dev/null || true
lpoptions -d PDF >/dev/null || log "could not make PDF the default printer"

# cups-pdf writes into the "Out" folder of /etc/cups/cups-pdf.conf (${HOME}/PDF of the job's owner; jobs it
# cannot map to a user go to the AnonDirName folder).
out=$(sed -n 's/^Out[[:space:]]\+//p' /etc/cups/cups-pdf.conf 2>/dev/null | tail -n 1)
log "printer PDF ready ($(lpstat -d 2>/dev/null)); cups-pdf writes to ${out:-\${HOME\}/PDF}"
exit 0
