"""Writing a notice file: the one call the command line and the dashboard make.

`write_notice(book, key, fmt, path)` reads what it needs, builds the notice and writes it
atomically (a temporary file beside the target, then a rename): a failure leaves the old file or
none, never half of one. Every failure is a NoticeError whose `message(language)` a person reads.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from ..book import Book
from ..i18n import Language, month_label, problem_line, t
from ..model import Month, YearMonth
from ..problems import Problem
from ..storage import TEMP_SUFFIX
from ..text import printable
from .content import Notice, build_notice
from .wording import notice_text

FORMATS = ("docx", "md", "txt")


@dataclass
class NoticeError(Exception):
    """Why no notice was written; `message` says it in the interface's language."""

    key: str  # a message key under notice.error.
    details: dict[str, object] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # a broken month's, each told on a line

    def __str__(self) -> str:
        return self.message("en")

    def message(self, language: Language) -> str:
        lines = [t(f"notice.error.{self.key}", language, **self.details)]
        lines += [f"  {printable(problem_line(problem, language))}" for problem in self.problems]
        return "\n".join(lines)


def default_file_name(key: YearMonth, fmt: str, language: Language = "vi") -> str:
    """ "thong-bao-ket-luan-2020-06.docx" (English: "notice-2020-06.docx"): sorts by month, never
    mistaken for a month file (that must end in .toml)."""
    stem = "notice" if language == "en" else "thong-bao-ket-luan"
    return f"{stem}-{key}.{fmt}"


def default_path(book: Book, key: YearMonth, fmt: str, language: Language | None = None) -> Path:
    return book.folder / default_file_name(key, fmt, language or book.language)


def notice_of(book: Book, key: YearMonth | None = None) -> Notice:
    """The notice of month `key` (default: the latest) as the book holds it now."""
    key = key or book.latest
    if key is None:
        raise NoticeError("no_months")
    if key not in book.keys:
        raise NoticeError("not_in_book", {"month": month_label(key, book.language)})
    month = _readable(book, key)
    previous = _readable(book, key.previous()) if key.previous() in book.keys else None
    return build_notice(month, previous, book.settings)


def _readable(book: Book, key: YearMonth) -> Month:
    file = book.load(key)
    month = book.month(key)
    if file.is_broken or month is None:
        problems = file.problems or [Problem(file.path.name, "missing")]
        raise NoticeError("broken", {"month": month_label(key, book.language)}, problems)
    return month


def render(notice: Notice, fmt: str, language: Language) -> bytes:
    """The notice as the bytes of a file of format `fmt` (docx, md or txt)."""
    if fmt not in FORMATS:
        raise NoticeError("unknown_format", {"format": fmt})
    text = notice_text(notice, language)
    if fmt == "docx":
        from .docx import to_docx  # python-docx only when a Word file is wanted

        return to_docx(text)
    from .plain import to_markdown, to_text

    return (to_markdown(text) if fmt == "md" else to_text(text)).encode("utf-8")


def write_notice(book: Book, key: YearMonth | None, fmt: str, path: Path | None = None) -> Path:
    """Write the notice of month `key` (default: the latest) to `path` (default: in the book's
    folder, see default_file_name) and return where it went. Raises NoticeError."""
    notice = notice_of(book, key)
    language: Language = book.language
    data = render(notice, fmt, language)
    target = Path(path) if path is not None else default_path(book, notice.key, fmt, language)
    if target.is_dir():
        raise NoticeError("write", {"path": target, "reason": t("notice.error.is_folder", language)})
    _write_atomically(target, data, language)
    return target


def _write_atomically(target: Path, data: bytes, language: Language) -> None:
    # The temporary name is the one storage sweeps after a crash: nothing is left lying around.
    temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise NoticeError("write", {"path": target, "reason": _reason(error, language)}) from None


def _reason(error: OSError, language: Language) -> str:
    reason = {
        errno.ENOSPC: "disk_full",
        errno.EDQUOT: "disk_full",
        errno.EROFS: "read_only",
        errno.EACCES: "permission",
        errno.EPERM: "permission",
        errno.ENOENT: "folder_missing",
    }.get(error.errno or 0, "other")
    if reason == "folder_missing":
        return t("notice.error.no_folder", language)
    return t(f"save.{reason}", language)
