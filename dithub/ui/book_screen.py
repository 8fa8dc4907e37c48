"""The one screen: it holds the open book and what is shown, and routes keys to short handlers.

Changes happen in memory at once and the screen redraws; loading, saving and watching the disk
run in thread workers (see save_flow.py), so no key ever waits for the disk. Questions to the
user are awaited in `@work` flows (see dialogs.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical

from ..book import Book, Change, MonthNotOpen, UndoConflict
from ..i18n import Language, month_label, problem_line, t
from ..model import ModelError, Month, NotTickable, Status, Task, YearMonth
from ..problems import Problem
from ..save_queue import SaveQueue
from ..text import printable
from ..view import Filter, SearchIndex, grouped, heading, rows
from . import dialogs, keys
from .bindings import translate_bindings
from .book_header import BookHeader
from .events import MonthRead, MonthsRead
from .key_bar import KeyBar
from .month_list import MonthList
from .save_flow import WATCH_SECONDS, SaveFlow
from .task_details import TaskDetails
from .task_table import TaskTable

if TYPE_CHECKING:
    from .search_bar import SearchBar  # made on first use (see action_search)

R = TypeVar("R")


class BookScreen(SaveFlow):
    BINDINGS = keys.BINDINGS

    def __init__(self, book: Book, language: Language, start: YearMonth | None = None) -> None:
        super().__init__()
        self.book = book
        self.language = language
        self.saves = SaveQueue(book)
        self.current: YearMonth | None = start if start in book.keys else book.latest
        self.keep = Filter.ALL
        self.search_text = ""
        self._index: tuple[Month, SearchIndex] | None = None
        self._loading = True
        self._keys_state: tuple[bool | None, ...] = ()
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

    def on_mount(self) -> None:
        translate_bindings(self.table, self.language)
        self.table.focus()
        self.tell(self.book.problems)  # dithub.toml mistakes, misnamed month files
        self.redraw()
        if self.current in self.book.files:  # the command line read it already
            self.on_months_read(MonthsRead(then_the_rest=True))
        else:
            self.load_months(self._load_order()[:1], then_the_rest=True)
        self.set_interval(WATCH_SECONDS, self.watch_disk)

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
            self.table.show(rows(month, self.book.settings, self._shown(month), self.keep, self.today), self.today, keep_task)
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
        header = (
            book.settings.unit,
            self.current,
            self.month,
            self.keep,
            self.search_text,
            bool(unsaved),
            self._loading and self.month is None,
        )
        if header != self._drawn_header:
            self._drawn_header = header
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
        self.table.update_task(task)
        category = self.book.settings.category_of(task)
        group = self.book.settings.category(category)
        if group is not None:
            self.table.update_group(heading(group, grouped(month, self.book.settings)[category]))
        self.show_details(task_id)
        self.redraw_frame()

    def show_details(self, task_id: str | None) -> None:
        month = self.month
        task = month.task(task_id) if month is not None and task_id and month.has_task(task_id) else None
        category = self.book.settings.category_of(task) if task else None
        self.query_one(TaskDetails).show_task(task, self.book.settings, category)

    def on_task_table_task_highlighted(self, message: TaskTable.TaskHighlighted) -> None:
        # Cursor, details and keys are redrawn here together, so they reach the screen in one frame.
        self.table.show_cursor(message.previous, message.row)
        if self.month is not None:
            self.show_details(message.task_id)
        self.refresh_keys()

    def on_month_list_month_chosen(self, message: MonthList.MonthChosen) -> None:
        self.go_to(message.key)
        self.table.focus()

    def go_to(self, key: YearMonth) -> None:
        self.current = key
        self.redraw()

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

    def refresh_keys(self) -> None:
        """Tell the footer about the keys only when what they can do has changed.

        Rebuilding the footer on every cursor move cost more than the move itself.
        """
        state = tuple(self.check_action(binding.action, ()) for _, binding in self._bindings)
        if state != self._keys_state:
            self._keys_state = state
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return keys.allowed(self, action)

    def system_commands(self) -> Iterable[SystemCommand]:
        return keys.palette(self)

    def change(self, do: Callable[[], R], *, closed: str | None = None, redraw: Callable[[R], None] | None = None) -> R | None:
        """Make a change to the book; say why not if it cannot be made, else redraw and save.

        `closed`: what to say when a month it needs cannot change (MonthNotOpen).
        """
        keep = self.kept_task()
        try:
            result = do()
        except NotTickable:
            self.say(t("ui.not_tickable", self.language), severity="warning")
            return None
        except UndoConflict as conflict:
            self.say(t("ui.undo_conflict", self.language, titles=printable("; ".join(conflict.titles[:3]))), severity="error")
            return None
        except MonthNotOpen as error:
            if closed is None:
                self.say(t("ui.month_changed", self.language), severity="warning")
            else:
                self.say(t(closed, self.language, file=f"{error.key}.toml"), severity="error")
            return None
        except ModelError:
            self.say(t("ui.month_changed", self.language), severity="warning")
            return None
        redraw(result) if redraw is not None else self.redraw(keep_task=keep)
        self.save_soon()
        return result

    def action_tick(self) -> None:
        task, key = self.selected_task(), self.current
        if task is not None and key is not None:
            self.change(lambda: self.book.tick(key, task.id), redraw=lambda _: self.redraw_task(task.id))

    def action_carry(self) -> None:
        task = self.selected_task()
        if task is None or self.current is None:
            return
        if task.status is not Status.OPEN:
            status = t(f"status.{task.status.value}", self.language)
            self.say(t("ui.not_carriable", self.language, status=status), severity="warning")
            return
        self._carry(self.current, [task.id])

    @work(group=dialogs.DIALOG)
    async def action_carry_all(self) -> None:
        key, lang = self.current, self.language
        if self.month is None or key is None:
            return
        target = month_label(key.next(), lang)
        count = self.book.carry_count(key)
        if not count:
            self.say(t("ui.nothing_to_carry", lang, month=target))
            return
        question = t("ui.confirm_carry_all", lang, count=count, month=target, file=f"{key.next()}.toml")
        if await dialogs.confirm(self.app, question, lang):
            self._carry(key, None)

    def _carry(self, key: YearMonth, task_ids: list[str] | None) -> None:
        done = self.change(lambda: self.book.carry(key, task_ids), closed="ui.carry_target_broken")
        if done is None:
            return
        outcome, lang, target = done[0], self.language, month_label(key.next(), self.language)
        titles = {task.id: task.title for task in outcome.source.tasks}
        if len(outcome.carried) == 1:
            self.say(t("ui.carried_one", lang, title=printable(titles[outcome.carried[0]]), month=target))
        elif outcome.carried:
            self.say(t("ui.carried_many", lang, count=len(outcome.carried), month=target))
        if outcome.already_there:
            some = printable("; ".join(titles[i] for i in outcome.already_there[:3]))
            self.say(t("ui.already_there", lang, count=len(outcome.already_there), month=target, titles=some), severity="warning")

    def action_previous_month(self) -> None:
        if (key := self.neighbour(-1)) is not None:
            self.go_to(key)

    def action_next_month(self) -> None:
        if (key := self.neighbour(+1)) is not None:
            self.go_to(key)

    def action_search(self) -> None:
        bars = self.query("#search")
        if bars:
            bar = bars.first()
        else:  # made on first use: most meetings never search, and it costs start-up time
            from .search_bar import SearchBar

            bar = SearchBar(placeholder=t("ui.search_placeholder", self.language), id="search")
            translate_bindings(bar, self.language)
            self.query_one("#main").mount(bar, before=self.table)
        bar.display = True
        bar.focus()

    def on_search_bar_searched(self, message: SearchBar.Searched) -> None:
        self.search_text = message.text
        self.redraw(keep_task=self.kept_task())

    def on_search_bar_finished(self, message: SearchBar.Finished) -> None:
        self.table.move_cursor(row=self.table.first_task_index())
        self.table.focus()

    def on_search_bar_cleared(self, message: SearchBar.Cleared) -> None:
        self.action_clear_search()

    def action_clear_search(self) -> None:
        keep = self.kept_task()
        for bar in self.query("#search"):
            bar.put_away()  # type: ignore[attr-defined]
        self.search_text = ""
        self.redraw(keep_task=keep)
        self.table.focus()

    def action_cycle_filter(self) -> None:
        self.keep = self.keep.next()
        self.redraw(keep_task=self.kept_task())
        self.say(t("ui.filter_now", self.language, name=t(f"filter.{self.keep.value}", self.language)), timeout=2)

    @work(group=dialogs.DIALOG)
    async def action_add(self) -> None:
        key = self.current
        if self.month is None or key is None:
            return
        task = await dialogs.task_form(self.app, self.book.settings, self.language)
        if task is not None:
            self.change(lambda: self.book.add(key, task)[0], redraw=lambda new: self.redraw(keep_task=new.id))

    @work(group=dialogs.DIALOG)
    async def action_edit(self) -> None:
        task, key = self.selected_task(), self.current
        if task is None or key is None:
            return
        changed = await dialogs.task_form(self.app, self.book.settings, self.language, task)
        if changed is None or changed == task:
            return
        # Only what the form changed, on top of the task as it is now: someone else may have
        # ticked it on another laptop while the form was open.
        edits = {
            name: getattr(changed, name)
            for name in ("title", "category", "owner", "due")
            if getattr(changed, name) != getattr(task, name)
        }

        def edit() -> Change:
            return self.book.edit(key, replace(self.book.editable(key).task(task.id), **edits))

        self.change(edit, redraw=lambda _: self.redraw(keep_task=task.id))

    @work(group=dialogs.DIALOG)
    async def action_delete(self) -> None:
        task, key = self.selected_task(), self.current
        if task is None or key is None:
            return
        question = t("ui.confirm_delete", self.language, title=printable(task.title))
        if await dialogs.confirm(self.app, question, self.language):
            self.change(lambda: self.book.delete(key, task.id), redraw=lambda _: self.redraw())

    def action_undo(self) -> None:
        self._travel(self.book.undo, "ui.undone")

    def action_redo(self) -> None:
        self._travel(self.book.redo, "ui.redone")

    def _travel(self, step: Callable[[], Change | None], message: str) -> None:
        def go() -> Change | None:
            change = step()
            if change is not None and self.current not in self.book.keys and self.book.keys:
                self.current = self.book.latest  # the month it went back on is gone (a carry undone)
            return change

        change = self.change(go, closed="ui.undo_month_closed")
        if change is not None:
            self.say(t(message, self.language, label=change.label(self.language)), timeout=2)

    def action_help(self) -> None:
        dialogs.show_help(self.app, keys.key_help(self), self.language)

    def action_quit(self) -> None:
        self.quit_when_saved()
