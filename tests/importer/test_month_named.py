"""Which month a text sets tasks for, between the month on screen and the next."""

from __future__ import annotations

from dithub.importer.month_named import month_set_by
from dithub.model import YearMonth

MAY, JUNE, JULY = YearMonth(2020, 5), YearMonth(2020, 6), YearMonth(2020, 7)


def test_the_june_meeting_sets_june_whether_the_screen_shows_may_or_june(seed_text: str) -> None:
    assert month_set_by(seed_text, [MAY, JUNE]) == JUNE
    assert month_set_by(seed_text, [JUNE, JULY]) == JUNE


def test_a_notice_names_its_month_in_the_heading() -> None:
    text = (
        "THÔNG BÁO\nKết luận của Giám đốc Sở tại hội nghị giao ban tháng 12 năm 2020\n"
        "II. NHIỆM VỤ TRỌNG TÂM THÁNG 01/2021\n1. Tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021.\n"
    )
    assert month_set_by(text, [YearMonth(2020, 12), YearMonth(2021, 1)]) == YearMonth(2021, 1)


def test_a_list_that_names_no_month_decides_nothing() -> None:
    text = "- Thanh tra việc chấp hành quy định pháp luật về hoạt động in;\n- Xây dựng kế hoạch truyền thanh cơ sở."
    assert month_set_by(text, [JUNE, JULY]) is None
    assert month_set_by("", [JUNE, JULY]) is None
