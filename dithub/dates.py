"""Dates as people write them (31/07/2020, 1/7/2020, 2020-31-07) and as TOML wants them (2020-07-31)."""

from __future__ import annotations

import re
from datetime import date

# Three numbers with one separator between them: 31/07/2020, 1.7.2020, 2020-31-07, 2020/7/31.
_WRITTEN = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})")
# `key = value` where the value is such a date, with nothing after it but a comment.
_DATE_LINE = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]*\")\s*=\s*(\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4})\s*(#.*)?$")


def parse_day(text: str) -> date | None:
    """A day from 2020-07-31, 31/07/2020, 1/7/2020, 31-07-2020 or 2020-31-07; None if it is none.

    Day first when the year is last, as Vietnamese dates are written; a year first is followed by the
    month, unless that cannot be a month (2020-31-07).
    """
    match = _WRITTEN.fullmatch(text.strip())
    if not match:
        return None
    first, _, middle, last = match.groups()
    if len(first) == 4 and len(last) <= 2:
        year, month, day = int(first), int(middle), int(last)
        if month > 12 >= day:
            month, day = day, month
    elif len(last) == 4 and len(first) <= 2:
        day, month, year = int(first), int(middle), int(last)
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def rewritten_date(line: str) -> tuple[str, str, str, int] | None:
    """For a line like `due = 31/07/2020`: (key, what was written, the TOML date, column of the value)."""
    match = _DATE_LINE.match(line)
    if not match:
        return None
    day = parse_day(match[2])
    if day is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", match[2]):
        return None  # the right shape but no such day (2020-02-30): TOML's own "invalid date" says it
    return (match[1].strip('"'), match[2], day.isoformat() if day else "", match.start(2) + 1)
