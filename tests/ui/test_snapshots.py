"""The layout as a person sees it, pinned as SVG (update with: pytest --snapshot-update)."""

from __future__ import annotations

from pathlib import Path

from dithub.model import YearMonth

from .conftest import SIZE, screen_of, settle

BROKEN_APRIL = 'month = "2020-04"\n\n[[tasks]]\ntitle = "Thanh tra hoạt động in\n'


def test_june_in_vietnamese(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=settle)


def test_june_in_english(snap_compare, make_app) -> None:
    assert snap_compare(make_app(language="en"), terminal_size=SIZE, run_before=settle)


def test_month_list_with_a_broken_file(snap_compare, make_app, book_dir: Path) -> None:
    (book_dir / "2020-04.toml").write_text(BROKEN_APRIL, encoding="utf-8")

    async def open_april(pilot) -> None:
        await settle(pilot)
        screen_of(pilot).go_to(YearMonth(2020, 4))
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=open_april)


def test_help_screen(snap_compare, make_app) -> None:
    async def open_help(pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=open_help)


def test_june_on_a_small_terminal(snap_compare, make_app) -> None:
    """80x24: long Vietnamese titles cut cleanly, columns aligned, help and quit still shown."""
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=settle)


def test_june_at_200_columns_owners_whole(snap_compare, make_app) -> None:
    """200x50: long titles on one line or two, the owner column as wide as its longest owner."""
    assert snap_compare(make_app(), terminal_size=(200, 50), run_before=settle)


def test_form_at_80x24_with_the_deadline_in_view(snap_compare, make_app) -> None:
    """80x24: the edit form of a 180-character title, tabbed to the deadline; the buttons stay in view."""

    async def edit_long_task(pilot) -> None:
        await settle(pilot)
        screen = screen_of(pilot)
        screen.table.move_cursor(row=screen.table.get_row_index("task:bao-cao-kh-101"))
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("tab", "tab", "tab")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=edit_long_task)


def test_search_shows_what_matched_at_120x40(snap_compare, make_app) -> None:
    """/bao chi: tasks found by their owner say so after the title."""

    async def search(pilot) -> None:
        await settle(pilot)
        await pilot.press("slash", *"bao", "space", *"chi", "enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=search)


def test_carry_all_asks_the_deadline_at_80x24(snap_compare, make_app) -> None:
    async def carry_all(pilot) -> None:
        await settle(pilot)
        await pilot.press("C")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=carry_all)
