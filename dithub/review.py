"""The review of a period (a half-year, a year, a quarter, any run of months), counted by task.

A task carried from May to July is one task, done in July: each path (dithub.history) that has an
appearance in the period is one task, and what it was at the period's end is its last appearance
in the period. A path cut by a missing or broken month cannot be followed through it, so the part
after the gap counts as a task of its own; the review says how many were cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .history import Chains, TaskPath
from .model import Category, Status, YearMonth
from .span import Span, index, month_end
from .stats import CHRONIC, on_time, owner_of
from .text import fold


@dataclass(frozen=True)
class Period:
    first: YearMonth
    last: YearMonth
    kind: str = "range"  # year | half | quarter | month | range
    number: int = 0  # which half or quarter

    _PATTERN = re.compile(r"(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?", re.IGNORECASE)

    @classmethod
    def parse(cls, text: str) -> Period | None:
        """ "2020", "2020-H1", "2020-Q3", "2020-06"; anything else -> None."""
        match = cls._PATTERN.fullmatch(text.strip())
        if not match or int(match[1]) < 1:
            return None
        year, part = int(match[1]), (match[2] or "").upper()
        if not part:
            return cls(YearMonth(year, 1), YearMonth(year, 12), "year")
        if part[0] == "H":
            half = int(part[1])
            return cls(YearMonth(year, 6 * half - 5), YearMonth(year, 6 * half), "half", half)
        if part[0] == "Q":
            quarter = int(part[1])
            return cls(YearMonth(year, 3 * quarter - 2), YearMonth(year, 3 * quarter), "quarter", quarter)
        month = YearMonth.parse(f"{year:04d}-{part}")
        return cls(month, month, "month") if month else None

    @classmethod
    def between(cls, first: YearMonth, last: YearMonth) -> Period:
        return cls(first, first, "month") if first == last else cls(first, last)

    @property
    def end(self) -> date:
        return month_end(self.last)


@dataclass(frozen=True)
class Outcome:
    """One task of the period, as it stood at the period's end."""

    path: TaskPath
    status: Status  # of its last appearance in the period; carried there means unfinished
    category: str
    owner: str
    carried_in: bool  # it began before the period
    months_open: int  # from its first known month to the period's end, both counted
    days_overdue: int  # past its due at the period's end (unfinished tasks), else 0

    @property
    def title(self) -> str:
        return self.path.last.task.title

    @property
    def is_finished(self) -> bool:
        return self.status in (Status.DONE, Status.DROPPED)

    @property
    def on_time(self) -> bool:
        return on_time(self.path.last.task)


@dataclass(frozen=True)
class Tally:
    total: int = 0
    done: int = 0
    on_time: int = 0
    unfinished: int = 0  # still open (or carried on) at the period's end
    dropped: int = 0

    @classmethod
    def of(cls, outcomes: list[Outcome]) -> Tally:
        return cls(
            len(outcomes),
            sum(o.status is Status.DONE for o in outcomes),
            sum(o.status is Status.DONE and o.on_time for o in outcomes),
            sum(not o.is_finished for o in outcomes),
            sum(o.status is Status.DROPPED for o in outcomes),
        )


@dataclass(frozen=True)
class Review:
    period: Period
    unit: str
    tally: Tally
    carried_in: int  # tasks begun before the period
    groups: tuple[tuple[Category, Tally], ...]  # in the book's order, groups without tasks left out
    owners: tuple[tuple[str, Tally], ...]  # most unfinished first
    chronic: tuple[Outcome, ...]  # carried 3 times or more by the period's end
    unfinished: tuple[Outcome, ...]  # longest open first
    dropped: tuple[Outcome, ...]
    missing: tuple[YearMonth, ...]  # months of the period without a file
    broken: tuple[YearMonth, ...]  # months of the period whose file does not open
    cut: int  # tasks whose path runs into a missing or broken month of the period


def _outcome(path: TaskPath, period: Period, span: Span) -> Outcome:
    last = path.last
    status = last.status
    first_known = path.first.month
    unfinished = status in (Status.OPEN, Status.CARRIED)
    due = last.task.due
    overdue = (period.end - due).days if unfinished and due is not None and due < period.end else 0
    return Outcome(
        path,
        status,
        span.settings.category_of(last.task),
        owner_of(last.task),
        first_known < period.first or (path.cut_before and path.steps[0].month < period.first),
        index(period.last) - index(first_known) + 1,
        overdue,
    )


def review(span: Span, period: Period, unit: str = "") -> Review:
    """The review of `period`; `span` must reach back before it far enough to see where tasks began
    (load_span from the book's first month to the period's last)."""
    outcomes: list[Outcome] = []
    cut = 0
    for path in Chains(span.within(span.first or period.first, period.last)).all():
        seen = path.until(period.last)
        if seen is None or seen.last.month < period.first:
            continue
        outcomes.append(_outcome(seen, period, span))
        if any(
            getattr(step, "reason", "") in ("missing", "broken") and period.first <= step.month <= period.last
            for step in seen.steps
        ):
            cut += 1
    groups = tuple(
        (category, Tally.of(members))
        for category in span.settings.categories
        if (members := [o for o in outcomes if o.category == category.id])
    )
    by_owner: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        by_owner.setdefault(outcome.owner, []).append(outcome)
    owners = sorted(((owner, Tally.of(members)) for owner, members in by_owner.items()), key=_owner_order)
    return Review(
        period,
        unit,
        Tally.of(outcomes),
        sum(o.carried_in for o in outcomes),
        groups,
        tuple(owners),
        tuple(
            sorted((o for o in outcomes if o.path.times_carried >= CHRONIC), key=lambda o: (-o.path.times_carried, fold(o.title)))
        ),
        tuple(sorted((o for o in outcomes if not o.is_finished), key=lambda o: (-o.months_open, -o.days_overdue, fold(o.title)))),
        tuple(o for o in outcomes if o.status is Status.DROPPED),
        tuple(k for k in span.missing if period.first <= k <= period.last),
        tuple(k for k in span.broken if period.first <= k <= period.last),
        cut,
    )


def _owner_order(item: tuple[str, Tally]) -> tuple[int, float, int, str]:
    """Most unfinished first, then the smallest share done, then the busiest: who a director asks about."""
    owner, tally = item
    return (-tally.unfinished, tally.done / tally.total if tally.total else 0.0, -tally.total, fold(owner))


def share(part: int, whole: int) -> int:
    """A percentage rounded half up, as a report prints it (35 of 42 -> 83)."""
    return (part * 200 + whole) // (2 * whole) if whole else 0
