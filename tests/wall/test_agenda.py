"""The presenter's agenda: plain Python, the groups in reporting order with their done/total."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dithub.agenda import agenda, group_of
from dithub.book import Book
from dithub.model import OTHER, Category, Month, Settings, Status, Task, YearMonth

JUNE = YearMonth(2020, 6)


def test_the_sample_june_in_reporting_order(book_dir: Path) -> None:
    book = Book.open(book_dir)
    book.load(JUNE)
    groups = agenda(book.month(JUNE), book.settings)
    assert [(g.category.id, g.done, g.total) for g in groups] == [
        ("inspection", 0, 7),
        ("press", 2, 4),
        ("ipv6", 0, 1),
        ("broadcasting", 0, 2),
        ("egov", 0, 5),
        ("postal", 0, 1),
        ("party", 0, 1),
    ]  # "other" is empty and left out
    assert group_of(groups, "ipv6-co-quan-nha-nuoc") == (2, 0)
    assert group_of(groups, "khong-co") == (0, 0)


def test_an_empty_group_of_the_book_stays_and_other_counts_once_it_holds_a_task() -> None:
    settings = Settings(
        categories=(Category("inspection", "Thanh tra, kiểm tra", ("thanh tra",)), Category("ipv6", "IPv6"), OTHER)
    )
    month = Month(
        JUNE,
        (
            Task("a", "Thanh tra việc chấp hành pháp luật về bưu chính", status=Status.DONE, done_on=date(2020, 6, 5)),
            Task("b", "Tổ chức hội nghị tổng kết công tác năm"),
        ),
    )
    groups = agenda(month, settings)
    assert [(g.category.id, g.done, g.total) for g in groups] == [("inspection", 1, 1), ("ipv6", 0, 0), ("other", 0, 1)]
