"""Whatever a task's text holds, every format writes it and reads it back as it was (printably)."""

from __future__ import annotations

import io

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dithub.model import Month, Settings, Task, YearMonth
from dithub.notice import build_notice, render
from dithub.notice.wording import notice_text
from dithub.text import printable

from ._reading import markdown_blocks

JULY = YearMonth(2020, 7)
# Vietnamese letters, markup, quotes and control characters: what a pasted title may carry.
ALPHABET = st.sampled_from(list("aăâđeêoôơuưyAĂÂĐ ờởẫệĩ0123456789*_#[]()<>`|~\\&;.-+=!\"'“”…\t\x07\x1b\u200b\ufeff"))
TEXT = st.text(ALPHABET, min_size=1, max_size=60).filter(lambda s: s.strip())


def _shown(text: str) -> str:
    return " ".join(printable(" ".join(text.split())).split())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, owner=TEXT, note=TEXT)
def test_any_title_owner_and_note_survive_every_format(title: str, owner: str, note: str) -> None:
    month = Month(JULY, (Task("kiem-tra", title, owner=owner, note=note),), title="Giao ban quản lý nhà nước tháng 7/2020")
    notice = build_notice(month, None, Settings())
    lines = {line.text for line in notice_text(notice, "vi").body}
    task_line = next(line for line in lines if line.startswith("1.1. "))
    assert _shown(title).rstrip(".") in task_line
    document = Document(io.BytesIO(render(notice, "docx", "vi")))  # python-docx would raise on bad XML
    printed = [" ".join(p.text.split()) for p in document.paragraphs]
    assert task_line in printed
    assert any(owner_line.startswith("- Chủ trì: ") for owner_line in printed)
    shown_md = markdown_blocks(render(notice, "md", "vi").decode("utf-8"))
    assert " ".join(task_line.split()) in shown_md
    assert task_line in render(notice, "txt", "vi").decode("utf-8").splitlines()
