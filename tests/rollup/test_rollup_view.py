"""The roll-up screen through Textual's Pilot: a folder and a dithub-rollup.toml of books, a
missing book, a broken month, a unit with no month M, opening a unit and coming back, the month
changing for every unit, and search across units."""

from __future__ import annotations

from pathlib import Path

import pytest

from dithub.model import YearMonth
from dithub.rollup import Rollup, Unit
from dithub.rollup_figures import State
from tests.dashboard_pilot import MEETING_DAY, SIZE, settle

pytest.importorskip("textual")

JUNE, MAY = YearMonth(2020, 6), YearMonth(2020, 5)


def _app(path: Path, language: str = "vi"):  # noqa: ANN202 - RollupApp, imported lazily
    from dithub.ui.rollup_app import RollupApp

    rollup = Rollup.open(path)
    for unit in rollup.units:
        if unit.book is not None:
            unit.book.today = lambda: MEETING_DAY
    app = RollupApp(rollup, language, today=lambda: MEETING_DAY)  # type: ignore[arg-type]
    return app


def _screen(app):  # noqa: ANN001, ANN202
    from dithub.ui.rollup_screen import RollupScreen

    return next(s for s in app.screen_stack if isinstance(s, RollupScreen))


def _rows(screen) -> dict[str, str]:  # noqa: ANN001
    """Unit name -> the rest of its row, as shown."""
    return {line.cells[0].plain: " | ".join(c.plain for c in line.cells[1:]) for line in screen.table.lines}


def _progress(screen) -> str:  # noqa: ANN001
    return str(screen.query_one("#rollup-progress").render())


async def test_folder_rollup_shows_every_unit_sorted_by_attention(province: Path) -> None:
    app = _app(province)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = _screen(app)
        rows = _rows(screen)
        names = list(rows)
        # The broken month first (nobody knows how that unit stands), then by overdue, the total last.
        assert names[0] == "Phòng Văn hóa và Thông tin huyện Nam Sách"
        assert "tệp tháng đang lỗi" in rows[names[0]] and "2020-06.toml" in rows[names[0]]
        assert names[-1] == "Tổng cộng"
        kinh_mon = rows["Phòng Văn hóa và Thông tin thị xã Kinh Môn"]
        assert "1/3" in kinh_mon and "03/06/2020" in kinh_mon  # done/total and the meeting date
        cells = kinh_mon.split(" | ")
        assert [c.strip() for c in cells[1:4]] == ["2", "1", "1"]  # carried, carried 3+, overdue (due 15/06)
        assert "Tháng 6/2020" in str(screen.query_one("#rollup-header").render())
        assert "Đã đọc 6 tháng của 3 đơn vị" in _progress(screen)


async def test_listing_with_a_missing_book_and_absolute_path(province: Path, tmp_path: Path) -> None:
    listing = tmp_path / "tong-hop" / "dithub-rollup.toml"
    listing.parent.mkdir()
    listing.write_text(
        'name = "Giao ban các sở, ngành"\n'
        f'[[units]]\nname = "Sở TT&TT"\nfolder = "{(province / "so-tttt").as_posix()}"\n'
        '[[units]]\nname = "Thị xã Kinh Môn"\nfolder = "../tinh-hai-duong/kinh-mon"\n'
        '[[units]]\nname = "Huyện Thanh Hà"\nfolder = "../tinh-hai-duong/thanh-ha"\n',
        encoding="utf-8",
    )
    app = _app(listing, "en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = _screen(app)
        rows = _rows(screen)
        assert list(rows)[0] == "Huyện Thanh Hà"
        assert "the book cannot be opened" in rows["Huyện Thanh Hà"] and "thanh-ha" in rows["Huyện Thanh Hà"]
        assert "/" in rows["Sở TT&TT"] and "Giao ban các sở, ngành" in str(screen.query_one("#rollup-header").render())
        # Enter on the missing book says why instead of opening anything.
        screen.table.move_cursor(0)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen


async def test_month_change_for_every_unit_and_no_such_month(province: Path) -> None:
    (province / "so-tttt" / "2020-05.toml").unlink()  # the department has no May
    app = _app(province)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = _screen(app)
        assert screen.current == JUNE
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert screen.current == MAY
        rows = _rows(screen)
        department = next(name for name in rows if "Thông tin" in name and "Sở" in name)
        assert "chưa có tháng này" in rows[department]
        assert "1/1" in rows["Phòng Văn hóa và Thông tin huyện Nam Sách"]  # May opens: done on 28/05
        assert list(rows)[-2] == department  # nothing to review yet: after those counted
        await pilot.press("left_square_bracket")  # no earlier month: nothing happens
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert screen.current == JUNE


async def test_open_a_unit_tick_and_come_back(province: Path) -> None:
    from dithub.ui.book_screen import BookScreen

    app = _app(province)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = _screen(app)
        name = "Phòng Văn hóa và Thông tin thị xã Kinh Môn"
        screen.table.move_cursor(next(i for i, line in enumerate(screen.table.lines) if line.cells[0].plain == name))
        await pilot.press("enter")
        await settle(pilot)
        book_screen = app.screen
        assert isinstance(book_screen, BookScreen) and book_screen.current == JUNE
        assert book_screen.book.folder == province / "kinh-mon"
        book_screen.table.move_cursor(book_screen.table.get_row_index("task:tuyen-truyen-dai-hoi"))
        await pilot.press("space")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        assert "2/3" in _rows(screen)[name]  # the tick is counted on return
        assert (
            'status = "done"'
            in (province / "kinh-mon" / "2020-06.toml").read_text(encoding="utf-8").split('id = "tuyen-truyen-dai-hoi"')[1]
        )


async def test_search_across_units_opens_the_unit_at_the_task(province: Path) -> None:
    from dithub.ui.book_screen import BookScreen

    app = _app(province)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = _screen(app)
        await pilot.press("slash")
        for key in "truyen thanh":  # without diacritics: "truyền thanh"
            await pilot.press("space" if key == " " else key)
        await settle(pilot)
        lines = screen.hits.lines
        headings = [line.key for line in lines if isinstance(line.key, Unit)]
        assert "Phòng Văn hóa và Thông tin thị xã Kinh Môn" in [unit.name for unit in headings]
        assert headings == [u for u in screen.rollup.units if u in headings]  # grouped, in the roll-up's order
        hits = [line.key for line in lines if isinstance(line.key, tuple)]
        text = {id(h): _folded(" ".join(filter(None, (h.task.title, h.task.owner, h.task.note, *h.task.refs)))) for _, h in hits}
        assert hits and all("truyen" in text[id(h)] and "thanh" in text[id(h)] for _, h in hits)
        # Nam Sách's only readable month has no such task: no heading for it.
        assert "Phòng Văn hóa và Thông tin huyện Nam Sách" not in [unit.name for unit in headings]
        kinh_mon = [hit for hit in hits if hit[0].folder.name == "kinh-mon"]
        assert {hit[1].key for hit in kinh_mon} == {JUNE, MAY}  # every month, newest first
        assert "nhiệm vụ khớp" in _progress(screen)
        await pilot.press("enter")  # back to the list of hits
        target = next(i for i, line in enumerate(lines) if line.key is kinh_mon[0])
        screen.hits.move_cursor(target)
        await pilot.press("enter")
        await settle(pilot)
        book_screen = app.screen
        assert isinstance(book_screen, BookScreen) and book_screen.current == JUNE
        assert book_screen.table.current_task_id == kinh_mon[0][1].task.id
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        await pilot.press("escape")  # the search is put away: the units again
        await settle(pilot)
        assert screen.table.display and not screen.hits.display


def _folded(text: str) -> str:
    from dithub.text import fold

    return fold(text)


async def test_rows_say_loading_until_the_month_is_read(province: Path) -> None:
    """The first paint comes before any month is read; the loader then fills every row."""
    from dithub.rollup_figures import rollup_figures

    rollup = Rollup.open(province)
    assert {f.state for f in rollup_figures(rollup, JUNE, MEETING_DAY, load=False)} == {State.LOADING}
    app = _app(province)
    async with app.run_test(size=SIZE) as pilot:
        screen = _screen(app)
        await pilot.pause()
        await settle(pilot)
        assert "đang đọc" not in " ".join(_rows(screen).values())


async def test_a_provinces_total_is_shown_whole_at_120_columns() -> None:
    # 20 units of 120 tasks: the total "██░░░░░░░░ 1234/2400 51%" is wider than any unit's.
    from textual.app import App, ComposeResult

    from dithub.rollup_figures import Figures
    from dithub.ui.rollup_table import RollupTable, columns

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield RollupTable(columns("vi"))

    app = One()
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one(RollupTable)
        unit = Figures(JUNE, done=61, total=120, meeting=MEETING_DAY)
        table.show_figures([unit], Figures(JUNE, done=1234, total=2400), "vi")
        await pilot.pause()
        shown = [table.render_line(y).text for y in range(3)]
        assert "1234/2400 51%" in shown[2]
        assert "61/120 51%" in shown[1] and "20/06/2020" in shown[1]  # the columns after it still fit
