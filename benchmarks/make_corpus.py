"""A content corpus about a hundred times the shipped one, for the search and view benchmarks (not shipped).

It writes content SOURCES in the documented format (sarcoref/data/content/README.md): the shipped
sources are copied (so glossary, references, tolerance and vocabulary are the real ones), then
thousands of generated sections (French and English twins with the same figures, links and sources)
and trial files are added, and the whole tree is compiled by the real builder,
`sarcoref.data.builder.build(root, out)`, through the same validator as the shipped content.

Generated text is drawn word by word from the shipped text of each language (so word frequencies,
accents and abbreviations look like the real content); it is not meant to be read, only searched.

    uv run python -m benchmarks.make_corpus --sections 5000 --trials 1000 --out /tmp/large.db
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "sarcoref" / "data" / "content"
OUT = Path(__file__).resolve().parent / "out"
SEED = 20261129
_WORD = re.compile(r"[^\W\d_]{2,}")  # letters only: figures must be the same in both languages
_MARKER = re.compile(r"\{[^{}]*\}\s*$")
_LINK = re.compile(r"\]\([a-z]+:[^)\s]+\)")
CHECKED = "2026-11-29"


def _word_banks(src: Path) -> dict[str, list[str]]:
    """Every word of the shipped text, per language, with repetitions (so sampling keeps frequencies)."""
    banks: dict[str, list[str]] = {"fr": [], "en": []}
    for lang in banks:
        for path in sorted((src / "sections" / lang).glob("*.md")):
            body = path.read_text(encoding="utf-8").split("---", 2)[-1]
            for line in body.splitlines():
                line = _LINK.sub("]", _MARKER.sub("", line))
                banks[lang] += _WORD.findall(line)
    for path in sorted((src / "trials").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        for lang in banks:
            for m in re.finditer(rf"^\s*{lang}: \"(.*)\"\s*$", text, re.M):
                banks[lang] += _WORD.findall(_LINK.sub("]", m.group(1)))
    for lang, words in banks.items():
        if len(words) < 200:  # a near-empty checkout: fall back on a few domain words
            words += ("sarcome radiothérapie immunothérapie tolérance lymphocytes tumeur essai patients" if lang == "fr"
                      else "sarcoma radiotherapy immunotherapy tolerance lymphocytes tumour trial patients").split() * 50  # fmt: skip
    return banks


class _Writer:
    """Draws bilingual statements: the same figures, links and sources in French and English."""

    def __init__(self, banks, glossary_terms, rng: random.Random):
        self.banks, self.terms, self.rng = banks, glossary_terms, rng
        self.trial_ids: list[str] = []
        self.ref_ids: list[str] = []

    def words(self, lang: str, n: int) -> str:
        return " ".join(self.rng.choice(self.banks[lang]) for _ in range(n))

    def pair(self, n_min=12, n_max=30, links=True) -> tuple[str, str]:
        """One statement in French and English: random words, plus shared figures and links."""
        rng = self.rng
        extras = []
        if rng.random() < 0.5:
            extras.append(str(rng.randint(1, 400)))
        if rng.random() < 0.2:
            extras.append(f"{rng.randint(1, 99)} %")
        if links and self.terms and rng.random() < 0.35:
            t = rng.choice(self.terms)
            extras.append(f"[{t}](glossary:{t})")
        if links and self.trial_ids and rng.random() < 0.15:
            t = rng.choice(self.trial_ids)
            extras.append(f"[{t}](trial:{t})")
        if links and self.ref_ids and rng.random() < 0.15:
            r = rng.choice(self.ref_ids)
            extras.append(f"[{r}](ref:{r})")
        out = []
        for lang in ("fr", "en"):
            words = self.words(lang, rng.randint(n_min, n_max)).split()
            for e in extras:
                words.insert(rng.randint(0, len(words)), e)
            text = " ".join(words)
            out.append(text[0].upper() + text[1:] + ".")
        return out[0], out[1]


def _section_files(w: _Writer, slug: str, parent: str | None, order: int, n_statements: int) -> dict[str, str]:
    rng = w.rng
    title = {lang: w.words(lang, rng.randint(2, 6)).capitalize() for lang in ("fr", "en")}
    lines: dict[str, list[str]] = {"fr": [], "en": []}
    for i in range(n_statements):
        if i and rng.random() < 0.15:
            for lang in lines:
                lines[lang] += ["", "## " + w.words(lang, rng.randint(2, 4)).capitalize(), ""]
        fr, en = w.pair()
        kind = rng.choice(("lecture", "lecture", "update", "unverified"))
        sources = f"lecture:{slug}"
        if kind == "update":
            sources = f"ref:{rng.choice(w.ref_ids)} checked:{CHECKED}"
        marker = f" {{{kind} {sources}}}"
        indent = "  " if i and rng.random() < 0.2 else ""
        lines["fr"].append(f"{indent}- {fr}{marker}")
        lines["en"].append(f"{indent}- {en}{marker}")
    out = {}
    for lang in ("fr", "en"):
        front = {"id": slug, "order": order, "title": title[lang]}
        if parent:
            front["parent"] = parent
        head = yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
        out[lang] = f"---\n{head}---\n\n" + "\n".join(lines[lang]) + "\n"
    return out


def _statement(w: _Writer, nct: str, n_min=6, n_max=20) -> dict:
    fr, en = w.pair(n_min, n_max, links=False)
    return {"kind": "update", "sources": [f"registry:{nct}"], "checked": CHECKED, "fr": fr, "en": en}


def _trial(w: _Writer, k: int, vocab: dict, section: str) -> dict:
    rng = w.rng
    nct = f"NCT9{k:07d}"
    acronym = f"{rng.choice(w.banks['en']).upper()[:8]}-{k}"

    def facet(group, single, n=1):
        codes = sorted(vocab.get(group) or {})
        picked = rng.sample(codes, min(n, len(codes)))
        src = {"sources": [f"registry:{nct}"], "kind": "update", "checked": CHECKED}
        return {"code": picked[0], **src} if single else {"codes": picked, **src}

    fields = {name: [_statement(w, nct) for _ in range(rng.randint(1, 3))]
              for name in ("brief_title", "official_title", "sponsor", "design", "enrolment", "arms",
                           "eligibility", "primary_outcome", "secondary_outcomes", "dates", "results")}  # fmt: skip
    return {"id": nct, "acronym": acronym, "group": "beyond", "section": section,
            "registry_url": f"https://clinicaltrials.gov/study/{nct}",
            "setting": facet("settings", True), "histologies": facet("histologies", False, rng.randint(1, 3)),
            "agents": facet("agents", False, rng.randint(1, 2)), "rt_modality": facet("rt_modalities", False),
            "phases": facet("phases", False), "status": facet("statuses", True), "fields": fields}  # fmt: skip


def write_sources(dest: Path, sections: int, trials: int, refs: int = 300, seed: int = SEED) -> dict:
    """The shipped sources plus `sections` generated sections (both languages) and `trials` trials."""
    rng = random.Random(seed)
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(SHIPPED, dest, ignore=shutil.ignore_patterns("*.db", "*.json", "README.md"))
    banks = _word_banks(SHIPPED)
    glossary = yaml.safe_load((SHIPPED / "glossary.yaml").read_text(encoding="utf-8")) or []
    terms = [str(g["term"]) for g in glossary if isinstance(g, dict) and g.get("term")]
    vocab = yaml.safe_load((SHIPPED / "vocabulary.yaml").read_text(encoding="utf-8")) or {}
    w = _Writer(banks, terms, rng)

    # References first: statements cite them.
    gen_refs = []
    for k in range(refs):
        rid = f"gen-{k:04d}"
        gen_refs.append({"id": rid, "type": "article", "authors": [f"{rng.choice(banks['en']).capitalize()} A"],
                         "title": w.words("en", rng.randint(6, 14)).capitalize(), "journal": "Gen J",
                         "year": 2000 + k % 26, "pmid": str(90000000 + k)})  # fmt: skip
        w.ref_ids.append(rid)
    with (dest / "references.yaml").open("a", encoding="utf-8") as f:
        f.write("\n# ---- generated by benchmarks/make_corpus.py ----\n")
        f.write(yaml.safe_dump(gen_refs, allow_unicode=True, sort_keys=False))

    w.trial_ids = [f"NCT9{k:07d}" for k in range(trials)]
    # A two-level tree: chapters of about 40 sections each.
    per_chapter = 40
    n_chapters = max(1, sections // per_chapter)
    slugs = []
    for lang in ("fr", "en"):
        (dest / "sections" / lang).mkdir(parents=True, exist_ok=True)
    for k in range(sections):
        chapter = k % n_chapters
        is_chapter = k < n_chapters
        slug = f"gen-{chapter:03d}" if is_chapter else f"gen-{chapter:03d}-{k:05d}"
        parent = None if is_chapter else f"gen-{chapter:03d}"
        files = _section_files(w, slug, parent, 1000 + k, rng.randint(4, 14))
        for lang, text in files.items():
            (dest / "sections" / lang / f"{slug}.md").write_text(text, encoding="utf-8")
        slugs.append(slug)

    for k in range(trials):
        t = _trial(w, k, vocab, rng.choice(slugs) if slugs else "intro")
        (dest / "trials" / f"gen-{k:05d}.yaml").write_text(
            yaml.safe_dump(t, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    return {"sections": sections, "trials": trials, "references": refs, "seed": seed}


def _fingerprint(sections: int, trials: int, refs: int) -> str:
    """Changes when the generator, the builder, the shipped sources or the sizes change."""
    h = hashlib.sha256(f"{sections}/{trials}/{refs}/{SEED}".encode())
    code = [ROOT / "sarcoref" / "data" / f"{m}.py" for m in ("builder", "sources", "render", "text", "library")]
    for path in sorted([Path(__file__), *code, *SHIPPED.rglob("*")]):
        if path.is_file() and path.suffix in (".py", ".md", ".yaml"):
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def build_corpus(sections: int, trials: int, refs: int = 300, out_dir: Path = OUT, log=print) -> Path:
    """The large database, built once and reused while nothing it depends on changes."""
    from sarcoref.data.builder import BuildError, build

    out = out_dir / f"corpus-{sections}s-{trials}t-{_fingerprint(sections, trials, refs)}.db"
    if out.exists():
        return out
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob(f"corpus-{sections}s-{trials}t-*.db*"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="sarcoref-corpus-") as tmp:
        root = Path(tmp) / "content"
        t0 = time.perf_counter()
        write_sources(root, sections, trials, refs)
        t1 = time.perf_counter()
        try:
            build(root, out)
        except BuildError as e:
            raise RuntimeError(f"generated corpus does not build: {e}; first: {e.problems[0]}") from None
        t2 = time.perf_counter()
    log(f"corpus: wrote sources in {t1 - t0:.1f} s, built {out.name} in {t2 - t1:.1f} s (validator + builder)")
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sections", type=int, default=5000, help="generated sections, each in French and English")
    p.add_argument("--trials", type=int, default=1000)
    p.add_argument("--refs", type=int, default=300)
    p.add_argument("--sources-only", metavar="DIR", help="write the sources here and stop (no build)")
    p.add_argument("--out", help="copy the built database here")
    a = p.parse_args(argv)
    if a.sources_only:
        print(write_sources(Path(a.sources_only), a.sections, a.trials, a.refs))
        return 0
    try:
        db = build_corpus(a.sections, a.trials, a.refs)
    except RuntimeError as e:
        print(f"make_corpus: {e}", file=sys.stderr)
        return 1
    if a.out:
        shutil.copy(db, a.out)
        shutil.copy(db.with_name(db.name + ".manifest.json"), a.out + ".manifest.json")
    print(a.out or db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
