"""Every figure of paths, statistics and the review on the hand-built half year (see half_year.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dithub.book import Book
from dithub.history import Appearance, Chains, Gap, path_text
from dithub.model import Status, YearMonth
from dithub.review import Period, review
from dithub.review_report import as_data, as_markdown, as_text, summary
from dithub.span import MonthState, held_span, load_span
from dithub.stats import Counts, statistics
from dithub.stats import as_data as stats_data

from .half_year import write_half_year

JAN, FEB, MAR, APR, MAY, JUN = (YearMonth(2020, m) for m in range(1, 7))


@pytest.fixture
def book(tmp_path: Path) -> Book:
    return Book.open(write_half_year(tmp_path / "so-tttt"))


# --- the span ---


def test_span_tells_read_missing_and_broken_months(book: Book) -> None:
    calls: list[tuple[int, int]] = []
    span = load_span(book, progress=lambda done, total: calls.append((done, total)))
    assert list(span.months) == [JAN, FEB, MAR, JUN]
    assert span.missing == (APR,)
    assert list(span.broken) == [MAY]
    assert span.broken[MAY][0].code == "toml_syntax"
    assert [span.state(k) for k in (MAR, APR, MAY, YearMonth(2020, 7))] == [
        MonthState.READ,
        MonthState.MISSING,
        MonthState.BROKEN,
        MonthState.NOT_READ,
    ]
    assert calls == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]  # one call per file, broken one included


def test_span_only_reads_and_takes_held_months_as_the_user_sees_them(book: Book) -> None:
    book.load(JUN)
    book.tick(JUN, "phong-hop-bao-xu-dong")  # not saved: the figures must still see it
    span = load_span(book, MAR, JUN)
    assert span.months[JUN].task("phong-hop-bao-xu-dong").status is Status.DONE
    assert sorted(f.key for f in span.files) == [MAR, MAY]  # read here, handed back for adopting
    assert set(book.files) == {JUN}  # nothing adopted behind the screen's back


# --- paths ---


def test_a_task_carried_twice_and_done_late(book: Book) -> None:
    path = Chains(load_span(book)).path(MAR, "hoi-thao-cntt-tt-24")
    assert path is not None
    assert [(s.month, s.status) for s in path.appearances] == [(JAN, Status.CARRIED), (FEB, Status.CARRIED), (MAR, Status.DONE)]
    last = path.last
    assert (last.due, last.done_on, last.note) == (
        date(2020, 1, 31),
        date(2020, 3, 20),
        "Đã tổ chức ngày 20/3, chậm do dịch Covid-19",
    )
    assert path.times_carried == 2 and not path.is_cut
    assert path_text(path, "vi") == "1/2020 chuyển → 2/2020 chuyển → 3/2020 xong 20/03, trễ hạn 31/01"
    assert path_text(path, "en") == "Jan 2020 carried → Feb 2020 carried → Mar 2020 done 20/03, late (due 31/01)"
    assert Chains(load_span(book)).path(JAN, "hoi-thao-cntt-tt-24") == path  # the same path from any of its months


def test_a_path_into_a_month_with_no_file_says_so(book: Book) -> None:
    path = Chains(load_span(book)).path(MAR, "kiem-tra-uniden")
    assert path is not None
    assert path.steps == (Appearance(MAR, path.first.task), Gap(APR, "missing"))
    assert path_text(path, "vi") == "3/2020 chuyển → 4/2020 không có tệp"


def test_a_path_out_of_a_broken_month_is_not_joined_to_an_earlier_one(book: Book) -> None:
    """June's UNIDEN check came from the broken May: it may be March's, but that is not guessed."""
    chains = Chains(load_span(book))
    june = chains.path(JUN, "kiem-tra-uniden")
    assert june is not None and june is not chains.path(MAR, "kiem-tra-uniden")
    assert june.steps[0] == Gap(MAY, "broken")
    assert [a.month for a in june.appearances] == [JUN]
    assert june.times_carried == 3  # the file's own count survives the gap
    assert path_text(june, "vi") == "5/2020 tệp lỗi, không đọc được → 6/2020 đang làm, hạn 19/06"
    assert path_text(june, "en") == "May 2020 file broken, not read → Jun 2020 open, due 19/06"


def test_a_path_reaching_outside_the_span_is_not_read(book: Book) -> None:
    path = Chains(load_span(book, FEB, MAR)).path(FEB, "hoi-thao-cntt-tt-24")
    assert path is not None and path.steps[0] == Gap(JAN, "not_read")
    assert path_text(path, "vi").startswith("1/2020 chưa đọc → 2/2020 chuyển")


def test_every_task_is_in_exactly_one_path(book: Book) -> None:
    span = load_span(book)
    paths = Chains(span).all()
    appearances = [(a.month, a.task.id) for p in paths for a in p.appearances]
    assert sorted(appearances) == sorted((k, t.id) for k, m in span.months.items() for t in m.tasks)
    assert len(paths) == 12


# --- statistics ---


def test_month_figures(book: Book) -> None:
    figures = statistics(load_span(book))
    by_month = {m.month: m.counts for m in figures.months}
    assert by_month == {
        JAN: Counts(total=4, done=2, carried=1, dropped=1, open=0, on_time=2),
        FEB: Counts(total=4, done=2, carried=1, dropped=0, open=1, on_time=1),
        MAR: Counts(total=3, done=2, carried=1, dropped=0, open=0, on_time=1),
        JUN: Counts(total=3, done=1, carried=0, dropped=0, open=2, on_time=1),
    }
    assert figures.missing == (APR,) and figures.broken == (MAY,)


def test_group_figures_use_inferred_categories(book: Book) -> None:
    months = {m.month: m.groups for m in statistics(load_span(book)).months}
    assert list(months[JAN]) == ["inspection", "press", "ipv6", "broadcasting", "other"]
    assert months[JAN]["press"] == Counts(total=2, done=1, dropped=1, on_time=1)
    assert months[JAN]["inspection"] == Counts(total=1, done=1, on_time=1)  # "Kiểm tra …" without a category
    assert months[FEB]["other"] == Counts(total=2, done=1, carried=1)  # Wi-Fi done without a due date: not on time
    assert months[FEB]["ipv6"] == Counts(total=1, done=1, on_time=1)
    assert months[FEB]["broadcasting"] == Counts(total=1, open=1)
    assert months[MAR]["other"] == Counts(total=2, done=2, on_time=1)
    assert months[JUN]["inspection"] == Counts(total=2, done=1, open=1, on_time=1)
    assert months[JUN]["ipv6"] == Counts()


def test_chronic_tasks_and_owners(book: Book) -> None:
    figures = statistics(load_span(book))
    assert [(c.id, c.times_carried, c.months) for c in figures.chronic] == [("kiem-tra-uniden", 3, (JUN,))]
    assert [(o.owner, o.total, o.done, o.on_time, o.carried) for o in figures.owners] == [
        ("Trung tâm CNTT&TT", 3, 1, 0, 2),  # carried most: asked about first
        ("Thanh tra Sở", 4, 2, 2, 1),
        ("", 2, 0, 0, 0),  # no office named, nothing done
        ("Phòng Thông tin - Báo chí - Xuất bản", 2, 1, 1, 0),
        ("Phòng Bưu chính, Viễn thông", 1, 1, 1, 0),
        ("Phòng Công nghệ thông tin", 1, 1, 0, 0),
        ("Văn phòng Sở", 1, 1, 1, 0),
    ]


def test_statistics_json_has_exactly_the_issue_shape(book: Book) -> None:
    data = stats_data(statistics(load_span(book, FEB, MAR)))
    assert list(data) == ["from", "to", "months", "chronic", "owners"]
    assert (data["from"], data["to"]) == ("2020-02", "2020-03")
    month = data["months"][0]
    assert list(month) == ["month", "total", "done", "carried", "dropped", "open", "on_time", "groups"]
    assert list(month["groups"]["ipv6"]) == ["total", "done", "carried", "dropped", "open", "on_time"]
    assert data["chronic"] == []
    assert list(data["owners"][0]) == ["owner", "total", "done", "on_time", "carried"]


# --- the review ---


def half_year_review(book: Book, period: str = "2020-H1"):  # type: ignore[no-untyped-def]
    chosen = Period.parse(period)
    assert chosen is not None
    return review(load_span(book, None, chosen.last), chosen, book.settings.unit)


def test_review_counts_by_task(book: Book) -> None:
    result = half_year_review(book)
    tally = result.tally
    assert (tally.total, tally.done, tally.on_time, tally.unfinished, tally.dropped) == (12, 7, 5, 4, 1)
    assert result.carried_in == 0
    assert (result.missing, result.broken, result.cut) == ((APR,), (MAY,), 2)
    assert [o.path.id for o in result.chronic] == ["kiem-tra-uniden"]
    assert [(o.path.id, o.path.first.month, o.months_open, o.days_overdue) for o in result.unfinished] == [
        ("truyen-thanh-co-so", FEB, 5, 123),  # open since February, never carried, due 28/02
        ("kiem-tra-uniden", MAR, 4, 91),  # carried into April, which has no file
        ("kiem-tra-uniden", JUN, 1, 11),  # came out of the broken May
        ("phong-hop-bao-xu-dong", JUN, 1, 0),  # due on the period's last day: not late
    ]
    assert [o.path.id for o in result.dropped] == ["cong-thong-tin-doi-ngoai"]


def test_review_per_group_and_office(book: Book) -> None:
    result = half_year_review(book)
    groups = {c.id: (t.total, t.done, t.on_time, t.unfinished, t.dropped) for c, t in result.groups}
    assert groups == {
        "inspection": (4, 2, 2, 2, 0),
        "press": (3, 1, 1, 1, 1),
        "ipv6": (1, 1, 1, 0, 0),
        "broadcasting": (1, 0, 0, 1, 0),
        "other": (3, 3, 1, 0, 0),
    }
    assert [(o, (t.total, t.done, t.unfinished)) for o, t in result.owners] == [
        ("Thanh tra Sở", (4, 2, 2)),
        ("", (2, 0, 1)),
        ("Phòng Thông tin - Báo chí - Xuất bản", (2, 1, 1)),
        ("Phòng Bưu chính, Viễn thông", (1, 1, 0)),
        ("Phòng Công nghệ thông tin", (1, 1, 0)),
        ("Trung tâm CNTT&TT", (1, 1, 0)),
        ("Văn phòng Sở", (1, 1, 0)),
    ]


def test_a_quarter_ends_where_it_ends(book: Book) -> None:
    result = half_year_review(book, "2020-Q1")
    tally = result.tally
    assert (tally.total, tally.done, tally.on_time, tally.unfinished, tally.dropped) == (9, 6, 4, 2, 1)
    assert (result.missing, result.broken, result.cut) == ((), (), 0)  # April lies after the quarter


def test_a_task_carried_into_the_period_counts_once_and_as_carried_in(book: Book) -> None:
    result = review(load_span(book, None, MAR), Period.between(FEB, MAR))
    assert result.carried_in == 1  # the workshop, begun in January
    assert result.tally.total == 6


def test_review_in_words(book: Book) -> None:
    result = half_year_review(book)
    assert summary(result, "vi") == [
        "Trong 6 tháng đầu năm 2020, Sở đã triển khai 12 nhiệm vụ trọng tâm, hoàn thành 7 nhiệm vụ (58%), "
        "trong đó 5 nhiệm vụ đúng hạn; 4 nhiệm vụ đang tiếp tục triển khai; 1 nhiệm vụ dừng thực hiện.",
        "Tuy nhiên, tiến độ một số nhiệm vụ còn chậm so với kế hoạch: 1 nhiệm vụ đã phải chuyển sang tháng sau "
        "từ 3 lần trở lên; đến ngày 30/06/2020 còn 3 nhiệm vụ chưa hoàn thành đã quá hạn.",
    ]
    assert summary(result, "en")[0] == (
        "In the first half of 2020, the Department took on 12 key tasks and completed 7 (58%), 5 of them on time; "
        "4 still in progress; 1 dropped."
    )
    markdown = "\n".join(as_markdown(result, "vi"))
    assert "| Thanh tra, kiểm tra | 4 | 2 | 50% | 2 | 2 | 0 |" in markdown
    assert "| (chưa giao đơn vị) | 2 | 0 | 0% | 0 | 1 | 1 |" in markdown
    assert "- Các tháng không có tệp: 4/2020." in markdown
    assert "- Các tháng có tệp lỗi, không đọc được nên không được tính: 5/2020." in markdown
    text = "\n".join(as_text(result, "vi"))
    assert (
        "- Xây dựng kế hoạch truyền thanh cơ sở sử dụng công nghệ mới giai đoạn 2020-2025 — Phòng Thông tin - Báo chí - Xuất bản — từ 2/2020 (5 tháng), quá hạn 123 ngày (hạn 28/02/2020)"
        in text
    )
    assert (
        "- Kiểm tra Công ty TNHH UNIDEN VIỆT NAM — Thanh tra Sở — từ 6/2020, có thể sớm hơn (1 tháng trở lên), quá hạn 11 ngày (hạn 19/06/2020)"
        in text
    )
    data = as_data(result, "vi")
    assert (data["total"], data["done"], data["on_time"], data["open"], data["dropped"]) == (12, 7, 5, 4, 1)
    assert data["missing_months"] == ["2020-04"] and data["broken_months"] == ["2020-05"]


@pytest.mark.parametrize(
    ("text", "first", "last", "opening"),
    [
        ("2020", JAN, YearMonth(2020, 12), "Trong năm 2020"),
        ("2020-h2", YearMonth(2020, 7), YearMonth(2020, 12), "Trong 6 tháng cuối năm 2020"),
        ("2020-Q3", YearMonth(2020, 7), YearMonth(2020, 9), "Trong quý III năm 2020"),
        ("2020-06", JUN, JUN, "Trong tháng 6/2020"),
    ],
)
def test_periods(text: str, first: YearMonth, last: YearMonth, opening: str) -> None:
    from dithub.review_report import period_words

    period = Period.parse(text)
    assert period is not None and (period.first, period.last) == (first, last)
    assert period_words(period, "vi", "in") == opening


@pytest.mark.parametrize("text", ["2020-H3", "2020-Q5", "2020-13", "H1-2020", "năm 2020", ""])
def test_what_is_not_a_period(text: str) -> None:
    assert Period.parse(text) is None


def test_held_span_reads_nothing_and_tells_unread_months_apart(book: Book) -> None:
    """The details pane's path, on the screen's thread: only what is loaded, the rest "not read"."""
    book.load(FEB)
    book.load(MAR)
    span = held_span(book)
    assert list(span.months) == [FEB, MAR] and set(book.files) == {FEB, MAR}
    assert [span.state(k) for k in (JAN, APR, MAY, JUN)] == [
        MonthState.NOT_READ,
        MonthState.MISSING,
        MonthState.NOT_READ,
        MonthState.NOT_READ,
    ]
    path = Chains(span).path(MAR, "hoi-thao-cntt-tt-24")
    assert path is not None and path_text(path, "vi") == "1/2020 chưa đọc → 2/2020 chuyển → 3/2020 xong 20/03, trễ hạn 31/01"
    book.load(MAY)
    assert held_span(book).state(MAY) is MonthState.BROKEN
