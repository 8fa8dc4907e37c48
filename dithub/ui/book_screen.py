"""The one screen: it owns the open book and what is shown, and passes data down to widgets.

Changes happen in memory at once and the screen redraws; saving, loading and watching the disk
run in thread workers, so no key ever waits for the disk.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen

from ..book import Book, Change, MonthNotOpen, SaveJob, UndoConflict
from ..i18n import Language, month_label, problem_line, t
from ..model import (
    MergeConflict,
    ModelError,
    Month,
    NotTickable,
    Status,
    Task,
    YearMonth,
    carry_over,
)
from ..problems import Problem
from ..storage import (
    FileChangedError,
    Fingerprint,
    MonthFile,
    StorageError,
    scan_folder,
)
from ..text import printable
from ..view import Filter, SearchIndex, grouped, heading, rows
from .bindings import translate_bindings
from .book_header import BookHeader
from .key_bar import KeyBar
from .month_list import MonthList
from .task_details import TaskDetails
from .task_table import TaskTable

if TYPE_CHECKING:
    from textual.widgets import Input

RETRY_SECONDS = 3.0
WATCH_SECONDS = 2.0

# Actions that change a task, and so need one under the cursor in a month that opened.
_TASK_ACTIONS = {"tick", "carry", "edit", "delete"}


class BookScreen(Screen[None]):
    BINDINGS = [
        Binding("space,x", "tick", "key.tick"),
        Binding("c", "carry", "key.carry"),
        Binding("C", "carry_all", "key.carry_all"),
        Binding("left_square_bracket", "previous_month", "key.previous_month"),
        Binding("right_square_bracket", "next_month", "key.next_month"),
        Binding("slash", "search", "key.search"),
        Binding("escape", "clear_search", "key.clear_search", show=False),
        Binding("f", "cycle_filter", "key.filter"),
        Binding("a", "add", "key.add"),
        Binding("e", "edit", "key.edit", show=False),
        Binding("d", "delete", "key.delete", show=False),
        Binding("u", "undo", "key.undo"),
        Binding("ctrl+r", "redo", "key.redo", show=False),
        Binding("question_mark", "help", "key.help"),
        Binding("q", "quit", "key.quit"),
    ]

    def __init__(self, book: Book, language: Language, start: YearMonth | None = None) -> None:
        super().__init__()
        self.book = book
        self.language = language
        book.language_override = language
        self.current: YearMonth | None = start if start in book.keys else book.latest
        self.keep = Filter.ALL
        self.search_text = ""
        self._index: tuple[Month, SearchIndex] | None = None
        self._loading = True
        self._saver_running = False
        self._saving: YearMonth | None = None
        self._failing: StorageError | None = None
        self._failed: set[YearMonth] = set()  # months whose save failed, waiting for the retry
        self._conflicted: set[YearMonth] = set()
        self._forced: set[YearMonth] = set()
        self._quitting = False
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
            self._months_loaded(then_the_rest=True)
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
        unsaved = (self._failed | self._conflicted) & set(self.book.dirty_keys())
        broken = frozenset(key for key, file in self.book.files.items() if file.is_broken)
        header = (
            self.book.settings.unit,
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
        months = (tuple(self.book.keys), broken, frozenset(unsaved), self.current)
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
    def load_months(self, keys: list[YearMonth], then_the_rest: bool = False) -> None:
        for key in keys:
            file = self.book.read(key)
            self.app.call_from_thread(self._loaded, file)
            time.sleep(0.002)  # let the screen have the interpreter between months
        self.app.call_from_thread(self._months_loaded, then_the_rest)

    def _loaded(self, file: MonthFile) -> None:
        if file.key in self.book.files:
            return  # read meanwhile (a carry, a save): what we hold is newer than this
        self.book.adopt(file)
        if file.key == self.current:
            self.redraw()

    def _months_loaded(self, then_the_rest: bool) -> None:
        if then_the_rest:  # the month on screen is painted; the others follow, in the background
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
        if not self.is_mounted:  # asked while the screen is being put together
            return action in ("quit", "help")
        month = self.month
        if action in (*_TASK_ACTIONS, "carry_all", "add") and self.current is not None and self.book.read_only(self.current):
            return False
        if action in _TASK_ACTIONS:
            task_id = self.table.current_task_id if month is not None else None
            if task_id is None or not month.has_task(task_id):
                return False
            return True  # tick and carry on a carried or dropped task explain why not
        if action == "carry_all":
            return month is not None and bool(month.open_tasks)
        if action == "add":
            return month is not None
        if action == "undo":
            return bool(self.book.history)
        if action == "redo":
            return bool(self.book.future)
        if action == "previous_month":
            return self.current is not None and self._neighbour(-1) is not None
        if action == "next_month":
            return self.current is not None and self._neighbour(+1) is not None
        if action == "clear_search":
            return bool(self.search_text)
        return True

    def _neighbour(self, step: int) -> YearMonth | None:
        keys = self.book.keys
        if self.current not in keys:
            return None
        index = keys.index(self.current) + step
        return keys[index] if 0 <= index < len(keys) else None

    def _selected_task(self) -> Task | None:
        month, task_id = self.month, self.table.current_task_id
        return month.task(task_id) if month is not None and task_id and month.has_task(task_id) else None

    def action_tick(self) -> None:
        task = self._selected_task()
        if task is None or self.current is None:
            return
        try:
            self.book.tick(self.current, task.id)
        except NotTickable:
            self.say(t("ui.not_tickable", self.language), severity="warning")
            return
        except ModelError:
            self.say(t("ui.month_changed", self.language), severity="warning")
            return
        self.redraw_task(task.id)
        self.save_soon()

    def action_carry(self) -> None:
        task = self._selected_task()
        if task is None:
            return
        if task.status is not Status.OPEN:
            self.say(
                t("ui.not_carriable", self.language, status=t(f"status.{task.status.value}", self.language)), severity="warning"
            )
            return
        self._carry([task.id])

    def action_carry_all(self) -> None:
        month = self.month
        if month is None or self.current is None:
            return
        target_key = self.current.next()
        target = self.book.month(target_key)
        count = len(carry_over(month, target, None).carried)  # a dry run, to say how many
        if not count:
            self.say(t("ui.nothing_to_carry", self.language, month=month_label(target_key, self.language)))
            return
        question = t(
            "ui.confirm_carry_all",
            self.language,
            count=count,
            month=month_label(target_key, self.language),
            file=f"{target_key}.toml",
        )
        from .confirm_screen import (
            ConfirmScreen,  # dialogs are loaded when first wanted, not at start
        )

        self.app.push_screen(ConfirmScreen(question, self.language), lambda yes: self._carry(None) if yes else None)

    def _carry(self, task_ids: list[str] | None) -> None:
        assert self.current is not None
        lang = self.language
        target = month_label(self.current.next(), lang)
        try:
            outcome, change = self.book.carry(self.current, task_ids)
        except MonthNotOpen as error:
            self.say(t("ui.carry_target_broken", lang, file=f"{error.key}.toml"), severity="error")
            return
        titles = {task.id: task.title for task in outcome.source.tasks}
        if outcome.carried:
            if len(outcome.carried) == 1:
                self.say(t("ui.carried_one", lang, title=printable(titles[outcome.carried[0]]), month=target))
            else:
                self.say(t("ui.carried_many", lang, count=len(outcome.carried), month=target))
        if outcome.already_there:
            self.say(
                t(
                    "ui.already_there",
                    lang,
                    count=len(outcome.already_there),
                    month=target,
                    titles=printable("; ".join(titles[i] for i in outcome.already_there[:3])),
                ),
                severity="warning",
            )
        self.redraw(keep_task=self.table.current_task_id)
        self.save_soon()

    def action_previous_month(self) -> None:
        if (key := self._neighbour(-1)) is not None:
            self.go_to(key)

    def action_next_month(self) -> None:
        if (key := self._neighbour(+1)) is not None:
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

    def on_input_changed(self, event: Input.Changed) -> None:  # from the search bar
        if event.input.id == "search":
            event.stop()
            self.search_text = event.value
            self.redraw(keep_task=self.table.current_task_id)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            event.stop()
            self.table.move_cursor(row=self.table.first_task_index())
            self.table.focus()

    def on_search_bar_cleared(self, message: Message) -> None:
        self.action_clear_search()

    def action_clear_search(self) -> None:
        keep = self.table.current_task_id
        for bar in self.query("#search"):
            from textual.widgets import Input

            bar.display = False
            with bar.prevent(Input.Changed):
                bar.value = ""
        self.search_text = ""
        self.redraw(keep_task=keep)
        self.table.focus()

    def action_cycle_filter(self) -> None:
        self.keep = self.keep.next()
        self.redraw(keep_task=self.table.current_task_id)
        self.say(t("ui.filter_now", self.language, name=t(f"filter.{self.keep.value}", self.language)), timeout=2)

    def action_add(self) -> None:
        if self.month is None:
            return

        def added(task: Task | None) -> None:
            if task is not None and self.current is not None:
                try:
                    new, _ = self.book.add(self.current, task)
                except ModelError:
                    self.say(t("ui.month_changed", self.language), severity="warning")
                    return
                self.redraw(keep_task=new.id)
                self.save_soon()

        from .task_form import TaskForm

        self.app.push_screen(TaskForm(self.book.settings, self.language), added)

    def action_edit(self) -> None:
        task = self._selected_task()
        if task is None:
            return

        def edited(changed: Task | None) -> None:
            if changed is None or changed == task or self.current is None:
                return
            # Only what the form changed, on top of the task as it is now: someone else may have
            # ticked it on another laptop while the form was open.
            edits = {
                name: getattr(changed, name)
                for name in ("title", "category", "owner", "due")
                if getattr(changed, name) != getattr(task, name)
            }
            try:
                now = self.book.editable(self.current).task(task.id)
                self.book.edit(self.current, replace(now, **edits))
            except ModelError:
                self.say(t("ui.month_changed", self.language), severity="warning")
                return
            self.redraw(keep_task=task.id)
            self.save_soon()

        from .task_form import TaskForm

        self.app.push_screen(TaskForm(self.book.settings, self.language, task), edited)

    def action_delete(self) -> None:
        task = self._selected_task()
        if task is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes and self.current is not None:
                try:
                    self.book.delete(self.current, task.id)
                except ModelError:
                    self.say(t("ui.month_changed", self.language), severity="warning")
                    return
                self.redraw()
                self.save_soon()

        from .confirm_screen import ConfirmScreen

        question = t("ui.confirm_delete", self.language, title=printable(task.title))
        self.app.push_screen(ConfirmScreen(question, self.language), confirmed)

    def action_undo(self) -> None:
        self._travel(self.book.undo, "ui.undone")

    def action_redo(self) -> None:
        self._travel(self.book.redo, "ui.redone")

    def _travel(self, step: Callable[[], Change | None], message: str) -> None:
        keep = self.table.current_task_id
        try:
            change = step()
        except UndoConflict as conflict:
            self.say(t("ui.undo_conflict", self.language, titles=printable("; ".join(conflict.titles[:3]))), severity="error")
            return
        except MonthNotOpen as closed:
            self.say(t("ui.undo_month_closed", self.language, file=f"{closed.key}.toml"), severity="error")
            return
        if change is not None:
            if self.current not in self.book.keys and self.book.keys:
                self.current = self.book.latest
            self.redraw(keep_task=keep)
            self.say(t(message, self.language, label=change.label), timeout=2)
            self.save_soon()

    def action_help(self) -> None:
        from .help_screen import HelpScreen

        self.app.push_screen(HelpScreen(self.key_help(), self.language))

    def key_help(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every key we declare, from the bindings themselves."""
        lang = self.language
        result: dict[str, list[str]] = {t("key.move", lang): ["↑ ↓"]}
        for binding in Binding.make_bindings([*TaskTable.BINDINGS, *self.BINDINGS]):
            result.setdefault(t(binding.description, lang), []).append(self.app.get_key_display(binding))
        result[t("key.palette", lang)] = [self.app.get_key_display(Binding("ctrl+p", ""))]
        return [(", ".join(dict.fromkeys(keys)), description) for description, keys in result.items()]

    def action_quit(self) -> None:
        """Quit once every change is on disk; there is never anything unsaved."""
        self._quitting = True
        if not self.book.dirty_keys() and not self._saver_running:
            self.app.exit()
        elif self._failing is not None and self._failed:
            from .confirm_screen import ConfirmScreen

            question = t("ui.confirm_quit_unsaved", self.language, reason=self._failure_text(self._failing))
            self.app.push_screen(
                ConfirmScreen(question, self.language), lambda yes: self.app.exit() if yes else setattr(self, "_quitting", False)
            )
        else:
            self.save_soon()  # exits when the saver finds nothing left to do

    # --- saving (thread) ---

    def save_soon(self) -> None:
        self.redraw_frame()
        if not self._saver_running:
            self._saver_running = True
            # Start once the change is on screen: the save thread would compete for the
            # interpreter with the frame that shows it.
            self.call_after_refresh(self.run_saver)

    @work(thread=True, group="save")
    def run_saver(self) -> None:
        while (job := self.app.call_from_thread(self._next_job)) is not None:
            try:
                result = self.book.run_save(job)
            except FileChangedError as error:
                self.app.call_from_thread(self._save_conflict, job, error)
            except StorageError as error:
                self.app.call_from_thread(self._save_failed, job, error)
            except Exception as error:  # noqa: BLE001 - a bug must not cost the user their change
                failure = StorageError(job.base.path, "other", repr(error))
                self.app.call_from_thread(self._save_failed, job, failure)
            else:
                self.app.call_from_thread(self._save_done, job, result)

    def _next_job(self) -> SaveJob | None:
        waiting = [k for k in self.book.dirty_keys() if k not in self._conflicted and k not in self._failed]
        if not waiting:
            self._saver_running = False
            self._saving = None
            if self._quitting and not self.book.dirty_keys():
                self.app.exit()
            return None
        self._saving = waiting[0]
        job = self.book.save_job(waiting[0])
        if job.key in self._forced:
            self._forced.discard(job.key)
            job = replace(job, force=True)
        return job

    def _save_done(self, job: SaveJob, result: MonthFile) -> None:
        shown_before = self.month
        try:
            self.book.saved(job, result)
        except MergeConflict as conflict:
            self._save_conflict(job, FileChangedError(job.base.path, result, conflict.titles))
            return
        if self._failing is not None and not self._failed:
            self._failing = None
            self.say(t("save.recovered", self.language, file=result.path.name))
        if job.ours is not None and result.month != job.ours:
            self.say(t("ui.merged", self.language, file=result.path.name))
        if job.key == self.current and self.month is not shown_before and self.month != shown_before:
            self.redraw(keep_task=self.table.current_task_id)
        else:
            self.redraw_frame()

    def _failure_text(self, error: StorageError) -> str:
        return t(f"save.{error.reason}", self.language)

    def _save_failed(self, job: SaveJob, error: StorageError) -> None:
        """Keep the change, say so once, and try again shortly; other months go on saving."""
        self._saving = None
        first = self._failing is None or self._failing.reason != error.reason
        self._failing = error
        if first:
            self.say(
                t("save.failed", self.language, reason=self._failure_text(error), file=error.path.name),
                severity="error",
                timeout=8,
            )
        if not self._failed:
            self.set_timer(RETRY_SECONDS, self._retry)
        self._failed.add(job.key)
        self.redraw_frame()

    def _retry(self) -> None:
        self._failed.clear()
        self.save_soon()

    def _save_conflict(self, job: SaveJob, error: FileChangedError) -> None:
        self._conflicted.add(job.key)
        broken = error.theirs.is_broken

        def chosen(choice: str | None) -> None:
            self._resolve(job, error, choice or "mine")

        from .conflict_screen import ConflictScreen

        self.app.push_screen(ConflictScreen(error.path.name, error.titles, broken, self.language), chosen)

    def _resolve(self, job: SaveJob, error: FileChangedError, choice: str) -> None:
        """Either way, the version not chosen is kept as a copy beside the file."""
        key, store = job.key, self.book.store
        try:
            if choice == "theirs":
                ours = self.book.month(key)
                if ours is not None:
                    copy = store.save_copy(error.path, store.text_for(job.base, ours, job.header), "mine")
                    self.say(t("ui.kept_copy", self.language, file=copy.name), timeout=10)
                self.book.take_theirs(self.book.read(key))
            else:
                if error.theirs.exists:
                    copy = store.save_copy(error.path, error.path.read_bytes(), "theirs")
                    self.say(t("ui.kept_copy", self.language, file=copy.name), timeout=10)
                self._forced.add(key)
        except (StorageError, OSError) as failure:
            reason = failure.reason if isinstance(failure, StorageError) else "other"
            self.say(
                t("save.failed", self.language, reason=t(f"save.{reason}", self.language), file=error.path.name), severity="error"
            )
        self._conflicted.discard(key)
        self.redraw(keep_task=self.table.current_task_id)
        self.save_soon()

    # --- someone else's edits (thread) ---

    @work(thread=True, group="watch", exclusive=True)
    def watch_disk(self) -> None:
        known = self.app.call_from_thread(lambda: {k: f.fingerprint for k, f in self.book.files.items()})
        keys, _ = scan_folder(self.book.folder)
        changed: list[MonthFile] = []
        for key in set(keys) | set(known):
            fingerprint = known.get(key)
            path = self.book.store.month_path(key)
            try:
                stat = path.stat()
            except OSError:
                stat = None
            if stat is None and (fingerprint is None or key not in known):
                continue
            if (
                stat is not None
                and fingerprint is not None
                and (stat.st_size, stat.st_mtime_ns) == (fingerprint.size, fingerprint.mtime_ns)
            ):
                continue
            file = self.book.read(key)
            if fingerprint is None or not fingerprint.same_content(file.fingerprint):
                changed.append(file)
        if changed:
            self.app.call_from_thread(self._outside_changes, changed, known)

    def _outside_changes(self, files: list[MonthFile], known: dict[YearMonth, Fingerprint | None]) -> None:
        for file in files:
            current = self.book.files.get(file.key)
            if current is not None and current.fingerprint != known.get(file.key):
                continue  # we saved it since the read: this copy is older than what we hold
            if current is not None and current.fingerprint is not None and current.fingerprint.same_content(file.fingerprint):
                continue
            if self.book.is_dirty(file.key) or file.key == self._saving or file.key in self._conflicted:
                continue  # the saver merges, or asks
            if current is not None and not current.exists and not file.exists:
                continue
            self.book.adopt(file)
            self.say(t("ui.reloaded", self.language, file=file.path.name), timeout=4)
            if file.key == self.current:
                self.redraw(keep_task=self.table.current_task_id)
        self.redraw_frame()

    # --- command palette ---

    def system_commands(self) -> Iterable[SystemCommand]:
        lang = self.language
        for _, binding in self._bindings:  # noqa: SLF001
            if binding.show and self.check_action(binding.action, ()):
                yield SystemCommand(
                    binding.description,
                    t("ui.palette_key", lang, key=self.app.get_key_display(binding)),
                    lambda action=binding.action: self.run_action(action),
                )
        for key in reversed(self.book.keys):
            label = month_label(key, lang)
            yield SystemCommand(
                t("ui.go_to_month", lang, month=label), f"{key}.toml", lambda key=key: self.go_to(key), discover=False
            )
