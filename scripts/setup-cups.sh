#!/usr/bin/env bash
# Sets up a real print queue for test/printer: CUPS with the CUPS-PDF printer "PDF", whose jobs
# land as PDF files in the folder named by `Out` in /etc/cups/cups-pdf.conf (root: /root/PDF).
# Also installs zbarimg (zbar-tools), which the document tests use to decode the printed QR code.
#
# Idempotent: installs only what is missing, starts cupsd only when it is not running, and
# (re)creates the queue only when it does not exist. Runs as root (CI does); needs apt for installs.
set -euo pipefail

printer=${ONEWINDOW_PRINTER:-PDF}

need=()
command -v cupsd >/dev/null 2>&1 || need+=(cups)
command -v lp >/dev/null 2>&1 || need+=(cups-bsd)
[ -f /usr/lib/cups/backend/cups-pdf ] || need+=(printer-driver-cups-pdf)
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup-cups: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Another apt may hold the lock (unattended upgrades, a parallel step): wait for it.
  for attempt in $(seq 1 30); do
    if apt-get install -y -qq "${need[@]}" >/dev/null 2>&1; then break; fi
    if [ "$attempt" -eq 1 ]; then apt-get update -qq >/dev/null 2>&1 || true; fi
    if [ "$attempt" -eq 30 ]; then
      echo "setup-cups: apt-get install ${need[*]} failed" >&2
      exit 1
    fi
    sleep 5
  done
fi

# cupsd: `-l` would keep it in the foreground; without it, it forks into the background.
if ! lpstat -r 2>/dev/null | grep -q 'is running'; then
  echo "setup-cups: starting cupsd"
  cupsd
  for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q 'is running' && break
    sleep 0.2
  done
fi
lpstat -r | grep -q 'is running' || { echo "setup-cups: cupsd did not start" >&2; exit 1; }

if ! lpstat -p "$printer" >/dev/null 2>&1; then
  echo "setup-cups: adding printer $printer (CUPS-PDF)"
  lpadmin -p "$printer" -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -E
fi
# CUPS-PDF is a PostScript printer: CUPS converts each PDF job to PostScript first. The default
# converter (Ghostscript) turns CID fonts into Type 3 glyphs without their Unicode, so the printed
# PDF shows the right page but pdftotext reads garbage. cups-filters' pdftocairo keeps Chinese text
# extractable (test/printer reads it back); the printed pages look the same either way.
lpadmin -p "$printer" -o pdftops-renderer-default=pdftocairo
cupsenable "$printer" 2>/dev/null || true
cupsaccept "$printer" 2>/dev/null || true

out=$(sed -n 's/^[[:space:]]*Out[[:space:]]\+//p' /etc/cups/cups-pdf.conf | tail -1)
echo "setup-cups: printer $printer ready; CUPS-PDF writes to ${out:-\${HOME\}/PDF} (\${HOME} of the job's user)"
