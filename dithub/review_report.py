"""The review in words, as a provincial review report reads, in Markdown, plain text or JSON.

The review is laid out once as blocks (title, heading, paragraph, table, list) and each format
draws the blocks, so Markdown, text and DOCX never say different things.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from .history import path_text
from .i18n import Language, month_label, short_month_label, t
from .review import Outcome, Period, Review, Tally, share
from .stats_report import month_runs, owner_label
from .text import fold, printable

# The kind of unit a book's `unit` names, as the review calls it: "Sở Thông tin và Truyền thông
# tỉnh Hải Dương" -> "Sở". Compared folded; the first that fits wins; none: "đơn vị".
_SUBJECTS = (
    ("uy ban nhan dan", "committee"),
    ("ubnd", "committee"),
    ("so ", "department"),
    ("chi cuc ", "subdepartment"),
    ("cuc ", "department"),
    ("ban ", "board"),
    ("phong ", "office"),
    ("trung tam ", "centre"),
)


@dataclass(frozen=True)
class Block:
    kind: str  # unit | title | subtitle | heading | paragraph | table | items
    text: str = ""
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    items: tuple[str, ...] = ()


def period_words(period: Period, language: Language, form: str) -> str:
    """`form` "in": the opening words ("Trong 6 tháng đầu năm 2020"); "of": the title's ("6 tháng đầu năm 2020")."""
    year = period.first.year
    label = short_month_label if language == "vi" else month_label  # "tháng 6/2020", "June 2020"
    if period.kind == "range":
        return t(f"review.{form}.range", language, first=label(period.first, language), last=label(period.last, language))
    if period.kind == "month":
        return t(f"review.{form}.month", language, month=label(period.first, language))
    if period.kind == "quarter":
        return t(f"review.{form}.quarter{period.number}", language, year=year)
    if period.kind == "half":
        return t(f"review.{form}.half{period.number}", language, year=year)
    return t(f"review.{form}.year", language, year=year)


def unit_kind(unit: str) -> str:
    folded = fold(unit).strip() + " "
    return next((kind for prefix, kind in _SUBJECTS if folded.startswith(prefix)), "unit")


def subject(unit: str, language: Language) -> str:
    return t(f"review.subject.{unit_kind(unit)}", language)


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def summary(review: Review, language: Language) -> list[str]:
    """The opening paragraphs: "Trong 6 tháng đầu năm 2020, Sở đã triển khai 42 nhiệm vụ trọng tâm, …"."""
    tally, opener = review.tally, period_words(review.period, language, "in")
    if not tally.total:
        return [t("review.nothing", language, opener=opener)]
    text = t("review.set", language, opener=opener, subject=subject(review.unit, language), total=tally.total)
    if review.carried_in:
        text += t("review.carried_in", language, count=review.carried_in)
    text += t("review.done", language, done=tally.done, share=share(tally.done, tally.total))
    if tally.done:
        text += t("review.on_time", language, count=tally.on_time)
    if tally.unfinished:
        text += t("review.unfinished", language, count=tally.unfinished)
    if tally.dropped:
        text += t("review.dropped", language, count=tally.dropped)
    paragraphs = [text + "."]
    slow = []
    if review.chronic:
        slow.append(t("review.slow_chronic", language, count=len(review.chronic)))
    overdue = sum(1 for o in review.unfinished if o.days_overdue)
    if overdue:
        slow.append(t("review.slow_overdue", language, end=_day(review.period.end), count=overdue))
    if slow:
        paragraphs.append(t("review.however", language) + "; ".join(slow) + ".")
    return paragraphs


def _tally_row(label: str, tally: Tally) -> tuple[str, ...]:
    return (
        printable(label),
        str(tally.total),
        str(tally.done),
        f"{share(tally.done, tally.total)}%",
        str(tally.on_time),
        str(tally.unfinished),
        str(tally.dropped),
    )


def _columns(language: Language, first: str) -> tuple[str, ...]:
    return (
        t(first, language),
        *(t(f"review.column.{n}", language) for n in ("total", "done", "share", "on_time", "unfinished", "dropped")),
    )


def _who(outcome: Outcome, language: Language) -> str:
    return printable(owner_label(outcome.owner, language))


def _unfinished_item(outcome: Outcome, language: Language) -> str:
    since = short_month_label(outcome.path.first.month, language)
    key = "review.open_since_at_least" if outcome.path.cut_before else "review.open_since"
    text = f"{printable(outcome.title)} — {_who(outcome, language)} — {t(key, language, since=since, months=outcome.months_open)}"
    due = outcome.path.last.task.due
    if outcome.days_overdue and due is not None:
        text += t("review.overdue", language, days=outcome.days_overdue, due=_day(due))
    return text


def blocks(review: Review, language: Language) -> list[Block]:
    period = review.period
    result = [
        Block("title", t("review.title", language)),
        Block("subtitle", t("review.subtitle", language, period=period_words(period, language, "of"))),
    ]
    if review.unit:
        result.insert(0, Block("unit", printable(review.unit)))
    result.append(Block("heading", t("review.part.summary", language)))
    result += [Block("paragraph", printable(p)) for p in summary(review, language)]
    number = 2
    sections: list[tuple[str, list[Block]]] = []
    if review.groups:
        rows = tuple(_tally_row(category.label, tally) for category, tally in review.groups)
        sections.append(("review.part.groups", [Block("table", header=_columns(language, "review.column.group"), rows=rows)]))
    if review.owners:
        rows = tuple(_tally_row(owner_label(owner, language), tally) for owner, tally in review.owners)
        sections.append(("review.part.owners", [Block("table", header=_columns(language, "review.column.owner"), rows=rows)]))
    if review.chronic:
        items = tuple(
            f"{printable(o.title)} — {_who(o, language)} — {t('stats.carried_times', language, count=o.path.times_carried)}: "
            f"{printable(path_text(o.path, language))}"
            for o in review.chronic
        )
        sections.append(("review.part.chronic", [Block("items", items=items)]))
    if review.unfinished:
        items = tuple(_unfinished_item(o, language) for o in review.unfinished)
        sections.append(("review.part.unfinished", [Block("items", items=items)]))
    if review.dropped:
        items = tuple(f"{printable(o.title)} — {_who(o, language)}" for o in review.dropped)
        sections.append(("review.part.dropped", [Block("items", items=items)]))
    for key, content in sections:
        roman = ("I", "II", "III", "IV", "V", "VI", "VII")[number - 1]
        result.append(Block("heading", t(key, language, number=roman, end=_day(period.end))))
        result += content
        number += 1
    notes = [t("review.note_by_task", language)]
    if review.missing:
        notes.append(t("review.note_missing", language, months=month_runs(review.missing, language)))
    if review.broken:
        notes.append(t("review.note_broken", language, months=month_runs(review.broken, language)))
    if review.cut:
        notes.append(t("review.note_cut", language, count=review.cut))
    result.append(Block("heading", t("review.part.notes", language)))
    result.append(Block("items", items=tuple(notes)))
    return result


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def as_markdown(review: Review, language: Language) -> Iterator[str]:
    for block in blocks(review, language):
        if block.kind == "title":
            yield f"# {block.text}"
        elif block.kind in ("unit", "subtitle"):
            yield f"**{block.text}**"
        elif block.kind == "heading":
            yield f"## {block.text}"
        elif block.kind == "paragraph":
            yield block.text
        elif block.kind == "table":
            yield "| " + " | ".join(map(_cell, block.header)) + " |"
            yield "|" + "|".join(["---"] + ["---:"] * (len(block.header) - 1)) + "|"
            for row in block.rows:
                yield "| " + " | ".join(map(_cell, row)) + " |"
        else:
            yield from (f"- {item}" for item in block.items)
        yield ""


def as_text(review: Review, language: Language) -> Iterator[str]:
    for block in blocks(review, language):
        if block.kind in ("title", "heading"):
            yield block.text.upper() if block.kind == "title" else block.text
        elif block.kind in ("unit", "subtitle", "paragraph"):
            yield block.text
        elif block.kind == "table":
            for row in block.rows:
                figures = ", ".join(f"{name.lower()} {value}" for name, value in zip(block.header[1:], row[1:]))
                yield f"- {row[0]}: {figures}"
        else:
            yield from (f"- {item}" for item in block.items)
        yield ""


def _task_data(outcome: Outcome) -> dict[str, object]:
    task = outcome.path.last.task
    return {
        "id": task.id,
        "title": task.title,
        "owner": outcome.owner,
        "category": outcome.category,
        "status": outcome.status.value,
        "since": str(outcome.path.first.month),
        "months": [str(a.month) for a in outcome.path.appearances],
        "times_carried": outcome.path.times_carried,
        "due": task.due.isoformat() if task.due else None,
        "done_on": task.done_on.isoformat() if task.done_on else None,
        "months_open": outcome.months_open if not outcome.is_finished else 0,
        "days_overdue": outcome.days_overdue,
    }


def _tally_data(tally: Tally) -> dict[str, int]:
    return {
        "total": tally.total,
        "done": tally.done,
        "on_time": tally.on_time,
        "open": tally.unfinished,
        "dropped": tally.dropped,
    }


def as_data(review: Review, language: Language) -> dict[str, object]:
    """`dithub review --format json`: the figures, the tasks behind them and the summary in words."""
    period = review.period
    return {
        "from": str(period.first),
        "to": str(period.last),
        "period": period.kind,
        "unit": review.unit,
        "summary": " ".join(summary(review, language)),
        **_tally_data(review.tally),
        "carried_in": review.carried_in,
        "groups": [{"id": c.id, "label": c.label, **_tally_data(tally)} for c, tally in review.groups],
        "owners": [{"owner": owner, **_tally_data(tally)} for owner, tally in review.owners],
        "chronic": [_task_data(o) for o in review.chronic],
        "unfinished": [_task_data(o) for o in review.unfinished],
        "dropped_tasks": [_task_data(o) for o in review.dropped],
        "missing_months": [str(k) for k in review.missing],
        "broken_months": [str(k) for k in review.broken],
        "cut": review.cut,
    }
