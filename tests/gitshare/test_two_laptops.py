"""Two laptops change one month; git merges it through dithub's driver."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dithub.book import Book
from dithub.model import Task
from dithub.reading import read_month

from .conftest import JUNE, Laptops, dithub, git, needs_git, status_of

pytestmark = needs_git

WIFI = "wifi-cong-cong"
CASHLESS = "thanh-toan-khong-dung-tien-mat"
JUNE_FILE = "hai-duong/2020-06.toml"


def commit(book: Path, message: str) -> None:
    git(book, "commit", "-q", "-am", message)


def test_ticks_of_different_tasks_on_both_sides_merge_without_conflict(laptops: Laptops) -> None:
    laptops.tick(laptops.alice, WIFI)
    commit(laptops.alice, "Giám đốc: Wifi công cộng xong")
    git(laptops.alice, "push", "-q")
    laptops.tick(laptops.bob, CASHLESS)
    commit(laptops.bob, "Văn phòng: thanh toán không tiền mặt xong")
    pulled = git(laptops.bob, "pull", "-q", "--no-rebase", "--no-edit", check=False)
    assert pulled.returncode == 0, pulled.stderr
    assert status_of(laptops.bob, WIFI) == "done"
    assert status_of(laptops.bob, CASHLESS) == "done"
    text = (laptops.bob / "2020-06.toml").read_text(encoding="utf-8")
    assert "# Giám đốc Sở yêu cầu chốt thời gian" in text  # comments stay
    assert "<<<<<<<" not in text


def test_a_carry_on_one_side_and_a_tick_on_the_other_merge(laptops: Laptops) -> None:
    book = Book.open(laptops.alice)
    book.load(JUNE)
    book.carry(JUNE, [WIFI])
    book.save_all()
    git(laptops.alice, "add", "-A", ".")
    commit(laptops.alice, "Chuyển Wifi công cộng sang tháng 7")
    git(laptops.alice, "push", "-q")
    laptops.tick(laptops.bob, CASHLESS)
    commit(laptops.bob, "Thanh toán không tiền mặt xong")
    assert git(laptops.bob, "pull", "-q", "--no-rebase", "--no-edit", check=False).returncode == 0
    assert status_of(laptops.bob, WIFI) == "carried"
    assert status_of(laptops.bob, CASHLESS) == "done"
    assert (laptops.bob / "2020-07.toml").exists()


def test_an_add_on_both_sides_with_the_same_title_is_one_task(laptops: Laptops) -> None:
    title = "Tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Hải Dương năm 2020"
    for folder, owner in ((laptops.alice, "Phòng Công nghệ thông tin"), (laptops.bob, None)):
        book = Book.open(folder)
        book.load(JUNE)
        # Each laptop types the task its own way: the id differs, the title is the same.
        book.add(JUNE, Task(id="chuyen-doi-so" if owner else "", title=title, owner=owner))
        book.save_all()
        commit(folder, "Thêm nhiệm vụ chuyển đổi số")
    git(laptops.alice, "push", "-q")
    other = "Hướng dẫn các cơ quan báo chí tuyên truyền về chuyển đổi số"
    book = Book.open(laptops.bob)
    book.load(JUNE)
    book.add(JUNE, Task(id="", title=other))
    book.save_all()
    commit(laptops.bob, "Thêm nhiệm vụ tuyên truyền")
    pulled = git(laptops.bob, "pull", "-q", "--no-rebase", "--no-edit", check=False)
    assert pulled.returncode == 0, pulled.stderr
    month = read_month(laptops.bob / "2020-06.toml", JUNE).month
    assert month is not None
    same = [task for task in month.tasks if task.title == title]
    assert len(same) == 1
    assert same[0].owner == "Phòng Công nghệ thông tin"  # a field only one side gave is kept
    assert any(task.title == other for task in month.tasks)
    assert len(month.tasks) == 23


def test_next_month_created_on_both_laptops_merges(laptops: Laptops) -> None:
    """Both carry a different task: July is a new file on each side (git: added on both)."""
    for folder, task_id in ((laptops.alice, WIFI), (laptops.bob, CASHLESS)):
        book = Book.open(folder)
        book.load(JUNE)
        book.carry(JUNE, [task_id])
        book.save_all()
        git(folder, "add", "-A", ".")
        commit(folder, "Chuyển sang tháng 7")
    git(laptops.alice, "push", "-q")
    pulled = git(laptops.bob, "pull", "-q", "--no-rebase", "--no-edit", check=False)
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    assert status_of(laptops.bob, WIFI) == status_of(laptops.bob, CASHLESS) == "carried"
    july = read_month(laptops.bob / "2020-07.toml", JUNE.next()).month
    assert july is not None and {t.id for t in july.tasks} == {WIFI, CASHLESS}
    assert all(t.carried_from == JUNE and t.status.value == "open" for t in july.tasks)


def _conflict(laptops: Laptops) -> None:
    """Alice ticks Wifi done; Bob marks it dropped and ticks another task: a real conflict."""
    laptops.tick(laptops.alice, WIFI)
    commit(laptops.alice, "Wifi xong")
    git(laptops.alice, "push", "-q")
    book = Book.open(laptops.bob)
    month = book.load(JUNE).month
    assert month is not None
    from dithub.model import Status

    book.edit(JUNE, replace(month.task(WIFI), status=Status.DROPPED))
    book.tick(JUNE, CASHLESS)
    book.save_all()
    commit(laptops.bob, "Thôi làm Wifi; thanh toán không tiền mặt xong")


def test_the_same_task_changed_both_ways_is_a_conflict_on_that_task_only(
    laptops: Laptops, capsys: pytest.CaptureFixture[str]
) -> None:
    _conflict(laptops)
    pulled = git(laptops.bob, "pull", "--no-rebase", "--no-edit", check=False)
    assert pulled.returncode != 0
    assert "CONFLICT" in pulled.stdout
    text = (laptops.bob / "2020-06.toml").read_text(encoding="utf-8")
    lines = text.splitlines()
    start, middle, end = (
        next(i for i, line in enumerate(lines) if line.startswith(mark)) for mark in ("<<<<<<<", "=======", ">>>>>>>")
    )
    assert text.count("<<<<<<<") == 1
    ours, theirs = "\n".join(lines[start:middle]), "\n".join(lines[middle:end])
    assert 'id = "wifi-cong-cong"' in ours and 'status = "dropped"' in ours
    assert 'id = "wifi-cong-cong"' in theirs and 'status = "done"' in theirs
    assert "[[tasks]]" not in "\n".join(lines[start + 2 : middle])  # one task inside, no more
    # Everything else merged: Bob's tick of another task is there, outside the markers.
    outside = "\n".join(lines[:start] + lines[end + 1 :])
    assert 'status = "done"\ndone_on' in outside or "done_on" in outside
    capsys.readouterr()
    assert dithub("check", str(laptops.bob)) == 1
    said = capsys.readouterr().out
    assert "2020-06.toml" in said and "Wifi công cộng" in said and "ours" in said and "theirs" in said


def change_due(folder: Path, task_id: str, due: date) -> None:
    book = Book.open(folder)
    month = book.load(JUNE).month
    assert month is not None
    book.edit(JUNE, replace(month.task(task_id), due=due))
    book.save_all()


def _adjacent_changes(laptops: Laptops) -> None:
    """Alice moves Wifi's due date; Bob ticks it. The lines touch, so git's line merge alone
    stops on a conflict; field by field they are different fields and both stay."""
    change_due(laptops.alice, WIFI, date(2020, 7, 15))
    commit(laptops.alice, "Lùi hạn Wifi công cộng")
    git(laptops.alice, "push", "-q")
    laptops.tick(laptops.bob, WIFI)
    commit(laptops.bob, "Wifi công cộng xong")


def _both_kept(folder: Path) -> None:
    month = read_month(folder / "2020-06.toml", JUNE).month
    assert month is not None
    assert month.task(WIFI).status.value == "done" and month.task(WIFI).due == date(2020, 7, 15)


def test_without_the_driver_git_alone_stops_on_these_changes(laptops: Laptops) -> None:
    """The control for the two tests below: what they merge is beyond git's line merge."""
    _adjacent_changes(laptops)
    git(laptops.bob, "config", "--local", "--unset", "merge.dithub.driver")
    assert git(laptops.bob, "pull", "-q", "--no-rebase", "--no-edit", check=False).returncode != 0


def test_merge_rebase_and_cherry_pick_use_the_driver(laptops: Laptops) -> None:
    _adjacent_changes(laptops)
    pulled = git(laptops.bob, "pull", "-q", "--rebase", check=False)
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    _both_kept(laptops.bob)
    assert "Merge" not in git(laptops.bob, "log", "-1", "--format=%s").stdout  # replayed, not merged
    # Cherry-pick: Alice's branch carries Bob's kind of change onto her own.
    git(laptops.alice, "switch", "-q", "-c", "hop-bat-thuong", "HEAD~1")
    laptops.tick(laptops.alice, WIFI)
    commit(laptops.alice, "Wifi công cộng xong (họp bất thường)")
    picked = git(laptops.alice, "rev-parse", "HEAD").stdout.strip()
    git(laptops.alice, "switch", "-q", "main")
    result = git(laptops.alice, "cherry-pick", picked, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    _both_kept(laptops.alice)


def test_a_broken_month_on_one_side_is_never_merged_into_something_that_parses_wrongly(laptops: Laptops) -> None:
    path = laptops.alice / "2020-06.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('title = "Giao ban quản lý nhà nước tháng 6/2020"', 'title = "Giao ban quản lý nhà nước tháng 6/2020'),
        encoding="utf-8",
    )
    commit(laptops.alice, "Sửa tiêu đề (quên dấu ngoặc)")
    git(laptops.alice, "push", "-q")
    laptops.tick(laptops.bob, CASHLESS)
    commit(laptops.bob, "Thanh toán xong")
    pulled = git(laptops.bob, "pull", "--no-rebase", "--no-edit", check=False)
    assert pulled.returncode != 0  # the driver failed: git reports the file as conflicted
    assert git(laptops.bob, "diff", "--name-only", "--diff-filter=U").stdout.split() == [JUNE_FILE]
    merged = read_month(laptops.bob / "2020-06.toml", JUNE)
    assert merged.is_broken  # never something that reads as a month it is not
    assert "<<<<<<<" in merged.text and ">>>>>>>" in merged.text
