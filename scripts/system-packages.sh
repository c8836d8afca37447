#!/usr/bin/env bash
# Installs the Debian packages the application and its tests need, only those missing.
# Qt's offscreen platform needs EGL/GL, xkbcommon, fontconfig and D-Bus; its xcb (X11) platform,
# the one a kiosk PC uses, also needs the xcb utility libraries;
# passes are drawn with DejaVu Sans; poppler-utils renders PDFs to PNG for the docs;
# printing goes through CUPS (`lp`, `lpstat`), and the print tests print for real to a cups-pdf
# queue (printer-driver-cups-pdf, which renders through ghostscript; see cups-test-printer.sh).
set -euo pipefail
needed=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
        libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
        libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core poppler-utils
        cups cups-client cups-bsd printer-driver-cups-pdf ghostscript)
missing=()
for pkg in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
  echo "Missing Debian packages: ${missing[*]} (install them as root)" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "Installing Debian packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
