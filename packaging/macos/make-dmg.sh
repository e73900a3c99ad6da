#!/usr/bin/env bash
# The macOS disk image: dist/SarcoRef-VERSION-macos-ARCH.dmg with SarcoRef.app beside a link to
# /Applications, so installing is one drag. Run on macOS after the PyInstaller build.
#
# Uses create-dmg (brew install create-dmg) when present for a laid-out window (background-free, icons
# placed side by side); otherwise plain hdiutil, which gives the same two icons without positions.
# Sign the app first (packaging/macos/sign-app.sh); SARCOREF_CODESIGN_IDENTITY="Developer ID Application: ..."
# then signs the image too. Without it the app keeps PyInstaller's ad-hoc signature and Gatekeeper asks the
# user to allow the first start (docs/packaging.md).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="$ROOT/dist/SarcoRef.app"
[[ -d "$APP" ]] || { echo "make-dmg: build dist/SarcoRef.app first (pyinstaller build.spec on macOS)" >&2; exit 2; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
ARCH=$(uname -m)
OUT="$ROOT/dist/SarcoRef-$VERSION-macos-$ARCH.dmg"
rm -f "$OUT"

codesign --verify --deep --strict "$APP"  # a broken signature would make macOS refuse to start the app

if command -v create-dmg >/dev/null; then
    create-dmg --volname "SarcoRef $VERSION" --volicon "$ROOT/resources/icons/sarcoref.icns" \
        --window-size 540 360 --icon-size 112 --icon "SarcoRef.app" 140 170 --hide-extension "SarcoRef.app" \
        --app-drop-link 400 170 --no-internet-enable "$OUT" "$APP"
else
    STAGE=$(mktemp -d)
    trap 'rm -rf "$STAGE"' EXIT
    cp -R "$APP" "$STAGE/"
    ln -s /Applications "$STAGE/Applications"
    hdiutil create -volname "SarcoRef $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$OUT"
fi

if [[ -n "${SARCOREF_CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$SARCOREF_CODESIGN_IDENTITY" "$OUT"
fi
hdiutil verify "$OUT"
echo "wrote $OUT ($(du -h "$OUT" | cut -f1))"
