"""The keys that work right now, on one line, redrawn in the same frame as the change.

Textual's Footer rebuilds one widget per key over several frames whenever a key appears or
goes; in a meeting the cursor crosses done and open tasks all the time, so this is one Static.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from ..i18n import t


class KeyBar(Static):
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.keys_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def keys_changed(self, screen: Screen) -> None:
        self.refresh()  # worked out when drawn: once a frame, however often the keys change

    def render(self) -> Text:
        screen = self.screen
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        line = Text(no_wrap=True, overflow="ellipsis")
        shown: set[str] = set()
        keys = [active.binding for active in screen.active_bindings.values() if active.binding.show and active.enabled]
        # Help, quit and the palette first: on a narrow screen the line is cut at the end, never them
        # (every other key is in the palette and the help).
        keys.sort(key=lambda binding: binding.action not in ("help", "quit"))
        entries: list[tuple[str, str]] = []
        for binding in keys:
            if binding.action not in shown:
                shown.add(binding.action)
                entries.append((self.app.get_key_display(binding), binding.description))
        if self.app.ENABLE_COMMAND_PALETTE:
            first = sum(action in shown for action in ("help", "quit"))
            palette = self.app.get_key_display(Binding(self.app.COMMAND_PALETTE_BINDING, ""))
            entries.insert(first, (palette, t("key.palette_short", self.app.language)))  # type: ignore[attr-defined]
        for key, description in entries:
            line.append(f" {key} ", style=key_style)
            line.append(f"{description} ", style=description_style)
        return line
