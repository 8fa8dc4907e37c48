"""`dithub stats` as words: plain text for a person, CSV for a spreadsheet (JSON is stats.as_data)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from .i18n import Language, short_month_label, t
from .model import YearMonth
from .span import index
from .stats import Counts, Statistics
from .text import printable

_COLUMNS = ("total", "done", "on_time", "carried", "dropped", "open")


def month_runs(keys: Iterable[YearMonth], language: Language) -> str:
    """Months as ranges: "1/2020–4/2020, 9/2020"."""
    runs: list[list[YearMonth]] = []
    for key in sorted(keys):
        if runs and index(key) == index(runs[-1][-1]) + 1:
            runs[-1].append(key)
        else:
            runs.append([key])
    return ", ".join(
        short_month_label(run[0], language) + (f"–{short_month_label(run[-1], language)}" if len(run) > 1 else "") for run in runs
    )


def _row(counts: Counts, label: str) -> str:
    return "".join(f"{getattr(counts, name):>9}" for name in _COLUMNS) + f"  {printable(label)}"


def owner_label(owner: str, language: Language) -> str:
    return owner or t("stats.no_owner", language)


def as_text(figures: Statistics, unit: str, language: Language) -> Iterator[str]:
    """One line a month (and a line a group under it); labels last, so the numbers align."""
    if unit:
        yield printable(unit)
    if figures.first is None or figures.last is None:
        yield t("stats.empty_book", language)
        return
    yield t(
        "stats.heading",
        language,
        first=short_month_label(figures.first, language),
        last=short_month_label(figures.last, language),
    )
    yield ""
    header = "".join(f"{t(f'stats.column.{name}', language):>9}" for name in _COLUMNS)
    yield header
    labels = {c.id: c.label for c in figures.categories}
    for month in figures.months:
        yield _row(month.counts, short_month_label(month.month, language))
        for cid, counts in month.groups.items():
            if counts.total:
                yield _row(counts, f"  {labels.get(cid, cid)}")
    if len(figures.months) > 1:
        yield _row(figures.total, t("stats.all_months", language))
    if figures.missing:
        yield t("stats.missing", language, months=month_runs(figures.missing, language))
    if figures.broken:
        yield t("stats.broken", language, months=month_runs(figures.broken, language))
    yield ""
    if figures.chronic:
        yield t("stats.chronic_heading", language, count=len(figures.chronic))
        for task in figures.chronic:
            months = ", ".join(short_month_label(m, language) for m in task.months)
            who = f" ({printable(task.owner)})" if task.owner else ""
            yield f"  - {printable(task.title)}{who}: {t('stats.carried_times', language, count=task.times_carried)} — {months}"
    else:
        yield t("stats.no_chronic", language)
    yield ""
    yield t("stats.owners_heading", language)
    yield "".join(f"{t(f'stats.column.{name}', language):>9}" for name in ("total", "done", "on_time", "carried"))
    for owner in figures.owners:
        numbers = "".join(f"{value:>9}" for value in (owner.total, owner.done, owner.on_time, owner.carried))
        yield f"{numbers}  {printable(owner_label(owner.owner, language))}"


def as_csv(figures: Statistics) -> str:
    """Three tables one under the other, a blank line between: months and groups, chronic, owners.

    Column names are the JSON keys, the same in either language, so a spreadsheet formula or a
    script keeps working whoever exported it.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["month", "group", *_COLUMNS])
    for month in figures.months:
        writer.writerow([str(month.month), "", *(getattr(month.counts, name) for name in _COLUMNS)])
        for cid, counts in month.groups.items():
            writer.writerow([str(month.month), cid, *(getattr(counts, name) for name in _COLUMNS)])
    writer.writerow([])
    writer.writerow(["id", "title", "times_carried", "months"])
    for task in figures.chronic:
        writer.writerow([task.id, task.title, task.times_carried, " ".join(str(m) for m in task.months)])
    writer.writerow([])
    writer.writerow(["owner", "total", "done", "on_time", "carried"])
    for owner in figures.owners:
        writer.writerow([owner.owner, owner.total, owner.done, owner.on_time, owner.carried])
    return out.getvalue()
