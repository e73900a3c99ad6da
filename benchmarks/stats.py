"""Figures: a median over repeated runs with its spread, beside its floor, and the ratio."""

from __future__ import annotations

import math
from dataclasses import dataclass, field


def percentile(values: list[float], p: float) -> float:
    """Linear-interpolated percentile (p in 0..100), as numpy's default."""
    if not values:
        return math.nan
    xs = sorted(values)
    k = (len(xs) - 1) * p / 100.0
    lo, hi = math.floor(k), math.ceil(k)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def summary(values: list[float]) -> dict:
    """Median and interquartile range of repeated runs."""
    return {"median": percentile(values, 50), "q1": percentile(values, 25), "q3": percentile(values, 75),
            "min": min(values) if values else math.nan, "max": max(values) if values else math.nan,
            "n": len(values)}  # fmt: skip


@dataclass
class Goal:
    """What a figure must meet: a ratio to its floor, an absolute ceiling, an excess over the floor."""

    max_ratio: float | None = None
    max_value: float | None = None
    max_excess: float | None = None  # value - floor, in the figure's unit

    def text(self, unit: str) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}× floor")
        if self.max_value is not None:
            parts.append(f"< {self.max_value:g} {unit}")
        if self.max_excess is not None:
            parts.append(f"≤ floor + {self.max_excess:g} {unit}")
        return ", ".join(parts) or "—"

    def met(self, value: float, floor: float | None) -> bool | None:
        ok = True
        if self.max_ratio is not None:
            if floor is None or not floor:
                return None
            ok &= value / floor <= self.max_ratio
        if self.max_value is not None:
            ok &= value < self.max_value
        if self.max_excess is not None:
            if floor is None:
                return None
            ok &= value - floor <= self.max_excess
        return bool(ok)


@dataclass
class Figure:
    """One row of the table: the samples are one value per repeated run."""

    group: str
    name: str
    unit: str
    samples: list[float]
    floor_name: str | None = None
    floor_samples: list[float] | None = None
    goal: Goal | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def value(self) -> float:
        return percentile(self.samples, 50)

    @property
    def floor(self) -> float | None:
        return percentile(self.floor_samples, 50) if self.floor_samples else None

    @property
    def ratio(self) -> float | None:
        f = self.floor
        return self.value / f if f else None

    def as_dict(self) -> dict:
        return {
            "group": self.group, "name": self.name, "unit": self.unit,
            "value": summary(self.samples), "samples": [round(x, 4) for x in self.samples],
            "floor_name": self.floor_name,
            "floor": summary(self.floor_samples) if self.floor_samples else None,
            "floor_samples": [round(x, 4) for x in self.floor_samples] if self.floor_samples else None,
            "ratio": self.ratio, "goal": self.goal.text(self.unit) if self.goal else None,
            "met": self.goal.met(self.value, self.floor) if self.goal else None,
            "note": self.note, **self.extra,
        }  # fmt: skip


def fmt(x: float | None, unit: str = "") -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "—"
    if abs(x) >= 100:
        s = f"{x:.0f}"
    elif abs(x) >= 10:
        s = f"{x:.1f}"
    elif abs(x) >= 1:
        s = f"{x:.2f}"
    else:
        s = f"{x:.3f}"
    return f"{s} {unit}".strip()


def _cell(samples: list[float] | None, unit: str) -> str:
    if not samples:
        return "—"
    s = summary(samples)
    return f"{fmt(s['median'], unit)} [{fmt(s['q1'])}–{fmt(s['q3'])}]"


def table(figures: list[Figure], skipped: list[tuple[str, str]]) -> str:
    """A Markdown table: figure, median [IQR], floor median [IQR], ratio, goal, met."""
    rows = [("figure", "median [IQR]", "floor", "floor median [IQR]", "ratio", "goal", "met")]
    for f in figures:
        met = f.goal.met(f.value, f.floor) if f.goal else None
        rows.append((
            f"{f.group}: {f.name}" + (f" ({f.note})" if f.note else ""), _cell(f.samples, f.unit),
            f.floor_name or "—", _cell(f.floor_samples, f.unit),
            f"{f.ratio:.2f}×" if f.ratio is not None else "—",
            f.goal.text(f.unit) if f.goal else "—", {True: "yes", False: "**no**", None: "—"}[met],
        ))  # fmt: skip
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for group, reason in skipped:
        lines.append(f"\nskipped {group}: {reason}")
    return "\n".join(lines)
