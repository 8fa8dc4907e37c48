"""Categories inferred from titles, kept beside the parsed month: the same answers as inferring,
whatever the cache holds (missing, for other categories, truncated, forged)."""

from __future__ import annotations

import json
from pathlib import Path

from dithub import cache
from dithub.book import Book
from dithub.inference import infer_category

JUNE = "2020-06.toml"


def _inferred(folder: Path) -> dict[str, str]:
    book = Book.open(folder)
    month = book.read(book.latest).month  # type: ignore[arg-type]
    assert month is not None
    titles = book.settings.titles_to_infer(month.tasks)
    assert titles  # the sample book has tasks without a category
    # What the book answers, without inferring again: taken from the settings' memory.
    answers = {title: book.settings.category_of_title(title) for title in titles}
    assert answers == {title: infer_category(title, book.settings.categories) for title in titles}
    return answers


def _entry(folder: Path) -> Path:
    return folder / ".dithub" / "cache" / f"{JUNE}.categories.cache"


def test_a_hit_gives_what_inference_gives(book_dir: Path) -> None:
    first = _inferred(book_dir)
    assert _entry(book_dir).is_file()
    stamp = _entry(book_dir).stat().st_mtime_ns
    assert _inferred(book_dir) == first
    assert _entry(book_dir).stat().st_mtime_ns == stamp  # read, not written again


def test_other_categories_are_a_miss(book_dir: Path) -> None:
    before = _inferred(book_dir)
    settings = book_dir / "dithub.toml"
    text = settings.read_text(encoding="utf-8")
    # Reports get a group of their own: a task that starts "Báo cáo ..." now falls under it.
    settings.write_text(
        text + '\n[[categories]]\nid = "bao-cao"\nlabel = "Báo cáo định kỳ"\nkeywords = ["báo cáo"]\n',
        encoding="utf-8",
    )
    after = _inferred(book_dir)  # asserts equality with inference over the new categories
    assert "bao-cao" in after.values() and "bao-cao" not in before.values()


def test_truncated_or_forged_entries_are_rebuilt(book_dir: Path) -> None:
    right = _inferred(book_dir)
    entry = _entry(book_dir)
    entry.write_bytes(entry.read_bytes()[:-7])
    assert _inferred(book_dir) == right
    # A whole entry (header and checksum right) naming a category the book does not have.
    header, payload = entry.read_bytes().split(b"\n", 1)
    forged = {title: "khong-co-nhom-nay" for title in json.loads(payload)}
    body = json.dumps(forged, ensure_ascii=False).encode("utf-8")
    parts = header.split(b" ")
    name = parts[3].decode("utf-8")
    cache.store_payload(entry, name, parts[4].decode(), body)
    assert _inferred(book_dir) == right
