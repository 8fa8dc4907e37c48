"""The book screen's keys: what they are, when each works, the help list and the command palette.

One place, so the footer, the help and the palette cannot disagree about a key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.binding import Binding

from ..i18n import month_label, t
from ..model import Status
from .task_table import TaskTable

if TYPE_CHECKING:
    from .book_screen import BookScreen

BINDINGS = [
    Binding("space,x", "tick", "key.tick"),
    Binding("c", "carry", "key.carry"),
    Binding("C", "carry_all", "key.carry_all"),
    Binding("left_square_bracket", "previous_month", "key.previous_month"),
    Binding("right_square_bracket", "next_month", "key.next_month"),
    Binding("slash", "search", "key.search"),
    Binding("escape", "clear_search", "key.clear_search", show=False),
    Binding("f", "cycle_filter", "key.filter"),
    Binding("a", "add", "key.add"),
    Binding("e", "edit", "key.edit", show=False),
    Binding("d", "delete", "key.delete", show=False),
    Binding("h", "task_path", "key.stats_ui.path"),
    Binding("s", "statistics", "key.stats_ui.statistics"),
    Binding("u", "undo", "key.undo"),
    Binding("ctrl+r", "redo", "key.redo", show=False),
    Binding("S", "git_sync", "key.git_sync"),
    Binding("g", "git_resolve", "key.git_resolve"),  # shown only in a month git left conflicted
    Binding("i", "import_tasks", "key.import_tasks", show=False),
    Binding("t", "write_notice", "key.write_notice", show=False),
    Binding("n", "note", "key.note"),
    Binding("b", "drop", "key.drop"),
    Binding("M", "new_month", "key.new_month", show=False),
    Binding("w", "toggle_wrap", "key.wrap", show=False),
    Binding("question_mark", "help", "key.help"),
    Binding("q", "quit", "key.quit"),
    # The wall (presenter_screen.py, wall_themes.py): in the help and the palette; the footer is full.
    Binding("p", "presenter", "key.wall.presenter", show=False),
    Binding("T", "wall_theme", "key.wall.theme", show=False),
]

# Actions that change a task, and so need one under the cursor in a month that opened.
TASK_ACTIONS = {"tick", "carry", "edit", "delete", "note", "drop"}
_CHANGES = {*TASK_ACTIONS, "carry_all", "add"}

# What a key says it will do when that depends on the task under the cursor (status -> words).
_LABELS: dict[str, dict[Status, str]] = {
    "tick": {Status.DONE: "key.reopen"},
    "drop": {Status.DROPPED: "key.take_up"},
}


def allowed(screen: BookScreen, action: str) -> bool:
    """Whether a key does something now (else the footer hides it and pressing it does nothing)."""
    if not screen.is_mounted:  # asked while the screen is being put together
        return action in ("quit", "help")
    book, key, month = screen.book, screen.current, screen.month
    if action in _CHANGES and key is not None and book.read_only(key):
        return False
    if action in TASK_ACTIONS:
        return screen.selected_task() is not None  # tick and carry on a carried task explain why not
    checks: dict[str, Callable[[], bool]] = {
        "carry_all": lambda: month is not None and month.has_open_tasks,
        "add": lambda: month is not None,
        "undo": lambda: bool(book.history),
        "redo": lambda: bool(book.future),
        "previous_month": lambda: screen.neighbour(-1) is not None,
        "next_month": lambda: screen.neighbour(+1) is not None,
        "clear_search": lambda: bool(screen.search_text),
        "task_path": lambda: screen.selected_task() is not None,
        "write_notice": lambda: month is not None,
    }
    if action in ("git_sync", "git_resolve"):
        return screen.git_allowed(action)
    check = checks.get(action)
    return check() if check is not None else True


def label(screen: BookScreen, action: str, description: str) -> str:
    """The key's words for the task under the cursor: on a done task Space reopens it."""
    words = _LABELS.get(action)
    task = screen.selected_task() if words else None
    code = words.get(task.status) if words and task is not None else None
    return t(code, screen.language) if code else description


def key_help(screen: BookScreen) -> list[tuple[str, str]]:
    """(keys, what they do) for every key we declare, from the bindings themselves."""
    lang, app = screen.language, screen.app
    result: dict[str, list[str]] = {t("key.move", lang): ["↑ ↓"]}
    for binding in Binding.make_bindings([*TaskTable.BINDINGS, *BINDINGS]):
        result.setdefault(t(binding.description, lang), []).append(app.get_key_display(binding))
    result[t("key.palette", lang)] = [app.get_key_display(Binding("ctrl+p", ""))]
    return [(", ".join(dict.fromkeys(keys)), description) for description, keys in result.items()]


def palette(screen: BookScreen) -> Iterable[SystemCommand]:
    """The keys that work now, then every month to go to (found by typing, not listed)."""
    lang = screen.language
    seen: set[str] = set()
    for _, binding in screen._bindings:  # noqa: SLF001 - the translated copy (see bindings.py)
        # Every key that works now, also those the key bar has no room for.
        if binding.action not in seen and binding.action != "clear_search" and allowed(screen, binding.action):
            seen.add(binding.action)
            yield SystemCommand(
                label(screen, binding.action, binding.description),
                t("ui.palette_key", lang, key=screen.app.get_key_display(binding)),
                lambda action=binding.action: screen.run_action(action),
            )
    for key in reversed(screen.book.keys):
        name = month_label(key, lang)
        yield SystemCommand(
            t("ui.go_to_month", lang, month=name), f"{key}.toml", lambda key=key: screen.go_to(key), discover=False
        )
