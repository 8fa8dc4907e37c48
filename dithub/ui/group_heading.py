"""The presenter view's heading: the group's name, and its done/total in big figures."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Digits, Static

from ..text import printable

# Digits has no slash: one drawn over the figures' three lines.
_SLASH = "  ╱\n ╱ \n╱  "


class GroupHeading(Horizontal):
    def compose(self) -> ComposeResult:
        yield Static(id="wall-group-name", markup=False)
        with Horizontal(id="wall-count"):
            yield Digits(id="wall-done")
            yield Static(_SLASH, id="wall-slash", markup=False)
            yield Digits(id="wall-total")

    def show(self, name: str, done: int, total: int) -> None:
        self.query_one("#wall-group-name", Static).update(printable(name))
        self.query_one("#wall-done", Digits).update(str(done))
        self.query_one("#wall-total", Digits).update(str(total))
