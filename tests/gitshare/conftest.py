"""Two laptops sharing one book through a bare repository, all in tmp_path, with real git."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import copy_sample_book

from dithub.book import Book
from dithub.cli import main
from dithub.model import YearMonth

HAS_GIT = shutil.which("git") is not None
needs_git = pytest.mark.skipif(not HAS_GIT, reason="git is not installed on this machine")
JUNE = YearMonth(2020, 6)
MAY = YearMonth(2020, 5)


def git(folder: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {result.stdout}{result.stderr}")
    return result


def dithub(*args: str) -> int:
    return main([*args, "--lang", "vi"] if "--lang" not in args else list(args))


@pytest.fixture(autouse=True)
def _private_git_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's own git settings must not leak in (nor ours out)."""
    config = tmp_path / "gitconfig"
    config.write_text("[user]\n\tname = Văn thư Sở\n\temail = vanthu@stttt.example\n[init]\n\tdefaultBranch = main\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


@dataclass
class Laptops:
    origin: Path
    alice: Path  # the book folder in each clone
    bob: Path

    def tick(self, book_folder: Path, task_id: str, key: YearMonth = JUNE) -> None:
        book = Book.open(book_folder)
        book.load(key)
        book.tick(key, task_id)
        book.save_all()


def clone(origin: Path, where: Path) -> Path:
    git(where.parent, "clone", "-q", str(origin), where.name)
    return where / "hai-duong"


@pytest.fixture
def laptops(tmp_path: Path) -> Laptops:
    """Alice shared the sample book (set up and synced); Bob cloned it and set up his laptop."""
    if not HAS_GIT:
        pytest.skip("git is not installed on this machine")
    origin = tmp_path / "so-giao-ban.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(origin))
    alice_repo = tmp_path / "may-giam-doc"
    git(tmp_path, "clone", "-q", str(origin), alice_repo.name)
    alice = alice_repo / "hai-duong"
    copy_sample_book(alice.parent, alice.name)
    assert dithub("git-setup", str(alice)) == 0
    assert dithub("sync", str(alice)) == 0
    bob = clone(origin, tmp_path / "may-van-phong")
    assert dithub("git-setup", str(bob)) == 0
    return Laptops(origin, alice, bob)


def status_of(book_folder: Path, task_id: str, key: YearMonth = JUNE) -> str:
    book = Book.open(book_folder)
    month = book.load(key).month
    assert month is not None, book.load(key).problems
    return month.task(task_id).status.value
