"""The floor: the least a Textual task table can cost (Header + 200-row DataTable + Footer).

Row 1 carries the marker title (argv[1]) so the measurer detects first paint exactly
as it does for dithub. Keys mirror dithub's: j/k or arrows move, space ticks, q quits.

Run:  python benchmarks/bare_app.py "BENCH-FIRST-PAINT ..."   (or a book folder: standard marker)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import CATEGORIES, MARKER_TITLE, OWNERS, make_title  # noqa: E402

ROWS = 200


class BareApp(App[None]):
    TITLE = "bare"
    BINDINGS = [
        Binding("j", "cursor(1)", "Xuống"),
        Binding("k", "cursor(-1)", "Lên"),
        Binding("space", "tick", "Xong/Mở"),
        Binding("q", "quit", "Thoát"),
    ]

    def __init__(self, marker: str) -> None:
        super().__init__()
        self.marker = marker

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "Nhiệm vụ", "Nhóm", "Phụ trách", "Hạn", "Trạng thái")
        rng = random.Random(0)  # same rows every run
        rows = [("1", self.marker, "inspection", OWNERS[0], "2024-12-01", "open")]
        for i in range(2, ROWS + 1):
            category = rng.choice(CATEGORIES)
            rows.append(
                (
                    str(i),
                    make_title(rng, category, 2024),
                    category,
                    rng.choice(OWNERS),
                    f"2024-12-{rng.randint(5, 31):02d}",
                    "open",
                )
            )
        table.add_rows(rows)
        table.focus()

    def action_cursor(self, step: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.cursor_row + step)

    def action_tick(self) -> None:
        # A cell update, like dithub's tick without the save.
        table = self.query_one(DataTable)
        row = table.cursor_row
        status = table.get_cell_at((row, 5))
        table.update_cell_at((row, 5), "done" if status == "open" else "open")


def marker_from_argv(argv: list[str]) -> str:
    """argv[1] is the marker title; a book folder (as `dithub BOOK` gets) means the standard marker."""
    if len(argv) < 2 or Path(argv[1]).is_dir():
        return MARKER_TITLE
    return argv[1]


if __name__ == "__main__":
    BareApp(marker_from_argv(sys.argv)).run()
