"""The search box: the list narrows as you type; Enter goes back to it, Escape clears.

It tells the screen in its own words (`Searched`, `Finished`, `Cleared`), so the screen never has
to pick its events out of every Input's.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    BINDINGS = [Binding("escape", "clear_search", "key.clear_search")]

    class Searched(Message):
        """The text to look for changed."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Finished(Message):
        """Enter: back to the list, the search kept."""

    class Cleared(Message):
        """Escape: the search is dropped."""

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Searched(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Finished())

    def action_clear_search(self) -> None:
        self.post_message(self.Cleared())

    def put_away(self) -> None:
        """Hide and empty the box without telling anyone: the screen has already let go."""
        self.display = False
        with self.prevent(Input.Changed):
            self.value = ""
