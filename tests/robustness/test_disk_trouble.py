"""Disk full, a read-only folder, a file deleted under us: the user is told, nothing is lost.

Each trouble is met through the dashboard (Pilot) and through Book/BookStore. Every time: a clear
message in Vietnamese, the change kept in memory (Book.dirty_keys()), the file untouched, no temp
file left, and the change saved once the trouble is gone.

The tests run as root, where chmod 0o555 does not stop writes; a read-only folder is therefore
simulated by making every call that would write under the book folder (open for writing,
os.open with write flags, rename, mkdir, unlink, chmod) fail with EROFS or EACCES, as the kernel
does for a read-only mount or a folder without write permission.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from dithub.book import Book
from dithub.commands._shared import storage_message as _storage_message
from dithub.i18n import problem_line
from dithub.model import Status, YearMonth
from dithub.reading import read_month
from dithub.storage import FileChangedError, StorageError

from .conftest import (
    SAMPLE,
    SAMPLE_COMMENTS,
    dashboard,
    run_cli,
    settle,
    temp_files,
)

JUNE, JULY = YearMonth(2020, 6), YearMonth(2020, 7)
ORIGINAL = (SAMPLE / "2020-06.toml").read_bytes()
_AT = ORIGINAL.index(b'id = "kiem-tra-uniden"')
# The sample's June with kiem-tra-uniden ticked on the meeting day: the status lines and nothing else.
TICKED = ORIGINAL[:_AT] + ORIGINAL[_AT:].replace(b'status = "open"\n', b'status = "done"\ndone_on = 2020-06-20\n', 1)

# (what fails, errno, the words the user must see)
TROUBLES = [
    ("fsync", errno.ENOSPC, "Đĩa đã đầy"),
    ("replace", errno.ENOSPC, "Đĩa đã đầy"),
    ("replace", errno.EDQUOT, "Đĩa đã đầy"),
    ("read-only folder", errno.EROFS, "Thư mục chỉ cho đọc"),
    ("no permission", errno.EACCES, "Không có quyền ghi"),
]


def refuse_writes(monkeypatch: pytest.MonkeyPatch, folder: Path, error: int) -> None:
    """Every write under `folder` fails with `error`, reads still work (a read-only mount)."""
    root = folder.resolve()

    def inside(path: object) -> bool:
        if isinstance(path, int):
            return False
        try:
            return Path(os.fsdecode(path)).resolve().is_relative_to(root)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False

    def refuse(path: object) -> None:
        raise OSError(error, os.strerror(error), os.fsdecode(path))  # type: ignore[arg-type]

    real_open, real_os_open = builtins.open, os.open
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def fake_open(file, mode="r", *args, **kwargs):
        if inside(file) and any(flag in mode for flag in "wxa+"):
            refuse(file)
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path, flags, *args, **kwargs):
        if inside(path) and flags & writing:
            refuse(path)
        return real_os_open(path, flags, *args, **kwargs)

    def guard(real: Callable[..., object]) -> Callable[..., object]:
        def guarded(*paths: object, **kwargs: object) -> object:
            for path in paths[:2]:
                if inside(path):
                    refuse(path)
            return real(*paths, **kwargs)

        return guarded

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    for name in ("replace", "rename", "mkdir", "unlink", "remove", "chmod", "rmdir"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))


def make_trouble(monkeypatch: pytest.MonkeyPatch, folder: Path, what: str, error: int) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(error, os.strerror(error))

    if what == "fsync":
        monkeypatch.setattr("dithub.storage.os.fsync", fail)
    elif what == "replace":
        monkeypatch.setattr("dithub.storage.os.replace", fail)
    else:
        refuse_writes(monkeypatch, folder, error)


def notifications(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


def header_text(screen) -> str:
    from dithub.ui.book_header import BookHeader

    return str(screen.query_one(BookHeader).render())


def read_month_bytes(data: bytes):
    """The Month a month file with these bytes reads as."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "2020-06.toml"
        path.write_bytes(data)
        return read_month(path, JUNE).month


# --- through the dashboard ---


@pytest.mark.parametrize(("what", "error", "words"), TROUBLES)
async def test_dashboard_tells_keeps_and_saves_later(
    make_app, book_dir: Path, monkeypatch: pytest.MonkeyPatch, what: str, error: int, words: str
) -> None:
    path = book_dir / "2020-06.toml"
    async with dashboard(make_app) as (app, pilot, screen):
        screen.table.move_cursor(row=screen.table.get_row_index("task:kiem-tra-uniden"))
        with monkeypatch.context() as patch:
            make_trouble(patch, book_dir, what, error)
            await pilot.press("space")
            await settle(pilot)
            said = [n for n in notifications(app) if words in n]
            assert said, notifications(app)
            assert "chưa lưu được 2020-06.toml" in said[0] and "Thay đổi vẫn được giữ" in said[0]
            assert "chưa lưu" in header_text(screen)
            assert screen.book.dirty_keys() == [JUNE]
            assert screen.book.months[JUNE].task("kiem-tra-uniden").status is Status.DONE
            # a second change while the disk is in trouble is kept too, and told only once
            screen.table.move_cursor(row=screen.table.get_row_index("task:kiem-tra-ha-thanh"))
            await pilot.press("space")
            await settle(pilot)
            assert len([n for n in notifications(app) if words in n]) == 1
        assert path.read_bytes() == ORIGINAL
        assert temp_files(book_dir) == []
        screen._retry()
        await settle(pilot)
        assert screen.book.dirty_keys() == []
        month = read_month(path, JUNE).month
        assert month is not None and month.task("kiem-tra-uniden").status is Status.DONE
        assert month.task("kiem-tra-ha-thanh").status is Status.DONE
        assert "Đã lưu 2020-06.toml." in notifications(app)
        assert "chưa lưu" not in header_text(screen)
        assert temp_files(book_dir) == []


async def test_dashboard_asks_before_quitting_with_unsaved_changes(
    make_app, book_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        make_trouble(monkeypatch, book_dir, "replace", errno.ENOSPC)
        await pilot.press("space")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        from dithub.ui.confirm_screen import ConfirmScreen

        assert isinstance(app.screen, ConfirmScreen)
        assert "Đĩa đã đầy" in app.screen.question and "Thoát bây giờ sẽ mất" in app.screen.question
        await pilot.press("n")
        await settle(pilot)
        assert app.is_running and screen.book.dirty_keys() == [JUNE]


@pytest.mark.parametrize("choice", ["k", "r"])
async def test_dashboard_file_deleted_while_open(make_app, book_dir: Path, choice: str) -> None:
    from textual.widgets import Static

    from dithub.ui.conflict_screen import ConflictScreen

    path = book_dir / "2020-06.toml"
    async with dashboard(make_app) as (app, pilot, screen):
        path.unlink()
        screen.table.move_cursor(row=screen.table.get_row_index("task:kiem-tra-uniden"))
        await pilot.press("space")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        dialog = "\n".join(str(w.render()) for w in app.screen.query(Static))
        assert "2020-06.toml" in dialog and "đã bị xóa" in dialog
        assert "k — Giữ bản của bạn" in dialog and "r — Tải bản trên đĩa" in dialog
        assert screen.book.dirty_keys() == [JUNE] and not path.exists()
        await pilot.press(choice)
        await settle(pilot)
        if choice == "k":  # written back, with our change and every task of the month
            month = read_month(path, JUNE).month
            assert month is not None and month.task("kiem-tra-uniden").status is Status.DONE
            assert month == read_month_bytes(TICKED) and month == screen.book.months[JUNE]
            # (whether its comments come back too: test_writing_back_a_deleted_file_keeps_its_comments)
        else:  # the deletion stands; our version is kept beside it
            assert not path.exists()
            (copy,) = book_dir.glob("2020-06.mine-*.toml")
            kept = read_month(copy, JUNE).month
            assert kept is not None and kept.task("kiem-tra-uniden").status is Status.DONE and len(kept.tasks) == 21
            assert any(copy.name in n for n in notifications(app))
        assert screen.book.dirty_keys() == []
        assert temp_files(book_dir) == []


# --- through Book and BookStore ---


def open_and_tick(folder: Path) -> Book:
    book = Book.open(folder)
    book.today = lambda: __import__("datetime").date(2020, 6, 20)
    book.load_all()
    book.tick(JUNE, "kiem-tra-uniden")
    return book


@pytest.mark.parametrize(("what", "error", "words"), TROUBLES)
def test_book_save_fails_safely_and_succeeds_later(
    book_dir: Path, monkeypatch: pytest.MonkeyPatch, what: str, error: int, words: str
) -> None:
    path = book_dir / "2020-06.toml"
    book = open_and_tick(book_dir)
    with monkeypatch.context() as patch:
        make_trouble(patch, book_dir, what, error)
        with pytest.raises(StorageError) as raised:
            book.save_all()
    message = _storage_message(raised.value, "vi")
    assert words in message and "2020-06.toml" in message, message
    assert book.dirty_keys() == [JUNE]
    assert path.read_bytes() == ORIGINAL
    assert temp_files(book_dir) == []
    book.save_all()
    assert book.dirty_keys() == []
    assert read_month(path, JUNE).month.task("kiem-tra-uniden").status is Status.DONE  # type: ignore[union-attr]


def test_book_file_deleted_while_open(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book = open_and_tick(book_dir)
    path.unlink()
    with pytest.raises(FileChangedError) as raised:
        book.save_all()
    (problem,) = raised.value.theirs.problems
    assert "Tệp không còn trên đĩa" in problem_line(problem, "vi") and "2020-06.toml" in problem_line(problem, "vi")
    assert not path.exists() and book.dirty_keys() == [JUNE]
    job = replace(book.save_job(JUNE), force=True)  # the user chose to write it back
    book.saved(job, book.run_save(job))
    assert read_month(path, JUNE).month == read_month_bytes(TICKED) == book.months[JUNE]
    assert book.dirty_keys() == [] and temp_files(book_dir) == []


# Regression test: found by this suite as a bug, since fixed. It was:
#   after the file was deleted under us, 'keep mine' writes the month afresh (a generated header, no hand
#   comments, no blank lines): BookStore.save's force branch starts from an empty MonthFile when theirs does
#   not read, instead of applying our change to the text we read
def test_writing_back_a_deleted_file_keeps_its_comments(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book = open_and_tick(book_dir)
    path.unlink()
    with pytest.raises(FileChangedError):
        book.save_all()
    job = replace(book.save_job(JUNE), force=True)
    book.saved(job, book.run_save(job))
    text = path.read_text(encoding="utf-8")
    assert [c for c in SAMPLE_COMMENTS["2020-06.toml"] if c not in text.splitlines()] == []
    assert path.read_bytes() == TICKED


def test_book_folder_gone(tmp_path: Path, book_dir: Path) -> None:
    """The shared folder is unmounted or moved: the file looks deleted; writing it back fails
    with words, until the folder is back."""
    book = open_and_tick(book_dir)
    moved = book_dir.rename(tmp_path / "elsewhere")
    with pytest.raises(FileChangedError):
        book.save_all()
    job = replace(book.save_job(JUNE), force=True)
    with pytest.raises(StorageError) as raised:
        book.run_save(job)
    assert "Thư mục của sổ không còn — chưa lưu được 2020-06.toml" in _storage_message(raised.value, "vi")
    assert book.dirty_keys() == [JUNE] and not book_dir.exists()
    assert (moved / "2020-06.toml").read_bytes() == ORIGINAL and temp_files(moved) == []
    moved.rename(book_dir)
    book.save_all()  # the file is back as it was: a plain save
    assert (book_dir / "2020-06.toml").read_bytes() == TICKED and book.dirty_keys() == []


def test_cli_carry_on_a_full_disk_writes_nothing(book_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_trouble(monkeypatch, book_dir, "replace", errno.ENOSPC)
    code, out, err = run_cli(["carry", str(book_dir), "--from", "2020-06"])
    assert code == 1 and "Đĩa đã đầy" in err and "Traceback" not in out + err
    assert (book_dir / "2020-06.toml").read_bytes() == ORIGINAL and not (book_dir / "2020-07.toml").exists()
    assert temp_files(book_dir) == []


# Regression test: found by this suite as a bug, since fixed. It was:
#   `dithub carry` saves 2020-06 (tasks marked carried) before creating 2020-07; when the second write fails
#   (disk full, quota) the command exits 1 saying the change 'is kept and will be saved' — but the process
#   ends, so 2020-07 never gets the tasks and 2020-06 no longer lists them as open: they are lost.
#   Book.save_all should save the target month first (and the CLI must not promise a later save)
def test_cli_carry_when_only_the_new_month_cannot_be_written(book_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace

    def july_fails(source, target, *args, **kwargs):
        if Path(target).name == "2020-07.toml":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr("dithub.storage.os.replace", july_fails)
    code, out, err = run_cli(["carry", str(book_dir), "--from", "2020-06"])
    assert code == 1 and "Đĩa đã đầy" in err and "2020-07.toml" in err and "Traceback" not in out + err
    june = read_month(book_dir / "2020-06.toml", JUNE).month
    assert june is not None
    # Whatever was written, no task may end up carried into a month that does not have it.
    assert [t.id for t in june.tasks if t.status is Status.CARRIED] == []
