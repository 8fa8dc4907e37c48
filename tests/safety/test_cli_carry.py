"""Issue 12, defect 4: a carry from the command line is all or nothing, says what stopped it, and
a second run finishes what an interrupted first one began."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
import tomli

from dithub.cli import main

UNIDEN = "kiem-tra-uniden"


def statuses(path: Path) -> dict[str, str]:
    return {task["id"]: task["status"] for task in tomli.loads(path.read_text(encoding="utf-8")).get("tasks", [])}


def carry(capsys: pytest.CaptureFixture[str], folder: Path, *more: str) -> tuple[int, str, str]:
    code = main(["carry", str(folder), "--from", "2020-06", *more])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_carry_whose_backup_cannot_be_kept_changes_nothing_and_says_why(book_dir: Path, capsys) -> None:
    shutil.rmtree(book_dir / ".dithub", ignore_errors=True)  # (a cache of parsed months may be there)
    (book_dir / ".dithub").write_text("không phải thư mục\n", encoding="utf-8")
    june = (book_dir / "2020-06.toml").read_bytes()
    code, _, err = carry(capsys, book_dir)
    assert code == 1
    assert "“.dithub”" in err and "không phải thư mục" in err  # the cause, named
    assert "sẽ lưu lại" not in err  # no retry promised: the process ends here
    assert not (book_dir / "2020-07.toml").exists()  # all or nothing
    assert (book_dir / "2020-06.toml").read_bytes() == june


def test_a_carry_stopped_between_the_two_files_is_finished_by_running_it_again(book_dir: Path, capsys, monkeypatch) -> None:
    import dithub.storage as storage

    real_replace, writes = os.replace, []

    def second_write_fails(source: object, target: object) -> None:
        if not str(target).endswith(".toml"):  # the cache of parsed months, written or not as it was warm
            real_replace(source, target)
            return
        writes.append(target)
        if len(writes) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(storage.os, "replace", second_write_fails)
    code, _, err = carry(capsys, book_dir)
    assert code == 1 and "Đĩa đã đầy" in err
    assert not (book_dir / "2020-07.toml").exists()  # July was written, then taken back
    monkeypatch.undo()
    # What a crash (not an error) between the two files leaves: July has the task, June keeps it open.
    july = book_dir / "2020-07.toml"
    july.write_text(
        'month = "2020-07"\n\n[[tasks]]\nid = "kiem-tra-uniden"\ntitle = "Kiểm tra Công ty Uniden Việt Nam"\n'
        'status = "open"\ncarried_from = "2020-06"\ntimes_carried = 1\n',
        encoding="utf-8",
    )
    code, out, _ = carry(capsys, book_dir, "--task", UNIDEN)
    assert code == 0
    assert statuses(book_dir / "2020-06.toml")[UNIDEN] == "carried"  # finished, not "already there"
    assert list(statuses(july)) == [UNIDEN]  # and not copied twice
    assert UNIDEN in out


def test_a_task_put_next_month_by_hand_is_not_marked_carried(book_dir: Path, capsys) -> None:
    """Only a copy that says it came from this month finishes a carry."""
    (book_dir / "2020-07.toml").write_text(
        'month = "2020-07"\n\n[[tasks]]\nid = "kiem-tra-uniden"\ntitle = "Kiểm tra Công ty Uniden Việt Nam"\nstatus = "open"\n',
        encoding="utf-8",
    )
    code, out, _ = carry(capsys, book_dir, "--task", UNIDEN)
    assert code == 0 and statuses(book_dir / "2020-06.toml")[UNIDEN] == "open"
