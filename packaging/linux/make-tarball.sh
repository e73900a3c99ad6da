#!/usr/bin/env bash
# The Linux release archive: dist/SarcoRef-VERSION-linux-ARCH.tar.gz, holding the frozen SarcoRef folder
# with its .desktop file, icon and a per-user menu installer. Run after the PyInstaller build.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="$ROOT/dist/SarcoRef"
[[ -x "$APP/SarcoRef" ]] || { echo "make-tarball: build dist/SarcoRef first" >&2; exit 2; }
VERSION=$("$APP/SarcoRef" --version | awk '{print $2}')
ARCH=$(uname -m)
OUT="$ROOT/dist/SarcoRef-$VERSION-linux-$ARCH.tar.gz"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -a "$APP" "$STAGE/SarcoRef"
cp "$ROOT/packaging/linux/sarcoref.desktop" "$ROOT/packaging/linux/install-desktop-entry.sh" "$STAGE/SarcoRef/"
cp "$ROOT/resources/icons/sarcoref.png" "$STAGE/SarcoRef/sarcoref.png"
# Reproducible-ish: fixed owner and order; modification times are the build's.
tar --owner=0 --group=0 --numeric-owner --sort=name -C "$STAGE" -czf "$OUT" SarcoRef
echo "wrote $OUT ($(du -h "$OUT" | cut -f1))"
