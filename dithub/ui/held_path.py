"""A task's path from the months the book holds, cheap enough for every cursor move.

`Chains` over a whole ten-year book takes some 60 ms: too slow for the details pane, which is
redrawn on each move and each tick. The path only ever touches the months its links lead to, so
those are found first by following the same links `Chains` follows (`carried_from` back, the
earliest later month that says it came from here forward), and `Chains` is then run over just
that window, with each month's state (missing, broken, not read) as `held_span` tells it. Plain
Python: no disk is read, nothing from Textual.
"""

from __future__ import annotations

from ..book import Book
from ..history import TaskPath, path_of
from ..model import Month, YearMonth
from ..span import Span, held_span


def _following(months: dict[YearMonth, Month], later: list[YearMonth], key: YearMonth, task_id: str) -> YearMonth | None:
    """The earliest later month holding the task as carried from `key` (Chains' own rule)."""
    for candidate in later:
        month = months[candidate]
        if month.has_task(task_id) and month.task(task_id).carried_from == key:
            return candidate
    return None


def window(span: Span, key: YearMonth, task_id: str) -> tuple[YearMonth, YearMonth]:
    """The months the task's path can reach: its links, plus the month each end leads into."""
    months = dict(span.months)
    first = last = key
    current = key
    while True:  # back, through carried_from
        month = months.get(current)
        source = month.task(task_id).carried_from if month is not None and month.has_task(task_id) else None
        if source is None or source >= current:
            break
        first = source
        if source not in months or not months[source].has_task(task_id):
            break
        current = source
    ordered = sorted(months)
    current = key
    while True:  # forward, to the earliest later month that says it came from here
        following = _following(months, [k for k in ordered if k > current], current, task_id)
        if following is None:
            last = max(last, current.next())  # a carried task leads into next month, whatever it holds
            break
        last = current = following
    return first, last


def narrowed(span: Span, first: YearMonth, last: YearMonth) -> Span:
    """The span cut to first..last, each month keeping its state (unlike Span.within, "not read" stays)."""
    first, last = max(first, span.first or first), min(last, span.last or last)
    return Span(
        first,
        last,
        span.settings,
        {k: m for k, m in span.months.items() if first <= k <= last},
        tuple(k for k in span.missing if first <= k <= last),
        {k: p for k, p in span.broken.items() if first <= k <= last},
        (),
        frozenset(k for k in span.unread if first <= k <= last),
    )


def path_in(span: Span, key: YearMonth, task_id: str) -> TaskPath | None:
    """What `path_of(span, key, task_id)` gives, computed over only the months the path can reach."""
    month = span.months.get(key)
    if month is None or not month.has_task(task_id):
        return None
    first, last = window(span, key, task_id)
    return path_of(narrowed(span, first, last), key, task_id)


def held_path(book: Book, key: YearMonth, task_id: str) -> TaskPath | None:
    """The path of the task of month `key`, from what the book holds now (None: not held there)."""
    return path_in(held_span(book), key, task_id)
