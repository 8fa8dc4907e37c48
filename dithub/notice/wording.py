"""The notice in words: every line it prints, in Vietnamese or English, before any layout.

The three renderers (docx, md, txt) print these same lines, so what one says the others say.
Text from the book goes through `printable`: a control character can neither break the Word
file's XML nor move a terminal's cursor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from ..i18n import Language, t
from ..model import Task, YearMonth
from ..text import printable
from .content import SLIPPING, Notice, Result

BLANK = "…"  # where a short value is missing: "Số: …/TB-STTTT"
FILL = "……………"  # where a name or a line is missing, long enough to write in by hand
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Kind(str, Enum):
    PART = "part"  # "I. KẾT QUẢ …": bold capitals
    GROUP = "group"  # "1. Thanh tra, kiểm tra": bold
    TASK = "task"  # "1.1. Kiểm tra …": a numbered task
    LABEL = "label"  # "a) Đã hoàn thành:": italic
    ITEM = "item"  # "- …": a task in the results, or a task's owner, deadline, note
    TEXT = "text"  # a plain paragraph


@dataclass(frozen=True)
class Line:
    kind: Kind
    text: str


@dataclass(frozen=True)
class NoticeText:
    language: Language
    parent_agency: str
    agency: str
    number: str
    country: str
    motto: str
    place_date: str
    kind: str
    summary: str
    body: tuple[Line, ...]
    recipients_heading: str
    recipients: tuple[str, ...]  # each "- …;", the last "- Lưu: VT, VP."
    authority: str
    signer_title: str
    signer_name: str


def month_number(month: int) -> str:
    """Months 1 and 2 take a leading zero in a date (Nghị định 30/2020, Phụ lục I): "tháng 01"."""
    return f"{month:02d}" if month < 3 else str(month)


def long_date(day: date | None, language: Language) -> str:
    """ "ngày 02 tháng 6 năm 2020" / "2 June 2020"; blanks when the book gives no date."""
    if day is None:
        return t("notice.doc.date", language, day=BLANK, month=BLANK, year=BLANK)
    if language == "en":
        return t("notice.doc.date", language, day=day.day, month=_MONTH_NAMES[day.month - 1], year=day.year)
    return t("notice.doc.date", language, day=f"{day.day:02d}", month=month_number(day.month), year=day.year)


def short_date(day: date | None, language: Language) -> str:
    """A deadline: "30/6/2020", "05/01/2021" (the decree's zeros) / "30 June 2020"."""
    if day is None:
        return BLANK
    if language == "en":
        return long_date(day, language)
    return f"{day.day:02d}/{month_number(day.month)}/{day.year}"


def period(key: YearMonth, language: Language) -> str:
    """ "tháng 6 năm 2020" / "June 2020"."""
    month = _MONTH_NAMES[key.month - 1] if language == "en" else month_number(key.month)
    return t("notice.doc.period", language, month=month, year=key.year)


def _clean(text: str | None) -> str:
    return printable(" ".join((text or "").split()))


def _sentence(text: str) -> str:
    """A title as a sentence: one full stop at its end, none added after one already there."""
    text = _clean(text)
    return text if text.endswith((".", "!", "?", "…", ":", ";")) else f"{text}."


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def chair_parts(chair: str | None, language: Language) -> tuple[str, str]:
    """ "Nguyễn Cao Thắng, Giám đốc Sở" -> (the whole, "Giám đốc Sở"): who chaired and in what role."""
    chair = _clean(chair)
    if not chair:
        return FILL, t("notice.doc.default_role", language)
    _, comma, role = chair.partition(",")
    return chair, role.strip() if comma and role.strip() else t("notice.doc.default_role", language)


def notice_text(notice: Notice, language: Language) -> NoticeText:
    settings = notice.settings
    agency = settings.agency or notice.unit
    chair, role = chair_parts(notice.chair, language)
    return NoticeText(
        language=language,
        parent_agency=_clean(settings.parent_agency).upper() or FILL,
        agency=_clean(agency).upper() or FILL,
        number=t("notice.doc.number", language, number=BLANK, code=_clean(settings.code) or BLANK),
        country=t("notice.doc.country", language),
        motto=t("notice.doc.motto", language),
        place_date=t(
            "notice.doc.place_date", language, place=_clean(settings.place) or FILL, date=long_date(notice.date, language)
        ),
        kind=t("notice.doc.kind", language),
        summary=t("notice.doc.summary", language, role=role, period=period(notice.key, language)),
        body=tuple(_body(notice, language, chair, role)),
        recipients_heading=t("notice.doc.recipients", language),
        recipients=_recipients(settings.recipients, language),
        authority=_clean(settings.signer_authority).upper() or FILL,
        signer_title=_clean(settings.signer_title).upper() or FILL,
        signer_name=_clean(settings.signer_name) or FILL,
    )


def _recipients(names: tuple[str, ...], language: Language) -> tuple[str, ...]:
    lines = [f"- {_clean(name).lstrip('-+• ').rstrip(';,.')};" for name in names if _clean(name).lstrip("-+• ").rstrip(";,.")]
    return (*(lines or [f"- {FILL};"]), t("notice.doc.archive", language))


def _body(notice: Notice, language: Language, chair: str, role: str) -> list[Line]:
    this = period(notice.key, language)
    reviewed = period(notice.reviewed, language)
    when = _capitalised(t("notice.doc.on_day", language, date=long_date(notice.date, language)))
    meeting = f"“{_clean(notice.title)}”" if _clean(notice.title) else t("notice.doc.meeting", language, period=this)
    opening = t(
        "notice.doc.opening",
        language,
        when=when,
        unit=_clean(notice.unit) or FILL,
        meeting=meeting,
        reviewed=reviewed,
        period=this,
        chair=chair,
    )
    lines = [Line(Kind.TEXT, opening), Line(Kind.TEXT, t("notice.doc.concluded", language, role=role))]
    lines.append(Line(Kind.PART, t("notice.doc.results", language, period=reviewed.upper())))
    lines += _results(notice, language)
    lines.append(Line(Kind.PART, t("notice.doc.tasks", language, period=this.upper())))
    lines += _tasks(notice, language)
    lines.append(Line(Kind.PART, t("notice.doc.carrying_out", language)))
    lines.append(Line(Kind.TEXT, t("notice.doc.carrying_out_text", language, next_period=period(notice.key.next(), language))))
    lines.append(Line(Kind.TEXT, t("notice.doc.closing", language, unit=_clean(notice.unit) or FILL)))
    return lines


def _results(notice: Notice, language: Language) -> list[Line]:
    reviewed = period(notice.reviewed, language)
    if notice.results is None:
        return [Line(Kind.TEXT, t("notice.doc.results_missing", language, period=reviewed))]
    total = sum(r.total for r in notice.results)
    if not total:
        return [Line(Kind.TEXT, _capitalised(t("notice.doc.results_none", language, period=reviewed)))]
    done = sum(len(r.done) for r in notice.results)
    lines = [Line(Kind.TEXT, _capitalised(t("notice.doc.results_total", language, period=reviewed, total=total, done=done)))]
    for number, result in enumerate(notice.results, 1):
        lines.append(Line(Kind.GROUP, _group_result(number, result, language)))
        lines += _result_lists(notice, result, language)
    return lines


def _group_result(number: int, result: Result, language: Language) -> str:
    return t(
        "notice.doc.result_group", language, number=number, label=_clean(result.label), done=len(result.done), total=result.total
    )


def _with_note(task: Task) -> str:
    title = _clean(task.title).rstrip(".;")
    note = _clean(task.note).rstrip(".;")
    return f"- {title} ({note});" if note else f"- {title};"


def _result_lists(notice: Notice, result: Result, language: Language) -> list[Line]:
    lists: list[tuple[str, list[str]]] = []
    if result.done:
        lists.append(("notice.doc.result_done", [_with_note(task) for task in result.done]))
    if result.carried:
        items = []
        for carried in result.carried:
            key = "notice.doc.slipping" if carried.times >= SLIPPING else "notice.doc.carried_times"
            items.append(f"- {_clean(carried.task.title).rstrip('.;')} ({t(key, language, times=carried.times)});")
        lists.append(("notice.doc.result_carried", items))
    if result.unfinished:
        lists.append(("notice.doc.result_unfinished", [_with_note(task) for task in result.unfinished]))
    if result.dropped:
        lists.append(("notice.doc.result_dropped", [_with_note(task) for task in result.dropped]))
    lines: list[Line] = []
    for letter, (key, items) in zip("abcd", lists):
        lines.append(Line(Kind.LABEL, t(key, language, letter=letter, period=period(notice.key, language))))
        items[-1] = items[-1][:-1] + "."  # a list ends with a full stop, its items with semicolons
        lines += [Line(Kind.ITEM, item) for item in items]
    return lines


def _tasks(notice: Notice, language: Language) -> list[Line]:
    if not notice.groups:
        return [Line(Kind.TEXT, t("notice.doc.tasks_none", language, period=period(notice.key, language)))]
    lines: list[Line] = []
    for number, group in enumerate(notice.groups, 1):
        lines.append(Line(Kind.GROUP, t("notice.doc.task_group", language, number=number, label=_clean(group.label))))
        for index, task in enumerate(group.tasks, 1):
            lines.append(Line(Kind.TASK, f"{number}.{index}. {_sentence(task.title)}"))
            owner = _clean(task.owner).rstrip(".") or BLANK
            lines.append(Line(Kind.ITEM, t("notice.doc.owner_due", language, owner=owner, due=short_date(task.due, language))))
            if task.carried_from is not None and task.times_carried:
                carried_in = t(
                    "notice.doc.carried_in", language, period=period(task.carried_from, language), times=task.times_carried
                )
                lines.append(Line(Kind.ITEM, carried_in))
            if _clean(task.note):
                lines.append(Line(Kind.ITEM, t("notice.doc.note", language, note=_sentence(task.note))))
            refs = [_clean(ref).rstrip(".;") for ref in task.refs if _clean(ref)]
            if refs:
                lines.append(Line(Kind.ITEM, t("notice.doc.refs", language, refs="; ".join(refs))))
    return lines
