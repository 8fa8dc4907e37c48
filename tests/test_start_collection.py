"""dithub starts with the garbage collector off (start-up makes only long-lived objects); every
command, the dashboard and the roll-up view run with it on again."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dithub import cli


@pytest.fixture
def started_as_main() -> Iterator[None]:
    gc.disable()  # as main() leaves it when it is the program (no argv given)
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_program_starts_with_collection_off(book_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(sys, "argv", ["dithub", "check", str(book_dir)])
    monkeypatch.setattr(cli, "_run", lambda args, asked: seen.append(gc.isenabled()) or 0)
    try:
        assert cli.main() == 0
        assert seen == [False]
    finally:
        gc.enable()


def test_a_command_runs_with_collection_on(book_dir: Path, started_as_main: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(book_dir)]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what start-up made is out of the collector's way


def test_the_dashboard_runs_with_collection_on(book_dir: Path, started_as_main: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from dithub.ui.app import DithubApp

    seen: list[bool] = []
    monkeypatch.setattr(DithubApp, "run", lambda self, *a, **k: seen.append(gc.isenabled()))
    assert cli.main([str(book_dir)]) == 0
    assert seen == [True]


def test_the_rollup_view_runs_with_collection_on(book_dir: Path, started_as_main: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from dithub.commands import _rollup

    seen: list[bool] = []
    monkeypatch.setattr(_rollup, "open_view", lambda *a: seen.append(gc.isenabled()) or 0)
    assert cli.main([str(book_dir.parent)]) == 0  # a folder whose subfolder is a book: a roll-up
    assert seen == [True]


def test_a_test_calling_main_keeps_its_collector(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    frozen = gc.get_freeze_count()
    cli.main(["check", str(book_dir)])
    assert gc.isenabled() and gc.get_freeze_count() == frozen
