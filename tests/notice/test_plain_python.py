"""The notice is core code: it never loads textual or rich, so the dashboard can call it in a thread."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, SAMPLE_BOOK

CHECK = (
    "import sys, tempfile, pathlib; from dithub.book import Book; from dithub.notice import write_notice; "
    f"book = Book.open(pathlib.Path({str(SAMPLE_BOOK)!r})); out = pathlib.Path(tempfile.mkdtemp()); "
    "[write_notice(book, None, fmt, out / ('tb.' + fmt)) for fmt in ('docx', 'md', 'txt')]; "
    "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]; print(bad); sys.exit(1 if bad else 0)"
)


def test_writing_every_format_loads_neither_textual_nor_rich() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "[]"
