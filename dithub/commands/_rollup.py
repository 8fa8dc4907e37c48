"""`dithub report ROLLUP` and `dithub check ROLLUP`: the built-in commands over many books.

cli.py hands over here when the path is a roll-up (see rollup.is_rollup).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ..i18n import Language, month_label, problem_line, t
from ..model import YearMonth
from ..rollup import Rollup
from ..rollup_figures import Figures, State, rollup_figures, total
from ..text import printable
from ._shared import month_arg


def open_rollup(path: Path, language: Language | None) -> tuple[Rollup, Language] | None:
    rollup = Rollup.open(path)
    language = language or rollup.language  # type: ignore[assignment]
    if not rollup.units:
        for problem in rollup.problems:
            print(printable(problem_line(problem, language)), file=sys.stderr)
        print(t("rollup.no_units", language, path=path), file=sys.stderr)
        return None
    return rollup, language  # type: ignore[return-value]


def open_view(path: Path, month: str | None, asked: Language | None) -> int:
    """`dithub ROLLUP`: the roll-up screen, painted before any month is read."""
    opened = open_rollup(path, asked)
    if opened is None:
        return 1
    rollup, language = opened
    start = month_arg(month, language) if month else None
    if month and start is None:
        return 1
    from ..ui.rollup_app import RollupApp  # textual only when the screen is wanted

    RollupApp(rollup, language, start).run()
    return 0


def report(path: Path, month: str | None, form: str, asked: Language | None) -> int:
    opened = open_rollup(path, asked)
    if opened is None:
        return 1
    rollup, language = opened
    key = month_arg(month, language) if month else rollup.latest
    if key is None:
        if not month:
            print(t("rollup.no_months", language), file=sys.stderr)
        return 1
    figures = rollup_figures(rollup, key, date.today())
    summed = total(figures, key)
    if form == "json":
        print(as_json(rollup, key, figures, summed, language))
    else:
        for line in as_text(rollup, key, figures, summed, language):
            print(printable(line))
    return 0


def _figures_json(figures: Figures, language: Language) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if figures.unit is not None:
        data |= {"name": figures.unit.name, "folder": str(figures.unit.folder), "state": figures.state.value}
    counted = figures.state is State.OK  # a unit that cannot be counted has no figures, not zeros
    data |= {
        "done": figures.done,
        "total": figures.total,
        "carried": figures.carried,
        "carried_3_or_more": figures.carried_often,
        "overdue": figures.overdue,
    }
    if not counted:
        data |= dict.fromkeys(("done", "total", "carried", "carried_3_or_more", "overdue"))
    if figures.unit is not None:
        data["meeting"] = figures.meeting.isoformat() if figures.meeting else None
        data["problems"] = [problem_line(p, language) for p in figures.problems]
    return data


def as_json(rollup: Rollup, key: YearMonth, figures: list[Figures], summed: Figures, language: Language) -> str:
    counted = sum(f.state is State.OK for f in figures)
    data = {
        "rollup": rollup.name,
        "month": str(key),
        "units": [_figures_json(f, language) for f in figures],
        "total": _figures_json(summed, language) | {"units": len(figures), "units_counted": counted},
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _cells(figures: Figures, name: str, language: Language) -> list[str]:
    if figures.state is not State.OK:
        return [name, t(f"rollup.state_{figures.state.value}", language)]
    share = f"{round(100 * figures.share_done)}%" if figures.total else "—"
    meeting = f"{figures.meeting:%d/%m/%Y}" if figures.meeting else ""
    cells = [
        name,
        f"{figures.done}/{figures.total} {share:>4}",
        str(figures.carried),
        str(figures.carried_often),
        str(figures.overdue),
    ]
    return cells + [meeting]


def as_text(rollup: Rollup, key: YearMonth, figures: list[Figures], summed: Figures, language: Language) -> list[str]:
    head = [t(f"rollup.column_{c}", language) for c in ("unit", "done", "carried", "carried_often", "overdue", "meeting")]
    rows = [_cells(f, f.unit.name if f.unit else "", language) for f in figures]
    rows.append(_cells(summed, t("rollup.total", language), language)[:-1])
    table = [head, *rows]
    widths = [max(len(row[i]) for row in table if len(row) > 2 and i < len(row)) for i in range(len(head))]
    widths[0] = max(len(row[0]) for row in table)
    lines = [t("rollup.report_title", language, name=rollup.name, month=month_label(key, language), units=len(figures)), ""]
    for row in table:
        if len(row) == 2:  # a unit that cannot be counted says why, across the figures
            lines.append(f"{row[0].ljust(widths[0])}  {row[1]}")
            continue
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
    for f in figures:
        for problem in f.problems:
            lines.append(f"{f.unit.name if f.unit else ''}: {problem_line(problem, language)}")
    return lines


def check(path: Path, asked: Language | None) -> int:
    """Check every book; exit code 1 when any unit (or the roll-up's own file) has an error."""
    opened = open_rollup(path, asked)
    if opened is None:
        return 1
    rollup, language = opened
    errors = [p for p in rollup.problems if not p.is_warning]
    for problem in rollup.problems:
        print(printable(problem_line(problem, language)))
    failed = months = tasks = 0
    for unit in rollup.units:
        problems = list(unit.problems)
        if unit.book is not None:
            unit.book.load_all()
            for key in unit.book.keys:
                problems += unit.book.files[key].problems
        for problem in problems:
            print(printable(f"{unit.name}: {problem_line(problem, language)}"))
        wrong = [p for p in problems if not p.is_warning]
        errors += wrong
        if wrong:
            failed += 1
            print(
                printable(
                    t("rollup.check_unit_failed", language, name=unit.name, errors=len(wrong), files=len({p.file for p in wrong}))
                )
            )
            continue
        assert unit.book is not None
        count = sum(len(unit.book.files[k].month.tasks) for k in unit.book.keys)  # type: ignore[union-attr]
        months, tasks = months + len(unit.book.keys), tasks + count
        print(printable(t("rollup.check_unit_ok", language, name=unit.name, months=len(unit.book.keys), tasks=count)))
    if errors:
        print(t("rollup.check_failed", language, failed=failed, units=len(rollup.units), errors=len(errors)))
        return 1
    print(t("rollup.check_ok", language, units=len(rollup.units), months=months, tasks=tasks))
    return 0
