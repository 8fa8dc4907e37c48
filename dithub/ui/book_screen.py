"""The one screen: it routes keys to short handlers.

Changes happen in memory at once and the screen redraws (book_view.py); loading, saving and
watching the disk run in thread workers (save_flow.py), so no key ever waits for the disk.
Questions to the user are awaited in `@work` flows (dialogs.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from textual import work
from textual.app import SystemCommand

from ..book import Change, MonthNotOpen, UndoConflict
from ..book_setup import this_month
from ..i18n import month_label, t
from ..model import ModelError, NotDroppable, NotTickable, Status, Task, YearMonth
from ..monthfile import MonthFile, StorageError
from ..text import printable
from . import dialogs, keys, wall_themes
from .bindings import translate_bindings
from .events import MonthsRead
from .git_flow import GitFlow
from .month_list import MonthList
from .save_flow import WATCH_SECONDS, SaveFlow
from .task_table import TaskTable

if TYPE_CHECKING:
    from .carry_screen import NewDue
    from .search_bar import SearchBar  # made on first use (see action_search)

R = TypeVar("R")


def due_text(task: Task) -> str:
    return f"{task.due:%d/%m/%Y}" if task.due else "—"


class BookScreen(GitFlow, SaveFlow):
    """The keys and what they do; drawing is BookView's, saving SaveFlow's, git's keys GitFlow's (its bases)."""

    BINDINGS = keys.BINDINGS

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
        if not self.book.keys and not self.book.problems:
            self.offer_start()

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

    # --- keys ---

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
        except NotDroppable as error:
            status = t(f"status.{error.task.status.value}", self.language)
            self.say(t("ui.not_droppable", self.language, status=status), severity="warning")
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
        self._ask_and_carry(self.current, task)

    @work(group=dialogs.DIALOG)
    async def _ask_and_carry(self, key: YearMonth, task: Task) -> None:
        lang = self.language
        question = t(
            "ui.carry_one_due", lang, title=printable(task.title), month=month_label(key.next(), lang), due=due_text(task)
        )
        due = await dialogs.carry_due(self.app, question, lang)
        if due is not None:
            self._carry(key, [task.id], due)

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
        # The question and the deadline in one dialog: y or Enter carries, keeping the deadlines.
        due = await dialogs.carry_due(self.app, f"{question}\n{t('ui.carry_all_due', lang)}", lang)
        if due is not None:  # one answer for all of them
            self._carry(key, None, due)

    def _carry(self, key: YearMonth, task_ids: list[str] | None, due: NewDue = "keep") -> None:
        done = self.change(lambda: self.book.carry(key, task_ids, due), closed="ui.carry_target_broken")
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
            for name in ("title", "category", "owner", "due", "note", "refs")
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
            neighbour = self.table.neighbour_task(task.id)  # the cursor goes there, not to the top
            self.change(lambda: self.book.delete(key, task.id), redraw=lambda _: self.redraw(keep_task=neighbour))

    @work(group=dialogs.DIALOG)
    async def action_note(self) -> None:
        task, key = self.selected_task(), self.current
        if task is None or key is None:
            return
        text = await dialogs.note(self.app, task.title, task.note, self.language)
        if text is None or text == (task.note or ""):
            return

        def edit() -> Change:  # on top of the task as it is now (see action_edit)
            return self.book.edit(key, replace(self.book.editable(key).task(task.id), note=text or None))

        self.change(edit, redraw=lambda _: self.redraw(keep_task=task.id))

    def action_drop(self) -> None:
        task, key = self.selected_task(), self.current
        if task is not None and key is not None:
            self.change(lambda: self.book.drop(key, task.id), redraw=lambda _: self.redraw_task(task.id))

    def action_toggle_wrap(self) -> None:
        self.table.wrap = not self.table.wrap
        self.say(t("ui.wrap_on" if self.table.wrap else "ui.wrap_off", self.language), timeout=2)

    @work(group=dialogs.DIALOG)
    async def action_new_month(self) -> None:
        lang = self.language
        suggested = self.book.latest.next() if self.book.latest else this_month(self.today)
        answer = await dialogs.month_choice(self.app, t("ui.new_month_question", lang), suggested, lang)
        if answer is not None:
            self.create_month(answer[1])

    @work(group=dialogs.DIALOG)
    async def offer_start(self) -> None:
        """An empty or new folder: start the book (unit name, first month) instead of a blank screen."""
        lang = self.language
        question = t("ui.start_question", lang, folder=printable(str(self.book.folder)))
        answer = await dialogs.month_choice(self.app, question, this_month(self.today), lang, unit=self.book.settings.unit or "")
        if answer is None:
            self.say(t("ui.start_later", lang), timeout=8)
            return
        self.create_month(answer[1], unit=answer[0])

    @work(thread=True, group="create")
    def create_month(self, key: YearMonth, unit: str = "") -> None:
        """Write the month's file with no tasks (and, for a new book, dithub.toml) off the screen's
        thread, then go to it. Nothing that is there is written over (dithub.book_setup)."""
        from ..book_setup import AlreadyThere, book_files, create_month, create_settings

        lang, say = self.language, self.app.call_from_thread
        try:
            if unit and "dithub.toml" not in book_files(self.book.folder):
                create_settings(self.book.folder, unit, lang)
                self.book.reload_settings()
            file = create_month(self.book.folder, key, lang)
        except AlreadyThere as there:
            say(self.say, t("ui.month_exists", lang, file=there.path.name), severity="warning")
            return
        except StorageError as error:
            reason = t(f"save.{error.reason}", lang)
            say(self.say, t("save.failed", lang, reason=reason, file=error.path.name), severity="error")
            return
        except OSError as error:
            say(self.say, t("ui.start_failed", lang, reason=printable(error.strerror or str(error))), severity="error")
            return
        say(self._month_created, file)

    def _month_created(self, file: MonthFile) -> None:
        self.book.adopt(file)
        self.go_to(file.key)
        self.say(t("ui.month_created", self.language, month=month_label(file.key, self.language), file=file.path.name))

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

    def action_task_path(self) -> None:
        task, key = self.selected_task(), self.current
        if task is not None and key is not None:
            from .path_screen import PathScreen  # screens are loaded when first wanted, not at start

            self.app.push_screen(PathScreen(self.book, self.language, key, task.id))

    def action_statistics(self) -> None:
        from .stats_screen import StatsScreen

        self.app.push_screen(StatsScreen(self.book, self.language))

    @work(group=dialogs.DIALOG)
    async def action_import_tasks(self) -> None:
        from .import_flow import import_tasks  # loaded when first wanted, as the dialogs are

        await import_tasks(self)

    @work(group=dialogs.DIALOG)
    async def action_write_notice(self) -> None:
        from .notice_flow import write_the_notice

        await write_the_notice(self)

    def action_help(self) -> None:
        dialogs.show_help(self.app, keys.key_help(self), self.language)

    def action_quit(self) -> None:
        self.quit_when_saved()

    # --- the wall ---

    def action_presenter(self) -> None:
        if self.month is None:
            self.say(t("wall.no_month", self.language), severity="warning")
            return
        from .presenter_screen import PresenterScreen  # loaded when first wanted, as the dialogs

        self.app.push_screen(PresenterScreen(self))

    def action_wall_theme(self) -> None:
        """The usual colours, the dark wall, the light wall, and round again."""
        name = wall_themes.next_theme(self.app)
        label = t(f"wall.theme.{name}" if name in wall_themes.NAMES else "wall.theme.usual", self.language)
        self.say(t("wall.theme_now", self.language, name=label), timeout=2)
