#!/usr/bin/env bash
# Installs SANE's command-line tools and enables the `test` backend (a virtual scanner), so that
# `npm run test:devices` scans for real. Idempotent; run as root (CI does).
set -euo pipefail
if ! command -v scanimage >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq sane-utils >/dev/null || { apt-get update -qq && apt-get install -y -qq sane-utils >/dev/null; }
fi
sed -i 's/^#test$/test/' /etc/sane.d/dll.conf
grep -qx test /etc/sane.d/dll.conf || echo test >>/etc/sane.d/dll.conf
scanimage -L | grep -q "test:0" || { echo "SANE test backend not found"; exit 1; }
echo "SANE ready: $(scanimage -L | head -1)"
