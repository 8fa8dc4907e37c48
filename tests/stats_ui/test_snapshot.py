"""The statistics screen as a person sees it at 120x40, pinned as SVG (update with: pytest --snapshot-update)."""

from __future__ import annotations

from pathlib import Path

from dithub.book import Book
from dithub.ui.app import DithubApp
from dithub.ui.stats_screen import StatsScreen

from .books import write_half_year
from .conftest import MEETING_DAY, SIZE, settle


def test_statistics_of_the_half_year(snap_compare, tmp_path: Path) -> None:
    book = Book.open(write_half_year(tmp_path / "hai-duong"))
    book.today = lambda: MEETING_DAY

    async def open_statistics(pilot) -> None:
        await settle(pilot)
        pilot.app.push_screen(StatsScreen(pilot.app.book, "vi"))
        await settle(pilot)

    assert snap_compare(DithubApp(book, language="vi"), terminal_size=SIZE, run_before=open_statistics)
