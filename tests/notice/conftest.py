"""The June 2020 notice of the sample book, written once per session in each format (read-only use)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import copy_sample_book

from dithub.book import Book
from dithub.model import YearMonth
from dithub.notice import write_notice

JUNE = YearMonth(2020, 6)


@pytest.fixture(scope="session")
def june_notice(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """write(fmt) -> the path of the June 2020 notice of a copy of the sample book (made once)."""
    folder = tmp_path_factory.mktemp("notice")
    book = folder / "hai-duong"
    copy_sample_book(book.parent, book.name)
    written: dict[str, Path] = {}

    def write(fmt: str) -> Path:
        if fmt not in written:
            written[fmt] = write_notice(Book.open(book), JUNE, fmt, folder / f"thong-bao.{fmt}")
        return written[fmt]

    return write
