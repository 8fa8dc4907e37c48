"""The month's tasks under their category headings.

A Line-API ScrollView, like Textual's own DataTable and toolong's log view: only the rows on
screen are rendered, and a tick redraws one row. (DataTable re-measures a whole column on every
cell update, which made a tick on a 2,000-task month take a second.)

A title that does not fit wraps onto a second line (`wrap` off: one line per task), so a row is
one or two lines: `_starts` holds each row's first line, found again by bisection. Columns share
the width by what they hold: the owner and carried columns are as wide as their longest text
(within bounds), the title takes the rest.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from itertools import accumulate

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..i18n import Language, t
from ..model import Status, Task
from ..text import printable
from ..view import GroupRow, Row, TaskRow
from .plain_lines import PlainScrolling
from .row_cursor import ROW_BINDINGS, RowCursor
from .table_layout import BAR, COLUMNS, GAP, column_titles, column_widths, draw_row, progress_bar, row_height

_MARKS = {Status.OPEN: "[ ]", Status.DONE: "[x]", Status.CARRIED: "[>]", Status.DROPPED: "[-]"}
_HEADER_LINES = 1  # the column titles stay at the top while rows scroll under them


def row_key(row: Row) -> str:
    return f"group:{row.category.id}" if isinstance(row, GroupRow) else f"task:{row.task.id}"


class TaskTable(RowCursor, PlainScrolling, ScrollView, can_focus=True):
    """Rows keyed "task:<id>" and "group:<category>"; the cursor is on whole rows."""

    COMPONENT_CLASSES = {
        "task-table--header",
        "task-table--cursor",
        "task-table--group",
        "task-table--done",
        "task-table--quiet",
        "task-table--overdue",
        "task-table--carried",
        "task-table--slipping",
        "task-table--hint",
    }
    BINDINGS = [
        *ROW_BINDINGS,
        Binding("tab", "next_group", "key.next_group", show=False),
        Binding("shift+tab", "previous_group", "key.previous_group", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True, repaint=False)

    class TaskHighlighted(Message):
        """The cursor moved: to a task (its id) or to a heading (None).

        Whoever handles it calls `show_cursor`, so the row and what goes with it (the details,
        the keys) are drawn in the same frame.
        """

        def __init__(self, task_id: str | None, previous: int, row: int) -> None:
            super().__init__()
            self.task_id = task_id
            self.previous = previous
            self.row = row

    def __init__(self, language: Language, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.language = language
        self._shown_rows: list[Row] = []
        self._task_at: dict[str, int] = {}  # task id -> its row
        self._group_at: dict[str, int] = {}  # category id -> its heading's row
        self._cells: dict[int, list[Text]] = {}  # cells of rows seen so far
        self._strips: dict[tuple[int, bool, bool], list[Strip]] = {}  # drawn rows: (row, cursor, focus)
        self._today = date.today()
        self._hints: dict[str, str] = {}  # task id -> why a search matched it (a field not shown)
        self._wrap = True
        self._column_widths: list[int] = []
        self._starts: list[int] = [0]  # first line of each row, then the line after the last
        self._base_style: Style | None = None
        self._header_strip: tuple[tuple[int, Style], Strip] | None = None  # (width, style) it was drawn for
        self._laid_out_width = -1
        self._frame: tuple[int, int] | None = None  # (width, scroll) while a frame is drawn

    @property
    def wrap(self) -> bool:
        return self._wrap

    @wrap.setter
    def wrap(self, on: bool) -> None:
        keep = self.current_task_id
        self._wrap = on
        self._lay_out()
        if keep is not None:
            self.move_cursor(self._task_at[keep])
            self.show_cursor(self.cursor_row, self.cursor_row)
        self.refresh()

    # --- filling ---

    def show(self, rows: list[Row], today: date, keep_task: str | None = None, hints: dict[str, str] | None = None) -> None:
        """Replace the rows; the cursor stays on `keep_task` when it is still shown.

        `hints`: for tasks a search found by a field the table does not show, that field's text.
        """
        self._shown_rows = rows
        self._task_at = {row.task.id: i for i, row in enumerate(rows) if isinstance(row, TaskRow)}
        self._group_at = {row.category.id: i for i, row in enumerate(rows) if isinstance(row, GroupRow)}
        self._hints = hints or {}
        self._today = today
        self._lay_out()
        keep = self._task_at.get(keep_task) if keep_task is not None else None
        self.move_cursor(row=keep if keep is not None else self.first_task_index())
        self.refresh()

    def update_task(self, task: Task) -> Task | None:
        """Redraw one task in place (a tick), without touching the other rows; the task it was."""
        index = self._task_at.get(task.id)
        if index is None:
            return None
        row = self._shown_rows[index]
        assert isinstance(row, TaskRow)
        self._shown_rows[index] = TaskRow(task, row.category)
        self._redraw_row(index)
        return row.task

    def group_of(self, category_id: str) -> GroupRow | None:
        index = self._group_at.get(category_id)
        row = self._shown_rows[index] if index is not None else None
        return row if isinstance(row, GroupRow) else None

    def update_group(self, group: GroupRow) -> None:
        index = self._group_at.get(group.category.id)
        if index is not None:
            self._shown_rows[index] = group
            self._redraw_row(index)

    def _redraw_row(self, index: int) -> None:
        self._cells.pop(index, None)
        for state in ((False, False), (True, False), (True, True), (False, True)):
            self._strips.pop((index, *state), None)
        self._refresh_row(index)

    def _refresh_row(self, index: int) -> None:
        if 0 <= index < len(self._shown_rows):  # refresh_lines takes lines of the whole view, not the screen's
            self.refresh_lines(self._starts[index] + _HEADER_LINES, self._starts[index + 1] - self._starts[index])

    # --- layout: column widths and how many lines each row takes ---

    def _lay_out(self) -> None:
        self._cells.clear()
        self._strips.clear()
        self._header_strip = None  # its columns may move
        if not self.size.width:  # not placed on screen yet: laid out when first drawn (render_lines)
            self._laid_out_width = -1
            self._column_widths = []
            self._starts = list(range(len(self._shown_rows) + 1))
            # At least a line a row: enough to know whether there will be a scroll bar.
            self.virtual_size = Size(0, self._starts[-1] + _HEADER_LINES)
            return
        self._laid_out_width = self.scrollable_content_region.width
        self._column_widths = self._measure()
        title_width = self._column_widths[COLUMNS.index("title")]
        heights = [self._height(row, title_width) for row in self._shown_rows]
        self._starts = [0, *accumulate(heights)]
        self.virtual_size = Size(self.size.width, self._starts[-1] + _HEADER_LINES)

    def _height(self, row: Row, title_width: int) -> int:
        if not self._wrap or isinstance(row, GroupRow):
            return 1
        return row_height(row.task.title, self._hints.get(row.task.id), title_width)

    def _measure(self) -> list[int]:
        # A space before the first column and a gap between columns; none after the last.
        width = max(0, self.scrollable_content_region.width) - 1 - GAP * (len(COLUMNS) - 1)
        return column_widths(self._shown_rows, width, self.language)

    # --- reading it back (the screen and the tests) ---

    @property
    def row_count(self) -> int:
        return len(self._shown_rows)

    @property
    def row_keys(self) -> list[str]:
        return [row_key(row) for row in self._shown_rows]

    def get_row_index(self, key: str) -> int:
        """The row of "task:<id>" or "group:<category>" (KeyError: not shown)."""
        kind, _, name = key.partition(":")
        return {"task": self._task_at, "group": self._group_at}[kind][name]

    def get_cell(self, key: str, column: str) -> Text:
        return self._cells_of(self.get_row_index(key))[COLUMNS.index(column)]

    @property
    def current_task_id(self) -> str | None:
        if not self._shown_rows:
            return None
        row = self._shown_rows[self.cursor_row]
        return row.task.id if isinstance(row, TaskRow) else None

    def first_task_index(self) -> int:
        return next((i for i, row in enumerate(self._shown_rows) if isinstance(row, TaskRow)), 0)

    def neighbour_task(self, task_id: str) -> str | None:
        """The task shown after this one, else the one before: where the cursor goes after a delete."""
        index = self._task_at.get(task_id)
        if index is None:
            return None
        after = (row for row in self._shown_rows[index + 1 :] if isinstance(row, TaskRow))
        before = (row for row in reversed(self._shown_rows[:index]) if isinstance(row, TaskRow))
        row = next(after, None) or next(before, None)
        return row.task.id if row is not None else None

    def row_lines(self, key: str) -> int:
        """How many lines a row takes (1, or 2 for a wrapped title)."""
        index = self.get_row_index(key)
        return self._starts[index + 1] - self._starts[index]

    def row_at_line(self, line: int) -> int:
        """The row drawn on line `line` of the rows (0 is the first row's first line)."""
        return max(0, bisect_right(self._starts, line) - 1)

    # --- drawing ---

    def _widths(self) -> list[int]:
        return self._column_widths or self._measure()

    def _cells_of(self, index: int) -> list[Text]:
        cells = self._cells.get(index)
        if cells is None:
            row = self._shown_rows[index]
            cells = self._group_cells(row) if isinstance(row, GroupRow) else self._task_cells(row.task)
            self._cells[index] = cells
        return cells

    def _group_cells(self, row: GroupRow) -> list[Text]:
        style = self.get_component_rich_style("task-table--group")
        count = f"{row.done}/{row.total}"
        bar = progress_bar(row.done, row.total, max(3, min(BAR, self._widths()[COLUMNS.index("owner")] - len(count) - 1)))
        return [
            Text(""),
            Text(printable(row.category.label), style=style),
            Text(f"{bar} {count}", style=style),
            Text(""),
            Text(""),
        ]

    def _task_cells(self, task: Task) -> list[Text]:
        quiet = self.get_component_rich_style("task-table--quiet") if task.status is not Status.OPEN else None
        done = self.get_component_rich_style("task-table--done") if task.status is Status.DONE else None
        due = Text(f"{task.due:%d/%m}" if task.due else "")
        if task.is_overdue(self._today):
            due.stylize(self.get_component_rich_style("task-table--overdue"))
        carried = Text("")
        if task.times_carried:
            name = "task-table--slipping" if task.times_carried >= 3 else "task-table--carried"
            carried = Text(
                t("ui.carried_times", self.language, count=task.times_carried), style=self.get_component_rich_style(name)
            )
        title = Text(printable(task.title), style=done or quiet or "")
        hint = self._hints.get(task.id)
        if hint:  # found by a field not shown (or cut): say which, with the words that matched
            style = self.get_component_rich_style("task-table--hint")
            if self._wrap:  # the title on the first line, what matched on the second
                title.truncate(self._widths()[COLUMNS.index("title")], overflow="ellipsis")
                title.append("\n")
                title.append(printable(hint), style=style)
            else:
                title.append(f" · {printable(hint)}", style=style)
        return [
            Text(_MARKS[task.status], style=done or quiet or ""),
            title,
            Text(printable(task.owner or ""), style=quiet or ""),
            due,
            carried,
        ]

    def _lines(self, cells: list[Text], style: Style, height: int) -> list[Strip]:
        """Cells cut or padded to their column, so long Vietnamese titles never shift a column."""
        return draw_row(cells, self._widths(), style, height, self.app.console, self.size.width)

    def render_lines(self, crop: Region) -> list[Strip]:
        # One walk up the DOM for the background and one look at the scroll per frame, not one
        # per line (it was a third of a scrolled frame).
        self._base_style = self.rich_style
        if self.scrollable_content_region.width != self._laid_out_width:  # first drawn, or resized
            self._lay_out()
        self._frame = (self.size.width, self.scroll_offset.y)
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        base = self._base_style or self.rich_style
        width, top = self._frame or (self.size.width, self.scroll_offset.y)
        if y < _HEADER_LINES:
            header = base + self.get_component_rich_style("task-table--header")
            if self._header_strip is None or self._header_strip[0] != (width, header):  # the same every frame
                self._header_strip = ((width, header), self._lines(column_titles(self.language), header, 1)[0].crop(0, width))
            return self._header_strip[1]
        line = top + y - _HEADER_LINES
        if line >= self._starts[-1]:
            return Strip.blank(width, base)
        index = self.row_at_line(line)
        on_cursor = index == self.cursor_row
        state = (index, on_cursor, on_cursor and self.has_focus)  # away from the cursor focus changes nothing
        strips = self._strips.get(state)
        if strips is None:
            style = base + self.get_component_rich_style("task-table--cursor") if state[1] and state[2] else base
            if state[1] and not state[2]:
                style = base + Style(underline=True)
            height = self._starts[index + 1] - self._starts[index]
            strips = self._strips[state] = [strip.crop(0, width) for strip in self._lines(self._cells_of(index), style, height)]
        return strips[min(line - self._starts[index], len(strips) - 1)]

    def on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._laid_out_width:  # taller or shorter: rows stay as laid out
            self._lay_out()

    def notify_style_update(self) -> None:
        super().notify_style_update()  # a new theme: colours of every cached line are stale
        self._cells.clear()
        self._strips.clear()
        self._header_strip = None

    def on_focus(self) -> None:
        self._refresh_row(self.cursor_row)

    def on_blur(self) -> None:
        self._refresh_row(self.cursor_row)

    # --- the cursor ---

    def move_cursor(self, row: int, animate: bool = False) -> None:
        if not self._shown_rows:
            self.cursor_row = 0
            return
        self.cursor_row = max(0, min(row, len(self._shown_rows) - 1))

    def watch_cursor_row(self, previous: int, row: int) -> None:
        self.post_message(self.TaskHighlighted(self.current_task_id, previous, row))

    def show_cursor(self, previous: int, row: int) -> None:
        """Draw the cursor where it now is, scrolling its whole row into view."""
        self._refresh_row(previous)
        self._refresh_row(row)
        if not self._shown_rows:
            return
        visible = self.scrollable_content_region.height - _HEADER_LINES
        top, first, last = self.scroll_offset.y, self._starts[row], self._starts[row + 1] - 1
        if first < top:
            self.scroll_to(y=first, animate=False, immediate=True)
        elif visible > 0 and last >= top + visible:
            self.scroll_to(y=last - visible + 1, animate=False, immediate=True)

    def on_click(self, event: events.Click) -> None:
        if event.y >= _HEADER_LINES:
            line = self.scroll_offset.y + event.y - _HEADER_LINES
            if line < self._starts[-1]:
                self.move_cursor(self.row_at_line(line))

    def action_page_down_rows(self) -> None:
        self.move_cursor(self._row_a_page_away(+1))

    def action_page_up_rows(self) -> None:
        self.move_cursor(self._row_a_page_away(-1))

    def _row_a_page_away(self, step: int) -> int:
        if not self._shown_rows:
            return 0
        page = max(1, self.scrollable_content_region.height - _HEADER_LINES - 1)
        line = self._starts[self.cursor_row] + step * page
        return self.row_at_line(max(0, min(line, self._starts[-1] - 1)))

    def _group_indexes(self) -> list[int]:
        return [i for i, row in enumerate(self._shown_rows) if isinstance(row, GroupRow)]

    def action_next_group(self) -> None:
        groups = self._group_indexes()
        later = [i for i in groups if i > self.cursor_row]
        self.move_cursor(later[0] if later else (groups or [0])[0])

    def action_previous_group(self) -> None:
        groups = self._group_indexes()
        # From inside a group, Shift+Tab goes to its own heading first, as people expect.
        earlier = [i for i in groups if i < self.cursor_row]
        self.move_cursor(earlier[-1] if earlier else (groups or [0])[-1])
