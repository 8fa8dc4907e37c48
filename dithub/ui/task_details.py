"""Everything about the selected task, or why the month cannot be opened.

It changes with every cursor move, so it draws its lines itself with rich, as the task table
does: a Static wraps and formats its text again through Textual's Content, which was ~1 ms of
each move's frame (rich: ~0.25 ms). It stays a Static for what it shows (`render`, `content`).
"""

from __future__ import annotations

from rich.text import Text
from textual.strip import Strip
from textual.widgets import Static

from ..history import TaskPath, path_text
from ..i18n import Language, month_label, problem_line, t
from ..model import Settings, Task
from ..problems import Problem
from ..text import printable


class TaskDetails(Static):
    COMPONENT_CLASSES = {"task-details--label", "task-details--problem"}

    def __init__(self, language: Language, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self.language = language
        self._text = Text("")
        self._lines: tuple[int, list[Strip]] | None = None  # (width, the lines drawn for it)

    def _show(self, text: Text) -> None:
        self._text, self._lines = text, None
        self.update(layout=False, content=text)

    def notify_style_update(self) -> None:
        super().notify_style_update()  # a new theme: new colours
        self._lines = None

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if self._lines is None or self._lines[0] != width:
            console, height = self.app.console, self.size.height
            options = console.options.update_dimensions(width, height)
            lines = console.render_lines(self._text, options, style=self.rich_style, pad=True)
            self._lines = (width, [Strip(line, width) for line in lines])
        lines = self._lines[1]
        return lines[y] if y < len(lines) else Strip.blank(width, self.rich_style)

    def show_task(self, task: Task | None, settings: Settings, category: str | None, path: TaskPath | None = None) -> None:
        if task is None:
            self._show(Text(t("ui.details_empty", self.language), style="dim"))
            return
        label_style = self.get_component_rich_style("task-details--label")
        lang = self.language
        text = Text(printable(task.title), style="bold")
        text.append("\n")

        def field(name: str, value: str | None) -> None:
            if value:
                text.append(f"{t(f'field.{name}', lang)}: ", style=label_style)
                text.append(printable(value))
                text.append("   ")

        group = settings.category(category or "")
        field("status", t(f"status.{task.status.value}", lang))
        field("category", group.label if group else category)
        field("owner", task.owner)
        field("due", f"{task.due:%d/%m/%Y}" if task.due else None)
        field("done_on", f"{task.done_on:%d/%m/%Y}" if task.done_on else None)
        if task.carried_from:
            field("carried_from", f"{month_label(task.carried_from, lang)} ({t('ui.times', lang, count=task.times_carried)})")
        field("id", task.id)
        if path is not None and len(path.steps) > 1:  # one month alone says nothing the fields do not
            text.append("\n")
            text.append(f"{t('stats_ui.details_path', lang)}: ", style=label_style)
            text.append(printable(path_text(path, lang)))
        for ref in task.refs:
            text.append("\n")
            text.append(f"{t('field.refs', lang)}: ", style=label_style)
            text.append(printable(ref))
        if task.note:
            text.append("\n")
            text.append(f"{t('field.note', lang)}: ", style=label_style)
            text.append(printable(task.note))
        for key, value in task.extra.items():
            text.append("\n")
            text.append(f"{printable(key)}: ", style=label_style)
            text.append(printable(str(value)))
        self._show(text)

    def show_problems(self, problems: list[Problem]) -> None:
        style = self.get_component_rich_style("task-details--problem")
        text = Text(t("ui.month_broken", self.language), style="bold")
        for problem in problems:
            text.append("\n")
            text.append(printable(problem_line(problem, self.language)), style=style)
        self._show(text)
