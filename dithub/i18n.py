"""Every word dithub shows, in Vietnamese and English. Vietnamese is the default."""

from __future__ import annotations

from typing import Any, Literal

from .messages import collect
from .model import YearMonth
from .problems import Problem

Language = Literal["vi", "en"]
LANGUAGES: tuple[Language, ...] = ("vi", "en")

# key: (Vietnamese, English), from every module of dithub/messages/ (core.py: what all features share)
MESSAGES: dict[str, tuple[str, str]] = collect()

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

# tomli's syntax messages, in words a secretary can act on
_TOML_REASONS: tuple[tuple[str, str, str], ...] = (
    ("unterminated string", "thiếu dấu ngoặc kép đóng", "a quote is not closed"),
    # tomli's words when a quoted text runs into the end of its line
    ("illegal character '\\n'", "thiếu dấu ngoặc kép đóng ở cuối dòng", "a quote is not closed before the end of the line"),
    ("expected '=' after a key", "thiếu dấu = sau tên khóa", "a key is not followed by ="),
    ("cannot overwrite a value", "một khóa được ghi hai lần", "a key is written twice"),
    ("cannot declare", "một bảng được khai báo hai lần", "a table is declared twice"),
    ("invalid value", "giá trị không hợp lệ (chữ phải nằm trong ngoặc kép)", "a value is not valid (text needs quotes)"),
    ("unclosed array", "thiếu dấu ] đóng danh sách", "a list is missing its closing ]"),
    ("unclosed inline table", "thiếu dấu }} đóng bảng", "a table is missing its closing }}"),
    ("invalid date", "ngày không hợp lệ (dạng đúng: 2020-06-30)", "a date is not valid (write it as 2020-06-30)"),
    ("expected newline", "có chữ thừa ở cuối dòng", "there is something extra at the end of a line"),
    ("invalid statement", "dòng này không phải dạng khóa = giá trị", "the line is not of the form key = value"),
    ("illegal character", "có ký tự không được phép", "there is a character that is not allowed"),
)


class _Count(int):
    """A number that also picks a word: "{files:file|files}" -> "file" for 1, "files" otherwise."""

    def __format__(self, spec: str) -> str:
        if "|" in spec:
            one, many = spec.split("|", 1)
            return one if self == 1 else many
        return super().__format__(spec)


def t(key: str, language: Language, /, **params: Any) -> str:
    vi, en = MESSAGES[key]
    counts = {name: _Count(value) for name, value in params.items() if type(value) is int}
    return (en if language == "en" else vi).format(**{**params, **counts})


def month_label(key: YearMonth, language: Language) -> str:
    """ "Tháng 6/2020" or "June 2020"."""
    return t("month.label", language, month=key.month, year=key.year, month_name=_MONTH_NAMES[key.month - 1])


def short_month_label(key: YearMonth, language: Language) -> str:
    return f"{key.month}/{key.year}" if language == "vi" else f"{_MONTH_NAMES[key.month - 1][:3]} {key.year}"


def _toml_reason(reason: str) -> tuple[str, str]:
    lowered = reason.lower()
    for needle, vi, en in _TOML_REASONS:
        if needle in lowered:
            return vi, en  # tomli's own English words stay out of the Vietnamese sentence
    return "có chỗ viết không đúng quy tắc", reason


def describe(problem: Problem, language: Language) -> str:
    """A problem as one sentence, without the file and place (see `where`)."""
    details = dict(problem.details)
    if problem.code == "toml_syntax":
        details["reason_vi"], details["reason_en"] = _toml_reason(str(details.get("reason", "")))
    if problem.code == "wrong_type":
        vi, en = MESSAGES[f"expected.{details['expected']}"]
        details["expected_vi"], details["expected_en"] = vi, en
    text = t(f"problem.{problem.code}", language, **details)
    if "number" in details and problem.code not in ("task_not_table", "missing_title", "empty_id", "category_without_id"):
        text = f"{t('where.task', language, number=details['number']).capitalize()}: {text}"
    return text


def where(problem: Problem, language: Language) -> str:
    """ "2020-06.toml, dòng 14, cột 9" — the parts the file gives."""
    parts = [problem.file]
    if problem.line:
        parts.append(t("where.line", language, line=problem.line))
    if problem.column:
        parts.append(t("where.column", language, column=problem.column))
    return ", ".join(parts)


def problem_line(problem: Problem, language: Language) -> str:
    severity = t("severity.warning" if problem.is_warning else "severity.error", language)
    return f"{where(problem, language)}: {severity}: {describe(problem, language)}"
