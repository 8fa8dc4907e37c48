"""The presenter view's tasks: one group's, each title wrapped in full, owner and deadline below,
then the note the meeting wrote, if any.

A Line-API widget: only the tasks on screen are laid out into lines (each once per size) and
drawn; no widget per task, and a group of a thousand costs what a screenful does. A wider screen wraps titles into fewer
lines; a taller one gives each task more lines (each fact on its own) before it adds blank ones.
"""

from __future__ import annotations

from datetime import date

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.strip import Strip
from textual.widget import Widget

from ..i18n import Language, t
from ..model import Status, Task
from ..text import printable

_MARKS = {Status.OPEN: "○", Status.DONE: "✓", Status.CARRIED: "→", Status.DROPPED: "–"}
_INDENT = 4  # " ○  " before the first line of a title; the lines below hang under its first letter


class PresenterTasks(Widget, can_focus=False):
    """The screen owns the keys; this draws `tasks` with the one at `cursor` highlighted."""

    COMPONENT_CLASSES = {
        "presenter-tasks--title",
        "presenter-tasks--meta",
        "presenter-tasks--cursor",
        "presenter-tasks--bar",
        "presenter-tasks--done",
        "presenter-tasks--carried",
        "presenter-tasks--overdue",
        "presenter-tasks--empty",
        "presenter-tasks--note",
    }

    def __init__(self, language: Language, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.language = language
        self.tasks: tuple[Task, ...] = ()
        self.cursor = 0
        self.today = date.today()
        self.top = 0  # the first task on screen
        self._lines: list[tuple[int | None, Text]] = []  # what is on screen: (task index or None for a gap, text)
        self._blocks: dict[int, list[Text]] = {}  # each task's lines at this size, made when first shown
        self._strips: dict[tuple[int, bool], Strip] = {}  # those lines drawn, on and off the cursor
        self._roomy, self._gap = False, 1
        self._laid_out: tuple[int, int] | None = None  # the size laid out for

    def show(self, tasks: tuple[Task, ...], cursor: int, today: date) -> None:
        self.tasks, self.today = tasks, today
        self.cursor = max(0, min(cursor, len(tasks) - 1))
        self._lay_out()

    def move(self, cursor: int) -> None:
        self.cursor = max(0, min(cursor, len(self.tasks) - 1))
        self._fill()

    def on_screen(self) -> list[int]:
        """The indexes of the tasks shown now, whole or in part."""
        return sorted({index for index, _ in self._lines[: self.size.height] if index is not None})

    def text_of(self, index: int) -> str:
        """Task `index` as drawn, line by line (what a test or a screen reader would read)."""
        return "\n".join(text.plain.rstrip() for text in self._block(index))

    # --- laying out ---

    def _lay_out(self) -> None:
        """The roomiest layout that shows the whole group at once; the compact one when none does.

        Roomy: each fact on a line of its own, and up to two blank lines between tasks (a tall screen).
        Compact: owner, deadline and state on as few lines as they fit, one blank line between tasks.
        Only the tasks on screen are laid out (a group may hold a thousand), each once per size.
        """
        width, height = self.size
        self._laid_out = (width, height)
        self._blocks.clear()
        self._strips.clear()
        self._roomy, self._gap = False, 1
        if 3 * len(self.tasks) <= height:  # a roomy task takes three lines at least: it may fit
            for gap in (2, 1):
                self._roomy, self._gap = True, gap
                if sum(len(self._block(i)) for i in range(len(self.tasks))) + gap * (len(self.tasks) - 1) <= height:
                    break
                self._blocks.clear()
                self._roomy, self._gap = False, 1
        self.top = 0
        self._fill()

    def _block(self, index: int) -> list[Text]:
        block = self._blocks.get(index)
        if block is None:
            block = self._blocks[index] = self._task_lines(self.tasks[index], self.size.width, self._roomy)
        return block

    def _fill(self) -> None:
        """The tasks from `top` down, `top` moved just enough for the whole of the cursor's task to show."""
        width, height = self.size
        self._lines = []
        if width <= _INDENT + 4:
            self.refresh()
            return
        if not self.tasks:
            self._lines = [(None, Text(" " + t("wall.empty_group", self.language)))]
            self.refresh()
            return
        self.top = min(self.top, self.cursor)
        while self.top < self.cursor and self._height(self.top, self.cursor) > height:
            self.top += 1
        index = self.top
        while index < len(self.tasks) and len(self._lines) < height:
            if index > self.top:
                self._lines += [(None, Text())] * self._gap
            self._lines += [(index, line) for line in self._block(index)]
            index += 1
        self.refresh()

    def _height(self, first: int, last: int) -> int:
        """Lines from the top of task `first` to the bottom of task `last`."""
        return sum(len(self._block(i)) for i in range(first, last + 1)) + self._gap * (last - first)

    def _task_lines(self, task: Task, width: int, roomy: bool) -> list[Text]:
        console = self.app.console
        room = width - _INDENT - 1
        title_style = self.get_component_rich_style("presenter-tasks--title")
        if task.status is Status.DONE:
            title_style += self.get_component_rich_style("presenter-tasks--done")
        elif task.status is not Status.OPEN:
            title_style += self.get_component_rich_style("presenter-tasks--carried")
        title = Text(printable(task.title), style=title_style)
        lines: list[Text] = []
        for number, line in enumerate(title.wrap(console, room, overflow="fold")):
            prefix = f" {_MARKS[task.status]}  " if number == 0 else " " * _INDENT
            lines.append(Text(prefix, style=title_style) + line)
        facts = self._facts(task, roomy)
        if not roomy:
            facts = self._joined(facts, room)
        if task.note:  # what the room agreed (n writes it): on the wall as it is written
            facts.append(Text(f"✎ {printable(task.note)}", style=self.get_component_rich_style("presenter-tasks--note")))
        for fact in facts:
            lines += [Text(" " * _INDENT) + line for line in fact.wrap(console, room, overflow="fold")]
        return lines

    def _joined(self, facts: list[Text], room: int) -> list[Text]:
        """Facts on as few lines as they fit, a line breaking between two facts rather than inside one."""
        separator = Text(" · ", style=self.get_component_rich_style("presenter-tasks--meta"))
        lines: list[Text] = []
        for fact in facts:
            if lines and lines[-1].cell_len + separator.cell_len + fact.cell_len <= room:
                lines[-1] = lines[-1] + separator + fact
            else:
                lines.append(fact)
        return lines

    def _facts(self, task: Task, roomy: bool) -> list[Text]:
        """Owner, deadline and where it stands, in plain words; on a tall screen the owner is labelled."""
        lang = self.language
        meta = self.get_component_rich_style("presenter-tasks--meta")
        marked = self.get_component_rich_style("presenter-tasks--carried")
        owner = printable(task.owner) if task.owner else t("wall.owner_none", lang)
        facts = [Text(f"{t('field.owner', lang)}: {owner}" if roomy else owner, style=meta)]
        if task.due is not None:
            day = f"{task.due:%d/%m/%Y}"
            due = f"{t('field.due', lang)}: {day}" if roomy else t("wall.due", lang, date=day)
            if task.is_overdue(self.today):
                late = meta + self.get_component_rich_style("presenter-tasks--overdue")
                facts.append(Text(f"{due} ({t('wall.overdue', lang)})", style=late))
            else:
                facts.append(Text(due, style=meta))
        else:
            facts.append(Text(t("wall.no_due", lang), style=meta))
        if task.times_carried:
            facts.append(Text(t("wall.carried_in", lang, count=task.times_carried), style=marked))
        if task.status is Status.DONE:
            when = t("wall.done_on", lang, date=f"{task.done_on:%d/%m/%Y}") if task.done_on else t("wall.done", lang)
            facts.append(Text(when, style=meta + self.get_component_rich_style("presenter-tasks--done")))
        elif task.status is Status.CARRIED:
            facts.append(Text(t("wall.carried_out", lang), style=marked))
        elif task.status is Status.DROPPED:
            facts.append(Text(t("wall.dropped", lang), style=marked))
        return facts

    # --- drawing ---

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        task_index, text = self._lines[y]
        on_cursor = task_index is not None and task_index == self.cursor
        if task_index is None:  # a gap, or the empty group's sentence
            return self._strip(text, on_cursor, empty=not self.tasks)
        key = (id(text), on_cursor)  # a task's lines live in _blocks as long as this cache does
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = self._strip(text, on_cursor)
        return strip

    def _strip(self, text: Text, on_cursor: bool, empty: bool = False) -> Strip:
        width = self.size.width
        base = self.rich_style
        if empty:
            base += self.get_component_rich_style("presenter-tasks--empty")
        # Under the cursor only the background changes: done stays green, a late date stays marked.
        over = self.get_component_rich_style("presenter-tasks--cursor", partial=True) if on_cursor else None
        segments = Segment.apply_style(list(text.render(self.app.console)), style=base, post_style=over)
        fill = base + over if over is not None else base
        strip = Strip(segments).extend_cell_length(width, fill).crop(0, width)
        if on_cursor:  # a bar at the left edge: the task being discussed reads without colour too
            bar = fill + self.get_component_rich_style("presenter-tasks--bar")
            strip = Strip([Segment("▌", bar), *strip.crop(1, width)])
        return strip

    def on_resize(self, event: events.Resize) -> None:
        if tuple(self.size) != self._laid_out:
            self._lay_out()

    def notify_style_update(self) -> None:
        super().notify_style_update()  # a new theme: the laid-out lines hold the old colours
        if self._laid_out is not None and self.is_mounted:
            self._lay_out()
