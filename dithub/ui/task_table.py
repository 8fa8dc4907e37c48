"""The month's tasks under their category headings: a DataTable, so only visible rows render."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from ..i18n import Language, t
from ..model import Status, Task
from ..text import printable
from ..view import GroupRow, Row, TaskRow

_MARKS = {Status.OPEN: "[ ]", Status.DONE: "[x]", Status.CARRIED: "[>]", Status.DROPPED: "[-]"}
_FIXED = {"mark": 3, "owner": 26, "due": 5, "carried": 9}
_BAR = 10


def progress_bar(done: int, total: int, width: int = _BAR) -> str:
    filled = round(width * done / total) if total else 0
    return "█" * filled + "░" * (width - filled)


class TaskTable(DataTable):
    """Rows keyed "task:<id>" and "group:<category>"; the cursor is on whole rows."""

    COMPONENT_CLASSES = {
        "task-table--group",
        "task-table--done",
        "task-table--quiet",
        "task-table--overdue",
        "task-table--carried",
        "task-table--slipping",
    }
    BINDINGS = [
        Binding("j", "cursor_down", "key.down", show=False),
        Binding("k", "cursor_up", "key.up", show=False),
        Binding("home", "first_row", "key.first", show=False),
        Binding("end", "last_row", "key.last", show=False),
        Binding("tab", "next_group", "key.next_group", show=False),
        Binding("shift+tab", "previous_group", "key.previous_group", show=False),
    ]

    class TaskHighlighted(Message):
        """The cursor moved: to a task (its id) or to a heading (None)."""

        def __init__(self, task_id: str | None) -> None:
            super().__init__()
            self.task_id = task_id

    def __init__(self, language: Language, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        self.language = language
        self._shown_rows: list[Row] = []

    def on_mount(self) -> None:
        for key, label in (("mark", ""), ("title", t("field.title", self.language)), ("owner", t("field.owner", self.language)), ("due", t("field.due", self.language)), ("carried", t("ui.column.carried", self.language))):
            self.add_column(label, key=key, width=_FIXED.get(key, 40))

    def on_resize(self) -> None:
        self.fit_columns()

    def fit_columns(self) -> None:
        """Give the title all the width the fixed columns leave, so long titles cut cleanly."""
        if not self.columns:
            return
        padding = 2 * self.cell_padding * len(self.columns)
        title_width = max(20, self.scrollable_content_region.width - sum(_FIXED.values()) - padding - 1)
        column = self.columns["title"]  # type: ignore[index]
        if column.width != title_width:
            column.width = title_width
            self._require_update_dimensions = True
            self._clear_caches()
            self.refresh()

    # --- filling ---

    def show(self, rows: list[Row], today: date, keep_task: str | None = None) -> None:
        """Replace the rows; the cursor stays on `keep_task` when it is still shown."""
        self._shown_rows = rows
        self.clear()
        self.add_rows_keyed(rows, today)
        if keep_task is not None and f"task:{keep_task}" in self.rows:
            self.move_cursor(row=self.get_row_index(f"task:{keep_task}"), animate=False)
        else:
            self.move_cursor(row=self.first_task_index(), animate=False)
        self.post_message(self.TaskHighlighted(self.current_task_id))

    def add_rows_keyed(self, rows: list[Row], today: date) -> None:
        for row in rows:
            if isinstance(row, GroupRow):
                self.add_row(*self._group_cells(row), key=f"group:{row.category.id}")
            else:
                self.add_row(*self._task_cells(row.task, today), key=f"task:{row.task.id}")

    def update_task(self, task: Task, today: date) -> None:
        """Redraw one task in place (a tick), without rebuilding thousands of rows."""
        key = f"task:{task.id}"
        if key not in self.rows:
            return
        for column, cell in zip(("mark", "title", "owner", "due", "carried"), self._task_cells(task, today)):
            self.update_cell(key, column, cell)

    def update_group(self, row: GroupRow) -> None:
        key = f"group:{row.category.id}"
        if key in self.rows:
            for column, cell in zip(("mark", "title", "owner", "due", "carried"), self._group_cells(row)):
                self.update_cell(key, column, cell)

    def _group_cells(self, row: GroupRow) -> list[Text]:
        style = self.get_component_rich_style("task-table--group")
        label = Text(printable(row.category.label), style=style, no_wrap=True, overflow="ellipsis")
        progress = Text(f"{progress_bar(row.done, row.total)} {row.done}/{row.total}", style=style, no_wrap=True)
        return [Text(""), label, progress, Text(""), Text("")]

    def _task_cells(self, task: Task, today: date) -> list[Text]:
        quiet = self.get_component_rich_style("task-table--quiet") if task.status is not Status.OPEN else None
        done = self.get_component_rich_style("task-table--done") if task.status is Status.DONE else None
        title = Text(printable(task.title), style=done or quiet or "", no_wrap=True, overflow="ellipsis")
        owner = Text(printable(task.owner or ""), style=quiet or "", no_wrap=True, overflow="ellipsis")
        due = Text(f"{task.due:%d/%m}" if task.due else "", no_wrap=True)
        if task.is_overdue(today):
            due.stylize(self.get_component_rich_style("task-table--overdue"))
        carried = Text("", no_wrap=True)
        if task.times_carried:
            slipping = task.times_carried >= 3
            carried = Text(
                t("ui.carried_times", self.language, count=task.times_carried),
                style=self.get_component_rich_style("task-table--slipping" if slipping else "task-table--carried"),
                no_wrap=True,
            )
        return [Text(_MARKS[task.status], style=done or quiet or ""), title, owner, due, carried]

    # --- where the cursor is ---

    @property
    def current_task_id(self) -> str | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value or ""
        return key.removeprefix("task:") if key.startswith("task:") else None

    def first_task_index(self) -> int:
        return next((i for i, row in enumerate(self._shown_rows) if isinstance(row, TaskRow)), 0)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(self.TaskHighlighted(self.current_task_id))

    def action_first_row(self) -> None:
        self.move_cursor(row=0)

    def action_last_row(self) -> None:
        self.move_cursor(row=max(0, self.row_count - 1))

    def _group_indexes(self) -> list[int]:
        return [i for i, row in enumerate(self._shown_rows) if isinstance(row, GroupRow)]

    def action_next_group(self) -> None:
        later = [i for i in self._group_indexes() if i > self.cursor_row]
        self.move_cursor(row=later[0] if later else (self._group_indexes() or [0])[0])

    def action_previous_group(self) -> None:
        groups = self._group_indexes()
        # From inside a group, Shift+Tab goes to its own heading first, as people expect.
        earlier = [i for i in groups if i < self.cursor_row]
        self.move_cursor(row=earlier[-1] if earlier else (groups or [0])[-1])
