"""Dashboard tests run on a copy of the sample book, on a fixed day, at a fixed size."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

from dithub.book import Book
from dithub.ui.app import DithubApp
from dithub.ui.book_screen import BookScreen

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "hai-duong"
MEETING_DAY = date(2020, 6, 20)  # so "overdue" and done_on do not depend on when tests run
SIZE = (120, 40)


@pytest.fixture
def book_dir(tmp_path: Path) -> Path:
    target = tmp_path / "hai-duong"
    shutil.copytree(SAMPLE, target)
    return target


@pytest.fixture
def make_app(book_dir: Path) -> Callable[..., DithubApp]:
    def make(language: str = "vi", folder: Path | None = None) -> DithubApp:
        book = Book.open(folder or book_dir)
        book.today = lambda: MEETING_DAY
        return DithubApp(book, language=language)  # type: ignore[arg-type]

    return make


async def settle(pilot: Pilot) -> None:
    """Let loading and saving threads finish and the screen catch up."""
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def screen_of(pilot: Pilot) -> BookScreen:
    screen = pilot.app.screen_stack[1] if len(pilot.app.screen_stack) > 1 else pilot.app.screen
    assert isinstance(screen, BookScreen)
    return screen
