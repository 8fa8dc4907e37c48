"""How the task table shares out its width and lays a row on one or two lines (task_table.py draws them).

Columns share the width by what they hold: the owner and carried columns are as wide as their
longest text, within bounds (the owner gives way first on a narrow screen, and is whole at 200
columns); the title takes the rest. A title that does not fit wraps onto a second line, the last
cut with "…".
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from ..i18n import Language, t
from ..view import GroupRow, Row, TaskRow

COLUMNS = ("mark", "title", "owner", "due", "carried")
GAP = 2  # spaces between columns
MAX_LINES = 2
_MARK, _DUE = 3, 5
_OWNER_MIN = 10
_TITLE_MIN = 28
_TITLE_SHARE = 0.45  # the owner column grows to its longest owner while the title keeps this share

# One cell each (checked against rich for every code point): printable ASCII, Latin-1 to
# Latin Extended-B, the Vietnamese letters of Latin Extended Additional, common punctuation.
_NOT_ONE_CELL = re.compile(r"[^\x20-\x7e\xa0-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]")


def cells(text: str) -> int:
    """The cells `text` takes on screen; rich's count is exact but too slow for 10,000 titles
    (its own cache holds 4,096), so text of one-cell characters only is counted by length."""
    return len(text) if _NOT_ONE_CELL.search(text) is None else cell_len(text)


BAR = 10  # a group's progress bar, in cells


def progress_bar(done: int, total: int, width: int = BAR) -> str:
    filled = round(width * done / total) if total else 0
    return "█" * filled + "░" * (width - filled)


def column_titles(language: Language) -> list[Text]:
    """The table's first line: what each column holds (the mark column has no title)."""
    words = {"title": "field.title", "owner": "field.owner", "due": "field.due", "carried": "ui.column.carried"}
    return [Text(t(words[name], language) if name in words else "") for name in COLUMNS]


def column_widths(rows: list[Row], width: int, language: Language) -> list[int]:
    """Widths of COLUMNS for `rows` in `width` cells (gaps already taken off)."""
    tasks = [row.task for row in rows if isinstance(row, TaskRow)]
    longest_owner = max(map(cells, {task.owner for task in tasks if task.owner}), default=0)
    carried = [t("ui.carried_times", language, count=n) for n in {task.times_carried for task in tasks} if n]
    carried_width = max([cell_len(t("ui.column.carried", language)), *map(cell_len, carried)])
    groups = [row for row in rows if isinstance(row, GroupRow)]
    group_count = max((len(f"{row.done}/{row.total}") for row in groups), default=3) + 4  # a bar of at least 3
    fixed = _MARK + _DUE + carried_width
    title_keeps = max(_TITLE_MIN, int(width * _TITLE_SHARE))
    owner = max(_OWNER_MIN, group_count, min(longest_owner, width - fixed - title_keeps))
    title = max(12, width - fixed - owner)
    widths = {"mark": _MARK, "title": title, "owner": owner, "due": _DUE, "carried": carried_width}
    return [widths[name] for name in COLUMNS]


def row_height(title: str, hint: str | None, title_width: int) -> int:
    """1, or 2 when the title does not fit its column or a search says what it matched."""
    return MAX_LINES if hint or cells(title) > title_width else 1


def draw_row(cells: list[Text], widths: list[int], style: Style, height: int, console: Console, width: int) -> list[Strip]:
    """One row on `height` lines: the title wraps (the last line cut with "…"), the other
    columns stay on the first line."""
    title_at = COLUMNS.index("title")
    title_lines: list[Text] = [cells[title_at]]
    if height > 1:
        wrapped = cells[title_at].wrap(console, widths[title_at], overflow="fold")
        for part in wrapped:
            part.rstrip()
        title_lines = list(wrapped)[:height] or [Text("")]
        if len(wrapped) > height:  # the last line shows that more follows
            rest = Text(" ").join(wrapped[height - 1 :])
            rest.truncate(widths[title_at], overflow="ellipsis")
            title_lines[-1] = rest
    strips = []
    for number in range(height):
        line = Text(" ", no_wrap=True)
        for column, (cell, column_width) in enumerate(zip(cells, widths)):
            if column == title_at:
                cell = title_lines[number] if number < len(title_lines) else Text("")
            elif number:
                cell = Text("")
            cell = cell.copy()
            cell.rstrip()
            cell.truncate(column_width, overflow="ellipsis", pad=True)
            line.append_text(cell)
            line.append(" " * GAP)
        segments = list(line.render(console))
        strips.append(Strip(Segment.apply_style(segments, post_style=None, style=style)).extend_cell_length(width, style))
    return strips
