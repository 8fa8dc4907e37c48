"""Bringing the text in: a .txt file (UTF-8 only, as month files) or a Word .docx file."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..text import nfc


class SourceError(Exception):
    """The file cannot be read as a text of tasks. `reason` names a message `import.source_<reason>`."""

    def __init__(self, path: Path, reason: str, line: int | None = None) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.line = line


def read_source(path: Path) -> str:
    """The text of a .txt or .docx file, one paragraph a line, NFC; raises SourceError."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(path, "missing") from None
    except IsADirectoryError:
        raise SourceError(path, "folder") from None
    except OSError:
        raise SourceError(path, "unreadable") from None
    if path.suffix.lower() == ".doc" or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceError(path, "old_word")  # Word 97-2003: python-docx cannot read it
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() == ".docx":
        text = _docx_text(path)
    else:
        text = _plain_text(path, data)
    if not text.strip():
        raise SourceError(path, "empty")
    return text


def _plain_text(path: Path, data: bytes) -> str:
    if b"\x00" in data[:65536]:
        raise SourceError(path, "binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(path, "not_utf8", data[: error.start].count(b"\n") + 1) from None
    return nfc(text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))


def _docx_text(path: Path) -> str:
    """Paragraphs (numbered ones too: Word keeps the number apart, the text is the paragraph's) and
    every table cell, in the order they stand in the document."""
    import docx  # python-docx: only when a Word file comes in
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise SourceError(path, "bad_docx") from None
    except Exception:  # lxml and python-docx raise their own kinds for a broken package
        raise SourceError(path, "bad_docx") from None
    lines: list[str] = []

    def walk(blocks: object) -> None:
        for block in blocks:  # type: ignore[attr-defined]
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                seen: set[object] = set()  # the cells' XML elements, held so their identity stays theirs
                for row in block.rows:
                    for cell in row.cells:
                        if cell._tc in seen:  # a merged cell is listed once per column it spans
                            continue
                        seen.add(cell._tc)
                        walk(cell.iter_inner_content())

    walk(document.iter_inner_content())
    return nfc("\n".join(lines))
