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
