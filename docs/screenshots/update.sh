#!/usr/bin/env bash
# Re-render the README's screenshots with `sarcoref screenshot` (offscreen, no display needed).
set -euo pipefail
cd "$(dirname "$0")/../.."
shot() { uv run sarcoref screenshot "docs/screenshots/$1.png" --view "$2" --lang "$3" --size "${4:-1366x768}" ${5:-}; }
shot home-fr home fr
shot section-en section:pd1-pdl1 en
shot trial-fr trial:NCT03092323 fr
shot trials-en trials en
shot tolerance-fr tolerance fr
shot search-en "search:PD L1" en
shot section-dark-fr section:tils fr 1366x768 "--theme dark"
shot kiosk-attract-fr attract fr 1920x1080 --kiosk
shot kiosk-home-en home en 1920x1080 --kiosk
shot kiosk-portrait-fr home fr 1080x1920 --kiosk
