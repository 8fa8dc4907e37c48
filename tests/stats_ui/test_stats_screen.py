"""The statistics screen: the default range, changing it by keys, an empty book, one month, chronic tasks."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from benchmarks.generate import make_book
from dithub.model import YearMonth
from dithub.stats import Counts
from dithub.ui.figure_table import FigureTable
from dithub.ui.month_chart import MonthChart, bar_cells
from dithub.ui.path_screen import PathScreen
from dithub.ui.stats_screen import StatsScreen

from .books import JUNE, write_book
from .conftest import SIZE, settle, text_of


def ym(text: str) -> YearMonth:
    year, month = text.split("-")
    return YearMonth(int(year), int(month))


def title(screen: StatsScreen) -> str:
    return text_of(screen.query_one("#stats-title", Static).content)


def table_rows(screen: StatsScreen, name: str) -> list[list[str]]:
    table = screen.query_one(f"#{name}", FigureTable)
    return [[str(cell) for cell in table.get_row_at(number)] for number in range(table.row_count)]


async def open_stats(pilot, language: str = "vi") -> StatsScreen:
    await settle(pilot)
    pilot.app.push_screen(StatsScreen(pilot.app.book, language))
    await settle(pilot)
    assert isinstance(pilot.app.screen, StatsScreen)
    return pilot.app.screen


async def test_the_half_year_counted_month_by_month_with_its_gaps(dashboard) -> None:
    async with dashboard().run_test(size=SIZE) as pilot:
        screen = await open_stats(pilot)
        assert "Thống kê từ 1/2020 đến 6/2020 (6 tháng)" in title(screen)  # a young book: not padded to 12
        figures = screen.figures
        assert figures is not None
        assert [(m.month.month, m.counts) for m in figures.months] == [
            (1, Counts(total=3, done=1, carried=1, dropped=1, open=0, on_time=1)),
            (2, Counts(total=3, done=1, carried=2, dropped=0, open=0, on_time=1)),
            (3, Counts(total=2, done=0, carried=1, dropped=0, open=1, on_time=0)),
            (6, Counts(total=2, done=1, carried=0, dropped=0, open=1, on_time=1)),
        ]
        chart = screen.query_one(MonthChart)
        gaps = {row.key: row.gap for row in chart.rows if row.counts is None}
        assert gaps == {YearMonth(2020, 4): "không có tệp", YearMonth(2020, 5): "tệp lỗi, không tính"}
        assert chart.current == YearMonth(2020, 6)  # starts on the latest month
        assert text_of(screen.query_one("#groups-title", Static).content).strip() == "Theo nhóm, 6/2020"
        assert table_rows(screen, "groups") == [
            ["Thanh tra, kiểm tra", "1", "1", "1", "0", "0", "0"],
            ["Báo chí, xuất bản, thông tin", "1", "0", "0", "0", "0", "1"],
        ]
        # The press room, carried three times by its file's count, is the one chronic task.
        assert [(c.id, c.times_carried) for c in figures.chronic] == [("phong-hop-bao-xu-dong", 3)]
        owners = table_rows(screen, "owners")
        assert owners[0][0] in ("Phòng Thông tin - Báo chí - Xuất bản", "Trung tâm CNTT&TT")  # two carries each
        assert ["(chưa giao đơn vị)", "1", "0", "0", "0", "0%"] in owners


async def test_moving_through_months_shows_the_groups_of_each(dashboard) -> None:
    async with dashboard().run_test(size=SIZE) as pilot:
        screen = await open_stats(pilot)
        for _ in range(5):
            await pilot.press("up")
        assert screen.query_one(MonthChart).current == YearMonth(2020, 1)
        assert ["Báo chí, xuất bản, thông tin", "1", "0", "0", "0", "1", "0"] in table_rows(screen, "groups")
        await pilot.press("end")  # the whole range
        assert screen.query_one(MonthChart).current is None
        assert "cả kỳ 1/2020–6/2020" in text_of(screen.query_one("#groups-title", Static).content)
        assert ["Chính quyền điện tử, CNTT", "3", "0", "0", "2", "0", "1"] in table_rows(screen, "groups")


async def test_the_range_changes_by_keys_and_stops_at_the_book_ends(dashboard) -> None:
    async with dashboard().run_test(size=SIZE) as pilot:
        screen = await open_stats(pilot)
        assert not screen.check_action("later", ()) and not screen.check_action("earlier", ())
        await pilot.press("minus")
        await settle(pilot)
        assert "từ 2/2020 đến 6/2020 (5 tháng)" in title(screen)
        assert [m.month.month for m in screen.figures.months] == [2, 3, 6]
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert "từ 1/2020 đến 5/2020 (5 tháng)" in title(screen)
        assert [m.month.month for m in screen.figures.months] == [1, 2, 3]
        assert screen.figures.broken == (YearMonth(2020, 5),) and screen.figures.chronic == ()
        await pilot.press("left_square_bracket")  # the book starts in January: nothing happens
        await settle(pilot)
        assert "từ 1/2020 đến 5/2020" in title(screen)
        await pilot.press("right_square_bracket", "plus")
        await settle(pilot)
        assert "từ 1/2020 đến 6/2020 (6 tháng)" in title(screen)
        for _ in range(5):
            await pilot.press("minus")
        await settle(pilot)
        assert "từ 6/2020 đến 6/2020 (1 tháng)" in title(screen) and not screen.check_action("shorter", ())


async def test_the_last_twelve_months_by_default_and_the_whole_book_on_a_key(tmp_path: Path, dashboard) -> None:
    folder = tmp_path / "hai-nam"
    make_book(folder, months=26, tasks_per_month=6, last_month="2021-02")
    async with dashboard(folder).run_test(size=SIZE) as pilot:
        screen = await open_stats(pilot)
        assert "từ 3/2020 đến 2/2021 (12 tháng)" in title(screen)
        assert [m.month for m in screen.figures.months][0] == YearMonth(2020, 3)
        assert sum(m.counts.total for m in screen.figures.months) == 12 * 6
        await pilot.press("a")
        await settle(pilot)
        assert "từ 1/2019 đến 2/2021 (26 tháng)" in title(screen) and len(screen.figures.months) == 26
        await pilot.press("a")
        await settle(pilot)
        assert "từ 3/2020 đến 2/2021 (12 tháng)" in title(screen)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert "từ 2/2020 đến 1/2021 (12 tháng)" in title(screen)


async def test_an_empty_book(tmp_path: Path, dashboard) -> None:
    folder = write_book(tmp_path / "so-moi", {})
    async with dashboard(folder).run_test(size=SIZE) as pilot:
        screen = await open_stats(pilot)
        assert "Sổ chưa có tháng nào" in text_of(screen.query_one("#stats-empty", Static).content)
        assert not screen.query(MonthChart)
        for action in ("earlier", "later", "shorter", "longer", "whole_book"):
            assert not screen.check_action(action, ())
        await pilot.press("left_square_bracket", "a", "minus")  # nothing to move: no error either
        await pilot.press("escape")
        assert not isinstance(pilot.app.screen, StatsScreen)


async def test_a_book_of_one_month(tmp_path: Path, dashboard) -> None:
    folder = write_book(tmp_path / "mot-thang", {"2020-06": JUNE})
    async with dashboard(folder).run_test(size=SIZE) as pilot:
        screen = await open_stats(pilot, language="en")
        assert "Figures from Jun 2020 to Jun 2020 (1 months)" in title(screen)
        chart = screen.query_one(MonthChart)
        assert [row.key for row in chart.rows] == [YearMonth(2020, 6)]  # no "All" row for a single month
        assert chart.current == YearMonth(2020, 6)
        for action in ("earlier", "later", "shorter", "longer", "whole_book"):
            assert not screen.check_action(action, ())
        assert (
            text_of(screen.query_one("#chronic-title", Static).content).strip()
            == "Carried 3 times or more: 1 tasks (Enter: path)"
        )


async def test_enter_on_a_chronic_task_opens_its_path(dashboard) -> None:
    async with dashboard().run_test(size=SIZE) as pilot:
        screen = await open_stats(pilot)
        screen.query_one("#chronic", FigureTable).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, PathScreen)
        assert pilot.app.screen.task_id == "phong-hop-bao-xu-dong"
        await pilot.press("escape")
        assert pilot.app.screen is screen


async def test_months_are_read_by_a_worker_that_reports_progress(tmp_path: Path, dashboard) -> None:
    folder = tmp_path / "ba-nam"
    make_book(folder, months=36, tasks_per_month=10, last_month="2021-12")
    seen: list[tuple[int, int]] = []

    class Watched(StatsScreen):
        def on_stats_screen_progress(self, message: StatsScreen.Progress) -> None:
            seen.append((message.done, message.total))
            super().on_stats_screen_progress(message)

    app = dashboard(folder)
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(Watched(app.book, "vi"))  # at once: the dashboard is still reading months too
        await settle(pilot)
        assert seen and seen[-1] == (36, 36) and all(done <= total for done, total in seen)
        assert app.screen.figures is not None and len(app.screen.figures.months) == 12


def test_a_bar_gives_every_part_with_tasks_a_cell_and_keeps_its_length() -> None:
    counts = Counts(total=40, done=30, carried=8, dropped=1, open=1, on_time=29)
    cells = dict(bar_cells(counts, 40, 30))
    assert sum(cells.values()) == 30 and all(cells[part] >= 1 for part in ("on_time", "done", "carried", "dropped", "open"))
    half = dict(bar_cells(Counts(total=20, done=20, on_time=20), 40, 30))
    assert half == {"on_time": 15}
    assert bar_cells(Counts(), 40, 30) == []
