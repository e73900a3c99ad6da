#!/usr/bin/env bash
# Notarise a signed .app or .dmg with Apple's notary service and staple the ticket to it, so Gatekeeper
# accepts it offline too.
#
#   SARCOREF_NOTARY_APPLE_ID=... SARCOREF_NOTARY_TEAM_ID=... SARCOREF_NOTARY_PASSWORD=... packaging/macos/notarize.sh PATH
#
# The password is an app-specific password of that Apple ID. Without the three it changes nothing and says so.
set -euo pipefail
TARGET="${1:?usage: notarize.sh PATH.app|PATH.dmg}"
if [[ -z "${SARCOREF_NOTARY_APPLE_ID:-}" || -z "${SARCOREF_NOTARY_TEAM_ID:-}" || -z "${SARCOREF_NOTARY_PASSWORD:-}" ]]; then
    echo "notarize: skipped for $(basename "$TARGET"), no notary credentials (docs/packaging.md)"
    exit 0
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
UPLOAD="$TARGET"
if [[ -d "$TARGET" ]]; then  # an .app goes up as a zip; the ticket is stapled to the .app itself
    UPLOAD="$WORK/$(basename "$TARGET").zip"
    ditto -c -k --keepParent "$TARGET" "$UPLOAD"
fi
xcrun notarytool submit "$UPLOAD" --apple-id "$SARCOREF_NOTARY_APPLE_ID" --team-id "$SARCOREF_NOTARY_TEAM_ID" \
    --password "$SARCOREF_NOTARY_PASSWORD" --wait --output-format json | tee "$WORK/result.json"
# --wait returns when the service has decided; only "Accepted" is a pass (the log says why otherwise)
if ! grep -q '"status" *: *"Accepted"' "$WORK/result.json"; then
    ID=$(sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' "$WORK/result.json" | head -1)
    [[ -n "$ID" ]] && xcrun notarytool log "$ID" --apple-id "$SARCOREF_NOTARY_APPLE_ID" \
        --team-id "$SARCOREF_NOTARY_TEAM_ID" --password "$SARCOREF_NOTARY_PASSWORD" || true
    echo "notarize: Apple did not accept $(basename "$TARGET")" >&2
    exit 1
fi
xcrun stapler staple "$TARGET"
xcrun stapler validate "$TARGET"
