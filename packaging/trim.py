"""What goes into the frozen SarcoRef and what is left out: the rules build.spec applies, kept here so
that tests can check them without running PyInstaller. docs/packaging.md explains each choice.

PyInstaller's `excludes` only drops Python modules; Qt plugins and the libraries they pull in are
collected anyway, so the spec also filters the binary and data lists with `trim()`.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path, PurePosixPath


def macos_minimum(default: str = "13.0") -> str:
    """The oldest macOS the installed PySide6 wheel supports (its platform tag, e.g. macosx_13_0_universal2)."""
    from importlib import metadata

    try:
        wheel = metadata.distribution("PySide6-Essentials").read_text("WHEEL") or ""
    except metadata.PackageNotFoundError:
        return default
    found = re.search(r"macosx_(\d+)_(\d+)_", wheel)
    return f"{found[1]}.{found[2]}" if found else default


# Python modules SarcoRef never imports at run time.
EXCLUDED_MODULES = [
    # Qt modules outside the widgets stack (no network, no QML, no OpenGL, no web, no multimedia)
    *(f"PySide6.{m}" for m in (
        "QtNetwork", "QtDBus", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtOpenGL",
        "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtMultimedia", "QtMultimediaWidgets", "QtSql",
        "QtTest", "QtUiTools", "QtDesigner", "QtHelp", "QtXml", "QtConcurrent", "QtStateMachine",
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebChannel", "QtWebSockets", "QtCharts", "QtGraphs",
        "Qt3DCore", "QtBluetooth", "QtPositioning", "QtSerialPort", "QtSpatialAudio", "QtTextToSpeech",
    )),  # fmt: skip
    # the standard library's GUI, test and TLS parts (the app never opens a connection)
    "tkinter", "_tkinter", "unittest", "doctest", "pdb", "pydoc", "pydoc_data", "ssl", "_ssl",
    # build-time only: the database builder's helpers and packaging tools
    "sqlite_utils", "click", "setuptools", "pkg_resources", "pip", "PyInstaller",
    # the content builder and its parsers: `build-db` and the sources half of `check` run from a checkout,
    # never from the frozen app (which ships the built database, not its sources); pygments would come in
    # through markdown's optional code highlighting
    "sarcoref.data.builder", "sarcoref.data.sources", "sarcoref.data.render", "markdown", "yaml", "_yaml",
    "pygments",
    # a C accelerator with a pure-Python fallback, for code the app never runs hot (decimal arithmetic)
    "_decimal",
    # rapidfuzz builds each C++ module twice (plain and AVX2) and the app only calls process.extract with
    # the OSA distance over a few hundred words: the plain build is enough, and its fuzz ratios (never
    # called) fall back to their pure-Python version. About 7.5 MB.
    "rapidfuzz.distance.metrics_cpp_avx2", "rapidfuzz.fuzz_cpp_avx2", "rapidfuzz.process_cpp_avx2",
    "rapidfuzz.fuzz_cpp",
]  # fmt: skip

# Modules loaded from C, which PyInstaller's import scan cannot see: PyNaCl's compiled `_sodium` imports cffi's
# backend when it loads (without it, verifying a content signature fails in the frozen app only).
HIDDEN_IMPORTS = ["_cffi_backend"]

# East Asian legacy text codecs: Linux and macOS run Python in UTF-8 and the app reads only UTF-8.
# Windows keeps them, because there Python's default text encoding is the system's ANSI code page.
EXCLUDED_MODULES_OUTSIDE_WINDOWS = [
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw", "_multibytecodec",
]  # fmt: skip


def excluded_modules(platform: str) -> list[str]:
    return EXCLUDED_MODULES + ([] if platform == "win32" else EXCLUDED_MODULES_OUTSIDE_WINDOWS)


# Qt plugin folders SarcoRef does not load. Folders not named here are kept whole, so a Qt module
# added later (say QtPrintSupport) keeps its plugins.
DROPPED_PLUGIN_DIRS = {
    "networkinformation", "tls",  # network state and TLS: the app is offline
    "generic",  # evdev/tuio input for framebuffer devices; desktop touch arrives through xcb/wayland
    "egldeviceintegrations", "wayland-graphics-integration-client", "xcbglintegrations",  # OpenGL only
    "sqldrivers",  # Qt SQL (the app uses Python's sqlite3)
    "qmltooling", "multimedia", "position", "sensors", "texttospeech", "webview", "canbus",
}  # fmt: skip

# In these folders only the named plugins stay.
KEPT_PLUGINS = {
    # xcb: X11 desktops; wayland: Wayland desktops; offscreen: headless smoke test and screenshots;
    # windows, cocoa: the other desktops. Gone: eglfs, linuxfb, vnc, minimal(egl), vkkhrdisplay, direct2d.
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"},
    # The GTK theme would drag GTK's own libraries in; the portal theme gives dark mode and native dialogs.
    "platformthemes": {"qxdgdesktopportal"},
    # PNG is built into QtGui; SVG for icons; ICO for Windows icons. No content or resource is a JPEG,
    # GIF, WebP or TIFF (tests/packaging checks that), so those readers stay out.
    "imageformats": {"qsvg", "qico"},
    # Standard desktop shell only (no IVI car dashboards, no fullscreen-shell, no Qt's own compositor).
    "wayland-shell-integration": {"xdg-shell"},
}

# Qt libraries nothing in a widgets app needs; on Linux unreferenced libraries are pruned anyway,
# this list is what Windows and macOS lose (where pruning by dependency is not attempted).
DROPPED_QT_LIBS = re.compile(r"^(lib)?Qt6?(Network|Qml\w*|Quick\w*|Pdf\w*|VirtualKeyboard\w*)(\.|$)", re.IGNORECASE)
DROPPED_FILES = {"opengl32sw.dll"}  # Windows software OpenGL (20 MB): widgets draw without OpenGL

# Qt's own translations: French and English only (the app's two languages).
KEPT_QT_TRANSLATION = re.compile(r"^qt(base)?_(fr|en)\.qm$")

# resources/ files that are sources or build inputs, not read by the running app.
SOURCE_ONLY_SUFFIXES = {".ts", ".py", ".pyc", ".ico", ".icns", ".md", ".pro", ".txt"}


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source, destination folder) pairs for Analysis(datas=...): the content database with its
    checksum manifest, and every run-time file under resources/, in sarcoref/resources as in the wheel."""
    db = root / "sarcoref" / "data" / "content.db"
    out = [(str(db), "sarcoref/data"), (str(db.with_name(db.name + ".manifest.json")), "sarcoref/data")]
    resources = root / "resources"
    for path in sorted(resources.rglob("*")):
        if path.is_file() and path.suffix.lower() not in SOURCE_ONLY_SUFFIXES and "__pycache__" not in path.parts:
            out.append(
                (str(path), str(PurePosixPath("sarcoref", "resources", *path.relative_to(resources).parent.parts)))
            )
    return out


def _stem(filename: str) -> str:
    """libqxcb.so -> qxcb, qwindows.dll -> qwindows, libxdg-shell.so -> xdg-shell."""
    name = filename.split(".")[0]
    return name[3:] if name.startswith("lib") else name


def plugin_kept(dest: str) -> bool:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True
    i = len(parts) - 1 - parts[::-1].index("plugins")
    if i + 1 >= len(parts):
        return True
    folder = parts[i + 1]
    if folder in DROPPED_PLUGIN_DIRS:
        return False
    if folder in KEPT_PLUGINS and len(parts) > i + 2:
        return _stem(parts[-1]) in KEPT_PLUGINS[folder]
    return True


def data_kept(dest: str) -> bool:
    path = PurePosixPath(dest.replace("\\", "/"))
    if "translations" in path.parts and path.suffix == ".qm" and "PySide6" in path.parts:
        return bool(KEPT_QT_TRANSLATION.match(path.name))
    return plugin_kept(dest) and not _dropped_framework(path)


def _dropped_framework(path: PurePosixPath) -> bool:
    """macOS: a dropped Qt library's framework folder goes with it (Info.plist, resources)."""
    return any(p.endswith(".framework") and DROPPED_QT_LIBS.match(p[: -len(".framework")]) for p in path.parts)


def binary_kept(dest: str) -> bool:
    path = PurePosixPath(dest.replace("\\", "/"))
    if path.name.lower() in DROPPED_FILES or DROPPED_QT_LIBS.match(path.name) or _dropped_framework(path):
        return False
    return plugin_kept(dest)


# Linux: libraries the desktop system provides, never bundled, and the Debian package of each. They are
# tied to the machine (GL drivers, the display server, the font configuration, the D-Bus and printing
# services); a copy from the build machine can clash with them. docs/packaging.md lists these packages
# as the Linux requirements and packaging/bare-machine.sh installs exactly them.
LINUX_SYSTEM_LIBS = {
    r"(libc|libm|libdl|libpthread|librt|libresolv|libutil)\.so\.\d+|ld-linux-x86-64\.so\.2": "libc6",
    r"libstdc\+\+\.so\.6": "libstdc++6",  # GPU drivers load the system's; a bundled older copy breaks them
    r"libgcc_s\.so\.1": "libgcc-s1",
    r"libz\.so\.1": "zlib1g",
    r"lib(glib|gthread)-2\.0\.so\.0": "libglib2.0-0",
    r"libfontconfig\.so\.1": "libfontconfig1",  # must match the system's font configuration files
    r"libfreetype\.so\.6": "libfreetype6",
    r"libGL\.so\.1": "libgl1",
    r"libEGL\.so\.1": "libegl1",
    r"libX11\.so\.6": "libx11-6",
    r"libX11-xcb\.so\.1": "libx11-xcb1",
    r"libxcb\.so\.1": "libxcb1",
    r"libxkbcommon\.so\.0": "libxkbcommon0",
    r"libwayland-client\.so\.0": "libwayland-client0",
    r"libwayland-cursor\.so\.0": "libwayland-cursor0",
    r"libdbus-1\.so\.3": "libdbus-1-3",
    r"libcups\.so\.2": "libcups2",  # printing goes through the machine's CUPS
}
# Not a library, but Qt draws no text without at least one font.
LINUX_EXTRA_PACKAGES = {"fonts-dejavu-core"}
_SYSTEM = re.compile("|".join(f"(?:{p})" for p in LINUX_SYSTEM_LIBS))


def linux_system_packages() -> list[str]:
    """The Debian packages a Linux machine needs to run the frozen folder."""
    return sorted(set(LINUX_SYSTEM_LIBS.values()) | LINUX_EXTRA_PACKAGES)


def is_system_lib(name: str) -> bool:
    return bool(_SYSTEM.fullmatch(name))


def _is_plugin(dest: str) -> bool:
    return "plugins" in PurePosixPath(dest.replace("\\", "/")).parts


def prune_unreferenced(binaries: list, needed_by) -> list:
    """Keep a shared library only when something kept links against it (directly or through another
    library). Roots: Python extensions, Qt plugins (loaded by name at run time), libpython (loaded by the
    bootloader). `needed_by(src)` lists the library names a binary links against directly."""
    by_name: dict[str, list] = {}
    for entry in binaries:
        by_name.setdefault(os.path.basename(entry[0]), []).append(entry)

    def is_root(entry) -> bool:
        dest, _, kind = entry
        return kind != "BINARY" or _is_plugin(dest) or os.path.basename(dest).startswith("libpython")

    kept, todo = set(), [e for e in binaries if is_root(e)]
    while todo:
        entry = todo.pop()
        if entry[0] in kept:
            continue
        kept.add(entry[0])
        if entry[2] == "SYMLINK":
            todo.extend(by_name.get(os.path.basename(entry[1]), []))
            continue
        for name in needed_by(entry[1]):
            todo.extend(e for e in by_name.get(name, []) if e[0] not in kept)
    return [e for e in binaries if e[0] in kept]


def elf_needed(path: str) -> list[str]:
    """The DT_NEEDED entries of an ELF file (its direct dependencies), read with binutils' readelf."""
    out = subprocess.run(["readelf", "-d", "-W", path], capture_output=True, text=True, check=False).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def unresolved(binaries: list, needed_by) -> dict[str, list[str]]:
    """Libraries something kept needs that are neither bundled nor system-provided: {name: [needers]}."""
    bundled = {os.path.basename(e[0]) for e in binaries}
    missing: dict[str, list[str]] = {}
    for dest, src, kind in binaries:
        if kind == "SYMLINK":
            continue
        for name in needed_by(src):
            if name not in bundled and not is_system_lib(name):
                missing.setdefault(name, []).append(os.path.basename(dest))
    return missing


def _drop_dangling_symlinks(toc: list, present: set[str]) -> list:
    def target(entry) -> str:
        return os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1])).replace("\\", "/")

    return [e for e in toc if e[2] != "SYMLINK" or target(e) in present]


def trim(binaries: list, datas: list, platform: str, needed_by=None) -> tuple[list, list]:
    """The spec's filter over Analysis' (destination, source, kind) lists. On Linux it also leaves the
    system libraries out, prunes what nothing needs any more, and refuses a folder that would need a
    library neither bundled nor listed as a system requirement."""
    binaries = [e for e in binaries if binary_kept(e[0])]
    datas = [e for e in datas if data_kept(e[0])]
    if platform.startswith("linux"):
        needed_by = needed_by or elf_needed
        binaries = [e for e in binaries if not is_system_lib(os.path.basename(e[0]))]
        binaries = prune_unreferenced(binaries, needed_by)
        missing = unresolved(binaries, needed_by)
        if missing:
            lines = [f"  {name} (needed by {', '.join(sorted(set(by)))})" for name, by in sorted(missing.items())]
            raise SystemExit(
                "build.spec: these libraries are neither on the build machine nor system requirements:\n"
                + "\n".join(lines)
                + "\ninstall them on the build machine (see docs/packaging.md, 'Building')"
            )
    present = {e[0].replace("\\", "/") for e in binaries + datas}
    return _drop_dangling_symlinks(binaries, present), _drop_dangling_symlinks(datas, present)


def windows_version_info(version: str, description: str):
    """The Windows file properties (Details tab) from the project version."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = [int(p) if p.isdigit() else 0 for p in re.split(r"[.+-]", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    strings = {
        "CompanyName": "SarcoRef",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": "SarcoRef",
        "LegalCopyright": "MIT licence",
        "OriginalFilename": "SarcoRef.exe",
        "ProductName": "SarcoRef",
        "ProductVersion": version,
    }
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=tuple(numbers), prodvers=tuple(numbers)),
        kids=[
            StringFileInfo([StringTable("040904B0", [StringStruct(k, v) for k, v in strings.items()])]),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
