#!/usr/bin/env bash
# The README's first picture: the kiosk as `gic-kiosk run` opens it in a real X server (Xvfb,
# a 1080 × 1920 portrait screen, no window manager), with a fresh home (so a fresh database).
#   bash scripts/screenshot-real-window.sh [OUT.png]     (needs: apt-get install xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots/real-window-xvfb-portrait-id.png}
command -v xvfb-run >/dev/null || { echo "xvfb-run missing: apt-get install xvfb" >&2; exit 1; }
home=$(mktemp -d)
auth="$home/xauth"
trap 'kill "$runner" 2>/dev/null || true; rm -rf "$home"' EXIT
HOME="$home" KIOSK_LANGUAGE=id xvfb-run -n 99 -f "$auth" -s "-screen 0 1080x1920x24" \
    .venv/bin/gic-kiosk run >"$home/run.log" 2>&1 &
runner=$!
# The database opens after the first frame: once it is migrated, the window is up.
for _ in $(seq 60); do grep -q "database migrated" "$home/run.log" 2>/dev/null && break; sleep 0.5; done
sleep 1
DISPLAY=:99 XAUTHORITY="$auth" QT_QPA_PLATFORM=xcb .venv/bin/python - "$out" <<'PY'
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
PY
echo "$out"
