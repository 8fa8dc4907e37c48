"""The path view: a chain across months, and paths cut by a month with no file, a broken one, one not read."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Static

from dithub.book import Book
from dithub.history import Appearance, Gap
from dithub.model import Status, YearMonth
from dithub.ui.path_screen import PathScreen

from .conftest import SIZE, settle, text_of

MARCH, JUNE = YearMonth(2020, 3), YearMonth(2020, 6)


def table_text(screen: PathScreen) -> str:
    return text_of(screen.query_one("#path-table", Static).content)


def status_text(screen: PathScreen) -> str:
    return text_of(screen.query_one("#path-status", Static).content)


async def test_a_chain_across_three_months(dashboard) -> None:
    app = dashboard()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(PathScreen(app.book, "vi", MARCH, "hoi-thao-cntt-tt-24"))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PathScreen) and screen.path is not None
        assert [(s.month, s.status) for s in screen.path.steps if isinstance(s, Appearance)] == [
            (YearMonth(2020, 1), Status.CARRIED),
            (YearMonth(2020, 2), Status.CARRIED),
            (MARCH, Status.OPEN),
        ]
        lines = [line for line in table_text(screen).splitlines() if line.strip()]
        assert lines[1].split()[:4] == ["Tháng", "1/2020", "đã", "chuyển"]
        assert "31/01/2020" in lines[1] and "Chờ Bộ TT&TT thống nhất thời gian tổ chức" in lines[1]
        assert lines[-1].split()[:4] == ["Tháng", "3/2020", "đang", "làm"] and "31/03/2020" in lines[-1]
        # January's title differs from the last one: the table says what it was called then.
        assert "tên tháng này: Triển khai Kế hoạch tổ chức Hội thảo" in table_text(screen).replace("\n", " ").replace("  ", " ")
        summary = text_of(screen.query_one("#path-summary", Static).content)
        assert "Trung tâm CNTT&TT" in summary and "Đã chuyển 2 lần qua 3 tháng." in summary
        assert "bị đứt" not in status_text(screen)
        await pilot.press("escape")
        assert not isinstance(app.screen, PathScreen)


async def test_a_month_with_no_file_cuts_the_path_and_says_so(dashboard) -> None:
    app = dashboard()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(PathScreen(app.book, "vi", MARCH, "truyen-thanh-co-so"))
        await settle(pilot)
        screen = app.screen
        assert screen.path is not None and screen.path.steps[-1] == Gap(YearMonth(2020, 4), "missing")
        last = [line for line in table_text(screen).splitlines() if line.strip()][-1]
        assert "Tháng 4/2020" in last and "không có tệp tháng này" in last
        assert "Lộ trình bị đứt" in status_text(screen) and "không đoán" in status_text(screen)


async def test_a_broken_month_before_june_is_told_not_guessed(dashboard) -> None:
    app = dashboard()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(PathScreen(app.book, "vi", JUNE, "phong-hop-bao-xu-dong"))
        await settle(pilot)
        path = app.screen.path
        assert path is not None and path.steps[0] == Gap(YearMonth(2020, 5), "broken")
        assert [a.month for a in path.appearances] == [JUNE]
        assert path.times_carried == 3  # the file's own count: carries before the broken month still count
        first = [line for line in table_text(app.screen).splitlines() if line.strip()][1]
        assert "Tháng 5/2020" in first and "tệp tháng này lỗi, không đọc được" in first


class JustThePath(App[None]):
    """The screen alone, on a book that has read only March: the rest is read by the screen's worker."""

    def __init__(self, book: Book) -> None:
        super().__init__()
        self.book = book
        self.language = "vi"
        self.seen: list[tuple[int, int]] = []

    def compose(self) -> ComposeResult:
        yield Static("")

    def on_mount(self) -> None:
        self.push_screen(PathScreen(self.book, "vi", MARCH, "hoi-thao-cntt-tt-24"))


async def test_months_not_read_yet_are_read_in_a_worker_then_the_path_is_whole(half_year: Path) -> None:
    book = Book.open(half_year)
    book.load(MARCH)
    app = JustThePath(book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PathScreen)
        await settle(pilot)
        assert screen.path is not None and not screen.path.is_cut
        assert [a.month for a in screen.path.appearances] == [YearMonth(2020, 1), YearMonth(2020, 2), MARCH]
        assert set(book.files) == {YearMonth(2020, m) for m in (1, 2, 3, 5, 6)}  # read once, kept by the book
        assert screen.progress is None


async def test_before_the_worker_a_month_not_read_is_said_not_read(half_year: Path) -> None:
    from dithub.ui.held_path import held_path

    book = Book.open(half_year)
    book.load(MARCH)
    path = held_path(book, MARCH, "hoi-thao-cntt-tt-24")
    assert path is not None and path.steps[0] == Gap(YearMonth(2020, 2), "not_read")


async def test_a_task_no_longer_in_its_month(dashboard) -> None:
    app = dashboard()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(PathScreen(app.book, "en", MARCH, "no-such-task"))
        await settle(pilot)
        assert app.screen.path is None
        assert "March 2020 no longer holds this task." in text_of(app.screen.query_one("#path-title", Static).content)
