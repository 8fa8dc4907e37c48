"""The presenter view: one group at a time, large and calm, for the wall of the meeting room.

It changes nothing itself: ticks, carries, notes and undo go through the working view's book
and its `change()` (book_screen.py), so they save, merge and undo exactly as there, and the
working view is as it was when this one closes (same month, same task under the cursor).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from ..agenda import AgendaGroup, agenda, group_of
from ..book import Change
from ..i18n import month_label, t
from ..model import Month, Status, Task
from . import dialogs
from .bindings import translate_bindings
from .group_heading import GroupHeading
from .meeting_clock import MeetingClock
from .presenter_tasks import PresenterTasks

if TYPE_CHECKING:
    from .book_screen import BookScreen

WATCH_SECONDS = 1.0  # how soon someone else's edit, merged by the working view, shows here


class PresenterScreen(Screen[None]):
    CSS_PATH = "presenter.tcss"
    BINDINGS = [
        Binding("right,tab", "next_group", "key.wall.next_group"),
        Binding("left,shift+tab", "previous_group", "key.wall.previous_group"),
        Binding("down,j", "next_task", "key.wall.next_task"),
        Binding("up,k", "previous_task", "key.wall.previous_task"),
        Binding("space,x", "tick", "key.tick"),
        Binding("c", "carry", "key.carry"),
        Binding("n", "note", "key.wall.note"),
        Binding("u", "undo", "key.undo"),
        Binding("ctrl+r", "redo", "key.redo"),
        Binding("T", "wall_theme", "key.wall.theme"),
        Binding("escape,p", "back", "key.wall.back"),
        Binding("question_mark", "help", "key.help"),
        Binding("q", "quit", "key.quit"),
    ]

    def __init__(self, working: BookScreen) -> None:
        super().__init__()
        self.working = working
        self.book = working.book
        self.language = working.language
        self.groups: list[AgendaGroup] = []
        self.group_index, task_index = 0, 0
        self._drawn: Month | None = None
        self._cursor_in: dict[str, str] = {}  # group id -> the task last under the cursor there
        month = working.month
        if month is not None:
            self.groups = agenda(month, self.book.settings)
            self.group_index, task_index = group_of(self.groups, working.kept_task())
            if self.groups and self.groups[self.group_index].tasks:
                self._cursor_in[self.group.category.id] = self.groups[self.group_index].tasks[task_index].id
        translate_bindings(self, self.language)

    def compose(self) -> ComposeResult:
        yield GroupHeading(id="wall-heading")
        yield PresenterTasks(self.language, id="wall-tasks")
        yield MeetingClock(self.language, id="wall-clock")

    def on_mount(self) -> None:
        self.redraw()
        self.set_interval(WATCH_SECONDS, self._follow_book)
        self.notify(t("wall.opened", self.language), timeout=4, markup=False)

    # --- what is shown ---

    @property
    def group(self) -> AgendaGroup:
        return self.groups[self.group_index]

    @property
    def tasks(self) -> PresenterTasks:
        return self.query_one(PresenterTasks)

    def selected_task(self) -> Task | None:
        tasks = self.group.tasks if self.groups else ()
        return tasks[self.tasks.cursor] if tasks else None

    def redraw(self) -> None:
        """The current month's groups afresh, the cursor kept on its task (by id, not by place)."""
        month = self.working.month
        self._drawn = month
        if month is None:
            return
        self.groups = agenda(month, self.book.settings)
        if not self.groups:
            return
        self.group_index = min(self.group_index, len(self.groups) - 1)
        group = self.group
        cursor = group.index_of(self._cursor_in.get(group.category.id)) or 0
        self.query_one(GroupHeading).show(group.category.label, group.done, group.total)
        self.tasks.show(group.tasks, cursor, self.book.today())
        self._show_where()

    def _show_where(self) -> None:
        key, lang = self.working.current, self.language
        left = len(self.groups) - self.group_index - 1
        where = t(
            "wall.position",
            lang,
            month=month_label(key, lang) if key else "",
            number=self.group_index + 1,
            count=len(self.groups),
        )
        remaining = t("wall.remaining", lang, count=left) if left else t("wall.last_group", lang)
        self.query_one(MeetingClock).show(f"{where} · {remaining}")

    def _follow_book(self) -> None:
        """Someone else's edit, merged by the working view, or a save that changed the month."""
        if self.working.month is not self._drawn:
            self.redraw()

    def _remember_cursor(self) -> None:
        task = self.selected_task()
        if task is not None:
            self._cursor_in[self.group.category.id] = task.id

    # --- moving ---

    def action_next_group(self) -> None:
        self._go_to_group(self.group_index + 1)

    def action_previous_group(self) -> None:
        self._go_to_group(self.group_index - 1)

    def _go_to_group(self, index: int) -> None:
        if self.groups and 0 <= index < len(self.groups) and index != self.group_index:
            self._remember_cursor()
            self.group_index = index
            self.redraw()

    def action_next_task(self) -> None:
        self.tasks.move(self.tasks.cursor + 1)
        self._remember_cursor()

    def action_previous_task(self) -> None:
        self.tasks.move(self.tasks.cursor - 1)
        self._remember_cursor()

    # --- changing: the working view's book, change() and saving ---

    def _can_change(self) -> Task | None:
        task, key = self.selected_task(), self.working.current
        if task is None or key is None:
            return None
        if self.book.read_only(key):
            self.working.say(t("wall.read_only", self.language), severity="warning")
            return None
        return task

    def _changed(self, _: object = None) -> None:
        self.working.redraw(keep_task=self.working.kept_task())  # the working view, as it was
        self.redraw()

    def action_tick(self) -> None:
        task, key = self._can_change(), self.working.current
        if task is not None and key is not None:
            self.working.change(lambda: self.book.tick(key, task.id), redraw=self._changed)

    def action_carry(self) -> None:
        task, key = self._can_change(), self.working.current
        if task is None or key is None:
            return
        if task.status is not Status.OPEN:
            status = t(f"status.{task.status.value}", self.language)
            self.working.say(t("ui.not_carriable", self.language, status=status), severity="warning")
            return
        self.working._carry(key, [task.id])  # noqa: SLF001 - the working view's carry, its messages included
        self.redraw()

    @work(group=dialogs.DIALOG)
    async def action_note(self) -> None:
        task, key = self._can_change(), self.working.current
        if task is None or key is None:
            return
        text = await dialogs.note(self.app, task.title, task.note, self.language)
        if text is None or text == (task.note or ""):
            return

        def edit() -> Change:  # on top of the task as it is now: another laptop may have ticked it meanwhile
            return self.book.edit(key, replace(self.book.editable(key).task(task.id), note=text or None))

        self.working.change(edit, redraw=self._changed)

    def action_undo(self) -> None:
        self.working.action_undo()
        self._after_travel()

    def action_redo(self) -> None:
        self.working.action_redo()
        self._after_travel()

    def _after_travel(self) -> None:
        if self.working.month is None:  # the month it showed is gone (a carry into a new month undone)
            self.action_back()
        else:
            self.redraw()

    # --- the rest ---

    def action_wall_theme(self) -> None:
        self.working.action_wall_theme()

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_help(self) -> None:
        keys = [(", ".join(self.app.get_key_display(b) for b in group), group[0].description) for group in self._key_groups()]
        dialogs.show_help(self.app, keys, self.language)

    def _key_groups(self) -> list[list[Binding]]:
        by_action: dict[str, list[Binding]] = {}
        for _, binding in self._bindings:
            by_action.setdefault(binding.action, []).append(binding)
        return list(by_action.values())

    def action_quit(self) -> None:
        self.working.action_quit()

    def system_commands(self) -> Iterable[SystemCommand]:
        """This view's keys in the palette, in the interface's language."""
        for bindings in self._key_groups():
            binding = bindings[0]
            yield SystemCommand(
                binding.description,
                t("ui.palette_key", self.language, key=self.app.get_key_display(binding)),
                lambda action=binding.action: self.run_action(action),
            )
