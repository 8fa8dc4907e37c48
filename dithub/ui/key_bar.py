"""The keys that work right now, on one line, redrawn in the same frame as the change.

Textual's Footer rebuilds one widget per key over several frames whenever a key appears or
goes; in a meeting the cursor crosses done and open tasks all the time, so this is one Static.
"""

from __future__ import annotations

from rich.cells import cell_len
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
        """Whole keys only, as many as fit; help and the palette first, so what is left out is
        always one key away (both list every key)."""
        screen = self.screen
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        describe = getattr(screen, "key_label", None)  # the book screen's words for the task under the cursor
        items: list[tuple[str, str]] = []
        shown: set[str] = set()
        keys = [active.binding for active in screen.active_bindings.values() if active.binding.show and active.enabled]
        keys.sort(key=lambda binding: binding.action not in ("help", "quit"))
        for binding in keys:
            if binding.action in shown:
                continue
            shown.add(binding.action)
            words = describe(binding.action, binding.description) if describe else binding.description
            items.append((self.app.get_key_display(binding), words))
        if self.app.ENABLE_COMMAND_PALETTE:
            palette = (
                self.app.get_key_display(Binding(self.app.COMMAND_PALETTE_BINDING, "")),
                t("key.palette_short", self.app.language),
            )  # type: ignore[attr-defined]
            items.insert(min(len(items), 2 if "quit" in shown and "help" in shown else 1), palette)
        line = Text(no_wrap=True, overflow="ellipsis")
        room = self.size.width or 10_000
        for key, words in items:
            if line.cell_len + cell_len(key) + cell_len(words) + 3 > room:
                break
            line.append(f" {key} ", style=key_style)
            line.append(f"{words} ", style=description_style)
        return line
