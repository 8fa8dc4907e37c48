"""Fixtures of the statistics and path screens' tests: their own books, kept here (tests/ui's move)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from dashboard_pilot import settle  # the shared wait: it leaves a dialog's flow waiting for its answer
from rich.console import Console

from dithub.book import Book
from dithub.model import YearMonth
from dithub.ui.app import DithubApp

from .books import write_half_year

__all__ = ["SIZE", "MEETING_DAY", "settle", "text_of"]

SIZE = (120, 40)
MEETING_DAY = date(2020, 6, 20)


@pytest.fixture
def half_year(tmp_path: Path) -> Path:
    return write_half_year(tmp_path / "hai-duong")


@pytest.fixture
def dashboard(half_year: Path) -> Callable[..., DithubApp]:
    """The real dashboard on a folder (the half year unless told), on a fixed day."""

    def make(folder: Path | None = None, start: YearMonth | None = None, language: str = "vi") -> DithubApp:
        book = Book.open(folder or half_year)
        book.today = lambda: MEETING_DAY
        return DithubApp(book, language=language, start=start)  # type: ignore[arg-type]

    return make


def text_of(renderable: object, width: int = 118) -> str:
    """What a Rich renderable (a Static's content) reads as, in plain text."""
    console = Console(width=width, file=io.StringIO(), record=True, color_system=None)
    console.print(renderable)
    return console.export_text()
