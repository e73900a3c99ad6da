"""The interface is translated: every French string is done, and the shipped .qm files are current."""

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _update_module():
    spec = importlib.util.spec_from_file_location("i18n_update", I18N / "update.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_no_french_string_is_left_untranslated():
    tree = ET.parse(I18N / "sarcoref_fr.ts")
    todo = [
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in tree.getroot()
        for m in ctx.findall("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert todo == [], f"untranslated: {todo[:5]}"


def test_shipped_qm_files_equal_a_fresh_lrelease(tmp_path):
    update = _update_module()
    for fresh in update.lrelease(tmp_path):
        shipped = I18N / fresh.name
        assert shipped.read_bytes() == fresh.read_bytes(), f"run: uv run python resources/i18n/update.py ({fresh.name})"


def test_every_tr_string_of_the_ui_is_in_the_ts_sources(tmp_path):
    """A new self.tr() string must reach the .ts files (run resources/i18n/update.py)."""
    import subprocess

    update = _update_module()
    out = tmp_path / "probe.ts"
    subprocess.run(
        [update.tool("pyside6-lupdate"), *update.sources(), "-ts", str(out)], cwd=ROOT, check=True, capture_output=True
    )
    wanted = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(out).getroot() for m in c.findall("message")}
    have = {(c.findtext("name"), m.findtext("source"))
            for c in ET.parse(I18N / "sarcoref_fr.ts").getroot() for m in c.findall("message")}  # fmt: skip
    assert wanted <= have, f"not in the .ts sources: {sorted(wanted - have)[:5]}"


def test_no_tr_call_hides_inside_an_f_string():
    """lupdate does not look inside f-strings: a tr() there is never translated (it happened: « Go to »)."""
    import ast

    hidden = []
    for path in sorted((ROOT / "sarcoref" / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.JoinedStr):
                continue
            for sub in ast.walk(node):
                func = getattr(sub, "func", None)
                name = getattr(func, "attr", None) or getattr(func, "id", None)
                if isinstance(sub, ast.Call) and name in ("tr", "translate"):
                    hidden.append(f"{path.relative_to(ROOT)}:{sub.lineno}")
    assert hidden == [], f"move these tr() calls out of their f-string: {hidden}"
