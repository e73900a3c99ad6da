#!/usr/bin/env bash
# Build the frozen folder (dist/SarcoRef, and dist/SarcoRef.app on macOS) from an environment that holds
# only the app's own dependencies and PyInstaller: no dev group, so no test or lint package (pygments,
# pytest...) can be picked up by PyInstaller's analysis. The environment is .venv-package, kept apart from
# the developer's .venv. Extra arguments go to PyInstaller.
#
#   packaging/build.sh                  (the release build: what the frozen tests test and what ships)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export UV_PROJECT_ENVIRONMENT="$ROOT/.venv-package"
uv sync --locked --exact --no-default-groups --group package --quiet
uv run --no-sync pyinstaller --noconfirm --log-level WARN "$@" build.spec
