#!/usr/bin/env bash
# The size budget, measured in one run on this machine: a bare PySide6 "hello world" window frozen the
# naive way (pyinstaller --windowed, no spec, no trimming) beside SarcoRef built with build.spec.
# Prints the table docs/packaging.md quotes; fails if SarcoRef exceeds 75 % of the naive build.
# Sizes are apparent bytes (du -sb); archives are tar + gzip at its default level, for both.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PYI=(uv run --project "$ROOT" --group package pyinstaller --noconfirm --log-level ERROR)

echo "building the naive hello world..." >&2
"${PYI[@]}" --windowed --distpath "$WORK/dist" --workpath "$WORK/build" --specpath "$WORK" packaging/hello_world.py
QT_QPA_PLATFORM=offscreen "$WORK/dist/hello_world/hello_world" --quit  # the baseline must start, too
echo "building SarcoRef..." >&2
"${PYI[@]}" build.spec
QT_QPA_PLATFORM=offscreen dist/SarcoRef/SarcoRef --version >/dev/null

folder() { du -sb "$1" | cut -f1; }
archive() { tar -C "$(dirname "$1")" -czf "$WORK/a.tgz" "$(basename "$1")" && stat -c %s "$WORK/a.tgz"; }
NF=$(folder "$WORK/dist/hello_world"); NA=$(archive "$WORK/dist/hello_world")
SF=$(folder dist/SarcoRef); SA=$(archive dist/SarcoRef)

fmt() { awk "BEGIN { printf \"$1\", $2 }"; }
mb() { fmt "%.1f MB" "$1 / 1000000"; }
pct() { fmt "%.0f %%" "100 * $1 / $2"; }
echo
echo "Measured $(date -u +%Y-%m-%d) on $(uname -sm), $(uv run --project "$ROOT" --group package python -c 'import platform, PySide6, PyInstaller; print(f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, PyInstaller {PyInstaller.__version__}")')"
echo
echo "| build | folder | .tar.gz |"
echo "|---|---:|---:|"
echo "| bare PySide6 hello world, naive \`pyinstaller --windowed\` | $(mb "$NF") | $(mb "$NA") |"
echo "| SarcoRef, \`build.spec\` | $(mb "$SF") | $(mb "$SA") |"
echo "| SarcoRef / naive | $(pct "$SF" "$NF") | $(pct "$SA" "$NA") |"
if (( SF * 4 > NF * 3 || SA * 4 > NA * 3 )); then
    echo "over budget: SarcoRef must be at most 75 % of the naive build, folder and archive alike" >&2
    exit 1
fi
