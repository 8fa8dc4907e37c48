"""What the roll-up shows for a month: each unit's figures, sorted by what needs attention,
the total, and search across every unit's tasks. Plain Python, no textual.

Order (what a reviewer should look at first):
  1. units that cannot be read — the book's folder is missing or the month file is broken:
     until someone fixes the file nobody knows how that unit stands;
  2. units with the month, by most overdue tasks, then most carried 3 times or more, then most
     carried at all, then the lowest share done, then by name;
  3. units that have no file for that month (nothing to review yet), then still loading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from .model import Month, Status, Task, YearMonth
from .problems import Problem
from .rollup import Rollup, Unit
from .text import fold
from .view import SearchIndex

SLIPPING = 3  # carried this many times or more: the tasks a review asks about


class State(str, Enum):
    OK = "ok"
    NO_BOOK = "no_book"  # the folder is missing or cannot be read
    BROKEN = "broken"  # the month's file cannot be opened
    NO_MONTH = "no_month"  # the unit has no file for that month
    LOADING = "loading"  # not read yet (the screen asked without loading)


_RANK = {State.NO_BOOK: 0, State.BROKEN: 0, State.OK: 1, State.NO_MONTH: 2, State.LOADING: 3}


@dataclass(frozen=True)
class Figures:
    """One unit's month, or the total of several (unit None)."""

    key: YearMonth
    state: State = State.OK
    unit: Unit | None = None
    done: int = 0
    total: int = 0
    carried: int = 0  # carried over at least once (the dashboard's "carried" filter)
    carried_often: int = 0  # carried SLIPPING times or more
    overdue: int = 0  # open and past due
    meeting: date | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def share_done(self) -> float:
        return self.done / self.total if self.total else 0.0


def month_figures(unit: Unit, key: YearMonth, today: date, load: bool = True) -> Figures:
    """The unit's figures for month `key`; reads the month when `load` and it is not read yet."""
    book = unit.book
    if book is None:
        return Figures(key, State.NO_BOOK, unit, problems=tuple(unit.problems))
    if key not in book.keys:
        return Figures(key, State.NO_MONTH, unit)
    if key not in book.files and not load:
        return Figures(key, State.LOADING, unit)
    file = book.load(key)
    month = book.month(key)
    if file.is_broken or month is None:
        return Figures(key, State.BROKEN, unit, problems=tuple(file.problems))
    return _count(key, unit, month.tasks, today, month.date)


def _count(key: YearMonth, unit: Unit | None, tasks: Iterable[Task], today: date, meeting: date | None) -> Figures:
    done = total = carried = often = overdue = 0
    for task in tasks:
        total += 1
        done += task.status is Status.DONE
        carried += task.times_carried > 0
        often += task.times_carried >= SLIPPING
        overdue += task.is_overdue(today)
    return Figures(key, State.OK, unit, done, total, carried, often, overdue, meeting)


def attention(figures: Figures) -> tuple:
    unit_name = fold(figures.unit.name) if figures.unit else ""
    return (_RANK[figures.state], -figures.overdue, -figures.carried_often, -figures.carried, figures.share_done, unit_name)


def rollup_figures(rollup: Rollup, key: YearMonth, today: date, load: bool = True) -> list[Figures]:
    """Every unit's figures for month `key`, what needs attention first (see the module's doc)."""
    return sorted((month_figures(unit, key, today, load) for unit in rollup.units), key=attention)


def total(figures: Iterable[Figures], key: YearMonth) -> Figures:
    """The sum over the units that could be counted; meeting date left out (each unit has its own)."""
    counted = [f for f in figures if f.state is State.OK]
    return Figures(
        key,
        State.OK,
        None,
        sum(f.done for f in counted),
        sum(f.total for f in counted),
        sum(f.carried for f in counted),
        sum(f.carried_often for f in counted),
        sum(f.overdue for f in counted),
    )


# --- search across units ---


@dataclass(frozen=True)
class Hit:
    key: YearMonth
    task: Task


@dataclass(frozen=True)
class UnitHits:
    unit: Unit
    hits: tuple[Hit, ...]  # newest month first, in the file's order within a month


class RollupSearch:
    """Every unit's months, folded once (dithub.view.SearchIndex, the dashboard's folding).

    Months can be added as a worker reads them; `matches` then searches what is in so far.
    """

    def __init__(self, rollup: Rollup) -> None:
        self._order = {id(unit): index for index, unit in enumerate(rollup.units)}
        self._units = list(rollup.units)
        self._indexes: dict[tuple[int, YearMonth], SearchIndex] = {}

    @classmethod
    def of_loaded(cls, rollup: Rollup, key: YearMonth | None = None) -> RollupSearch:
        """Over the months already read (only month `key` when given)."""
        search = cls(rollup)
        for unit in rollup.units:
            for month_key, month in unit.book.months.items() if unit.book else ():
                if month is not None and (key is None or month_key == key):
                    search.add(unit, month)
        return search

    def add(self, unit: Unit, month: Month) -> None:
        self.add_index(unit, month.key, SearchIndex(month.tasks))

    def add_index(self, unit: Unit, key: YearMonth, index: SearchIndex) -> None:
        """A month's index folded elsewhere (the screen's loader folds in its thread); replaces
        what the unit's month had, so an edited month is searched as it is now."""
        self._indexes[(self._order[id(unit)], key)] = index

    def has(self, unit: Unit, key: YearMonth) -> bool:
        return (self._order[id(unit)], key) in self._indexes

    @property
    def months_indexed(self) -> int:
        return len(self._indexes)

    def __len__(self) -> int:
        return sum(len(index.tasks) for index in self._indexes.values())

    def matches(self, query: str, key: YearMonth | None = None) -> list[UnitHits]:
        """Tasks holding every word of `query` (case and diacritics ignored), grouped by unit in
        the roll-up's order; only month `key` when given. An empty query finds nothing."""
        if not fold(query).split():
            return []
        found: dict[int, list[Hit]] = {}
        for (unit_index, month_key), index in sorted(
            self._indexes.items(), key=lambda item: (item[0][0], item[0][1]), reverse=True
        ):
            if key is not None and month_key != key:
                continue
            ids = index.matches(query)
            if ids:
                found.setdefault(unit_index, []).extend(Hit(month_key, task) for task in index.tasks if task.id in ids)
        return [UnitHits(self._units[i], tuple(found[i])) for i in sorted(found)]
