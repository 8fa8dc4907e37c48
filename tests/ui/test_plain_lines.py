"""The widgets that draw their own lines (ui/plain_lines.py) look exactly as Textual would draw them.

Every cell (character and style) of the task table, its scroll bar, the key bar and the details
is compared with what Textual's own path (its content and styles caches) makes of the same widget.
"""

from __future__ import annotations

from rich.style import Style
from textual.filter import Monochrome
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from dithub.ui.key_bar import KeyBar
from dithub.ui.plain_lines import PlainScrollBar
from dithub.ui.task_details import TaskDetails
from dithub.ui.task_table import TaskTable

from .conftest import dashboard


def seen(char: str, style: Style | None) -> tuple[str, Style | None]:
    """What a cell looks like: its style without mouse actions; a plain space shows its background only."""
    if style is None:
        return char, None
    if char == " " and not (style.underline or style.reverse or style.strike):
        return char, Style(bgcolor=style.bgcolor)
    return char, style.clear_meta_and_links()


def cells(strips: list[Strip]) -> list[list[tuple[str, Style | None]]]:
    """Each line as the cells it shows, one per character."""
    return [[seen(char, segment.style) for segment in strip for char in segment.text] for strip in strips]


def textual_lines(widget: Widget) -> list[Strip]:
    """The widget's lines as Textual draws them: through its styles cache, its content by `Widget.render_line`."""
    widget._styles_cache.clear()  # noqa: SLF001
    return widget._styles_cache.render(  # noqa: SLF001
        widget.styles,
        widget.region.size,
        *widget.background_colors,
        lambda y: Widget.render_line(widget, y),
        widget.get_line_filters(),
        None,
        None,
        content_size=widget.content_region.size,
        crop=Region(0, 0, widget.region.width, widget.region.height),
        ansi_theme=widget.app.ansi_theme,
    )


def whole(widget: Widget) -> Region:
    return Region(0, 0, widget.region.width, widget.region.height)


async def test_the_table_and_its_scroll_bar_as_textual_draws_them(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        table = screen.query_one(TaskTable)
        for _ in range(25):  # scrolled: the bar's thumb has moved
            await pilot.press("down")
        await pilot.pause()
        assert table.scroll_offset.y > 0
        bar = table.vertical_scrollbar
        assert isinstance(bar, PlainScrollBar) and bar.display
        assert cells(bar.render_lines(whole(bar))) == cells(textual_lines(bar))
        coloured = table.render_lines(whole(table))
        assert cells(coloured) == cells(Widget.render_lines(table, whole(table)))
        app._filters.append(Monochrome())  # noqa: SLF001 - as NO_COLOR does: filters apply to our lines too
        grey = table.render_lines(whole(table))
        assert cells(grey) == cells(Widget.render_lines(table, whole(table)))
        assert cells(grey) != cells(coloured)


async def test_the_key_bar_and_the_details_as_textual_draws_them(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        for _ in range(3):  # a task with its fields, and the key bar's words for it
            await pilot.press("down")
        await pilot.pause()
        keys = screen.query_one(KeyBar)
        assert "Xong" in keys.render().plain
        assert cells(keys.render_lines(whole(keys))) == cells(textual_lines(keys))
        details = screen.query_one(TaskDetails)
        assert "Chủ trì" in str(details.render())
        assert cells(details.render_lines(whole(details))) == cells(textual_lines(details))


async def test_styling_that_only_textual_draws_takes_textual_s_path(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        table = screen.query_one(TaskTable)
        assert table._plain()  # noqa: SLF001
        table.styles.padding = (0, 1)
        assert not table._plain()  # noqa: SLF001
        padded = table.render_lines(whole(table))
        assert all(strip.text.startswith(" ") for strip in padded)  # Textual's padding, not ours
