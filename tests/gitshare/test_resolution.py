"""Choosing a side per task in a month file git left conflicted, and writing the result safely."""

from __future__ import annotations

import errno
import itertools
import os
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import SAMPLE_BOOK
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dithub.gitshare import markers
from dithub.gitshare.driver import _git_merge_file, merge_texts
from dithub.gitshare.resolution import HEADER, TASK, TEXT, open_conflicted, write_resolution
from dithub.model import Month, Status, YearMonth
from dithub.reading import read_month
from dithub.storage import BookStore, Fingerprint, MonthFile
from dithub.text import nfc

JUNE = YearMonth(2020, 6)
WIFI = "wifi-cong-cong"
WIFI_TITLE = "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng trên địa bàn tỉnh Hải Dương"
CASHLESS = "thanh-toan-khong-dung-tien-mat"
BASE = (SAMPLE_BOOK / "2020-06.toml").read_text(encoding="utf-8")


def version(text: str, change: dict[str, dict[str, object]], **header: object) -> str:
    """The June file with some tasks' fields changed, written the way a save writes it."""
    month = read_month(SAMPLE_BOOK / "2020-06.toml", JUNE).month
    assert month is not None
    for task_id, fields in change.items():
        month = month.with_task(replace(month.task(task_id), **fields))
    month = replace(month, **header)
    file = MonthFile(JUNE, Path("2020-06.toml"), read_month(SAMPLE_BOOK / "2020-06.toml", JUNE).month, [], text)
    file.fingerprint = Fingerprint.of(text.encode("utf-8"), None)
    return BookStore(Path(".")).text_for(file, month)


DROPPED = {"status": Status.DROPPED}
DONE = {"status": Status.DONE, "done_on": date(2020, 6, 20)}


def conflicted_june(folder: Path, ours: str, theirs: str) -> Path:
    merged = merge_texts(BASE, ours, theirs, "2020-06.toml", ("HEAD", "origin/main"))
    assert not merged.clean
    path = folder / "2020-06.toml"
    path.write_text(merged.text, encoding="utf-8")
    return path


def test_a_task_both_sides_changed_shows_its_fields_and_labels(tmp_path: Path) -> None:
    path = conflicted_june(tmp_path, version(BASE, {WIFI: DROPPED}), version(BASE, {WIFI: DONE, CASHLESS: DONE}))
    conflicted = open_conflicted(path, JUNE)
    assert conflicted is not None
    [view] = conflicted.clashes
    assert (view.kind, view.task_id, view.title) == (TASK, WIFI, WIFI_TITLE)
    # Only the field both changed: their done_on, a field we left alone, is merged into both sides.
    assert [(d.field, d.ours, d.theirs) for d in view.differences] == [("status", Status.DROPPED, Status.DONE)]
    assert (conflicted.ours_label, conflicted.theirs_label) == ("HEAD", "origin/main")


@pytest.mark.parametrize("choice", [markers.OURS, markers.THEIRS])
def test_writing_a_choice_gives_a_month_with_that_side_and_the_rest_merged(tmp_path: Path, choice: str) -> None:
    path = conflicted_june(tmp_path, version(BASE, {WIFI: DROPPED}), version(BASE, {WIFI: DONE, CASHLESS: DONE}))
    conflicted = open_conflicted(path, JUNE)
    assert conflicted is not None
    written = write_resolution(conflicted, [choice])
    assert written.state == "written"
    month = read_month(path, JUNE).month
    assert month is not None and "<<<<<<<" not in path.read_text(encoding="utf-8")
    assert month.task(WIFI).status is (Status.DROPPED if choice == markers.OURS else Status.DONE)
    assert month.task(CASHLESS).status is Status.DONE  # their tick of another task merged either way
    assert "# Giám đốc Sở yêu cầu chốt thời gian" in path.read_text(encoding="utf-8")  # comments stay
    assert open_conflicted(path, JUNE) is None
    backups = list((tmp_path / ".dithub" / "backup").glob("2020-06.toml.*"))
    assert len(backups) == 1 and "<<<<<<<" in backups[0].read_text(encoding="utf-8")


def test_every_combination_of_choices_over_two_tasks(tmp_path: Path) -> None:
    ours = version(BASE, {WIFI: DROPPED, CASHLESS: {"owner": "Văn phòng Sở"}})
    theirs = version(BASE, {WIFI: DONE, CASHLESS: {"owner": "Phòng Bưu chính - Viễn thông"}})
    for choices in itertools.product((markers.OURS, markers.THEIRS), repeat=2):
        path = conflicted_june(tmp_path, ours, theirs)
        conflicted = open_conflicted(path, JUNE)
        assert conflicted is not None and [v.task_id for v in conflicted.clashes] == [WIFI, CASHLESS]
        assert write_resolution(conflicted, choices).state == "written"
        month = read_month(path, JUNE).month
        assert month is not None
        assert month.task(WIFI).status is (Status.DROPPED if choices[0] == markers.OURS else Status.DONE)
        assert month.task(CASHLESS).owner == ("Văn phòng Sở" if choices[1] == markers.OURS else "Phòng Bưu chính - Viễn thông")


def test_git_line_level_blocks_name_the_task_and_field(tmp_path: Path) -> None:
    """A laptop without git-setup: git's own merge leaves a block of bare lines inside a task."""
    ours, theirs = version(BASE, {WIFI: {"owner": "Văn phòng Sở"}}), version(BASE, {WIFI: {"owner": "Thanh tra Sở"}})
    text, conflicts = _git_merge_file(BASE, ours, theirs, ("HEAD", "origin/main"))
    assert conflicts == 1 and text is not None and "[[tasks]]" not in text.split("<<<<<<<")[1].split(">>>>>>>")[0]
    path = tmp_path / "2020-06.toml"
    path.write_text(text, encoding="utf-8")
    conflicted = open_conflicted(path, JUNE)
    assert conflicted is not None
    [view] = conflicted.clashes
    assert (view.kind, view.task_id) == (TASK, WIFI)
    assert [(d.field, d.ours, d.theirs) for d in view.differences] == [("owner", "Văn phòng Sở", "Thanh tra Sở")]
    assert write_resolution(conflicted, [markers.THEIRS]).state == "written"
    assert read_month(path, JUNE).month.task(WIFI).owner == "Thanh tra Sở"  # type: ignore[union-attr]


def test_the_meeting_header_changed_both_ways(tmp_path: Path) -> None:
    ours = version(BASE, {}, chair="Giám đốc Sở Nguyễn Văn Phổ")
    theirs = version(BASE, {}, chair="Phó Giám đốc Sở Lê Văn Thăng")
    path = conflicted_june(tmp_path, ours, theirs)
    conflicted = open_conflicted(path, JUNE)
    assert conflicted is not None
    [view] = conflicted.clashes
    assert view.kind == HEADER
    assert [(d.field, d.ours, d.theirs) for d in view.differences] == [
        ("chair", "Giám đốc Sở Nguyễn Văn Phổ", "Phó Giám đốc Sở Lê Văn Thăng")
    ]


def test_a_task_deleted_on_one_side_and_changed_on_the_other(tmp_path: Path) -> None:
    month = read_month(SAMPLE_BOOK / "2020-06.toml", JUNE).month
    assert month is not None
    file = MonthFile(JUNE, Path("2020-06.toml"), month, [], BASE, Fingerprint.of(BASE.encode("utf-8"), None))
    ours = BookStore(Path(".")).text_for(file, Month(JUNE, tuple(t for t in month.tasks if t.id != WIFI), month.title))
    path = conflicted_june(tmp_path, ours, version(BASE, {WIFI: DONE}))
    conflicted = open_conflicted(path, JUNE)
    assert conflicted is not None
    [view] = conflicted.clashes
    assert (view.kind, view.task_id, view.ours_gone, view.theirs_gone) == (TASK, WIFI, True, False)
    assert write_resolution(conflicted, [markers.OURS]).state == "written"
    assert not read_month(path, JUNE).month.has_task(WIFI)  # type: ignore[union-attr]


HEAD = 'month = "2020-06"\ntitle = "Giao ban quản lý nhà nước tháng 6/2020"\n\n'
UNIDEN = '[[tasks]]\nid = "kiem-tra-uniden"\ntitle = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"\nstatus = "done"\n'


def test_choices_that_do_not_make_a_month_write_nothing(tmp_path: Path) -> None:
    """Our side of the block repeats an id the file already has: that choice is refused."""
    ours = UNIDEN.replace("done", "open")
    theirs = '[[tasks]]\nid = "wifi-cong-cong"\ntitle = "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng"\n'
    text = HEAD + UNIDEN + "\n" + markers.block(ours, theirs, "HEAD", "origin/main")
    path = tmp_path / "2020-06.toml"
    path.write_text(text, encoding="utf-8")
    conflicted = open_conflicted(path, JUNE)
    assert conflicted is not None and conflicted.clashes[0].kind == TEXT
    assert write_resolution(conflicted, [markers.OURS]).state == "not_month"
    assert path.read_text(encoding="utf-8") == text
    assert write_resolution(conflicted, [markers.THEIRS]).state == "written"


def test_a_file_changed_since_it_was_read_is_not_written(tmp_path: Path) -> None:
    path = conflicted_june(tmp_path, version(BASE, {WIFI: DROPPED}), version(BASE, {WIFI: DONE}))
    conflicted = open_conflicted(path, JUNE)
    assert conflicted is not None
    edited = path.read_text(encoding="utf-8").replace("Phòng Công nghệ thông tin", "Văn phòng Sở", 1)
    path.write_text(edited, encoding="utf-8")  # someone ran `git checkout --theirs` or edited it meanwhile
    assert write_resolution(conflicted, [markers.OURS]).state == "changed"
    assert path.read_text(encoding="utf-8") == edited


def test_a_full_disk_writes_nothing_and_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = conflicted_june(tmp_path, version(BASE, {WIFI: DROPPED}), version(BASE, {WIFI: DONE}))
    before = path.read_bytes()
    conflicted = open_conflicted(path, JUNE)
    assert conflicted is not None

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    written = write_resolution(conflicted, [markers.OURS])
    assert (written.state, written.reason) == ("failed", "disk_full")
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".dithub-tmp")]


owners = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40).map(nfc)


@settings(max_examples=40, deadline=None)
@given(ours=owners, theirs=owners)
def test_any_two_owners_are_shown_as_typed_and_the_chosen_one_written(ours: str, theirs: str) -> None:
    """Whatever the two laptops typed (quotes, markers, diacritics), each is shown and written exactly."""
    assume(ours != theirs and ours.strip() and theirs.strip())
    with tempfile.TemporaryDirectory() as folder:
        path = conflicted_june(Path(folder), version(BASE, {WIFI: {"owner": ours}}), version(BASE, {WIFI: {"owner": theirs}}))
        conflicted = open_conflicted(path, JUNE)
        assert conflicted is not None
        [view] = conflicted.clashes
        assert [(d.field, d.ours, d.theirs) for d in view.differences] == [("owner", ours, theirs)]
        assert write_resolution(conflicted, [markers.THEIRS]).state == "written"
        assert read_month(path, JUNE).month.task(WIFI).owner == theirs  # type: ignore[union-attr]


def test_a_choice_that_names_another_month_is_refused(tmp_path: Path) -> None:
    """Their header says July (a file copied over June's): taking it would make June's file lie."""
    ours_head = HEAD
    theirs_head = HEAD.replace('"2020-06"', '"2020-07"').replace("6/2020", "7/2020")
    text = markers.block(ours_head, theirs_head, "HEAD", "origin/main") + UNIDEN
    path = tmp_path / "2020-06.toml"
    path.write_text(text, encoding="utf-8")
    conflicted = open_conflicted(path, JUNE)
    assert conflicted is not None
    assert write_resolution(conflicted, [markers.THEIRS]).state == "not_month"
    assert path.read_text(encoding="utf-8") == text
    assert write_resolution(conflicted, [markers.OURS]).state == "written"
    assert read_month(path, JUNE).month.title == "Giao ban quản lý nhà nước tháng 6/2020"  # type: ignore[union-attr]
