#!/bin/sh
# Render the seeds' report in headless Chromium and save reports/report.png (kept out of git).
# Usage: benchmarks/screenshot_report.sh [DB]   (needs: apt-get install -y chromium)
set -eu
cd "$(dirname "$0")/.."
DB="${1:-$(mktemp -d)/seeds.db}"
BROWSER="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$BROWSER" ]; then
    echo "chromium not found: apt-get install -y chromium" >&2
    exit 2
fi
python -m checker report seeds/ --db "$DB" --out reports/
PROFILE="$(mktemp -d)"
"$BROWSER" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$PROFILE" \
    --screenshot=reports/report.png --window-size=1280,2000 "file://$(pwd)/reports/report.html"
rm -rf "$PROFILE"
# The page must show its conflicts section and a timeline drawing.
grep -q "Conflicts (" reports/report.html
grep -q "<svg" reports/report.html || echo "note: no timeline drawn (no dated facts)" >&2
test -s reports/report.png
echo "wrote reports/report.png"
