"""The search box: the list narrows as you type; Enter goes back to it, Escape clears."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    BINDINGS = [Binding("escape", "clear_search", "key.clear_search")]

    class Cleared(Message):
        pass

    def action_clear_search(self) -> None:
        self.value = ""
        self.post_message(self.Cleared())
