"""The dashboard's keys for a task's path (h) and the statistics (s), in the footer, help and palette."""

from __future__ import annotations

from dithub.model import YearMonth
from dithub.ui.key_bar import KeyBar
from dithub.ui.path_screen import PathScreen
from dithub.ui.stats_screen import StatsScreen
from dithub.ui.task_table import TaskTable

from .conftest import SIZE, settle, text_of

MARCH, MAY = YearMonth(2020, 3), YearMonth(2020, 5)


def palette_titles(screen) -> list[str]:
    return [str(command.title) for command in screen.system_commands()]


async def test_h_opens_the_path_of_the_task_under_the_cursor(dashboard) -> None:
    app = dashboard(start=MARCH)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        table = screen.query_one(TaskTable)
        task_id = table.current_task_id
        assert task_id is not None and screen.check_action("task_path", ())
        # The key bar shows what fits; every key that works is in the palette (issue 9).
        assert any("Lộ trình" in title for title in palette_titles(screen))
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, PathScreen)
        assert (app.screen.key, app.screen.task_id) == (MARCH, task_id)
        assert app.screen.path is not None and app.screen.path.appearances[-1].month == MARCH
        await pilot.press("escape")
        assert app.screen is screen


async def test_h_is_hidden_where_no_task_is_selected(dashboard) -> None:
    app = dashboard(start=MAY)  # May's file is broken: no task to show the path of
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert not screen.check_action("task_path", ())
        assert "Lộ trình" not in text_of(screen.query_one(KeyBar).render(), width=300)
        assert "Lộ trình" not in palette_titles(screen) and "Thống kê" in palette_titles(screen)
        await pilot.press("h")
        await settle(pilot)
        assert app.screen is screen


async def test_s_opens_the_statistics_and_both_are_in_the_palette(dashboard) -> None:
    app = dashboard(start=MARCH)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        titles = palette_titles(screen)
        assert "Lộ trình" in titles and "Thống kê" in titles
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, StatsScreen) and app.screen.figures is not None
        assert len(app.screen.figures.months) == 4
        await pilot.press("escape")
        assert app.screen is screen
        # From the palette, the same command runs the same action.
        statistics = next(c for c in screen.system_commands() if str(c.title) == "Thống kê")
        await statistics.callback()  # what the palette calls: the screen's run_action
        await settle(pilot)
        assert isinstance(app.screen, StatsScreen)


async def test_the_help_lists_both_keys(dashboard) -> None:
    app = dashboard()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        from dithub.ui import keys

        listed = dict((description, key) for key, description in keys.key_help(app.screen))
        assert listed["Lộ trình"] == "h" and listed["Thống kê"] == "s"
