"""Cheap, always-on checks of the packaging: what build.spec collects, what it trims, the icons, the
Linux requirement list shared by the docs and the bare-machine script, and the installers' settings."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import trim

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


# ------------------------------------------------------------------ what goes in


def test_spec_collects_the_database_and_runtime_resources_that_exist():
    datas = trim.data_files(ROOT)
    assert all(Path(src).is_file() for src, _ in datas)
    dests = {(Path(src).name, dest) for src, dest in datas}
    assert ("content.db", "sarcoref/data") in dests
    assert ("content.db.manifest.json", "sarcoref/data") in dests
    assert ("sarcoref.png", "sarcoref/resources/icons") in dests  # the window icon, where paths.resources_dir looks
    for qm in (ROOT / "resources" / "i18n").glob("*.qm"):
        assert (qm.name, "sarcoref/resources/i18n") in dests
    assert not [src for src, _ in datas if Path(src).suffix in {".ts", ".py", ".ico", ".icns"}]


def _as_installed(tmp_path, shipped, monkeypatch) -> Path:
    """The bundled database beside the files a build ships with it, as a frozen app finds them."""
    from sarcoref.data import library, signing

    app = tmp_path / "app" / "sarcoref" / "data"
    app.mkdir(parents=True)
    shutil.copyfile(ROOT / "sarcoref" / "data" / "content.db", app / "content.db")
    for src, dest in shipped:
        assert dest == "sarcoref/data"
        shutil.copyfile(src, app / Path(src).name)
    monkeypatch.setattr(signing, "PUBLISHER_KEYS", app / "publisher_keys.json")
    monkeypatch.setattr(signing, "DEVELOPMENT_KEYS", app / "development_keys.json")
    monkeypatch.setattr(library, "bundled_db", lambda: app / "content.db")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    return app / "content.db"


def test_a_build_without_a_key_signs_its_database_with_a_one_off_development_key(tmp_path, monkeypatch):
    import bundled_signature

    from sarcoref.data import library

    shipped = bundled_signature.signature_files(ROOT, tmp_path / "work", None)
    names = sorted(Path(src).name for src, _ in shipped)
    assert names == ["content.db.sig", "development_keys.json", "publisher_keys.json"]
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == names  # no private key written anywhere
    db = _as_installed(tmp_path, shipped, monkeypatch)
    origin = library.bundled_provenance()
    assert origin.level == library.DEVELOPMENT and origin.key_id in (db.parent / "development_keys.json").read_text()
    with open(db, "r+b") as f:  # the install altered afterwards: refused at start
        f.seek(4096)
        byte = f.read(1)[0]
        f.seek(4096)
        f.write(bytes([byte ^ 0xFF]))
    with pytest.raises(library.ContentError, match="installation has been altered"):
        library.choose_db()


def test_a_build_given_the_publishers_key_is_signed_by_the_publisher(tmp_path, monkeypatch, test_key):
    import bundled_signature

    from sarcoref.data import library

    shipped = bundled_signature.signature_files(ROOT, tmp_path / "work", str(test_key.private))
    assert sorted(Path(src).name for src, _ in shipped) == ["content.db.sig", "publisher_keys.json"]
    _as_installed(tmp_path, shipped, monkeypatch)
    assert library.bundled_provenance() == library.Provenance(library.PUBLISHER, test_key.key_id)
    assert library.choose_db().notice is None


def test_spec_ships_the_signature_and_the_trusted_keys():
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert (
        'bundled_signature.signature_files(ROOT, ROOT / "build" / "signing", os.environ.get("SARCOREF_SIGNING_KEY"))'
        in source
    )
    assert source.index("datas += bundled_signature") < source.index("a = Analysis(")


def test_spec_is_plain_python_that_uses_the_trim_rules():
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    compile(source, "build.spec", "exec")
    for needed in ("trim.data_files(ROOT)", "trim.trim(", "trim.excluded_modules(", "upx=False", "console=False"):
        assert needed in source


def test_no_content_or_resource_needs_an_image_reader_that_was_left_out():
    kept = {".png", ".svg", ".ico"}  # PNG is built into Qt; qsvg and qico are kept
    pictures = re.compile(r"\.(jpe?g|gif|webp|tiff?|bmp|tga|wbmp|icns)\b", re.IGNORECASE)
    for folder in (ROOT / "sarcoref" / "data" / "content", ROOT / "resources"):
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix.lower() in {".md", ".yaml", ".yml", ".qss", ".css", ".html"}:
                assert not pictures.search(path.read_text(encoding="utf-8")), f"{path} names a picture format"
    runtime = {Path(src).suffix.lower() for src, _ in trim.data_files(ROOT) if "icons" in src}
    assert runtime <= kept


# ------------------------------------------------------------------ what is trimmed


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqglib.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),  # printing is a feature
        ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),  # unknown folders stay whole
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt6Network.dll", False),
        ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
        ("PySide6/opengl32sw.dll", False),
    ],
)
def test_binary_rules(dest, kept):
    assert trim.binary_kept(dest) is kept


def test_only_french_and_english_qt_translations_stay():
    names = ["qt_fr.qm", "qtbase_fr.qm", "qtbase_en.qm", "qt_en.qm", "qtbase_de.qm", "qt_help_fr.qm", "qt_ja.qm"]
    kept = [n for n in names if trim.data_kept(f"PySide6/Qt/translations/{n}")]
    assert kept == ["qt_fr.qm", "qtbase_fr.qm", "qtbase_en.qm", "qt_en.qm"]
    assert trim.data_kept("resources/i18n/sarcoref_fr.qm")


def test_macos_framework_resources_leave_with_their_library():
    assert not trim.data_kept("PySide6/Qt/lib/QtNetwork.framework/Resources/Info.plist")
    assert trim.data_kept("PySide6/Qt/lib/QtWidgets.framework/Resources/Info.plist")


def test_east_asian_codecs_stay_on_windows_only():
    assert "_codecs_jp" in trim.excluded_modules("linux")
    assert "_codecs_jp" not in trim.excluded_modules("win32")
    assert "PySide6.QtNetwork" in trim.excluded_modules("win32")


FAKE = {  # src -> libraries it links against
    "ext.so": ["libA.so.1", "libc.so.6"],
    "libA.so.1": ["libB.so.2", "libstdc++.so.6"],
    "libB.so.2": [],
    "libOrphan.so.1": ["libB.so.2"],
    "plugin.so": ["libC.so.3"],
    "libC.so.3": [],
    "libpython3.11.so.1.0": [],
    "libstdc++.so.6": [],
}


def _toc(*names, kind="BINARY"):
    return [(("plugins/x/" if n == "plugin.so" else "") + n, n, "EXTENSION" if n == "ext.so" else kind) for n in names]


def test_pruning_keeps_what_is_linked_and_drops_orphans():
    toc = _toc(*FAKE)
    kept = {Path(d).name for d, _, _ in trim.prune_unreferenced(toc, FAKE.__getitem__)}
    assert kept == {"ext.so", "libA.so.1", "libB.so.2", "plugin.so", "libC.so.3", "libpython3.11.so.1.0",
                    "libstdc++.so.6"}  # fmt: skip


def test_linux_trim_leaves_system_libraries_out_and_their_private_dependencies_with_them():
    needed = dict(FAKE, **{"libstdc++.so.6": ["libOnlyForStdcxx.so.1"], "libOnlyForStdcxx.so.1": []})
    binaries, _ = trim.trim(_toc(*needed), [], "linux", needed_by=needed.__getitem__)
    kept = {Path(d).name for d, _, _ in binaries}
    assert "libstdc++.so.6" not in kept and "libOnlyForStdcxx.so.1" not in kept
    assert "libOrphan.so.1" not in kept and "libA.so.1" in kept


def test_linux_trim_refuses_a_library_that_is_neither_bundled_nor_a_system_requirement():
    needed = dict(FAKE, **{"plugin.so": ["libxcb-icccm.so.4"]})
    with pytest.raises(SystemExit, match=r"libxcb-icccm\.so\.4 \(needed by plugin\.so\)"):
        trim.trim(_toc(*FAKE), [], "linux", needed_by=needed.__getitem__)


def test_windows_and_macos_are_not_pruned_by_dependency():
    binaries, _ = trim.trim(_toc(*FAKE), [], "win32", needed_by=FAKE.__getitem__)
    assert len(binaries) == len(FAKE)


def test_windows_version_information_comes_from_the_project_version():
    # PyInstaller writes version resources with pefile, which it only installs on Windows.
    pytest.importorskip("PyInstaller.utils.win32.versioninfo", exc_type=ImportError)
    info = trim.windows_version_info(VERSION, "SarcoRef")
    numbers = tuple(int(p) for p in VERSION.split(".")) + (0,) * (4 - len(VERSION.split(".")))
    assert info.ffi.fileMS == (numbers[0] << 16 | numbers[1]) and info.ffi.fileLS == (numbers[2] << 16 | numbers[3])
    raw = info.toRaw()
    assert VERSION.encode("utf-16-le") in raw and "SarcoRef.exe".encode("utf-16-le") in raw


# ------------------------------------------------------------------ Linux requirements: one list


def _documented_packages() -> list[str]:
    doc = (ROOT / "docs" / "packaging.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- linux-requirements:begin -->(.*?)<!-- linux-requirements:end -->", doc, re.S)
    assert block, "docs/packaging.md lost its Linux requirement list"
    return sorted(set(block.group(1).replace("```", " ").split()))


def test_documented_linux_requirements_are_exactly_the_libraries_left_out():
    assert _documented_packages() == trim.linux_system_packages()


@pytest.mark.skipif(sys.platform == "win32", reason="a bash script")
def test_bare_machine_script_installs_exactly_the_documented_list():
    out = subprocess.run(["bash", str(ROOT / "packaging" / "bare-machine.sh"), "--print-packages"],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert out.split() == _documented_packages()


# ------------------------------------------------------------------ icons


def test_png_icon_is_256_pixels_square():
    data = (ROOT / "resources" / "icons" / "sarcoref.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (256, 256)


def test_ico_holds_every_windows_size_and_each_entry_is_inside_the_file():
    data = (ROOT / "resources" / "icons" / "sarcoref.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        assert offset + length <= len(data)
        sizes.add(w or 256)
    assert sizes >= {16, 32, 48, 256}


def test_icns_is_well_formed_with_retina_sizes():
    data = (ROOT / "resources" / "icons" / "sarcoref.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, pos = set(), 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        assert length > 8 and data[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.add(kind)
        pos += length
    assert pos == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10", b"ic14"} <= kinds


def test_generated_icons_match_the_svg_source(qapp, tmp_path):
    """Edit sarcoref.svg, then run `uv run python resources/icons/make_icons.py`."""
    sys.path.insert(0, str(ROOT / "resources" / "icons"))
    import make_icons

    assert make_icons.main(tmp_path) == 0
    for name in ("sarcoref.png", "sarcoref.ico", "sarcoref.icns"):
        assert (tmp_path / name).read_bytes() == (ROOT / "resources" / "icons" / name).read_bytes(), name


# ------------------------------------------------------------------ installers and release


def test_desktop_entry_launches_sarcoref_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "sarcoref.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Exec"] == "SarcoRef" and d["Icon"] == "sarcoref"
    assert d["Terminal"] == "false" and "MedicalSoftware" in d["Categories"].split(";")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils is not installed")
def test_desktop_entry_passes_the_freedesktop_validator():
    path = ROOT / "packaging" / "linux" / "sarcoref.desktop"
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def _exec_program(value: str) -> str:
    """The program an Exec value starts, read as the Desktop Entry specification says: the string escapes
    first (\\\\ is one backslash), then one quoted argument (\\ before " ` $ \\), then %% is a percent sign."""
    value = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), value)
    assert value.startswith('"') and value.endswith('"'), value
    quoted = value[1:-1]
    assert not re.search(r'(?<!\\)["`$]', quoted.replace("\\\\", "")), f"unescaped reserved character: {quoted}"
    return re.sub(r'\\(["`$\\])', r"\1", quoted).replace("%%", "%")


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_menu_entry_starts_the_program_even_from_a_folder_with_awkward_characters(tmp_path):
    """`&` once pasted the matched text into Exec=; quotes, `$`, backslashes and `%` have their own rules."""
    folder = tmp_path / 'Santé & Co | "x" $HOME `id` 100% back\\slash' / "SarcoRef"
    folder.mkdir(parents=True)
    for name in ("install-desktop-entry.sh", "sarcoref.desktop"):
        shutil.copy(ROOT / "packaging" / "linux" / name, folder / name)
    shutil.copy(ROOT / "resources" / "icons" / "sarcoref.png", folder / "sarcoref.png")
    (folder / "SarcoRef").write_text("#!/bin/sh\n", encoding="utf-8")
    data = tmp_path / "data"
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    result = subprocess.run(["sh", str(folder / "install-desktop-entry.sh")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    installed = data / "applications" / "sarcoref.desktop"
    lines = installed.read_text(encoding="utf-8").splitlines()
    (exec_line,) = [line for line in lines if line.startswith("Exec=")]
    assert _exec_program(exec_line.removeprefix("Exec=")) == str(folder / "SarcoRef")
    assert [line for line in lines if not line.startswith("Exec=")] == [
        line for line in (ROOT / "packaging" / "linux" / "sarcoref.desktop").read_text(encoding="utf-8").splitlines()
        if not line.startswith("Exec=")
    ]  # fmt: skip
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert checked.returncode == 0 and "error" not in checked.stdout, checked.stdout


def test_inno_setup_installs_per_user_with_optional_desktop_shortcut():
    iss = (ROOT / "packaging" / "windows" / "sarcoref.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}\\SarcoRef$", iss, re.M)
    assert re.search(r'^Name: "desktopicon";.*Flags: unchecked$', iss, re.M)
    assert re.search(r'^Name: "\{autodesktop\}\\SarcoRef";.*Tasks: desktopicon$', iss, re.M)
    assert re.search(r'^Source: "\{#RepoRoot\}\\dist\\SarcoRef\\\*";.*recursesubdirs', iss, re.M)


def test_release_workflow_builds_and_smoke_tests_on_three_systems():
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    runners = {name: f"{job.get('runs-on', '')} {job.get('strategy', '')}" for name, job in wf["jobs"].items()}
    for system in ("ubuntu", "windows", "macos"):
        jobs = [n for n, r in runners.items() if system in r]
        assert jobs, f"no {system} job"
        runs = [str(s.get("run", "")).strip() for s in wf["jobs"][jobs[0]]["steps"]]
        assert "packaging/ci-frozen.sh" in runs, f"{system}: no build-and-frozen-test step"
    ci = (ROOT / "packaging" / "ci-frozen.sh").read_text(encoding="utf-8")
    assert "packaging/build.sh" in ci
    assert "SARCOREF_REQUIRE_FROZEN=1" in ci and "pytest -m frozen tests/packaging" in ci


def test_release_build_environment_has_no_dev_group():
    """Test and lint packages (pytest, pygments...) in the build environment end up in the frozen app."""
    build = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    sync = next(line for line in build.splitlines() if line.startswith("uv sync"))
    assert "--no-default-groups" in sync and "--exact" in sync and "--group package" in sync
    assert "pyinstaller" in build and "build.spec" in build


def test_the_build_that_was_tested_is_the_build_that_ships():
    """After the frozen tests nothing rebuilds dist/SarcoRef: the archive holds the folder that was tested."""
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    for name, job in wf["jobs"].items():
        runs = [str(s.get("run", "")) for s in job.get("steps", [])]
        if "packaging/ci-frozen.sh" not in [r.strip() for r in runs]:
            continue
        after = runs[[r.strip() for r in runs].index("packaging/ci-frozen.sh") + 1 :]
        for run in after:
            assert "build.sh" not in run and "build.spec" not in run, f"{name}: a step after the tests rebuilds"
            for script in ("measure-size.sh", "bare-machine.sh"):
                if script in run:
                    lines = (ROOT / "packaging" / script).read_text(encoding="utf-8").splitlines()
                    runs_build = re.compile(r"^\s*(\S*/)?build\.sh\b|^\s*[^#\s].*\bbuild\.spec\s*$")
                    rebuilds = [line for line in lines if runs_build.search(line)]
                    assert not rebuilds, f"{script} rebuilds the app after the frozen tests: {rebuilds}"


def test_release_signs_macos_inside_out_builds_for_intel_and_publishes_checksums_with_provenance():
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    assert any("intel" in r for r in wf["jobs"]["macos"]["strategy"]["matrix"]["runner"]), "no Intel Mac build"
    for script in ("sign-app.sh", "make-dmg.sh"):
        text = (ROOT / "packaging" / "macos" / script).read_text(encoding="utf-8")
        signing = [line for line in text.splitlines() if "codesign" in line and "--verify" not in line]
        assert not [line for line in signing if "--deep" in line], f"{script} signs with --deep"
    sign = (ROOT / "packaging" / "macos" / "sign-app.sh").read_text(encoding="utf-8")
    assert "--options runtime" in sign and "--timestamp" in sign
    publish = [str(step.get("run", "")) + str(step.get("uses", "")) for step in wf["jobs"]["publish"]["steps"]]
    assert any("sha256sum" in s and "SHA256SUMS" in s for s in publish)
    assert any("attest-build-provenance" in s for s in publish)
    assert wf["jobs"]["publish"]["permissions"]["id-token"] == "write"
