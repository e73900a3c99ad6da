#!/usr/bin/env bash
# Sign dist/SarcoRef.app for distribution: inside out (every library and Python extension, then each framework,
# then the app), each with the hardened runtime and a secure timestamp, as notarisation requires. `codesign
# --deep` is not used: it signs nested code with the outer options and entitlements, which Apple advises against.
#
#   SARCOREF_CODESIGN_IDENTITY="Developer ID Application: ..." packaging/macos/sign-app.sh
#
# Without an identity it changes nothing (PyInstaller's ad-hoc signature stays) and says so.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="$ROOT/dist/SarcoRef.app"
IDENTITY="${SARCOREF_CODESIGN_IDENTITY:-}"
[[ -d "$APP" ]] || { echo "sign-app: build dist/SarcoRef.app first" >&2; exit 2; }
if [[ -z "$IDENTITY" ]]; then
    echo "sign-app: skipped, no signing identity (the app keeps its ad-hoc signature; docs/packaging.md)"
    exit 0
fi
sign() { codesign --force --timestamp --options runtime --sign "$IDENTITY" "$@"; }

# 1. loose Mach-O files (dylibs, .so extensions, helper executables), deepest paths first
find "$APP/Contents" -type f ! -path "$APP/Contents/MacOS/SarcoRef" -print0 \
    | while IFS= read -r -d '' f; do file -b "$f" | grep -q "Mach-O" && printf '%s\0' "$f"; done \
    | sort -zr | while IFS= read -r -d '' f; do sign "$f"; done
# 2. framework bundles, innermost first
find "$APP/Contents" -type d -name "*.framework" -print0 | sort -zr | while IFS= read -r -d '' f; do sign "$f"; done
# 3. the app itself (its main executable with it), with the entitlements the interpreter needs
sign --entitlements "$ROOT/packaging/macos/entitlements.plist" "$APP"
codesign --verify --strict --verbose=2 "$APP"
echo "sign-app: signed $APP as $IDENTITY"
