"""Turn what TOML gave into a Month, finding every way the file breaks the spec at once."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cached_property
from typing import Any

from .dates import parse_day
from .model import (
    OTHER,
    Category,
    Month,
    NoticeSettings,
    Settings,
    Status,
    Task,
    YearMonth,
    unique_slug,
)
from .problems import Problem
from .text import nfc
from .typos import slips

_TABLE_HEADER = re.compile(r"^\s*\[")
_TASKS_HEADER = re.compile(r"^\s*\[\[\s*tasks\s*\]\]")
_TASKS_IN_TEXT = re.compile(r"^\s*\[\[\s*tasks\s*\]\]", re.MULTILINE)


class Locator:
    """Finds the line of a key in the raw text, since tomli gives lines only for syntax errors."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.task_starts = [i for i, line in enumerate(self.lines) if _TASKS_HEADER.match(line)]
        first_table = next((i for i, line in enumerate(self.lines) if _TABLE_HEADER.match(line)), len(self.lines))
        self.top = (0, first_table)

    def task_line(self, index: int) -> int | None:
        return self.task_starts[index] + 1 if index < len(self.task_starts) else None

    def key_line(self, key: str, task_index: int | None = None) -> int | None:
        if task_index is None:
            start, end = self.top
        elif task_index < len(self.task_starts):
            start = self.task_starts[task_index] + 1
            end = next((i for i in range(start, len(self.lines)) if _TABLE_HEADER.match(self.lines[i])), len(self.lines))
        else:
            return None
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for i in range(start, end):
            if pattern.match(self.lines[i]):
                return i + 1
        return self.task_line(task_index) if task_index is not None else None


@dataclass
class _Checker:
    file: str
    source: str
    problems: list[Problem]

    @cached_property
    def locator(self) -> Locator:
        # Made only when there is something to report: most files have nothing wrong.
        return Locator(self.source)

    def add(self, code: str, at: str | None = None, task: int | None = None, **details: Any) -> None:
        """Report a problem at key `at` (of task number `task`); `details` fill in the message."""
        line = self.locator.key_line(at, task) if at else (self.locator.task_line(task) if task is not None else None)
        if task is not None:
            details.setdefault("number", task + 1)
        self.problems.append(Problem(self.file, code, line, None, details))

    def text(self, data: Mapping[str, Any], key: str, task: int | None = None) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.add("wrong_type", key, task, key=key, expected="text", example=f'{key} = "…"')
            return None
        return nfc(value)

    def day(self, data: Mapping[str, Any], key: str, task: int | None = None) -> date | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, datetime):  # a time of day is more than we need, not an error
            return value.date()
        if not isinstance(value, date):
            meant = parse_day(value) if isinstance(value, str) else None  # due = "31/07/2020": that very day, rewritten
            example = f"{key} = {meant.isoformat() if meant else '2020-06-30'}"
            self.add("wrong_type", key, task, key=key, expected="date", example=example)
            return None
        return value


TOP_KEYS = ("month", "title", "date", "chair", "tasks")


def month_from_data(data: Mapping[str, Any], key: YearMonth, file: str, text: str) -> tuple[Month | None, list[Problem]]:
    """The Month a file describes, or None with every error found (warnings come with a Month)."""
    check = _Checker(file, text, [])
    written = data.get("month")
    if written is not None:
        if not isinstance(written, str):
            check.add("wrong_type", "month", key="month", expected="text", example=f'month = "{key}"')
        elif YearMonth.parse(written) != key:
            check.add("month_mismatch", "month", value=written, expected=str(key))
    title = check.text(data, "title")
    meeting = check.day(data, "date")
    chair = check.text(data, "chair")
    raw_tasks = data.get("tasks", [])
    if not isinstance(raw_tasks, list):
        check.add("tasks_not_list", "tasks")
        raw_tasks = []
    tasks: list[Task] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(raw_tasks):
        if not isinstance(raw, Mapping):
            check.add("task_not_table", task=index)
            continue
        # The id is checked even when the task has other mistakes: every error is told at once.
        stated = raw.get("id")
        stated = nfc(stated).strip() if isinstance(stated, str) else ""
        if stated in seen:
            check.add("duplicate_id", "id", index, id=stated, first=seen[stated] + 1)
        elif stated:  # tasks without an id get one made from the title below
            seen[stated] = index
        task = _task_from_data(raw, index, check)
        if task is not None and seen.get(task.id, index) == index:
            tasks.append(task)
    check.problems += slips(data, file, text, TOP_KEYS, _KNOWN_TASK_KEYS, lambda at, task: check.locator.key_line(at, task))
    if any(not p.is_warning for p in check.problems):
        return None, check.problems
    if raw_tasks and not _TASKS_IN_TEXT.search(text):
        # Valid TOML, but not the layout dithub can change line by line without rewriting it all.
        check.problems.append(Problem(file, "inline_tasks", check.locator.key_line("tasks"), None, {}, True))
    # Ids made from titles come last, so that they never take an id a later task states.
    taken = set(seen)
    tasks = [t if t.id else _with_made_id(t, taken) for t in tasks]
    return Month(key, tuple(tasks), title, meeting, chair), check.problems


def _with_made_id(task: Task, taken: set[str]) -> Task:
    made = unique_slug(task.title, taken)
    taken.add(made)
    return replace(task, id=made)


_KNOWN_TASK_KEYS = (
    "id",
    "title",
    "category",
    "owner",
    "due",
    "status",
    "done_on",
    "carried_from",
    "times_carried",
    "refs",
    "note",
)


def _task_from_data(raw: Mapping[str, Any], index: int, check: _Checker) -> Task | None:
    before = len(check.problems)
    task_id = check.text(raw, "id", index)
    if task_id is not None and not task_id.strip():
        check.add("empty_id", "id", index)
    title = check.text(raw, "title", index)
    if title is None and "title" not in raw:
        check.add("missing_title", task=index)
    status_text = check.text(raw, "status", index)
    status = Status.OPEN
    if status_text is not None:
        try:
            status = Status(status_text.strip())
        except ValueError:
            check.add("unknown_status", "status", index, value=status_text)
    carried_text = check.text(raw, "carried_from", index)
    carried_from = None
    if carried_text is not None:
        carried_from = YearMonth.parse(carried_text)
        if carried_from is None:
            check.add("bad_month_text", "carried_from", index, key="carried_from", value=carried_text)
    times = raw.get("times_carried", 0)
    if isinstance(times, bool) or not isinstance(times, int) or times < 0:
        check.add("wrong_type", "times_carried", index, key="times_carried", expected="count", example="times_carried = 1")
        times = 0
    refs = raw.get("refs", [])
    if isinstance(refs, str):
        refs = [refs]
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        check.add("wrong_type", "refs", index, key="refs", expected="list", example='refs = ["Kế hoạch số 101/KH-UBND"]')
        refs = []
    # Every text is NFC already (check.text): the Task need not normalise it again.
    task = Task.already_checked(
        (task_id or "").strip(),
        title or "",
        check.text(raw, "category", index),
        check.text(raw, "owner", index),
        check.day(raw, "due", index),
        status,
        check.day(raw, "done_on", index),
        carried_from,
        times,
        tuple(nfc(r) for r in refs),
        check.text(raw, "note", index),
        {k: v for k, v in raw.items() if k not in _KNOWN_TASK_KEYS},
    )
    return task if len(check.problems) == before else None


def settings_from_data(data: Mapping[str, Any], file: str, text: str) -> tuple[Settings, list[Problem]]:
    """Book settings; a mistake here is reported and the defaults are used instead."""
    check = _Checker(file, text, [])
    unit = check.text(data, "unit") or ""
    language = (check.text(data, "language") or "vi").strip().lower()
    if language not in ("vi", "en"):
        check.add("unknown_language", "language", value=language)
        language = "vi"
    notice = _notice_settings(data, check)
    raw_categories = data.get("categories")
    if raw_categories is None:
        return Settings(unit, language, notice=notice), check.problems
    categories: list[Category] = []
    if not isinstance(raw_categories, list):
        check.add("categories_not_list", "categories")
        raw_categories = []
    for index, raw in enumerate(raw_categories):
        if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str) or not str(raw.get("id")).strip():
            check.add("category_without_id", number=index + 1)
            continue
        keywords = raw.get("keywords", [])
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            check.add("category_keywords", id=raw["id"])  # named by its id: a number here read as a task's
            keywords = []
        label = raw.get("label") if isinstance(raw.get("label"), str) else raw["id"]
        cid = nfc(raw["id"].strip())
        if any(c.id == cid for c in categories):
            check.add("duplicate_category", id=cid)
            continue
        categories.append(Category(cid, nfc(label), tuple(nfc(k) for k in keywords)))
    if not categories:
        return Settings(unit, language, notice=notice), check.problems
    if not any(c.id == OTHER.id for c in categories):
        categories.append(OTHER)
    return Settings(unit, language, tuple(categories), notice), check.problems


_NOTICE_TEXT_KEYS = ("parent_agency", "agency", "code", "place", "signer_authority", "signer_title", "signer_name")


def _notice_settings(data: Mapping[str, Any], check: _Checker) -> NoticeSettings:
    """The [notice] table; a wrong value is reported and left blank, as if it were not given."""
    raw = data.get("notice")
    if raw is None:
        return NoticeSettings()
    if not isinstance(raw, Mapping):
        check.add("notice_not_table", "notice")
        return NoticeSettings()
    values: dict[str, Any] = {}
    for key in _NOTICE_TEXT_KEYS:
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            check.add("wrong_type", key, key=f"notice.{key}", expected="text", example=f'{key} = "…"')
        elif value is not None:
            values[key] = nfc(value).strip()
    recipients = raw.get("recipients", [])
    if isinstance(recipients, str):
        recipients = [recipients]
    if not isinstance(recipients, list) or not all(isinstance(r, str) for r in recipients):
        check.add("wrong_type", "recipients", key="notice.recipients", expected="list", example='recipients = ["Lãnh đạo Sở"]')
        recipients = []
    values["recipients"] = tuple(nfc(r).strip() for r in recipients if r.strip())
    return NoticeSettings(**values)


def salvage_settings(text: str, loads: Any) -> dict[str, Any]:
    """What can still be read of a dithub.toml that does not parse as a whole: each table read on
    its own, so one category with a mistake (quotes forgotten) loses that category only, not the
    book's every category, unit and notice settings. `loads` is tomli.loads."""
    parts: list[list[str]] = [[]]
    for line in text.splitlines(keepends=True):
        if _TABLE_HEADER.match(line):
            parts.append([])
        parts[-1].append(line)
    data: dict[str, Any] = {}
    for part in parts:
        try:
            parsed = loads("".join(part))
        except Exception:  # noqa: BLE001 - the broken part: reported by the caller, skipped here
            continue
        for key, value in parsed.items():
            if key == "categories" and isinstance(value, list):
                data.setdefault("categories", []).extend(value)
            elif key not in data:
                data[key] = value
    return data
