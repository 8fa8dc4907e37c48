"""`dithub sync`: record, receive, send; and say plainly when it cannot."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SAMPLE_BOOK, copy_sample_book

from dithub.book import Book
from dithub.gitshare import markers
from dithub.gitshare.sync import sync
from dithub.model import Status

from .conftest import JUNE, Laptops, dithub, git, needs_git, status_of

pytestmark = needs_git

WIFI = "wifi-cong-cong"
CASHLESS = "thanh-toan-khong-dung-tien-mat"


def head(folder: Path) -> str:
    return git(folder, "rev-parse", "HEAD").stdout.strip()


def last_message(folder: Path) -> str:
    return git(folder, "log", "-1", "--format=%s").stdout.strip()


def test_nothing_to_commit(laptops: Laptops, capsys: pytest.CaptureFixture[str]) -> None:
    before = head(laptops.bob)
    capsys.readouterr()
    assert dithub("sync", str(laptops.bob)) == 0
    assert "Không có gì mới" in capsys.readouterr().out
    assert head(laptops.bob) == before


def test_commit_only_without_a_remote_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    git(tmp_path, "init", "-q", "so-rieng")
    book = tmp_path / "so-rieng"
    for name in ("2020-06.toml", "dithub.toml"):
        shutil.copy(SAMPLE_BOOK / name, book / name)
    assert dithub("sync", str(book)) == 0
    opened = Book.open(book)
    opened.load(JUNE)
    opened.tick(JUNE, WIFI)
    opened.tick(JUNE, CASHLESS)
    opened.save_all()  # the first save keeps a backup in .dithub/
    capsys.readouterr()
    assert dithub("sync", str(book)) == 0
    said = capsys.readouterr().out
    assert last_message(book) == "Tháng 6/2020: 2 việc xong"
    assert "chưa có nơi chia sẻ" in said and "Tháng 6/2020: 2 việc xong" in said
    assert git(book, "status", "--porcelain").stdout == ""  # everything of the book is committed...
    tracked = git(book, "ls-files").stdout.split()
    assert not any(name.startswith(".dithub") for name in tracked)  # ...but never dithub's own folder
    assert (book / ".dithub" / "backup").is_dir()


def test_the_message_says_what_a_carry_did(laptops: Laptops) -> None:
    book = Book.open(laptops.alice)
    book.load(JUNE)
    outcome, _ = book.carry(JUNE)
    book.save_all()
    count = len(outcome.carried)
    assert count > 5
    assert dithub("sync", str(laptops.alice)) == 0
    assert last_message(laptops.alice) == (
        f"Tháng 6/2020: {count} việc chuyển sang tháng 7; Tháng 7/2020: tệp mới, {count} việc chuyển từ tháng 6"
    )


def test_with_a_remote_both_laptops_changes_meet(laptops: Laptops) -> None:
    laptops.tick(laptops.alice, WIFI)
    laptops.tick(laptops.bob, CASHLESS)
    assert dithub("sync", str(laptops.alice)) == 0
    outcome = sync(laptops.bob, "en")
    assert outcome.ok and outcome.state == "shared" and outcome.pulled, outcome.summary
    assert "Recorded: June 2020: 1 done" in outcome.summary
    assert "Received and merged" in outcome.summary and "Sent the changes" in outcome.summary
    assert dithub("sync", str(laptops.alice)) == 0
    for folder in (laptops.alice, laptops.bob):
        assert status_of(folder, WIFI) == "done" and status_of(folder, CASHLESS) == "done"
    assert head(laptops.alice) == head(laptops.bob) == git(laptops.origin, "rev-parse", "main").stdout.strip()


def test_an_offline_remote_loses_nothing(laptops: Laptops, capsys: pytest.CaptureFixture[str]) -> None:
    git(laptops.bob, "remote", "set-url", "origin", str(laptops.origin.parent / "o-dia-mang-khong-co"))
    laptops.tick(laptops.bob, WIFI)
    text = (laptops.bob / "2020-06.toml").read_text(encoding="utf-8")
    capsys.readouterr()
    assert dithub("sync", str(laptops.bob)) == 1
    said = capsys.readouterr().err
    assert "Không kết nối được tới origin" in said and "Không mất gì" in said
    assert last_message(laptops.bob) == "Tháng 6/2020: 1 việc xong"  # recorded on this laptop
    assert (laptops.bob / "2020-06.toml").read_text(encoding="utf-8") == text


def test_not_a_repository(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "hai-duong"
    copy_sample_book(book.parent, book.name)
    git(tmp_path, "init", "-q", "khac")  # a repository elsewhere does not count
    assert dithub("sync", str(book)) == 1
    assert "không nằm trong một kho git" in capsys.readouterr().err
    assert dithub("git-setup", str(book), "--check") == 1


def test_a_broken_month_is_not_shared(laptops: Laptops, capsys: pytest.CaptureFixture[str]) -> None:
    path = laptops.alice / "2020-06.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('status = "open"', 'status = "xong"', 1), encoding="utf-8")
    before = head(laptops.alice)
    capsys.readouterr()
    assert dithub("sync", str(laptops.alice)) == 1
    assert "2020-06.toml đang có lỗi" in capsys.readouterr().err
    assert head(laptops.alice) == before
    assert git(laptops.alice, "diff", "--cached", "--name-only").stdout == ""  # the index is as it was


def test_a_conflict_is_told_kept_and_finished_by_the_next_sync(laptops: Laptops, capsys: pytest.CaptureFixture[str]) -> None:
    laptops.tick(laptops.alice, WIFI)
    assert dithub("sync", str(laptops.alice)) == 0
    book = Book.open(laptops.bob)
    month = book.load(JUNE).month
    assert month is not None
    book.edit(JUNE, replace(month.task(WIFI), status=Status.DROPPED))
    book.tick(JUNE, CASHLESS)
    book.save_all()
    capsys.readouterr()
    assert dithub("sync", str(laptops.bob)) == 1
    said = capsys.readouterr().err
    assert "hai-duong/2020-06.toml: Triển khai khảo sát địa điểm lắp đặt Wifi công cộng" in said
    assert "Không mất gì" in said
    path = laptops.bob / "2020-06.toml"
    text = path.read_text(encoding="utf-8")
    clashes = markers.parse_conflicted(text)
    assert [(c.ours_label, c.theirs_label) for c in clashes] == [("HEAD", "origin/main")]
    # A sync while the conflict is open records and sends nothing.
    assert dithub("sync", str(laptops.bob)) == 1
    assert "vẫn còn chỗ xung đột" in capsys.readouterr().err
    # Bob keeps the director's version; the next sync finishes the merge and sends it.
    path.write_text(markers.resolve(text, ["theirs"]), encoding="utf-8")
    assert dithub("sync", str(laptops.bob)) == 0
    assert dithub("sync", str(laptops.alice)) == 0
    for folder in (laptops.alice, laptops.bob):
        assert status_of(folder, WIFI) == "done" and status_of(folder, CASHLESS) == "done"
    assert git(laptops.bob, "status", "--porcelain").stdout == ""


def test_setup_is_idempotent_and_check_says_so(laptops: Laptops, capsys: pytest.CaptureFixture[str]) -> None:
    before = head(laptops.bob)
    capsys.readouterr()
    assert dithub("git-setup", str(laptops.bob)) == 0
    out = capsys.readouterr().out
    assert "đã sẵn sàng" in out and "MỖI MÁY" in out
    assert head(laptops.bob) == before
    assert (laptops.bob / ".gitattributes").read_text().count("merge=dithub") == 1
    assert dithub("git-setup", str(laptops.bob), "--check", "--lang", "en") == 0
    assert "This computer is ready" in capsys.readouterr().out
    git(laptops.bob, "config", "--local", "--unset", "merge.dithub.driver")
    assert dithub("git-setup", str(laptops.bob), "--check") == 1
    assert "chưa cài bộ gộp dithub" in capsys.readouterr().out


def test_sync_says_when_the_book_is_not_set_up_for_the_driver(laptops: Laptops, capsys: pytest.CaptureFixture[str]) -> None:
    git(laptops.bob, "rm", "-q", ".gitattributes")
    git(laptops.bob, "commit", "-q", "-m", "Bỏ .gitattributes")
    capsys.readouterr()
    assert dithub("sync", str(laptops.bob)) == 0
    assert "dithub git-setup" in capsys.readouterr().out


def test_a_commit_git_refuses_is_told_and_leaves_the_index_as_it_was(
    laptops: Laptops, capsys: pytest.CaptureFixture[str]
) -> None:
    for key in ("user.name", "user.email"):
        git(laptops.bob, "config", "--global", "--unset", key)
    git(laptops.bob, "config", "--local", "user.useConfigOnly", "true")  # no guessing a name from the host
    laptops.tick(laptops.bob, WIFI)
    before = head(laptops.bob)
    capsys.readouterr()
    assert dithub("sync", str(laptops.bob), "--lang", "en") == 1
    said = capsys.readouterr().err
    assert "Could not record the changes" in said and "user name and email" in said
    assert head(laptops.bob) == before
    assert git(laptops.bob, "diff", "--cached", "--name-only").stdout == ""
    assert status_of(laptops.bob, WIFI) == "done"  # the tick is still in the file


def test_sync_waits_for_a_save_under_way_and_never_writes_under_it(laptops: Laptops) -> None:
    """A save holds the book's lock; the sync's commit waits for it, then records the save's work."""
    import threading

    from dithub.storage import BookStore

    laptops.tick(laptops.alice, WIFI)
    outcomes: list[object] = []
    with BookStore(laptops.alice).locked():  # as a dashboard's save does while it writes
        runner = threading.Thread(target=lambda: outcomes.append(sync(laptops.alice, "vi")))
        runner.start()
        runner.join(timeout=1.5)
        assert runner.is_alive() and not outcomes  # waiting, nothing committed yet
        assert git(laptops.alice, "status", "--porcelain", "--", "2020-06.toml").stdout.strip()
    runner.join(timeout=60)
    assert outcomes and outcomes[0].ok, outcomes  # type: ignore[attr-defined]
    assert last_message(laptops.alice) == "Tháng 6/2020: 1 việc xong"


def test_a_sync_that_brings_nothing_in_says_it_pulled_nothing(laptops: Laptops) -> None:
    laptops.tick(laptops.alice, WIFI)
    outcome = sync(laptops.alice, "vi")
    assert outcome.ok and outcome.state == "shared" and not outcome.pulled, outcome.summary
