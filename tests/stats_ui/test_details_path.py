"""The details pane's one-line path, from the months the book holds (no disk read on the screen's thread)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.widgets import Static

from dithub.book import Book
from dithub.history import path_of
from dithub.model import Month, Settings, Status, Task, YearMonth
from dithub.span import Span, months_between
from dithub.ui.held_path import held_path, path_in
from dithub.ui.task_table import TaskTable

from .conftest import SIZE, settle, text_of

MARCH = YearMonth(2020, 3)


async def go_to_task(pilot, table: TaskTable, task_id: str) -> None:
    table.move_cursor(row=table.first_task_index())
    await pilot.pause()
    for _ in range(30):
        if table.current_task_id == task_id:
            return
        await pilot.press("down")
    raise AssertionError(f"{task_id} is not in the table")


async def test_the_details_pane_shows_the_path_of_a_carried_task(dashboard) -> None:
    app = dashboard(start=MARCH)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(TaskTable)
        await go_to_task(pilot, table, "hoi-thao-cntt-tt-24")
        details = text_of(app.screen.query_one("#details", Static).content).replace("\n", " ")
        assert "Lộ trình: 1/2020 chuyển → 2/2020 chuyển → 3/2020 đang làm, hạn 31/03" in " ".join(details.split())
        await go_to_task(pilot, table, "truyen-thanh-co-so")
        details = " ".join(text_of(app.screen.query_one("#details", Static).content).split())
        assert "2/2020 chuyển → 3/2020 chuyển → 4/2020 không có tệp" in details


async def test_a_task_of_one_month_has_no_path_line(dashboard) -> None:
    app = dashboard()  # June: the printing inspection appears only there
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(TaskTable)
        await go_to_task(pilot, table, "thanh-tra-hoat-dong-in")
        assert "Lộ trình" not in text_of(app.screen.query_one("#details", Static).content)


def test_held_path_reads_nothing(half_year, monkeypatch) -> None:
    book = Book.open(half_year)
    book.load(MARCH)
    monkeypatch.setattr(Book, "read", lambda *_: (_ for _ in ()).throw(AssertionError("read from disk")))
    path = held_path(book, MARCH, "hoi-thao-cntt-tt-24")
    assert path is not None and path.steps[0].reason == "not_read"  # type: ignore[union-attr]


# Any shape of book: the window the details pane uses gives exactly the path of the whole span.
FIRST, LAST = YearMonth(2019, 11), YearMonth(2020, 5)
MONTHS = months_between(FIRST, LAST)
IDS = ("kiem-tra-uniden", "ipv6-co-quan-nha-nuoc")


@st.composite
def spans(draw: st.DrawFn) -> Span:
    months: dict[YearMonth, Month] = {}
    broken, unread = set(), set()
    for key in MONTHS:
        state = draw(st.sampled_from(["read", "read", "read", "missing", "broken", "not_read"]))
        broken |= {key} if state == "broken" else set()
        unread |= {key} if state == "not_read" else set()
        if state != "read":
            continue
        tasks = tuple(
            Task(
                task_id,
                "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM",
                status=draw(st.sampled_from(list(Status))),
                carried_from=draw(st.none() | st.sampled_from(MONTHS)),
            )
            for task_id in draw(st.lists(st.sampled_from(IDS), unique=True))
        )
        months[key] = Month(key, tasks)
    missing = tuple(k for k in MONTHS if k not in months and k not in broken and k not in unread)
    return Span(FIRST, LAST, Settings(), months, missing, {k: () for k in broken}, (), frozenset(unread))


@settings(max_examples=300, deadline=None)
@given(spans())
def test_the_window_gives_the_same_path_as_the_whole_span(span: Span) -> None:
    for key, month in span.months.items():
        for task in month.tasks:
            assert path_in(span, key, task.id) == path_of(span, key, task.id)
