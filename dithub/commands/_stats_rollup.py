"""`dithub stats ROLLUP`: each unit's statistics over the range (as `dithub stats BOOK` gives
them), then a line per unit and the total. commands/stats.py hands over here for a roll-up."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

from ..i18n import Language, problem_line, t
from ..model import YearMonth
from ..rollup import Unit
from ..span import default_range, load_span
from ..stats import Counts, Statistics, as_data, statistics
from ..stats_report import as_text
from ..text import printable
from ._rollup import open_rollup

_COLUMNS = ("total", "done", "on_time", "carried", "dropped", "open")


def unit_statistics(unit: Unit, first: YearMonth | None, last: YearMonth | None) -> Statistics | None:
    """The unit's figures over the range (its default range when none is asked); None: no book."""
    if unit.book is None:
        return None
    chosen = default_range(unit.book.keys, first, last)
    if chosen is None or chosen[1] < chosen[0]:
        return Statistics(None, None, unit.book.settings.categories, ())
    return statistics(load_span(unit.book, *chosen))


def summed(figures: list[Statistics]) -> Counts:
    return Counts(*(sum(getattr(f.total, name) for f in figures) for name in Counts.__dataclass_fields__))


def run(path: Path, first: YearMonth | None, last: YearMonth | None, form: str, asked: Language | None) -> int:
    opened = open_rollup(path, asked)
    if opened is None:
        return 1
    rollup, lang = opened
    per_unit = [(unit, unit_statistics(unit, first, last)) for unit in rollup.units]
    counted = [f for _, f in per_unit if f is not None]
    grand = summed(counted)
    if form == "json":
        units: list[dict[str, Any]] = []
        for unit, figures in per_unit:
            entry: dict[str, Any] = {"name": unit.name, "folder": str(unit.folder)}
            if figures is None:
                entry |= {"state": "no_book", "problems": [problem_line(p, lang) for p in unit.problems]}
            else:
                entry |= {"state": "ok", "total": figures.total.as_dict(), "stats": as_data(figures)}
                entry |= {"missing": [str(k) for k in figures.missing], "broken": [str(k) for k in figures.broken]}
            units.append(entry)
        data = {
            "rollup": rollup.name,
            "units": units,
            "total": grand.as_dict() | {"units": len(per_unit), "units_counted": len(counted)},
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif form == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["unit", "state", *_COLUMNS])
        for unit, figures in per_unit:
            row = [getattr(figures.total, name) for name in _COLUMNS] if figures else [""] * len(_COLUMNS)
            writer.writerow([unit.name, "ok" if figures else "no_book", *row])
        writer.writerow([t("rollup.total", lang), "", *(getattr(grand, name) for name in _COLUMNS)])
        sys.stdout.write(out.getvalue())
    else:
        for line in as_lines(rollup.name, per_unit, grand, lang):
            print(printable(line))
    return 0


def as_lines(name: str, per_unit: list[tuple[Unit, Statistics | None]], grand: Counts, lang: Language) -> list[str]:
    lines: list[str] = []
    for unit, figures in per_unit:
        if figures is None:
            reason = problem_line(unit.problems[0], lang) if unit.problems else ""
            lines += [unit.name, f"  {t('rollup.state_no_book', lang)}: {reason}", ""]
        else:
            lines += [*as_text(figures, unit.name, lang), ""]
    header = "".join(f"{t(f'stats.column.{c}', lang):>9}" for c in _COLUMNS)
    lines += [printable(name), header]
    for unit, figures in per_unit:
        if figures is not None:
            lines.append("".join(f"{getattr(figures.total, c):>9}" for c in _COLUMNS) + f"  {unit.name}")
        else:
            lines.append(f"{'—':>9}" * len(_COLUMNS) + f"  {unit.name} ({t('rollup.state_no_book', lang)})")
    lines.append("".join(f"{getattr(grand, c):>9}" for c in _COLUMNS) + f"  {t('rollup.total', lang)}")
    return lines
