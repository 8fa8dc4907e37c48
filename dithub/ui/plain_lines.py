"""Lines handed to the compositor as the widget drew them, when there is no styling to add.

Textual passes every line of every widget through its styles cache, which pads, borders,
tints and fades it. A Line-API widget with none of these (the task table, the key bar) already
draws its lines whole, in its own background, and keeps them; passing each one through again
was most of a scrolled frame (30 lines, ~35 µs each). With a border, padding, outline, tint or
opacity (a theme, a dialog's fade) Textual's own path is taken, so nothing looks different.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.geometry import Region
from textual.scrollbar import ScrollBar
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.widget import Widget

    _Widget = Widget
else:
    # Not a Widget at run time: Textual takes a widget's default CSS from its first widget base
    # only, and a ScrollView's (overflow: auto, its scroll bar) must stay that base.
    _Widget = object


class PlainLines(_Widget):
    """Mix in before the widget class: `render_lines` skips the styles cache when it can."""

    def render_lines(self, crop: Region) -> list[Strip]:
        if not self._plain():
            return super().render_lines(crop)
        strips = [self.render_line(y) for y in crop.line_range]
        filters = self.get_line_filters()  # e.g. the theme's ANSI colours as true colour
        if filters:
            _, background = self.background_colors
            for line_filter in filters:
                strips = [strip.apply_filter(line_filter, background) for strip in strips]
        start, end = crop.column_span
        if start or end < self.size.width:  # the lines are as wide as the content (no scroll bar)
            strips = [strip.crop(start, end) for strip in strips]
        return strips

    def _plain(self) -> bool:
        styles = self.styles
        return (
            not any(styles.padding)
            and not any(edge for edge, _ in styles.border)
            and not any(edge for edge, _ in styles.outline)
            and not styles.tint.a
            and self.opacity == 1.0
            and styles.text_opacity == 1.0
            and self._border_title is None
            and self._border_subtitle is None
            and (not styles.has_rule("hatch") or styles.hatch == "none")
        )


class PlainScrollBar(PlainLines, ScrollBar):
    """A scroll bar drawn by rich straight into lines, and again only when it has moved.

    The task table scrolls under a still cursor-less bar most frames; Textual's bar went
    through its content and styles caches again on every scroll (~1 ms of a 30-line frame).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._drawn: tuple[tuple[object, ...], list[Strip]] | None = None  # (what it showed, its lines)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn = None

    def render_line(self, y: int) -> Strip:
        width, height = self.size
        shown = (width, height, self.position, self.window_size, self.window_virtual_size, self.grabbed, self.mouse_over)
        if self._drawn is None or self._drawn[0] != shown:
            console = self.app.console
            lines = console.render_lines(self.render(), console.options.update_dimensions(width, height), style=self.rich_style)
            self._drawn = (shown, [Strip(line, width) for line in lines])
        lines = self._drawn[1]
        return lines[y] if y < len(lines) else Strip.blank(width, self.rich_style)


class PlainScrolling(PlainLines):
    """PlainLines for a scrolling widget: its vertical scroll bar is a PlainScrollBar."""

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        # Textual's own property, with our bar (Textual 8 makes the bar on first use, here).
        if self._vertical_scrollbar is None:
            bar = PlainScrollBar(vertical=True, name="vertical", thickness=self.scrollbar_size_vertical)
            bar.display = False
            self._vertical_scrollbar = bar
            self.app._start_widget(self, bar)  # noqa: SLF001
        return self._vertical_scrollbar
