#!/bin/sh
# Adds SarcoRef to the applications menu of the current user (no root, nothing outside ~/.local).
# Run it from the unpacked SarcoRef folder; run it again after moving the folder.
# --uninstall removes the menu entry and the icon (the folder itself is yours to delete).
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$APPS/sarcoref.desktop" "$ICONS/sarcoref.png"
    echo "SarcoRef removed from the applications menu."
    exit 0
fi
mkdir -p "$APPS" "$ICONS"
cp "$HERE/sarcoref.png" "$ICONS/sarcoref.png"
# The menu needs the program's full path, quoted so that spaces stay inside it. Escaped twice over: first as
# the Desktop Entry specification asks inside a quoted Exec argument (\ " ` $ get a backslash, which the
# file's own string escaping doubles; % becomes %%), then for sed's replacement text (& \ and the | delimiter).
EXEC=$(printf '%s' "$HERE/SarcoRef" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')
REPLACEMENT=$(printf '%s' "$EXEC" | sed -e 's/[\\&|]/\\&/g')
sed "s|^Exec=.*|Exec=\"$REPLACEMENT\"|" "$HERE/sarcoref.desktop" >"$APPS/sarcoref.desktop"
chmod 644 "$APPS/sarcoref.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" >/dev/null 2>&1 || true
echo "SarcoRef added to the applications menu ($APPS/sarcoref.desktop)."
