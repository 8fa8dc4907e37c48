"""The notice of a meeting's conclusions ("Thông báo kết luận giao ban"), written from the book.

content.py  what the notice says (plain data from the Book)
wording.py  the same in words, Vietnamese or English
docx.py     a Word file laid out as Nghị định 30/2020/NĐ-CP asks (python-docx)
plain.py    Markdown and plain text
write.py    write_notice(book, key, fmt, path) -> Path: the one call the CLI and the dashboard make
"""

from __future__ import annotations

from .content import Notice, build_notice
from .write import FORMATS, NoticeError, default_file_name, default_path, notice_of, render, write_notice

__all__ = [
    "FORMATS",
    "Notice",
    "NoticeError",
    "build_notice",
    "default_file_name",
    "default_path",
    "notice_of",
    "render",
    "write_notice",
]
