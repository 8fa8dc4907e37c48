"""What the book screen shows, and the reading in of months behind it: layout, drawing,
notifications. The keys and what they do are BookScreen's (book_screen.py); saving is SaveFlow's.
"""

from __future__ import annotations

import time
from datetime import date

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen

from ..book import Book
from ..i18n import Language, problem_line, t
from ..model import Month, Task, YearMonth
from ..problems import Problem
from ..save_queue import SaveQueue
from ..text import printable
from ..view import Filter, SearchIndex, heading_after, rows
from . import keys
from .bindings import translate_bindings
from .book_header import BookHeader
from .events import MonthRead, MonthsRead
from .held_path import held_path
from .key_bar import KeyBar
from .month_list import MonthList
from .task_details import TaskDetails
from .task_table import TaskTable

SAVING_SIGN_SECONDS = 0.5  # a save still under way after this long shows "saving…" in the header


class BookView(Screen[None]):
    def __init__(self, book: Book, language: Language, start: YearMonth | None = None) -> None:
        super().__init__()
        self.book = book
        self.language = language
        self.saves = SaveQueue(book)  # what waits to be saved (save_flow.py acts on it)
        self.current: YearMonth | None = start if start in book.keys else book.latest
        self.keep = Filter.ALL
        self.search_text = ""
        self._index: tuple[Month, SearchIndex] | None = None
        self._loading = True
        self._keys_state: tuple[bool | None, ...] = ()
        self._key_labels: tuple[str, ...] = ()
        self._told: list[Problem] = []
        self._drawn_header: tuple[object, ...] = ()
        self._drawn_months: tuple[object, ...] = ()
        translate_bindings(self, language)

    # --- layout ---

    def compose(self) -> ComposeResult:
        yield BookHeader(self.language, id="header")
        with Horizontal(id="body"):
            yield MonthList(self.language, id="months")
            with Vertical(id="main"):
                yield TaskTable(self.language, id="tasks")
                yield TaskDetails(self.language, id="details")
        yield KeyBar(id="keys")

    @property
    def table(self) -> TaskTable:
        return self.query_one(TaskTable)

    def _load_order(self) -> list[YearMonth]:
        """The month to show first, then the others newest first: what people open next."""
        first = [self.current] if self.current else []
        return first + [key for key in reversed(self.book.keys) if key != self.current]

    # --- what is shown ---

    @property
    def month(self) -> Month | None:
        return self.book.month(self.current) if self.current else None

    @property
    def today(self) -> date:
        return self.book.today()

    def kept_task(self) -> str | None:
        """The task under the cursor, for the cursor to stay on through a redraw."""
        return self.table.current_task_id

    def selected_task(self) -> Task | None:
        month, task_id = self.month, self.table.current_task_id
        return month.task(task_id) if month is not None and task_id and month.has_task(task_id) else None

    def neighbour(self, step: int) -> YearMonth | None:
        book_keys = self.book.keys
        if self.current not in book_keys:
            return None
        index = book_keys.index(self.current) + step
        return book_keys[index] if 0 <= index < len(book_keys) else None

    def _shown(self, month: Month) -> set[str] | None:
        if not self.search_text:
            return None
        if self._index is None or self._index[0] is not month:
            self._index = (month, SearchIndex(month.tasks))
        return self._index[1].matches(self.search_text)

    def _hints(self, shown: set[str]) -> dict[str, str]:
        """Why each task the search found matched, when not by its title."""
        assert self._index is not None
        labels = {name: t(f"field.{name}", self.language) for name in ("owner", "refs", "note", "id")}
        return self._index[1].hints(self.search_text, shown, labels)

    def say(self, message: str, **options: object) -> None:
        """A notification shown literally: titles and file names may hold "[/]" or "[b]"."""
        self.notify(printable(message), markup=False, **options)  # type: ignore[arg-type]

    def tell(self, problems: list[Problem]) -> None:
        """Say each problem once, with the file and what to fix, in the book's language."""
        for problem in problems:
            if problem not in self._told:
                self._told.append(problem)
                severity = "warning" if problem.is_warning else "error"
                self.say(printable(problem_line(problem, self.language)), severity=severity, timeout=12)

    def redraw(self, keep_task: str | None = None) -> None:
        """Show the current month afresh: header, month list, rows and details."""
        month = self.month
        file = self.book.files.get(self.current) if self.current else None
        if file is not None and not file.is_broken:
            self.tell(file.problems)  # warnings of a month that opens (unknown category, ...)
        if month is not None:
            shown = self._shown(month)
            hints = self._hints(shown) if shown else None
            self.table.show(rows(month, self.book.settings, shown, self.keep, self.today), self.today, keep_task, hints)
        else:
            self.table.show([], self.today)
            if file is not None and file.is_broken:
                self.query_one(TaskDetails).show_problems(file.problems)
        self.redraw_frame()

    def redraw_frame(self) -> None:
        """Header and month list, redrawn only when what they show has changed.

        "Not saved" means a save that failed or waits for the user, not one that is under way:
        a tick is on disk a few milliseconds later, and a flashing warning would mislead.
        """
        unsaved = self.saves.unsaved()
        broken = frozenset(key for key, file in self.book.files.items() if file.is_broken)
        book = self.book
        month = self.month
        header = (
            book.settings.unit,
            self.current,
            month,
            self.keep,
            self.search_text,
            bool(unsaved),
            self._loading and month is None,
            self.saves.on_its_way(SAVING_SIGN_SECONDS),
        )
        # What the header shows of the month, not the month: comparing two months of 2,000 tasks
        # field by field cost more than the rest of a tick.
        facts = (*header[:2], _shown_of(month), *header[3:])
        if facts != self._drawn_header:
            self._drawn_header = facts
            self.query_one(BookHeader).show(*header)
        months = (tuple(book.keys), broken, frozenset(unsaved), self.current)
        if months != self._drawn_months:
            self._drawn_months = months
            self.query_one(MonthList).show(list(months[0]), set(broken), set(unsaved), self.current)
        self.refresh_keys()

    def redraw_task(self, task_id: str) -> None:
        """After a tick: one row and its group heading, not the whole table."""
        month = self.month
        if month is None:
            return
        task = month.task(task_id)
        before = self.table.update_task(task)
        group = self.table.group_of(self.book.settings.category_of(task))
        if before is not None and group is not None:
            self.table.update_group(heading_after(group, before, task))
        self.show_details(task_id)
        self.redraw_frame()

    def show_details(self, task_id: str | None) -> None:
        month = self.month
        task = month.task(task_id) if month is not None and task_id and month.has_task(task_id) else None
        category = self.book.settings.category_of(task) if task else None
        path = held_path(self.book, self.current, task.id) if task and self.current else None
        self.query_one(TaskDetails).show_task(task, self.book.settings, category, path)

    # --- loading (thread) ---

    @work(thread=True, group="load")
    def load_months(self, months: list[YearMonth], then_the_rest: bool = False) -> None:
        for key in months:
            self.post_message(MonthRead(self.book.read(key)))
            time.sleep(0.002)  # let the screen have the interpreter between months
        self.post_message(MonthsRead(then_the_rest))

    def on_month_read(self, message: MonthRead) -> None:
        if message.file.key in self.book.files:
            return  # read meanwhile (a carry, a save): what we hold is newer than this
        self.book.adopt(message.file)
        if message.file.key == self.current:
            self.redraw()

    def on_months_read(self, message: MonthsRead) -> None:
        if message.then_the_rest:  # the month on screen is painted; the others follow, in the background
            self.call_after_refresh(self.load_months, self._load_order()[1:])
            return
        self._loading = False
        self.redraw_frame()

    # --- keys ---

    def key_label(self, action: str, description: str) -> str:
        return keys.label(self, action, description)  # type: ignore[arg-type]

    def refresh_keys(self) -> None:
        """Tell the footer about the keys only when what they can do has changed.

        Rebuilding the footer on every cursor move cost more than the move itself.
        """
        state = tuple(self.check_action(binding.action, ()) for _, binding in self._bindings)
        labels = tuple(self.key_label(action, "") for action in ("tick", "drop"))
        if state != self._keys_state:
            self._keys_state = state
            self.refresh_bindings()
        elif labels != self._key_labels:  # only the words changed ("Xong" -> "Mở lại"): redraw the bar alone
            self.query_one(KeyBar).redraw()
        self._key_labels = labels


def _shown_of(month: Month | None) -> tuple[object, ...] | None:
    """What BookHeader shows of a month."""
    if month is None:
        return None
    return month.key, month.title, month.date, month.chair, month.done_count, len(month.tasks)
