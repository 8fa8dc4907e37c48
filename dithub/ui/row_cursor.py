"""The keys that move a whole-row cursor, shared by the line-by-line lists (TaskTable, LineList).

Each list says how far a page is; moving, clamping and drawing the cursor are its own
(`move_cursor`, `row_count`).
"""

from __future__ import annotations

from textual.binding import Binding

ROW_BINDINGS = [
    Binding("down,j", "cursor_down", "key.down", show=False),
    Binding("up,k", "cursor_up", "key.up", show=False),
    Binding("home", "first_row", "key.first", show=False),
    Binding("end", "last_row", "key.last", show=False),
    Binding("pagedown", "page_down_rows", "key.page_down", show=False),
    Binding("pageup", "page_up_rows", "key.page_up", show=False),
]


class RowCursor:
    """↑ ↓ Home End for a list with `cursor_row`, `row_count` and `move_cursor(row)`."""

    cursor_row: int

    @property
    def row_count(self) -> int:
        raise NotImplementedError

    def move_cursor(self, row: int) -> None:
        raise NotImplementedError

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_first_row(self) -> None:
        self.move_cursor(0)

    def action_last_row(self) -> None:
        self.move_cursor(self.row_count - 1)
