"""The keys that work right now, on one line, redrawn in the same frame as the change.

Textual's Footer rebuilds one widget per key over several frames whenever a key appears or
goes; in a meeting the cursor crosses done and open tasks all the time, so this is one line,
drawn by the widget itself. Which keys are shown is worked out when the screen's keys change;
a cursor move that only changes their words ("Xong" -> "Mở lại") redraws the words alone (as a
Static, both were worked out, wrapped and formatted again, ~0.9 ms of a cursor move's frame).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

from ..i18n import t
from .plain_lines import PlainLines

Key = tuple[str, str, str]  # (the key as shown, its action, its description)


class KeyBar(PlainLines, Widget):
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._keys: list[Key] | None = None  # in the order shown; None: ask the screen again
        self._strip: tuple[int, Strip] | None = None  # (width, the line drawn for it)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.keys_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def keys_changed(self, screen: Screen) -> None:
        self._keys = None
        self.redraw()

    def redraw(self) -> None:
        """Their words changed: draw the line again in the next frame (once, however often asked)."""
        self._strip = None
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()  # a new theme: new colours
        self._strip = None

    def render(self) -> Text:
        """The line as text (what the tests read)."""
        line = Text(no_wrap=True, overflow="ellipsis")
        for key, words in self._fitting():
            line.append(f" {key} ", style=self.get_component_rich_style("key-bar--key"))
            line.append(f"{words} ", style=self.get_component_rich_style("key-bar--description"))
        return line

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y:
            return Strip.blank(width, self.rich_style)
        if self._strip is None or self._strip[0] != width:
            base = self.rich_style
            key_style = base + self.get_component_rich_style("key-bar--key")
            description_style = base + self.get_component_rich_style("key-bar--description")
            segments: list[Segment] = []
            for key, words in self._fitting():
                segments += [Segment(f" {key} ", key_style), Segment(f"{words} ", description_style)]
            self._strip = (width, Strip(segments).extend_cell_length(width, base).crop(0, width))
        return self._strip[1]

    def _fitting(self) -> list[tuple[str, str]]:
        """Whole keys only, as many as fit; help and the palette first, so what is left out is
        always one key away (both list every key)."""
        describe = getattr(self.screen, "key_label", None)  # the book screen's words for the task under the cursor
        room, used, fitting = self.size.width or 10_000, 0, []
        for key, action, description in self._shown_keys():
            words = describe(action, description) if describe else description
            used += cell_len(key) + cell_len(words) + 3
            if used > room:
                break
            fitting.append((key, words))
        return fitting

    def _shown_keys(self) -> list[Key]:
        if self._keys is None:
            app = self.app
            keys = [active.binding for active in self.screen.active_bindings.values() if active.binding.show and active.enabled]
            keys.sort(key=lambda binding: binding.action not in ("help", "quit"))
            shown: dict[str, Key] = {}
            for binding in keys:
                shown.setdefault(binding.action, (app.get_key_display(binding), binding.action, binding.description))
            self._keys = list(shown.values())
            if app.ENABLE_COMMAND_PALETTE:
                palette = (
                    app.get_key_display(Binding(app.COMMAND_PALETTE_BINDING, "")),
                    "",
                    t("key.palette_short", app.language),
                )  # type: ignore[attr-defined]
                self._keys.insert(min(len(self._keys), 2 if {"quit", "help"} <= shown.keys() else 1), palette)
        return self._keys
