#!/usr/bin/env bash
# CI step: build the frozen folder with packaging/build.sh (no dev group in the build environment), then run
# the frozen tests against it (they fail, rather than skip, when the build is missing). The folder tested is
# the folder that ships: nothing after this step rebuilds it. Works on Linux, macOS and Git Bash on Windows.
#
#   packaging/ci-frozen.sh              build, then test dist/SarcoRef
#   packaging/ci-frozen.sh --no-build   test an existing build (or SARCOREF_FROZEN=folder)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-build" ]]; then
    packaging/build.sh
fi
export SARCOREF_REQUIRE_FROZEN=1
uv run --group package pytest -m frozen tests/packaging -p no:cacheprovider
# The packaging rules again with PyInstaller present: on Windows this is where the version-resource test can run
# (PyInstaller writes it with Windows-only modules, so elsewhere it skips).
uv run --group package pytest tests/packaging/test_packaging_rules.py -p no:cacheprovider -rs
