#!/usr/bin/env bash
# Proof on a bare machine: a minimal Debian root (debootstrap), plus ONLY the packages that
# docs/packaging.md lists as SarcoRef's Linux requirements, no Python at all; the frozen folder is
# copied in and run there (version, smoke test, search, show, screenshot; and the real X11 and
# Wayland plugins when the host has Xvfb and weston to display them).
#
#   sudo packaging/bare-machine.sh [FROZEN_FOLDER]      (default: dist/SarcoRef)
#   packaging/bare-machine.sh --print-packages          (the list it installs, read from the docs)
#
# Needs root, debootstrap and a reachable Debian mirror. The Debian root is cached in
# $SARCOREF_BARE_CACHE (default /var/cache/sarcoref-bare): the minimal base once, then one root per
# package list, so a rerun takes seconds and a changed list never inherits packages from an old one.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DOC="$ROOT/docs/packaging.md"
SUITE="${SARCOREF_BARE_SUITE:-bookworm}"
MIRROR="${SARCOREF_BARE_MIRROR:-http://deb.debian.org/debian}"
CACHE="${SARCOREF_BARE_CACHE:-/var/cache/sarcoref-bare}"

packages() {  # the fenced list between the markers in docs/packaging.md, one name per word
    sed -n '/<!-- linux-requirements:begin -->/,/<!-- linux-requirements:end -->/p' "$DOC" \
        | grep -v -e '<!--' -e '^```' | tr -s ' \t\n' '\n' | grep -v '^$' | sort -u
}

if [[ "${1:-}" == "--print-packages" ]]; then
    packages
    exit 0
fi

APP="$(cd "${1:-$ROOT/dist/SarcoRef}" && pwd)"
[[ -x "$APP/SarcoRef" ]] || { echo "bare-machine: no frozen app in $APP (build it first)" >&2; exit 2; }
[[ $EUID -eq 0 ]] || { echo "bare-machine: needs root (debootstrap, chroot, mount)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "bare-machine: apt-get install debootstrap" >&2; exit 2; }

PKGS=$(packages | tr '\n' ' ')
[[ -n "$PKGS" ]] || { echo "bare-machine: no package list found in $DOC" >&2; exit 2; }
echo "== requirements from docs/packaging.md: $PKGS"

mkdir -p "$CACHE"
BASE="$CACHE/$SUITE-minbase"
if [[ ! -e "$BASE/.complete" ]]; then
    echo "== debootstrap --variant=minbase $SUITE (once; cached in $BASE)"
    rm -rf "$BASE"
    debootstrap --variant=minbase "$SUITE" "$BASE" "$MIRROR"
    touch "$BASE/.complete"
fi

KEY=$(echo "$SUITE $PKGS" | sha256sum | cut -c1-12)
BARE="$CACHE/$SUITE-$KEY"
MOUNTS=()
cleanup() {
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
    [[ -n "${XVFB_PID:-}" ]] && kill "$XVFB_PID" 2>/dev/null || true
    [[ -n "${WESTON_PID:-}" ]] && kill "$WESTON_PID" 2>/dev/null || true
}
trap cleanup EXIT
mount_in() {  # mount_in ARGS... TARGET
    mount "$@"
    MOUNTS+=("${@: -1}")
}

if [[ ! -e "$BARE/.complete" ]]; then
    echo "== new root for this package list: $BARE"
    rm -rf "$BARE"
    cp -a "$BASE" "$BARE"
    rm -f "$BARE/.complete"
    cp /etc/resolv.conf "$BARE/etc/resolv.conf"
    mount_in -t proc proc "$BARE/proc"
    chroot "$BARE" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    chroot "$BARE" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PKGS
    chroot "$BARE" apt-get clean
    umount -l "$BARE/proc"
    MOUNTS=()
    touch "$BARE/.complete"
fi

echo "== no Python in the bare root"
if chroot "$BARE" sh -c 'ls /usr/bin/python* /usr/lib/python3* /usr/lib/x86_64-linux-gnu/libpython* 2>/dev/null' | grep -q .; then
    echo "FAIL: the bare root contains Python" >&2
    exit 1
fi
echo "ok: no python executable, no libpython, no standard library"

rm -rf "$BARE/opt/SarcoRef" "$BARE/tmp/sarcoref"
cp -a "$APP" "$BARE/opt/SarcoRef"
mkdir -p "$BARE/tmp/sarcoref/home" "$BARE/tmp/sarcoref/out"
chmod -R a+rwX "$BARE/tmp/sarcoref"
mount_in -t proc proc "$BARE/proc"
mount_in --bind /dev "$BARE/dev"

FAILED=0
in_root() {  # run the frozen app inside the root as an unprivileged user, with a bare environment
    chroot --userspec=65534:65534 "$BARE" env -i HOME=/tmp/sarcoref/home PATH=/usr/bin:/bin LANG=C.UTF-8 \
        QT_QPA_PLATFORM="${QPA:-offscreen}" ${DISPLAY_VAR:+DISPLAY=$DISPLAY_VAR} ${EXTRA_ENV:-} /opt/SarcoRef/SarcoRef "$@"
}
check() {  # check NAME EXPECTED_TEXT COMMAND...
    local name="$1" expect="$2" out
    shift 2
    if out=$("$@" 2>&1) && grep -q -- "$expect" <<<"$out"; then
        echo "PASS $name: $(grep -m1 -- "$expect" <<<"$out")"
    else
        echo "FAIL $name:"; sed 's/^/    /' <<<"$out"; FAILED=1
    fi
}

echo "== every bundled library resolves in the bare root"
# LD_LIBRARY_PATH as PyInstaller's bootloader sets it when the app starts.
UNRESOLVED=$(chroot "$BARE" sh -c 'find /opt/SarcoRef -type f \( -name "*.so*" -o -name SarcoRef \) | while read -r f; do
    LD_LIBRARY_PATH=/opt/SarcoRef/_internal ldd "$f" 2>/dev/null | sed -n "s|^\s*\(\S*\) => not found|\1 (needed by ${f#/opt/SarcoRef/})|p"; done' | sort -u)
if [[ -n "$UNRESOLVED" ]]; then
    echo "FAIL missing libraries:"; sed 's/^/    /' <<<"$UNRESOLVED"; FAILED=1
else
    echo "PASS ldd: no missing library"
fi

echo "== the frozen app, offscreen"
check "version" "SarcoRef " in_root --version
check "smoke test" "first paint" in_root --smoke-test
check "search" "PD-L1" in_root search "PD-L1" --limit 3
check "search (English)" "\[" in_root search "abscopal" --lang en --limit 3
FIRST=$(in_root search "sarcome" --json --limit 1 | sed -n 's/.*"id": "\([^"]*\)".*/\1/p' | head -1)
check "show $FIRST" "." in_root show "$FIRST"
check "screenshot" "wrote" in_root screenshot /tmp/sarcoref/out/home.png --view home
cp "$BARE/tmp/sarcoref/out/home.png" "$CACHE/last-screenshot.png" 2>/dev/null || true

if command -v Xvfb >/dev/null; then
    echo "== the frozen app on a real X server (Xvfb on the host, xcb plugin in the root)"
    Xvfb :87 -nolisten tcp -screen 0 1280x800x24 >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 50); do [[ -S /tmp/.X11-unix/X87 ]] && break; sleep 0.1; done
    mkdir -p "$BARE/tmp/.X11-unix"
    mount_in --bind /tmp/.X11-unix "$BARE/tmp/.X11-unix"
    QPA=xcb DISPLAY_VAR=:87 check "smoke test (xcb)" "first paint" in_root --smoke-test
else
    echo "skip: no Xvfb on this host, the xcb plugin was not exercised (apt-get install xvfb)"
fi

if command -v weston >/dev/null; then
    echo "== the frozen app on a Wayland compositor (headless weston on the host, wayland plugin in the root)"
    WL="$CACHE/wayland-runtime"
    rm -rf "$WL" && mkdir -p "$WL" && chmod 700 "$WL"
    XDG_RUNTIME_DIR="$WL" weston --backend=headless-backend.so --socket=wayland-87 --idle-time=0 >/dev/null 2>&1 &
    WESTON_PID=$!
    for _ in $(seq 50); do [[ -S "$WL/wayland-87" ]] && break; sleep 0.1; done
    chown 65534:65534 "$WL" "$WL/wayland-87"  # the app runs as nobody and must own its runtime folder
    mkdir -p "$BARE/run/sarcoref-wl"
    mount_in --bind "$WL" "$BARE/run/sarcoref-wl"
    QPA=wayland EXTRA_ENV="XDG_RUNTIME_DIR=/run/sarcoref-wl WAYLAND_DISPLAY=wayland-87" \
        check "smoke test (wayland)" "first paint" in_root --smoke-test
    kill "$WESTON_PID" 2>/dev/null || true
else
    echo "skip: no weston on this host, the wayland plugin was not exercised (apt-get install weston)"
fi

if [[ $FAILED -ne 0 ]]; then
    echo "== bare machine: FAILED" >&2
    exit 1
fi
# What apt really put there beyond the minimal base: the documented list plus what it pulled in.
ADDED=$(comm -13 <(chroot "$BASE" dpkg-query -W -f '${Package}\n' | sort) \
                 <(chroot "$BARE" dpkg-query -W -f '${Package}\n' | sort))
echo "== bare machine: all checks passed ($SUITE minbase, no Python; $(wc -w <<<"$PKGS") packages asked for," \
     "apt installed $(wc -w <<<"$ADDED") with their dependencies: $(tr '\n' ' ' <<<"$ADDED"))"
