"""Shared helpers of the robustness suite.

Heavier runs (more Hypothesis examples, more kills, more rounds) happen only with DITHUB_SLOW=1;
the default run stays within about a minute on two cores. Dashboard helpers are copied from
tests/ui/conftest.py, so this folder does not depend on how pytest names that package.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from textual.pilot import Pilot

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dithub.book import Book  # noqa: E402  (after the path is set)
from dithub.storage import TEMP_SUFFIX  # noqa: E402

SLOW = os.environ.get("DITHUB_SLOW") == "1"
SAMPLE = ROOT / "sample_data" / "hai-duong"
MEETING_DAY = date(2020, 6, 20)
SIZE = (120, 40)


def scaled(default: int, slow: int) -> int:
    """A count for the default run, or the heavier one under DITHUB_SLOW=1."""
    return slow if SLOW else default


def hypothesis_settings(default: int, slow: int, **kwargs: object) -> settings:
    """No example database (nothing is written outside tests/robustness), no deadline (CI is slow)."""
    return settings(
        max_examples=scaled(default, slow),
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
        **kwargs,  # type: ignore[arg-type]
    )


def copy_sample(destination: Path) -> Path:
    target = destination / "hai-duong"
    shutil.copytree(SAMPLE, target)
    return target


def comment_lines(text: str) -> list[str]:
    """Every hand-written comment line of a file, as it stands (stripped of line endings)."""
    return [line.rstrip("\r") for line in text.splitlines() if line.lstrip().startswith("#")]


SAMPLE_COMMENTS: dict[str, list[str]] = {
    path.name: comment_lines(path.read_text(encoding="utf-8")) for path in sorted(SAMPLE.glob("20*.toml"))
}


def temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f".*{TEMP_SUFFIX}"))


def listing(folder: Path) -> dict[str, bytes]:
    """Every file of a book folder (not its .dithub state folder) with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() or p.is_symlink() and p.exists()}


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """dithub's command line in-process, its output captured (never a terminal)."""
    from dithub.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


# --- the dashboard (as tests/ui/conftest.py) ---


@pytest.fixture
def make_app(book_dir: Path) -> Callable[..., object]:
    from dithub.ui.app import DithubApp

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


def screen_of(pilot: Pilot):  # -> BookScreen
    from dithub.ui.book_screen import BookScreen

    screen = pilot.app.screen_stack[1] if len(pilot.app.screen_stack) > 1 else pilot.app.screen
    assert isinstance(screen, BookScreen)
    return screen
