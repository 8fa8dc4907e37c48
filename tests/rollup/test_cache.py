"""The cache of parsed months: used only when it matches the file's content, rebuilt otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dithub import cache, storage
from dithub.model import Status, YearMonth
from dithub.reading import read_month
from tests.conftest import ROOT, write_month

JUNE = YearMonth(2020, 6)

EXTRAS = """\
month = "2020-06"
title = "Giao ban quản lý nhà nước tháng 6/2020"
date = 2020-06-02

[[tasks]]
id = "ipv6-co-quan-nha-nuoc"
title = "Triển khai chuyển đổi địa chỉ Internet thế hệ 6 (IPv6) trong các cơ quan nhà nước"
due = 2020-06-30
status = "done"
done_on = 2020-06-20
refs = ["Kế hoạch số 101/KH-UBND ngày 10/01/2020"]
hop_bao_ngay = 2020-06-15T08:30:00+07:00
gio_hop = 08:30:00
muc_uu_tien = 1.5
ghi_chu_them = { nguoi_theo_doi = "Phòng Bưu chính, Viễn thông", lan = [1, 2], han = 2020-07-01 }

[[tasks]]
title = "Thanh tra việc chấp hành quy định pháp luật về bưu chính của Viettel Hải Dương"
category = "khong-co"
carried_from = "2020-05"
times_carried = 3
"""


class Parses:
    """Counts how often tomli really parses: a cache hit must not."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = storage.tomli.loads

        def counting(text: str):  # noqa: ANN202
            self.count += 1
            return real(text)

        monkeypatch.setattr(storage.tomli, "loads", counting)


def _entry(book: Path, name: str = "2020-06.toml") -> Path:
    return cache.entry_path(book, name)


def test_a_second_read_comes_from_the_cache_and_equals_a_fresh_parse(book_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_month(book_dir, "2020-06", EXTRAS, form="NFD")
    fresh = read_month(book_dir / "2020-06.toml", JUNE)
    parses = Parses(monkeypatch)
    again = read_month(book_dir / "2020-06.toml", JUNE)
    assert parses.count == 0
    assert again.month == fresh.month
    assert again.problems == fresh.problems
    task = again.month.task("ipv6-co-quan-nha-nuoc")
    assert task.extra["ghi_chu_them"]["han"] == date(2020, 7, 1)
    assert task.extra["hop_bao_ngay"].utcoffset().total_seconds() == 7 * 3600
    assert again.source() == fresh.source()  # a save still edits the file's own text
    assert again.text is None and fresh.text is not None  # from the cache: decoded only when a save needs it


def test_an_edit_that_keeps_size_and_mtime_is_read_afresh(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    before = read_month(path, JUNE)
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    assert "due = 2020-06-30" in text
    path.write_text(text.replace("due = 2020-06-30", "due = 2020-06-29", 1), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns
    after = read_month(path, JUNE)
    changed = [t for t, old in zip(after.month.tasks, before.month.tasks) if t.due != old.due]
    assert [t.due for t in changed] == [date(2020, 6, 29)]


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda blob: blob[: len(blob) // 2], id="truncated"),
        pytest.param(lambda blob: blob[:-1] + b"]" if blob[-1:] != b"]" else blob[:-1] + b"}", id="last-byte-changed"),
        pytest.param(lambda blob: b"", id="empty"),
        pytest.param(lambda blob: b"\x80\x04\x95 not ours at all" * 40, id="foreign-bytes"),
        pytest.param(lambda blob: blob.split(b"\n", 1)[1], id="no-header"),
    ],
)
def test_a_spoilt_entry_is_ignored_and_rebuilt(book_dir: Path, monkeypatch: pytest.MonkeyPatch, spoil) -> None:  # noqa: ANN001
    path = book_dir / "2020-06.toml"
    fresh = read_month(path, JUNE)
    entry = _entry(book_dir)
    entry.write_bytes(spoil(entry.read_bytes()))
    parses = Parses(monkeypatch)
    assert read_month(path, JUNE).month == fresh.month
    assert parses.count == 1
    assert read_month(path, JUNE).month == fresh.month
    assert parses.count == 1  # rebuilt: the third read is a hit again


def test_a_forged_entry_with_a_matching_checksum_but_the_wrong_shape_is_a_miss(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    fresh = read_month(path, JUNE)
    digest = fresh.fingerprint.sha256
    for payload in (b'[["2020-06", null, null, null, [["x"]]], []]', b'{"tasks": 1}', b"[[1,2,3,4,5],[]]", b'"IPv6"'):
        forged = cache._header("2020-06.toml", digest, cache.hashlib.sha256(payload).hexdigest()) + payload
        _entry(book_dir).write_bytes(forged)
        assert read_month(path, JUNE).month == fresh.month


def test_an_entry_from_another_dithub_version_is_rebuilt(book_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = book_dir / "2020-06.toml"
    with monkeypatch.context() as old:
        old.setattr(cache, "__version__", "0.0.1")
        stale = read_month(path, JUNE)
    assert b" 0.0.1 " in _entry(book_dir).read_bytes().split(b"\n", 1)[0]
    parses = Parses(monkeypatch)
    assert read_month(path, JUNE).month == stale.month
    assert parses.count == 1
    assert f" {cache.__version__} ".encode() in _entry(book_dir).read_bytes().split(b"\n", 1)[0]


def test_an_entry_for_another_file_or_content_is_not_used(book_dir: Path) -> None:
    may = read_month(book_dir / "2020-05.toml", YearMonth(2020, 5))
    # June's entry made to hold May's parse: the header names May's file and content, so no match.
    os.replace(_entry(book_dir, "2020-05.toml"), _entry(book_dir))
    june = read_month(book_dir / "2020-06.toml", JUNE)
    assert june.month.key == JUNE and june.month != may.month


def test_foreign_files_in_the_cache_folder_are_left_alone(book_dir: Path) -> None:
    read_month(book_dir / "2020-06.toml", JUNE)
    stray = _entry(book_dir).parent / "ghi-chu.txt"
    stray.write_text("Tệp của người khác", encoding="utf-8")
    (_entry(book_dir).parent / "2020-05.toml.cache").mkdir()  # even a folder where an entry goes
    assert read_month(book_dir / "2020-05.toml", YearMonth(2020, 5)).month.key == YearMonth(2020, 5)
    assert read_month(book_dir / "2020-06.toml", JUNE).month.key == JUNE
    assert stray.read_text(encoding="utf-8") == "Tệp của người khác"


def test_a_broken_month_is_cached_as_broken_with_its_problems(book_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_month(book_dir, "2020-06", 'month = "2020-06"\n[[tasks]]\ntitle = "Kiểm tra IPv6"\nstatus = "xong"\n')
    first = read_month(path, JUNE)
    parses = Parses(monkeypatch)
    again = read_month(path, JUNE)
    assert parses.count == 0 and again.is_broken and again.problems == first.problems
    assert [p.code for p in again.problems] == ["unknown_status"]


def test_the_state_folder_gets_a_gitignore_once_and_keeps_one_that_exists(book_dir: Path, tmp_path: Path) -> None:
    read_month(book_dir / "2020-06.toml", JUNE)
    assert (book_dir / ".dithub" / ".gitignore").read_text(encoding="utf-8") == "*\n"
    (book_dir / ".dithub" / ".gitignore").unlink()  # someone removed it: the next miss puts it back
    read_month(book_dir / "2020-05.toml", YearMonth(2020, 5))
    assert (book_dir / ".dithub" / ".gitignore").read_text(encoding="utf-8") == "*\n"
    (tmp_path / "khac" / ".dithub").mkdir(parents=True)
    other = write_month(tmp_path / "khac", "2020-06", EXTRAS)
    (tmp_path / "khac" / ".dithub" / ".gitignore").write_text("*\n# sao lưu\n", encoding="utf-8")
    read_month(other, JUNE)
    assert (tmp_path / "khac" / ".dithub" / ".gitignore").read_text(encoding="utf-8") == "*\n# sao lưu\n"
    assert cache.entry_path(tmp_path / "khac", "2020-06.toml").exists()


def test_a_folder_that_cannot_hold_the_cache_still_reads(book_dir: Path) -> None:
    (book_dir / ".dithub").write_text("not a folder", encoding="utf-8")  # .dithub is a file here
    assert read_month(book_dir / "2020-06.toml", JUNE).month.key == JUNE


_WRITER = """
import sys
from pathlib import Path
from dithub import cache
from dithub.reading import read_month
from dithub.model import Status, YearMonth
path, rounds = Path(sys.argv[1]), int(sys.argv[2])
entry = cache.entry_path(path.parent, path.name)
want = read_month(path, YearMonth(2020, 6)).month
for _ in range(rounds):
    entry.unlink(missing_ok=True)
    got = read_month(path, YearMonth(2020, 6)).month
    assert got == want, "wrong month"
    found = cache.load(entry, path.name, cache.hashlib.sha256(path.read_bytes()).hexdigest())
    assert found is None or found[0] == want, "half-written entry"
print("ok")
"""


def test_two_processes_writing_at_once_never_corrupt_it(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), "60"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    results = [writer.communicate(timeout=120) for writer in writers]
    for (out, err), writer in zip(results, writers):
        assert writer.returncode == 0 and out.strip() == b"ok", err.decode()
    assert read_month(path, JUNE).month == read_month(path, JUNE).month
    leftovers = [p.name for p in _entry(book_dir).parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


@pytest.mark.parametrize("with_ids", [True, False])  # the line patch, and tomlkit (ids to write first)
def test_a_save_after_a_cache_hit_edits_the_file_s_own_text_and_keeps_its_bom(book_dir: Path, with_ids: bool) -> None:
    """A month read from the cache holds no text until a save needs it; that save must edit the
    bytes on disk exactly (comments, BOM and all), not an empty or re-rendered file."""
    text = EXTRAS.replace("[[tasks]]\ntitle", '[[tasks]]\nid = "viettel"\ntitle') if with_ids else EXTRAS
    text = text.replace('status = "done"', 'status = "open"  # họp 02/6').replace("done_on = 2020-06-20\n", "")
    path = book_dir / "2020-06.toml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    read_month(path, JUNE)  # fills the cache
    hit = read_month(path, JUNE)
    assert hit.text is None and hit.month is not None
    store = storage.BookStore(book_dir)
    ticked = hit.month.with_task(replace(hit.month.task("ipv6-co-quan-nha-nuoc"), status=Status.DONE, done_on=date(2020, 6, 20)))
    store.save(hit, ticked)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "# họp 02/6" in data.decode("utf-8")
    again = read_month(path, JUNE)
    assert again.month.task("ipv6-co-quan-nha-nuoc").status is Status.DONE
    assert [t.title for t in again.month.tasks] == [t.title for t in hit.month.tasks]
