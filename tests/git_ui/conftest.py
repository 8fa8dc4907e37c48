"""Dashboard tests with real git: two laptops' clones of a bare repository, set up by `dithub git-setup`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from dashboard_pilot import MEETING_DAY, SIZE, settle  # noqa: F401 - shared with the dashboard's tests
from gitshare.conftest import JUNE, Laptops, _private_git_config, git, laptops  # noqa: F401 - fixtures shared

from dithub.book import Book
from dithub.gitshare.sync import sync
from dithub.model import Status

WIFI = "wifi-cong-cong"
WIFI_TITLE = "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng trên địa bàn tỉnh Hải Dương"
CASHLESS = "thanh-toan-khong-dung-tien-mat"


def change(folder: Path, task_id: str, **fields: object) -> None:
    book = Book.open(folder)
    month = book.load(JUNE).month
    assert month is not None
    book.edit(JUNE, replace(month.task(task_id), **fields))
    book.save_all()


@pytest.fixture
def bob_in_conflict(laptops: Laptops) -> Laptops:  # noqa: F811 - the fixture above, used here
    """Alice ticks Wifi done and shares; Bob marked it dropped, ticked another task, and shares:
    git stops on a conflict about Wifi only, the rest merged, both versions in Bob's June file."""
    change(laptops.alice, WIFI, status=Status.DONE, done_on=MEETING_DAY)
    assert sync(laptops.alice, "vi").ok
    change(laptops.bob, WIFI, status=Status.DROPPED)
    change(laptops.bob, CASHLESS, status=Status.DONE, done_on=MEETING_DAY)
    outcome = sync(laptops.bob, "vi")
    assert outcome.state == "conflict", outcome.summary
    return laptops


@pytest.fixture
def make_app() -> Callable[..., object]:
    from dithub.ui.app import DithubApp

    def make(folder: Path, language: str = "vi") -> DithubApp:
        book = Book.open(folder)
        book.today = lambda: MEETING_DAY
        return DithubApp(book, language=language)  # type: ignore[arg-type]

    return make


def notifications(app) -> list[str]:  # noqa: ANN001 - the app
    return [str(n.message) for n in app._notifications]  # noqa: SLF001


def card_text(card) -> str:  # noqa: ANN001 - a ClashCard
    """A clash card as plain text, the way a terminal 116 columns wide shows it."""
    import io

    from rich.console import Console

    console = Console(width=116, file=io.StringIO(), record=True, color_system=None)
    console.print(card.content)
    return console.export_text()


def select(table, task_id: str) -> None:  # noqa: ANN001 - the task table
    table.move_cursor(row=table.get_row_index(f"task:{task_id}"))


@pytest.fixture
def own_repository(tmp_path: Path) -> Path:
    """A book in a repository of its own, set up and committed, with no remote to share with."""
    from conftest import copy_sample_book

    from dithub.cli import main

    git(tmp_path, "init", "-q", "so-rieng")
    book = tmp_path / "so-rieng" / "hai-duong"

    copy_sample_book(book.parent, book.name)
    assert main(["git-setup", str(book), "--lang", "vi"]) == 0
    assert main(["sync", str(book), "--lang", "vi"]) == 0
    return book
