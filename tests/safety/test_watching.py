"""Issue 12, defect 9: an outside edit that keeps the size and the modification time (`cp -p`,
`rsync -t`) is noticed, and a month deleted outside is shown as deleted."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from dithub.book import Book
from dithub.model import Status, YearMonth
from dithub.outside import scan_disk, take_outside

JUNE = YearMonth(2020, 6)


def same_size_other_content(path: Path) -> None:
    """Replace one task's status by another of the same length, then put the old times back."""
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    start = text.index('id = "kiem-tra-uniden"')
    changed = text[:start] + text[start:].replace('status = "open"', 'status = "done"', 1)
    assert len(changed.encode()) == len(text.encode())
    return changed, before


def test_an_edit_keeping_size_and_time_in_place_is_noticed(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book = Book.open(book_dir)
    book.load_all()
    changed, before = same_size_other_content(path)
    with path.open("r+", encoding="utf-8") as handle:  # `cp -p`: the same file written over, times put back
        handle.write(changed)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    scan = scan_disk(book)
    assert [file.key for file in scan.changed] == [JUNE]
    take_outside(book, scan)
    assert book.month(JUNE).task("kiem-tra-uniden").status is Status.DONE


def test_a_file_put_in_place_with_the_old_times_is_noticed(book_dir: Path, tmp_path: Path) -> None:
    path = book_dir / "2020-06.toml"
    book = Book.open(book_dir)
    book.load_all()
    changed, before = same_size_other_content(path)
    elsewhere = tmp_path / "2020-06.toml"
    elsewhere.write_text(changed, encoding="utf-8")
    os.utime(elsewhere, ns=(before.st_atime_ns, before.st_mtime_ns))
    shutil.copy2(elsewhere, book_dir / ".2020-06.toml.rsync")  # `rsync -t`: a new file renamed over it
    os.replace(book_dir / ".2020-06.toml.rsync", path)
    assert [file.key for file in scan_disk(book).changed] == [JUNE]
