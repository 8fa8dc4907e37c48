"""A list of one-line rows with a cursor, drawn through the Line API: only the rows on screen are
rendered, however long the list (the roll-up's units, and search hits across every unit).

Each row is a `Line`: a key (what the screen acts on), cells cut or padded to their column, and
a style name. Lines drawn are kept until the rows change, so a cursor move redraws two lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .row_cursor import ROW_BINDINGS, RowCursor

_GAP = 2


@dataclass(frozen=True)
class Line:
    key: object  # what the row stands for: a unit, a search hit, a heading
    cells: tuple[Text, ...]  # fewer cells than columns: the last one spans the rest
    style: str = ""  # a component class of the list ("line-list--group"), or ""


class LineList(RowCursor, ScrollView, can_focus=True):
    """Columns are (title, width); width 0 is the one that takes what is left."""

    COMPONENT_CLASSES = {
        "line-list--header",
        "line-list--cursor",
        "line-list--group",
        "line-list--problem",
        "line-list--muted",
    }
    BINDINGS = ROW_BINDINGS

    cursor_row: reactive[int] = reactive(0, always_update=True, repaint=False)

    class Chosen(Message):
        """Enter on a row."""

        def __init__(self, key: object) -> None:
            super().__init__()
            self.key = key

    def __init__(self, columns: Sequence[tuple[str, int]], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.columns = list(columns)
        self.lines: list[Line] = []
        self._strips: dict[tuple[int, bool, bool], Strip] = {}

    # --- filling ---

    def show(self, lines: list[Line], keep: object = None) -> None:
        """Replace the rows; the cursor stays on the row whose key is `keep` when there is one."""
        old = self.lines[self.cursor_row].key if keep is None and self.lines else keep
        self.lines = lines
        self._strips.clear()
        self.virtual_size = Size(self.size.width, len(lines) + 1)
        index = next((i for i, line in enumerate(lines) if line.key == old), None) if old is not None else None
        self.cursor_row = min(index if index is not None else self.cursor_row, max(0, len(lines) - 1))
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.lines)

    @property
    def current(self) -> object:
        return self.lines[self.cursor_row].key if self.lines else None

    # --- drawing ---

    def _widths(self, count: int) -> list[int]:
        width = self.scrollable_content_region.width - 1 - _GAP * len(self.columns)
        fixed = sum(w for _, w in self.columns)
        widths = [w or max(12, width - fixed) for _, w in self.columns]
        if count < len(widths):  # the last cell spans the columns it stands for
            widths = widths[: count - 1] + [sum(widths[count - 1 :]) + _GAP * (len(widths) - count)]
        return widths

    def _line(self, cells: Sequence[Text], style: Style) -> Strip:
        line = Text(" ", no_wrap=True)
        for cell, width in zip(cells, self._widths(len(cells))):
            cell = cell.copy()
            cell.truncate(width, overflow="ellipsis", pad=True)
            line.append_text(cell)
            line.append(" " * _GAP)
        segments = Segment.apply_style(list(line.render(self.app.console)), post_style=None, style=style)
        return Strip(segments).extend_cell_length(self.size.width, style).crop(0, self.size.width)

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        if y == 0:
            titles = [Text(title) for title, _ in self.columns]
            return self._line(titles, base + self.get_component_rich_style("line-list--header"))
        index = self.scroll_offset.y + y - 1
        if index >= len(self.lines):
            return Strip.blank(self.size.width, base)
        state = (index, index == self.cursor_row, self.has_focus)
        strip = self._strips.get(state)
        if strip is None:
            line = self.lines[index]
            style = base + self.get_component_rich_style(line.style) if line.style else base
            if state[1]:
                style += self.get_component_rich_style("line-list--cursor") if state[2] else Style(underline=True)
            strip = self._strips[state] = self._line(line.cells, style)
        return strip

    def on_resize(self, event: events.Resize) -> None:
        self._strips.clear()
        self.virtual_size = Size(event.size.width, len(self.lines) + 1)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def on_focus(self) -> None:
        self.refresh_line(self.cursor_row + 1)

    def on_blur(self) -> None:
        self.refresh_line(self.cursor_row + 1)

    # --- the cursor ---

    def move_cursor(self, row: int) -> None:
        self.cursor_row = max(0, min(row, len(self.lines) - 1)) if self.lines else 0

    def watch_cursor_row(self, previous: int, row: int) -> None:
        self.refresh_line(previous + 1)  # virtual coordinates: ScrollView takes the scroll off
        self.refresh_line(row + 1)
        visible = self.scrollable_content_region.height - 1
        top = self.scroll_offset.y
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif visible > 0 and row >= top + visible:
            self.scroll_to(y=row - visible + 1, animate=False, immediate=True)

    def on_click(self, event: events.Click) -> None:
        if event.y >= 1:
            self.move_cursor(self.scroll_offset.y + event.y - 1)

    def key_enter(self, event: events.Key) -> None:
        if self.lines:
            event.stop()
            self.post_message(self.Chosen(self.current))

    def action_page_down_rows(self) -> None:
        self.move_cursor(self.cursor_row + max(1, self.scrollable_content_region.height - 2))

    def action_page_up_rows(self) -> None:
        self.move_cursor(self.cursor_row - max(1, self.scrollable_content_region.height - 2))
