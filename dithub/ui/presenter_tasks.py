"""The presenter view's tasks: one group's, each title wrapped in full, owner and deadline below,
then the note the meeting wrote, if any.

A Line-API ScrollView: the group's tasks are laid out into lines once per change or resize, and
only the lines on screen are drawn; no widget per task. A wider screen wraps titles into fewer
lines; a taller one gives each task more lines (each fact on its own) before it adds blank ones.
"""

from __future__ import annotations

from datetime import date

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..i18n import Language, t
from ..model import Status, Task
from ..text import printable

_MARKS = {Status.OPEN: "○", Status.DONE: "✓", Status.CARRIED: "→", Status.DROPPED: "–"}
_INDENT = 4  # " ○  " before the first line of a title; the lines below hang under its first letter


class PresenterTasks(ScrollView, can_focus=False):
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
        self._lines: list[tuple[int | None, Text]] = []  # (task index or None for a gap, text)
        self._spans: list[tuple[int, int]] = []  # each task's first line and the line after its last
        self._laid_out: tuple[int, int] | None = None  # the size laid out for

    def show(self, tasks: tuple[Task, ...], cursor: int, today: date) -> None:
        self.tasks, self.today = tasks, today
        self.cursor = max(0, min(cursor, len(tasks) - 1))
        self._lay_out()
        self.scroll_to_cursor()

    def move(self, cursor: int) -> None:
        self.cursor = max(0, min(cursor, len(self.tasks) - 1))
        self.refresh()
        self.scroll_to_cursor()

    def span(self, index: int) -> tuple[int, int]:
        """The lines task `index` takes (first, after last): how tall it is at this width."""
        return self._spans[index]

    def text_of(self, index: int) -> str:
        """Task `index` as drawn, line by line (what a test or a screen reader would read)."""
        first, end = self._spans[index]
        return "\n".join(text.plain.rstrip() for _, text in self._lines[first:end])

    def scroll_to_cursor(self) -> None:
        if not self._spans:
            return
        first, end = self._spans[self.cursor]
        # The whole task in view when it fits; its first lines when it does not.
        height = min(end - first, max(1, self.size.height))
        self.scroll_to_region(Region(0, first, 1, height), animate=False, immediate=True)

    # --- laying out ---

    def _lay_out(self) -> None:
        """The roomiest layout that shows the whole group at once; the compact one when none does.

        Roomy: each fact on a line of its own, and up to two blank lines between tasks (a tall screen).
        Compact: owner, deadline and state on one line, one blank line between tasks.
        """
        width, height = self.size
        self._laid_out = (width, height)
        if width <= _INDENT + 4:
            self._lines, self._spans = [], []
        elif not self.tasks:
            self._lines, self._spans = [(None, Text(" " + t("wall.empty_group", self.language)))], []
        else:
            for roomy, gap in ((True, 2), (True, 1), (False, 1)):
                self._lines, self._spans = self._layout(width, roomy, gap)
                if len(self._lines) <= height:
                    break
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def _layout(self, width: int, roomy: bool, gap: int) -> tuple[list[tuple[int | None, Text]], list[tuple[int, int]]]:
        lines: list[tuple[int | None, Text]] = []
        spans: list[tuple[int, int]] = []
        for index, task in enumerate(self.tasks):
            if index:
                lines += [(None, Text())] * gap
            first = len(lines)
            lines += [(index, line) for line in self._task_lines(task, width, roomy)]
            spans.append((first, len(lines)))
        return lines, spans

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
        base = self.rich_style
        index = self.scroll_offset.y + y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        task_index, text = self._lines[index]
        on_cursor = task_index is not None and task_index == self.cursor
        if task_index is None and not self.tasks:
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
        self.scroll_to_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()  # a new theme: the laid-out lines hold the old colours
        if self._laid_out is not None and self.is_mounted:
            self._lay_out()
