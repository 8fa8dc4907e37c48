"""Issue 12, defects 3, 7 and 11: a symlinked month, another user's or a read-only file, and the
state folder kept out of git."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from dithub.book import Book
from dithub.i18n import t
from dithub.model import Status, YearMonth
from dithub.monthfile import StorageError

JUNE = YearMonth(2020, 6)
UNIDEN = "kiem-tra-uniden"


def ticked(folder: Path) -> Book:
    book = Book.open(folder)
    book.today = lambda: date(2020, 6, 20)
    book.load_all()
    book.tick(JUNE, UNIDEN)
    return book


def test_a_symlinked_month_is_written_through_the_link(book_dir: Path, tmp_path: Path) -> None:
    shared = tmp_path / "chung"
    shared.mkdir()
    target = shared / "2020-06.toml"
    (book_dir / "2020-06.toml").rename(target)
    (book_dir / "2020-06.toml").symlink_to(target)
    book = ticked(book_dir)
    book.save_all()
    link = book_dir / "2020-06.toml"
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert 'status = "done"' in target.read_text(encoding="utf-8")
    assert not [p for p in shared.iterdir() if p.name.startswith(".")]  # no temp left beside the target
    assert Book.open(book_dir).load(JUNE).month.task(UNIDEN).status is Status.DONE


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_save_keeps_the_files_owner_and_group(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    os.chown(path, 1234, 2345)
    ticked(book_dir).save_all()
    assert (path.stat().st_uid, path.stat().st_gid) == (1234, 2345)
    assert 'status = "done"' in path.read_text(encoding="utf-8")


def test_a_read_only_file_is_not_written_and_the_message_says_so(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    before = path.read_bytes()
    path.chmod(0o444)
    book = ticked(book_dir)
    with pytest.raises(StorageError) as failed:
        book.save_all()
    assert failed.value.reason == "read_only_file"
    assert path.read_bytes() == before and path.stat().st_mode & 0o777 == 0o444
    assert book.is_dirty(JUNE)  # the change is kept, waiting
    assert "chỉ cho đọc" in t("save.read_only_file", "vi") and "read-only" in t("save.read_only_file", "en")


def test_the_state_folder_keeps_itself_out_of_git(book_dir: Path) -> None:
    ticked(book_dir).save_all()
    assert (book_dir / ".dithub" / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(book_dir)], check=True)
    status = subprocess.run(["git", "-C", str(book_dir), "status", "--porcelain", "-uall"], capture_output=True, text=True)
    assert ".dithub" not in status.stdout
    assert "2020-06.toml" in status.stdout
