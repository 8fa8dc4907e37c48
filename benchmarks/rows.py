"""Result rows and the report table, shared by run.py and model_bench.py."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    check: str  # e.g. "first paint", "key ↓ p95", "load whole book"
    book: str  # e.g. "60x200"
    bare: float | None  # the floor (bare Textual app); None when there is no floor
    app: float | None  # dithub; None when it could not be measured
    unit: str  # "ms" or "MiB": values are already in this unit
    target: str  # human-readable, e.g. "ratio ≤ 1.25", "≤ 16.7 ms"
    passed: bool | None  # None: informational, or not measurable
    detail: str = ""  # raw runs, medians, warnings: printed under the table

    @property
    def ratio(self) -> float | None:
        if self.bare and self.app is not None:
            return self.app / self.bare
        return None


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:,.1f} {unit}" if value < 10_000 else f"{value:,.0f} {unit}"


def format_table(rows: list[Row], app_name: str = "dithub") -> str:
    header = ["check", "book", "bare", app_name, "ratio", "target", "result"]
    body = [
        [
            row.check,
            row.book,
            _num(row.bare, row.unit),
            _num(row.app, row.unit),
            "—" if row.ratio is None else f"{row.ratio:.2f}",
            row.target or "—",
            {True: "pass", False: "FAIL", None: "—"}[row.passed],
        ]
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    fmt = lambda cells: " | ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    lines = [fmt(header), "-+-".join("-" * w for w in widths)]
    lines += [fmt(cells) for cells in body]
    details = [f"  {row.check} [{row.book}]: {row.detail}" for row in rows if row.detail]
    return "\n".join(lines + ([""] + details if details else []))
