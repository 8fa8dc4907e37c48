"""What every dashboard test needs: the app on a copy of the sample book, on a fixed day, at a fixed
size, and a way to wait until it has caught up. tests/ui and tests/robustness both use it."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from dithub.book import Book

if TYPE_CHECKING:
    from textual.pilot import Pilot

    from dithub.ui.app import DithubApp
    from dithub.ui.book_screen import BookScreen

MEETING_DAY = date(2020, 6, 20)  # so "overdue" and done_on do not depend on when tests run
SIZE = (120, 40)


@pytest.fixture
def make_app(book_dir: Path) -> Callable[..., DithubApp]:
    from dithub.ui.app import DithubApp

    def make(language: str = "vi", folder: Path | None = None) -> DithubApp:
        book = Book.open(folder or book_dir)
        book.today = lambda: MEETING_DAY
        return DithubApp(book, language=language)  # type: ignore[arg-type]

    return make


async def settle(pilot: Pilot) -> None:
    """Let loading, saving and watching threads finish and the screen catch up.

    A flow that waits for the user's answer to a dialog (dialogs.DIALOG) is left waiting: it
    finishes only when the test answers.
    """
    from dithub.ui.dialogs import DIALOG

    quiet = 0
    for _ in range(30):  # a bound, so a bug that keeps starting work fails instead of hanging
        await pilot.pause()
        busy = [worker for worker in pilot.app.workers if worker.group != DIALOG and not worker.is_finished]
        if busy:
            quiet = 0
            await pilot.app.workers.wait_for_complete(busy)
        else:
            quiet += 1
            if quiet == 2:  # nothing running across two pauses: what was posted is handled
                break
    await pilot.pause()


def screen_of(pilot: Pilot) -> BookScreen:
    from dithub.ui.book_screen import BookScreen

    screen = pilot.app.screen_stack[1] if len(pilot.app.screen_stack) > 1 else pilot.app.screen
    assert isinstance(screen, BookScreen)
    return screen


@contextlib.asynccontextmanager
async def dashboard(make_app: Callable[..., DithubApp], **options: object) -> AsyncIterator[tuple[DithubApp, Pilot, BookScreen]]:
    """The app running and settled on its first screen: `async with dashboard(make_app) as (app, pilot, screen)`."""
    app = make_app(**options)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        yield app, pilot, screen_of(pilot)
