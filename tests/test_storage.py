"""Reading and saving month files: minimal diffs, atomic writes, outside edits, backups."""

from __future__ import annotations

import difflib
import errno
import os
import stat
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from conftest import JULY_2020, copy_sample_book, write_month

from dithub.book import Book, MonthNotOpen
from dithub.model import Month, Status, Task, YearMonth, tick
from dithub.reading import read_month
from dithub.storage import BACKUPS_KEPT, TEMP_SUFFIX, BookStore, FileChangedError, StorageError

MAY = YearMonth(2020, 5)
JUNE = YearMonth(2020, 6)
JULY = YearMonth(2020, 7)
TODAY = date(2020, 6, 20)


def open_book(folder: Path) -> Book:
    book = Book.open(folder)
    book.today = lambda: TODAY
    book.load_all()
    return book


def diff_lines(before: str, after: str) -> list[str]:
    """The changed lines of a unified diff without context: '-old' and '+new'."""
    return [
        line.rstrip("\r\n")
        for line in difflib.unified_diff(before.splitlines(True), after.splitlines(True), n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{TEMP_SUFFIX}")) + sorted(folder.glob(f".*{TEMP_SUFFIX}"))


def backups(folder: Path, name: str) -> list[Path]:
    return sorted((folder / ".dithub" / "backup").glob(f"{name}.*"))


# --- reading ---


def test_sample_book_loads_every_month(book_dir: Path) -> None:
    book = open_book(book_dir)
    assert book.keys == [MAY, JUNE]
    assert book.problems == []
    assert book.settings.unit == "Sở Thông tin và Truyền thông tỉnh Hải Dương"
    assert [c.id for c in book.settings.categories] == [
        "inspection",
        "press",
        "ipv6",
        "broadcasting",
        "egov",
        "postal",
        "party",
        "other",
    ]
    may, june = book.months[MAY], book.months[JUNE]
    assert may is not None and june is not None
    assert (len(may.tasks), len(june.tasks)) == (18, 21)
    assert len(june.open_tasks) == 19
    assert june.chair == "Nguyễn Cao Thắng, Giám đốc Sở"
    assert june.date == date(2020, 6, 2)
    assert book.files[JUNE].problems == []
    hoi_thao = june.task("hoi-thao-cntt-tt-lan-24")
    assert (hoi_thao.carried_from, hoi_thao.times_carried, hoi_thao.category) == (MAY, 3, "egov")


def test_months_are_held_compressed_but_the_first_shown_is_kept_whole(book_dir: Path) -> None:
    book = Book.open(book_dir)
    first, other = book.keys[-1], book.keys[0]
    shown, older = book.load(first, pack=False), book.load(other)
    assert shown.text is not None and shown.packed is None
    assert older.text is None and older.packed  # compressed where it was read, not when taken in
    for file in (shown, older):
        assert file.source() == file.path.read_text(encoding="utf-8")
    tickable = next(task for task in older.month.tasks if task.status in (Status.OPEN, Status.DONE))  # type: ignore[union-attr]
    book.tick(other, tickable.id)
    book.save_all()  # a save edits the compressed text as it would the whole one
    assert Book.open(book_dir).load(other).month == book.month(other)


def test_nfd_file_reads_as_nfc(book_dir: Path, tmp_path: Path) -> None:
    original = (book_dir / "2020-06.toml").read_text(encoding="utf-8")
    mac = tmp_path / "mac"
    mac.mkdir()
    write_month(mac, "2020-06.toml", original, form="NFD")
    assert (mac / "2020-06.toml").read_bytes() != (book_dir / "2020-06.toml").read_bytes()
    nfd_month = read_month(mac / "2020-06.toml", JUNE).month
    nfc_month = read_month(book_dir / "2020-06.toml", JUNE).month
    assert nfd_month is not None and nfc_month is not None
    assert [t.title for t in nfd_month.tasks] == [t.title for t in nfc_month.tasks]
    assert all(unicodedata.is_normalized("NFC", t.title) for t in nfd_month.tasks)
    assert nfd_month.chair == "Nguyễn Cao Thắng, Giám đốc Sở"
    assert nfd_month == nfc_month


IDLESS = """\
# Nhiệm vụ tháng 7/2020, chưa ghi mã
month = "2020-07"

[[tasks]]
title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"

[[tasks]]
title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"
owner = "Thanh tra Sở"

[[tasks]]
title = "Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3, nhiệm kỳ 2020-2025"
"""


def test_ids_are_made_from_titles_and_unique(empty_book: Path) -> None:
    write_month(empty_book, "2020-07", IDLESS)
    file = read_month(empty_book / "2020-07.toml", JULY)
    assert file.problems == []
    assert file.month is not None
    assert [t.id for t in file.month.tasks] == [
        "kiem-tra-cong-ty-tnhh-uniden-viet-nam",
        "kiem-tra-cong-ty-tnhh-uniden-viet-nam-2",
        "to-chuc-dai-hoi-dang-bo-so-tttt-lan-thu-3-nhiem",
    ]


def test_made_ids_never_take_an_id_a_later_task_states(empty_book: Path) -> None:
    text = IDLESS + '\n[[tasks]]\nid = "kiem-tra-cong-ty-tnhh-uniden-viet-nam"\ntitle = "Kiểm tra UNIDEN"\n'
    write_month(empty_book, "2020-07", text)
    file = read_month(empty_book / "2020-07.toml", JULY)
    assert file.month is not None, file.problems
    ids = [t.id for t in file.month.tasks]
    assert len(set(ids)) == len(ids) == 4
    assert ids[3] == "kiem-tra-cong-ty-tnhh-uniden-viet-nam"


def test_made_ids_are_written_back_on_first_save(empty_book: Path) -> None:
    write_month(empty_book, "2020-07", IDLESS)
    book = open_book(empty_book)
    book.tick(JULY, "to-chuc-dai-hoi-dang-bo-so-tttt-lan-thu-3-nhiem")
    book.save_all()
    text = (empty_book / "2020-07.toml").read_text(encoding="utf-8")
    assert text.count('id = "kiem-tra-cong-ty-tnhh-uniden-viet-nam"') == 1
    assert text.count('id = "kiem-tra-cong-ty-tnhh-uniden-viet-nam-2"') == 1
    assert text.count('id = "to-chuc-dai-hoi-dang-bo-so-tttt-lan-thu-3-nhiem"') == 1
    assert "# Nhiệm vụ tháng 7/2020, chưa ghi mã" in text
    # each id is the first key of its task
    lines = text.splitlines()
    assert [lines[i + 1].split(" =")[0] for i, line in enumerate(lines) if line == "[[tasks]]"] == ["id"] * 3
    reread = open_book(empty_book).months[JULY]
    assert reread is not None
    assert [t.id for t in reread.tasks] == [t.id for t in book.months[JULY].tasks]  # type: ignore[union-attr]


# --- minimal diffs ---


def test_tick_and_save_changes_only_the_status_line(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    before = path.read_text(encoding="utf-8")
    book = open_book(book_dir)
    book.tick(JUNE, "wifi-cong-cong")
    book.save_all()
    after = path.read_text(encoding="utf-8")
    assert diff_lines(before, after) == ['-status = "open"', '+status = "done"', "+done_on = 2020-06-20"]
    # and the new line sits right after the status line of that very task
    lines = after.splitlines()
    at = lines.index('id = "wifi-cong-cong"')
    assert lines[at + 4 : at + 6] == ['status = "done"', "done_on = 2020-06-20"]
    assert (book_dir / "2020-05.toml").read_text(encoding="utf-8") == (
        Path(__file__).parent.parent / "sample_data" / "hai-duong" / "2020-05.toml"
    ).read_text(encoding="utf-8")


def test_reopen_removes_only_the_done_on_line(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    before = path.read_text(encoding="utf-8")
    book = open_book(book_dir)
    book.tick(JUNE, "bao-cao-kh-101")  # done -> open
    book.save_all()
    after = path.read_text(encoding="utf-8")
    assert diff_lines(before, after) == ['-status = "done"', "-done_on = 2020-06-12", '+status = "open"']


def test_tick_then_reopen_in_one_session_restores_the_file(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    original = path.read_bytes()
    book = open_book(book_dir)
    book.tick(JUNE, "kiem-tra-uniden")
    book.save_all()
    assert path.read_bytes() != original
    book.tick(JUNE, "kiem-tra-uniden")
    book.save_all()
    assert path.read_bytes() == original


def test_undo_of_a_saved_tick_restores_the_file(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    original = path.read_bytes()
    book = open_book(book_dir)
    book.tick(JUNE, "dai-hoi-dang-bo-so-lan-3")
    book.save_all()
    book.undo()
    book.save_all()
    assert path.read_bytes() == original


def test_carry_into_a_missing_month_creates_it(book_dir: Path) -> None:
    book = open_book(book_dir)
    outcome, change = book.carry(JUNE, ["kiem-tra-nam-cuong", "ipv6-co-quan-nha-nuoc"])
    assert change is not None
    book.save_all()
    path = book_dir / "2020-07.toml"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# ") and "2020-07" in lines[0] and "2020-06" in lines[0]
    assert 'month = "2020-07"' in lines
    july = read_month(path, JULY)
    assert july.problems == [] and july.month is not None
    assert [t.id for t in july.month.tasks] == ["kiem-tra-nam-cuong", "ipv6-co-quan-nha-nuoc"]
    ipv6 = july.month.task("ipv6-co-quan-nha-nuoc")
    assert (ipv6.status, ipv6.carried_from, ipv6.times_carried) == (Status.OPEN, JUNE, 3)
    june = read_month(book_dir / "2020-06.toml", JUNE).month
    assert june is not None
    assert june.task("ipv6-co-quan-nha-nuoc").status is Status.CARRIED
    assert june.task("kiem-tra-uniden").status is Status.OPEN


def test_carry_december_creates_january_of_next_year(empty_book: Path) -> None:
    write_month(
        empty_book,
        "2020-12",
        '# Nhiệm vụ tháng 12/2020\nmonth = "2020-12"\n\n[[tasks]]\nid = "ipv6-co-quan-nha-nuoc"\n'
        'title = "Triển khai chuyển đổi IPv6 trong các cơ quan nhà nước"\n',
    )
    book = open_book(empty_book)
    outcome, _ = book.carry(YearMonth(2020, 12))
    book.save_all()
    assert outcome.carried == ("ipv6-co-quan-nha-nuoc",)
    path = empty_book / "2021-01.toml"
    assert path.exists()
    assert 'month = "2021-01"' in path.read_text(encoding="utf-8").splitlines()
    january = read_month(path, YearMonth(2021, 1)).month
    assert january is not None
    assert january.task("ipv6-co-quan-nha-nuoc").carried_from == YearMonth(2020, 12)


# --- atomic saves ---


def test_save_keeps_file_permissions_and_leaves_no_temp_file(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    path.chmod(0o640)
    book = open_book(book_dir)
    book.tick(JUNE, "kiem-tra-ha-thanh")
    book.save_all()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert temp_files(book_dir) == []
    assert 'status = "done"' in path.read_text(encoding="utf-8")


def test_failed_write_raises_disk_full_and_leaves_the_file(book_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = book_dir / "2020-06.toml"
    original = path.read_bytes()
    book = open_book(book_dir)
    book.tick(JUNE, "kiem-tra-ha-thanh")

    def full_disk(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(StorageError) as raised:
        book.save_all()
    assert raised.value.reason == "disk_full"
    assert raised.value.path == path
    assert path.read_bytes() == original
    assert temp_files(book_dir) == []
    # the change is still pending, and saves once the disk has room
    assert book.is_dirty(JUNE)
    monkeypatch.undo()
    book.save_all()
    assert not book.is_dirty(JUNE)
    assert diff_lines(original.decode(), path.read_text(encoding="utf-8"))[1:] == ['+status = "done"', "+done_on = 2020-06-20"]


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_sweep_removes_a_temp_file_of_a_dead_process(book_dir: Path) -> None:
    stale = book_dir / f".2020-06.toml.{_dead_pid()}.1a2b3c4d{TEMP_SUFFIX}"
    stale.write_text('month = "2020-06"\n', encoding="utf-8")
    live = book_dir / f".2020-05.toml.{os.getpid()}.5e6f7a8b{TEMP_SUFFIX}"
    live.write_text('month = "2020-05"\n', encoding="utf-8")
    removed = BookStore(book_dir).sweep_temporary_files()
    assert removed == [stale]
    assert not stale.exists()
    assert live.exists()  # a live process may be writing it right now


def test_opening_a_book_sweeps_stale_temp_files(book_dir: Path) -> None:
    stale = book_dir / f".2020-06.toml.{_dead_pid()}.99aa88bb{TEMP_SUFFIX}"
    stale.write_text("", encoding="utf-8")
    Book.open(book_dir)
    assert not stale.exists()


# --- someone else's edit ---


def test_outside_change_to_another_task_is_merged(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book = open_book(book_dir)
    text = path.read_text(encoding="utf-8")
    theirs = text.replace(
        'title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"\ncategory = "inspection"\nowner = "Thanh tra Sở"\n'
        'due = 2020-06-19\nstatus = "open"',
        'title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"\ncategory = "inspection"\nowner = "Thanh tra Sở"\n'
        'due = 2020-06-19\nstatus = "dropped"\n# Doanh nghiệp đã giải thể.',
    )
    assert theirs != text
    path.write_text(theirs, encoding="utf-8")
    book.tick(JUNE, "kiem-tra-nam-cuong")
    book.save_all()
    after = path.read_text(encoding="utf-8")
    assert "# Doanh nghiệp đã giải thể." in after
    june = read_month(path, JUNE).month
    assert june is not None
    assert june.task("kiem-tra-uniden").status is Status.DROPPED
    assert june.task("kiem-tra-nam-cuong").status is Status.DONE
    assert june.task("kiem-tra-nam-cuong").done_on == TODAY
    assert book.months[JUNE] == june


def test_outside_change_to_the_same_field_raises_and_keeps_their_file(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book = open_book(book_dir)
    text = path.read_text(encoding="utf-8")
    marker = 'id = "kiem-tra-duc-viet-568"\ntitle = "Kiểm tra Công ty Cổ phần Đức Việt 568"\nowner = "Thanh tra Sở"\ndue = 2020-06-30\nstatus = "open"'
    assert marker in text
    theirs = text.replace(marker, marker.replace('status = "open"', 'status = "dropped"'))
    path.write_text(theirs, encoding="utf-8")
    on_disk = path.read_bytes()
    book.tick(JUNE, "kiem-tra-duc-viet-568")
    with pytest.raises(FileChangedError) as raised:
        book.save_all()
    assert raised.value.titles == ["Kiểm tra Công ty Cổ phần Đức Việt 568"]
    assert raised.value.theirs.month is not None
    assert raised.value.theirs.month.task("kiem-tra-duc-viet-568").status is Status.DROPPED
    assert path.read_bytes() == on_disk


def test_outside_change_that_breaks_the_file_is_not_overwritten(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book = open_book(book_dir)
    path.write_text(path.read_text(encoding="utf-8").replace('status = "open"', 'status = "open', 1), encoding="utf-8")
    on_disk = path.read_bytes()
    book.tick(JUNE, "kiem-tra-duc-viet-568")
    with pytest.raises(FileChangedError) as raised:
        book.save_all()
    assert raised.value.theirs.is_broken
    assert path.read_bytes() == on_disk


def test_outside_creation_of_next_month_is_merged_on_carry(book_dir: Path) -> None:
    book = open_book(book_dir)
    book.carry(JUNE, ["wifi-cong-cong"])  # next month did not exist when we looked
    write_month(book_dir, "2020-07", JULY_2020)
    book.save_all()
    july = read_month(book_dir / "2020-07.toml", JULY).month
    assert july is not None
    ids = [t.id for t in july.tasks]
    assert sorted(ids) == sorted(["kiem-tra-uniden", "phong-hop-bao-xu-dong", "dai-hoi-dang-bo-so-lan-3", "wifi-cong-cong"])
    assert [i for i in ids if i != "wifi-cong-cong"] == ["kiem-tra-uniden", "phong-hop-bao-xu-dong", "dai-hoi-dang-bo-so-lan-3"]
    assert july.task("wifi-cong-cong").carried_from == JUNE
    assert "# Kỷ niệm 95 năm Ngày Báo chí Cách mạng Việt Nam (21/6)." in (book_dir / "2020-07.toml").read_text(encoding="utf-8")


# --- broken files ---


def test_broken_file_is_never_written(book_dir: Path) -> None:
    path = write_month(book_dir, "2020-07", JULY_2020.replace('status = "open"', 'status = "mở"', 1))
    original = path.read_bytes()
    store = BookStore(book_dir)
    file = store.read(JULY)
    assert file.is_broken
    with pytest.raises(StorageError) as raised:
        store.save(file, Month(JULY))
    assert raised.value.reason == "broken"
    assert path.read_bytes() == original
    assert backups(book_dir, "2020-07.toml") == []


def test_book_refuses_changes_to_a_broken_month(book_dir: Path) -> None:
    path = write_month(book_dir, "2020-07", JULY_2020.replace("due = 2020-07-10", 'due = "2020-07-10"'))
    original = path.read_bytes()
    book = open_book(book_dir)
    with pytest.raises(MonthNotOpen):
        book.tick(JULY, "kiem-tra-uniden")
    with pytest.raises(MonthNotOpen):
        book.carry(JUNE)  # the next month is broken: carrying into it would overwrite it
    assert path.read_bytes() == original


def test_store_never_deletes_a_broken_file(book_dir: Path) -> None:
    path = write_month(book_dir, "2020-07", JULY_2020.replace("due = 2020-07-10", 'due = "2020-07-10"'))
    original = path.read_bytes()
    store = BookStore(book_dir)
    file = store.read(JULY)
    assert file.is_broken
    with pytest.raises(StorageError) as raised:
        store.delete(file)
    assert raised.value.reason == "broken"
    assert path.read_bytes() == original


def test_save_all_leaves_a_broken_month_alone(book_dir: Path) -> None:
    path = write_month(book_dir, "2020-07", JULY_2020.replace("due = 2020-07-10", 'due = "2020-07-10"'))
    original = path.read_bytes()
    book = open_book(book_dir)  # loads every month, the broken one too
    assert book.files[JULY].is_broken
    book.tick(JUNE, "kiem-tra-ha-thanh")
    assert book.dirty_keys() == [JUNE]
    book.save_all()
    assert path.read_bytes() == original


# --- backups ---


def test_first_save_in_a_session_keeps_a_backup(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    original = path.read_bytes()
    book = open_book(book_dir)
    book.tick(JUNE, "kiem-tra-ha-thanh")
    book.save_all()
    saved = backups(book_dir, "2020-06.toml")
    assert len(saved) == 1
    assert saved[0].read_bytes() == original
    book.tick(JUNE, "kiem-tra-thuan-hai")
    book.save_all()
    assert backups(book_dir, "2020-06.toml") == saved
    assert backups(book_dir, "2020-05.toml") == []


def test_a_new_session_keeps_another_backup(book_dir: Path) -> None:
    first = open_book(book_dir)
    first.tick(JUNE, "kiem-tra-ha-thanh")
    first.save_all()
    second = open_book(book_dir)
    second.tick(JUNE, "kiem-tra-thuan-hai")
    second.save_all()
    assert len(backups(book_dir, "2020-06.toml")) == 2


def test_at_most_ten_backups_are_kept(book_dir: Path) -> None:
    folder = book_dir / ".dithub" / "backup"
    folder.mkdir(parents=True)
    for day in range(1, 13):
        (folder / f"2020-06.toml.202006{day:02d}-080000-000000").write_text("# cũ\n", encoding="utf-8")
    (folder / "2020-05.toml.20200601-080000-000000").write_text("# tháng 5\n", encoding="utf-8")
    book = open_book(book_dir)
    book.tick(JUNE, "kiem-tra-ha-thanh")
    book.save_all()
    kept = backups(book_dir, "2020-06.toml")
    assert len(kept) == BACKUPS_KEPT == 10
    assert kept[0].name == "2020-06.toml.20200604-080000-000000"  # the three oldest went
    assert kept[-1].read_bytes() == (Path(__file__).parent.parent / "sample_data/hai-duong/2020-06.toml").read_bytes()
    assert (folder / "2020-05.toml.20200601-080000-000000").exists()


# --- file formats ---


def test_crlf_file_stays_crlf(empty_book: Path) -> None:
    path = write_month(empty_book, "2020-07", JULY_2020, newline="\r\n")
    book = open_book(empty_book)
    book.tick(JULY, "kiem-tra-uniden")
    book.add(JULY, Task("", "Kiểm tra Công ty Cổ phần Đức Việt 568"))
    book.save_all()
    data = path.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")
    assert b"done_on = 2020-06-20\r\n" in data
    assert 'title = "Kiểm tra Công ty Cổ phần Đức Việt 568"\r\n'.encode() in data


def test_bom_file_keeps_its_bom(empty_book: Path) -> None:
    path = write_month(empty_book, "2020-07", JULY_2020, bom=True)
    book = open_book(empty_book)
    assert book.files[JULY].problems == []
    book.tick(JULY, "kiem-tra-uniden")
    book.save_all()
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf# Nhi")
    assert data.count(b"\xef\xbb\xbf") == 1
    assert read_month(path, JULY).month.task("kiem-tra-uniden").status is Status.DONE  # type: ignore[union-attr]


def test_unknown_keys_survive_a_save(empty_book: Path) -> None:
    text = JULY_2020.replace(
        'title = "Giao ban quản lý nhà nước tháng 7/2020"',
        'title = "Giao ban quản lý nhà nước tháng 7/2020"\nthu_ky = "Văn phòng Sở"\n\n[bien_ban]\nso = "15/BB-STTTT"',
    ).replace(
        'owner = "Thanh tra Sở"\n',
        'owner = "Thanh tra Sở"\nuu_tien = 1\nlien_quan = ["Kế hoạch thanh tra, kiểm tra năm 2020"]\n',
        1,
    )
    path = write_month(empty_book, "2020-07", text)
    book = open_book(empty_book)
    task = book.months[JULY].task("kiem-tra-uniden")  # type: ignore[union-attr]
    assert dict(task.extra) == {"uu_tien": 1, "lien_quan": ["Kế hoạch thanh tra, kiểm tra năm 2020"]}
    book.tick(JULY, "kiem-tra-uniden")
    book.save_all()
    after = path.read_text(encoding="utf-8")
    assert diff_lines(text, after) == ['-status = "open"', '+status = "done"', "+done_on = 2020-06-20"]
    assert 'thu_ky = "Văn phòng Sở"' in after and 'so = "15/BB-STTTT"' in after
    reread = read_month(path, JULY).month
    assert reread is not None
    assert dict(reread.task("kiem-tra-uniden").extra) == dict(task.extra)


def test_store_tick_through_store_directly(book_dir: Path) -> None:
    """BookStore on its own: save returns the file as now on disk, ready for the next save."""
    store = BookStore(book_dir)
    file = store.read(JUNE)
    assert file.month is not None
    first = store.save(file, tick(file.month, "kiem-tra-huong-nguyen", TODAY))
    assert first.month is not None
    second = store.save(first, tick(first.month, "kiem-tra-huong-nguyen", TODAY))
    assert second.month == file.month
    assert (book_dir / "2020-06.toml").read_bytes() == (
        Path(__file__).parent.parent / "sample_data/hai-duong/2020-06.toml"
    ).read_bytes()


# --- deleting tasks keeps the comments around them ---

SECTIONS = """\
# Nhiệm vụ tháng 7/2020
month = "2020-07"

# ── Thanh tra, kiểm tra ──
[[tasks]]
id = "kiem-tra-uniden"
title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"

# ── Báo chí, xuất bản, thông tin ──
# Kỷ niệm 95 năm Ngày Báo chí Cách mạng Việt Nam (21/6).
[[tasks]]
id = "phong-hop-bao-xu-dong"
title = "Tham mưu xây dựng Phòng họp báo, Phòng họp trực tuyến tại Trung tâm Văn hóa Xứ Đông"

# ── Công tác Đảng, đoàn thể ──
[[tasks]]
id = "dai-hoi-dang-bo-so-lan-3"
title = "Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3, nhiệm kỳ 2020-2025"
# Hết danh sách tháng 7.
"""


def comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


def test_deleting_the_first_task_keeps_the_comments_above_the_next(empty_book: Path) -> None:
    path = write_month(empty_book, "2020-07", SECTIONS)
    book = open_book(empty_book)
    book.delete(JULY, "kiem-tra-uniden")
    book.save_all()
    after = path.read_text(encoding="utf-8")
    assert diff_lines(SECTIONS, after) == [
        "-[[tasks]]",
        '-id = "kiem-tra-uniden"',
        '-title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"',
    ]


def test_deleting_a_middle_task_keeps_every_comment(empty_book: Path) -> None:
    path = write_month(empty_book, "2020-07", SECTIONS)
    book = open_book(empty_book)
    book.delete(JULY, "phong-hop-bao-xu-dong")
    book.save_all()
    after = path.read_text(encoding="utf-8")
    assert comments(after) == comments(SECTIONS)
    assert read_month(path, JULY).month == book.months[JULY]


def test_deleting_every_task_one_by_one_keeps_every_comment(empty_book: Path) -> None:
    path = write_month(empty_book, "2020-07", SECTIONS)
    book = open_book(empty_book)
    book.tick(JULY, "phong-hop-bao-xu-dong")  # a saved document is reused for the next save
    book.save_all()
    for task_id in ("kiem-tra-uniden", "phong-hop-bao-xu-dong", "dai-hoi-dang-bo-so-lan-3"):
        book.delete(JULY, task_id)
        book.save_all()
        assert comments(path.read_text(encoding="utf-8")) == comments(SECTIONS), task_id
    after = path.read_text(encoding="utf-8")
    assert "[[tasks]]" not in after and "tasks =" not in after
    reread = read_month(path, JULY)
    assert reread.problems == [] and reread.month == Month(JULY)


def test_undo_of_deletes_brings_the_tasks_back(empty_book: Path) -> None:
    path = write_month(empty_book, "2020-07", SECTIONS)
    book = open_book(empty_book)
    held = book.months[JULY]
    for task_id in ("kiem-tra-uniden", "dai-hoi-dang-bo-so-lan-3"):
        book.delete(JULY, task_id)
        book.save_all()
    book.undo()
    book.save_all()
    book.undo()
    book.save_all()
    assert book.months[JULY] == held
    assert read_month(path, JULY).month == held
    assert comments(path.read_text(encoding="utf-8")) == comments(SECTIONS)


def test_tick_in_an_nfd_file_changes_only_the_status_lines(empty_book: Path) -> None:
    source = (Path(__file__).parent.parent / "sample_data" / "hai-duong" / "2020-06.toml").read_text(encoding="utf-8")
    path = write_month(empty_book, "2020-06", source, form="NFD")
    before = path.read_text(encoding="utf-8")
    book = open_book(empty_book)
    book.tick(JUNE, "kiem-tra-uniden")
    book.save_all()
    after = path.read_text(encoding="utf-8")
    assert diff_lines(before, after) == ['-status = "open"', '+status = "done"', "+done_on = 2020-06-20"]
    assert unicodedata.normalize("NFD", after) == after  # the untouched text keeps the file's own form


def test_deleting_the_only_task_writes_no_empty_list(empty_book: Path) -> None:
    text = '# Nhiệm vụ tháng 7/2020\nmonth = "2020-07"\n\n[[tasks]]\nid = "kiem-tra-uniden"\ntitle = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"\n'
    path = write_month(empty_book, "2020-07", text)
    book = open_book(empty_book)
    book.delete(JULY, "kiem-tra-uniden")
    book.save_all()
    assert path.read_text(encoding="utf-8") == '# Nhiệm vụ tháng 7/2020\nmonth = "2020-07"\n\n'


def test_first_save_writes_ids_of_tasks_it_did_not_touch(tmp_path: Path) -> None:
    from datetime import date as _date

    from dithub.book import Book
    from dithub.model import YearMonth as _YM

    (tmp_path / "2020-06.toml").write_text(
        'month = "2020-06"\n\n[[tasks]]\nid = "in"\ntitle = "Thanh tra hoạt động in"\n\n[[tasks]]\ntitle = "Kiểm tra đài truyền thanh"\n',
        encoding="utf-8",
    )
    book = Book.open(tmp_path)
    book.today = lambda: _date(2020, 6, 20)
    book.tick(_YM(2020, 6), "in")
    book.save_all()
    text = (tmp_path / "2020-06.toml").read_text(encoding="utf-8")
    assert 'id = "kiem-tra-dai-truyen-thanh"' in text


def test_keep_mine_on_a_delete_conflict_finishes(tmp_path: Path) -> None:
    """Undo of a carry removes the month file it made; someone edited that file meanwhile and the
    user chose to keep theirs... as a copy, and go on: the removal must then happen, once."""
    from dataclasses import replace as _replace

    from dithub.book import Book
    from dithub.model import YearMonth as _YM
    from dithub.storage import FileChangedError as _Changed

    copy_sample_book(tmp_path, "b")
    book = Book.open(tmp_path / "b")
    june, july = _YM(2020, 6), _YM(2020, 7)
    book.carry(june, ["wifi-cong-cong"])
    book.save_all()
    path = tmp_path / "b" / "2020-07.toml"
    path.write_text(path.read_text(encoding="utf-8") + "# sửa tay\n", encoding="utf-8")
    book.undo()
    try:
        book.save_all()
    except _Changed:
        pass
    job = _replace(book.save_job(july), force=True)
    book.saved(job, book.run_save(job))
    assert not path.exists() and july not in book.dirty_keys()


def test_undo_on_a_month_that_broke_is_refused(tmp_path: Path) -> None:

    import pytest as _pytest

    from dithub.book import Book, MonthNotOpen
    from dithub.model import Task as _Task
    from dithub.model import YearMonth as _YM

    copy_sample_book(tmp_path, "b")
    book = Book.open(tmp_path / "b")
    june = _YM(2020, 6)
    book.add(june, _Task(id="", title="Rà soát đài truyền thanh xã"))
    book.save_all()
    path = tmp_path / "b" / "2020-06.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\nstatus = \n", encoding="utf-8")
    book.adopt(book.read(june))
    with _pytest.raises(MonthNotOpen):
        book.undo()
    with _pytest.raises(MonthNotOpen):
        book.add(june, _Task(id="", title="Việc mới"))
    assert book.dirty_keys() == []
