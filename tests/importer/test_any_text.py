"""Whatever text comes in, the importer proposes clean tasks or none, and writing keeps ids unique."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dithub.importer import apply, propose
from dithub.model import Month, Settings, Task, YearMonth

JUNE = YearMonth(2020, 6)
PIECES = st.sampled_from(
    [
        "nhiệm vụ trọng tâm tháng 6 như sau:",
        "Giám đốc Sở đề nghị các phòng",
        "Triển khai chuyển đổi IPv6",
        "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM",
        "theo Kế hoạch số 101/KH-UBND ngày 10/01/2020",
        "(Thanh tra Sở)",
        "đối với:",
        "; ",
        ". ",
        ", ",
        "\n",
        "“",
        "”",
        "(",
        ")",
        "trước ngày 31/2",
        "trong tháng 13",
        "…",
        "./.",
        ":",
        "Nguồn: Hồng Chinh",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=25))
def test_any_text_gives_clean_tasks_and_a_writable_month(parts: list[str]) -> None:
    text = " ".join(parts)
    current = Month(JUNE, (Task("kiem-tra-uniden", "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"),))
    proposal = propose(text, JUNE, Settings(), None, current)
    for task in proposal.tasks:
        assert task.title.strip() == task.title and task.title
        assert not task.title.endswith((".", "…", ";"))
    applied = apply(proposal, Settings(), None, current)
    ids = [t.id for t in applied.months[JUNE].tasks]
    assert len(ids) == len(set(ids))
    assert sum(t.title == "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM" for t in applied.months[JUNE].tasks) == 1
