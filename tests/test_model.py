"""The domain: months, categories, tick, carry-over and the three-way merge."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dithub.carry import carry_over
from dithub.merging import MergeConflict, merge
from dithub.model import (
    DEFAULT_CATEGORIES,
    OTHER,
    TASK_FIELDS,
    Category,
    Month,
    NotTickable,
    Settings,
    Status,
    Task,
    UnknownTask,
    YearMonth,
    add_task,
    delete_task,
    infer_category,
    tick,
)
from dithub.text import slugify

JUNE = YearMonth(2020, 6)
JULY = YearMonth(2020, 7)
DAY = date(2020, 6, 20)

NAM_CUONG = Task(
    id="kiem-tra-nam-cuong",
    title="Kiểm tra Chi nhánh Hải Dương Công ty Cổ phần Du lịch dịch vụ Nam Cường",
    owner="Thanh tra Sở",
    due=date(2020, 6, 12),
    refs=("Kế hoạch thanh tra, kiểm tra năm 2020",),
)
WIFI = Task(
    id="wifi-cong-cong",
    title="Triển khai khảo sát địa điểm lắp đặt Wifi công cộng trên địa bàn tỉnh Hải Dương",
    owner="Phòng Công nghệ thông tin",
    due=date(2020, 6, 30),
    carried_from=YearMonth(2020, 5),
    times_carried=1,
)
BAO_CAO = Task(
    id="bao-cao-kh-101",
    title="Báo cáo kết quả triển khai Kế hoạch số 101/KH-UBND ngày 10/01/2020",
    owner="Phòng Thông tin - Báo chí - Xuất bản",
    status=Status.DONE,
    done_on=date(2020, 6, 12),
)
HOP_BAO = Task(
    id="phong-hop-bao-xu-dong",
    title="Tham mưu xây dựng Phòng họp báo, Phòng họp trực tuyến tại Trung tâm Văn hóa Xứ Đông",
    status=Status.CARRIED,
)
DAI_HOI = Task(id="dai-hoi-dang-bo-so-lan-3", title="Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3", status=Status.DROPPED)


def june() -> Month:
    return Month(JUNE, (NAM_CUONG, WIFI, BAO_CAO, HOP_BAO, DAI_HOI), "Giao ban quản lý nhà nước tháng 6/2020")


# --- YearMonth ---


def test_year_month_parses_file_style_text() -> None:
    assert YearMonth.parse("2020-06") == YearMonth(2020, 6)
    assert YearMonth.parse(" 2020-12 ") == YearMonth(2020, 12)
    assert str(YearMonth(2020, 6)) == "2020-06"


@pytest.mark.parametrize("text", ["2020-6", "2020-13", "2020-00", "06-2020", "2020/06", "tháng 6", ""])
def test_year_month_rejects_other_text(text: str) -> None:
    assert YearMonth.parse(text) is None


def test_next_month_wraps_december_to_january() -> None:
    assert YearMonth(2020, 6).next() == YearMonth(2020, 7)
    assert YearMonth(2020, 12).next() == YearMonth(2021, 1)


def test_previous_month_wraps_january_to_december() -> None:
    assert YearMonth(2020, 6).previous() == YearMonth(2020, 5)
    assert YearMonth(2021, 1).previous() == YearMonth(2020, 12)


def test_year_months_sort_in_time_order() -> None:
    assert sorted([YearMonth(2021, 1), YearMonth(2020, 12), YearMonth(2020, 6)]) == [
        YearMonth(2020, 6),
        YearMonth(2020, 12),
        YearMonth(2021, 1),
    ]


# --- categories ---


def test_default_categories_in_spec_order_with_other_last() -> None:
    assert [c.id for c in Settings().categories] == ["inspection", "press", "ipv6", "broadcasting", "other"]
    assert Settings().categories[-1] == OTHER
    assert OTHER.label == "Khác"


def test_default_category_labels() -> None:
    labels = {c.id: c.label for c in DEFAULT_CATEGORIES}
    assert labels == {
        "inspection": "Thanh tra, kiểm tra",
        "press": "Báo chí, xuất bản, thông tin",
        "ipv6": "IPv6",
        "broadcasting": "Phát thanh, truyền hình, truyền thanh cơ sở",
    }


def test_given_categories_replace_defaults_and_other_goes_last() -> None:
    given = (
        OTHER,
        Category("egov", "Chính quyền điện tử, CNTT", ("wifi",)),
        Category("postal", "Bưu chính, viễn thông", ("bưu chính",)),
    )
    settings = Settings("Sở Thông tin và Truyền thông tỉnh Hải Dương", "vi", given)
    assert [c.id for c in settings.categories] == ["egov", "postal", "other"]


def test_given_categories_without_other_still_get_it() -> None:
    settings = Settings(categories=(Category("egov", "Chính quyền điện tử, CNTT", ("wifi",)),))
    assert [c.id for c in settings.categories] == ["egov", "other"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Kiểm tra Công ty TNHH UNIDEN VIỆT NAM", "inspection"),
        ("KIỂM TRA Công ty Cổ phần Đức Việt 568", "inspection"),
        ("kiem tra cong ty co phan duc viet 568", "inspection"),
        ("Thanh tra việc chấp hành quy định pháp luật về hoạt động in", "inspection"),
        ("Triển khai chuyển đổi địa chỉ Internet thế hệ 6 (IPv6) trong các cơ quan nhà nước", "ipv6"),
        ("Chuyen doi IPV6 tai UBND tinh", "ipv6"),
        ("Xây dựng kế hoạch truyền thanh cơ sở sử dụng công nghệ mới", "broadcasting"),
        ("Phối hợp Hội Nhà báo tỉnh tổ chức gặp mặt, trao giải báo chí", "press"),
        ("Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3, nhiệm kỳ 2020-2025", "other"),
    ],
)
def test_infer_category_with_default_keywords(title: str, category: str) -> None:
    assert infer_category(title, Settings().categories) == category


def test_keyword_written_without_diacritics_matches_title_with_them() -> None:
    categories = (Category("inspection", "Thanh tra, kiểm tra", ("kiem tra",)),)
    assert infer_category("Kiểm tra Công ty Cổ phần Đầu tư và phát triển Hà Thành", categories) == "inspection"


def test_the_keyword_nearest_the_object_wins_not_the_first_category() -> None:
    # "kiểm tra" acts on "các đài truyền thanh": the task belongs to broadcasting, whatever the order.
    title = "Xây dựng kế hoạch kiểm tra các đài truyền thanh cơ sở"
    assert infer_category(title, Settings().categories) == "broadcasting"
    broadcasting_first = (DEFAULT_CATEGORIES[3], DEFAULT_CATEGORIES[0])
    assert infer_category(title, broadcasting_first) == "broadcasting"
    # The task's own leading verb is its kind, even when another keyword follows.
    assert infer_category("Kiểm tra các đài truyền thanh cơ sở", Settings().categories) == "inspection"


def test_equal_matches_fall_back_to_the_order_of_the_categories() -> None:
    twins = (Category("a", "A", ("chuyển đổi số",)), Category("b", "B", ("chuyển đổi số",)))
    assert infer_category("Thực hiện chuyển đổi số", twins) == "a"
    assert infer_category("Thực hiện chuyển đổi số", twins[::-1]) == "b"


def test_keyword_inside_a_longer_word_does_not_match() -> None:
    categories = (Category("press", "Báo chí, xuất bản, thông tin", ("hoạt động in", "in")),)
    assert infer_category("Đăng tin, bài lên Trang thông tin điện tử của Sở", categories) == "other"


def test_category_of_prefers_known_stated_category() -> None:
    settings = Settings()
    stated = replace(NAM_CUONG, category="broadcasting")
    unknown = replace(NAM_CUONG, category="postal")
    assert settings.category_of(stated) == "broadcasting"
    assert settings.category_of(unknown) == "inspection"
    assert settings.category_of(NAM_CUONG) == "inspection"


# --- tick ---


def test_tick_open_task_marks_done_with_the_day() -> None:
    before = june()
    after = tick(before, "kiem-tra-nam-cuong", DAY)
    assert after.task("kiem-tra-nam-cuong").status is Status.DONE
    assert after.task("kiem-tra-nam-cuong").done_on == DAY
    assert before.task("kiem-tra-nam-cuong").status is Status.OPEN  # the input is left alone
    assert [t.id for t in after.tasks] == [t.id for t in before.tasks]


def test_tick_done_task_reopens_and_forgets_the_day() -> None:
    after = tick(june(), "bao-cao-kh-101", DAY)
    task = after.task("bao-cao-kh-101")
    assert task.status is Status.OPEN
    assert task.done_on is None


def test_tick_twice_returns_to_the_start() -> None:
    month = june()
    assert tick(tick(month, "wifi-cong-cong", DAY), "wifi-cong-cong", DAY) == month


@pytest.mark.parametrize("task_id", ["phong-hop-bao-xu-dong", "dai-hoi-dang-bo-so-lan-3"])
def test_carried_and_dropped_tasks_cannot_be_ticked(task_id: str) -> None:
    with pytest.raises(NotTickable) as raised:
        tick(june(), task_id, DAY)
    assert raised.value.task.id == task_id


def test_tick_unknown_task_names_it() -> None:
    with pytest.raises(UnknownTask) as raised:
        tick(june(), "kiem-tra-thuan-hai", DAY)
    assert raised.value.task_id == "kiem-tra-thuan-hai"


# --- add / delete ---


def test_add_task_makes_a_unique_id_from_the_title() -> None:
    month = add_task(june(), Task("", "Kiểm tra Công ty Cổ phần Đức Việt 568"))
    month = add_task(month, Task("", "Kiểm tra Công ty Cổ phần Đức Việt 568"))
    assert [t.id for t in month.tasks[-2:]] == [
        "kiem-tra-cong-ty-co-phan-duc-viet-568",
        "kiem-tra-cong-ty-co-phan-duc-viet-568-2",
    ]


def test_add_task_with_a_taken_id_gets_a_new_one() -> None:
    month = add_task(june(), Task("wifi-cong-cong", "Lắp đặt Wifi công cộng tại Trung tâm Văn hóa Xứ Đông"))
    assert month.tasks[-1].id == "lap-dat-wifi-cong-cong-tai-trung-tam-van-hoa-xu"
    assert len({t.id for t in month.tasks}) == len(month.tasks)


def test_delete_task_removes_only_that_task() -> None:
    month = delete_task(june(), "wifi-cong-cong")
    assert [t.id for t in month.tasks] == [
        "kiem-tra-nam-cuong",
        "bao-cao-kh-101",
        "phong-hop-bao-xu-dong",
        "dai-hoi-dang-bo-so-lan-3",
    ]


# --- carry over ---


def test_carry_one_task_into_a_new_month() -> None:
    outcome = carry_over(june(), None, ["kiem-tra-nam-cuong"])
    assert outcome.carried == ("kiem-tra-nam-cuong",)
    assert outcome.target.key == JULY
    copy = outcome.target.task("kiem-tra-nam-cuong")
    assert copy.status is Status.OPEN
    assert copy.carried_from == JUNE
    assert copy.times_carried == 1
    assert (copy.title, copy.owner, copy.due, copy.refs) == (NAM_CUONG.title, NAM_CUONG.owner, NAM_CUONG.due, NAM_CUONG.refs)
    assert outcome.source.task("kiem-tra-nam-cuong").status is Status.CARRIED
    assert outcome.source.task("wifi-cong-cong").status is Status.OPEN
    assert [t.id for t in outcome.target.tasks] == ["kiem-tra-nam-cuong"]


def test_carry_adds_one_to_times_carried() -> None:
    outcome = carry_over(june(), None, ["wifi-cong-cong"])
    copy = outcome.target.task("wifi-cong-cong")
    assert copy.times_carried == 2
    assert copy.carried_from == JUNE  # this month, not where it came from before


def test_carry_all_takes_only_open_tasks() -> None:
    outcome = carry_over(june(), None)
    assert outcome.carried == ("kiem-tra-nam-cuong", "wifi-cong-cong")
    assert [t.id for t in outcome.target.tasks] == ["kiem-tra-nam-cuong", "wifi-cong-cong"]
    statuses = {t.id: t.status for t in outcome.source.tasks}
    assert statuses == {
        "kiem-tra-nam-cuong": Status.CARRIED,
        "wifi-cong-cong": Status.CARRIED,
        "bao-cao-kh-101": Status.DONE,
        "phong-hop-bao-xu-dong": Status.CARRIED,
        "dai-hoi-dang-bo-so-lan-3": Status.DROPPED,
    }


def test_carry_keeps_the_target_month_and_its_tasks() -> None:
    july = Month(JULY, (Task("kiem-tra-uniden", "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"),), "Giao ban tháng 7/2020")
    outcome = carry_over(june(), july, ["wifi-cong-cong"])
    assert [t.id for t in outcome.target.tasks] == ["kiem-tra-uniden", "wifi-cong-cong"]
    assert outcome.target.title == "Giao ban tháng 7/2020"


@pytest.mark.parametrize("task_id", ["bao-cao-kh-101", "phong-hop-bao-xu-dong", "dai-hoi-dang-bo-so-lan-3"])
def test_done_carried_and_dropped_tasks_are_not_carried(task_id: str) -> None:
    outcome = carry_over(june(), None, [task_id])
    assert outcome.carried == ()
    assert outcome.not_open == (task_id,)
    assert outcome.target.tasks == ()
    assert outcome.source == june()


def test_carry_again_finishes_a_carry_stopped_halfway() -> None:
    first = carry_over(june(), None)
    # Next month has the copies (carried_from June), June still says open: a carry stopped between
    # its two files, or June restored from a backup. Carrying again marks them carried, copies nothing.
    again = carry_over(june(), first.target)
    assert again.carried == ("kiem-tra-nam-cuong", "wifi-cong-cong")
    assert again.already_there == ()
    assert again.target == first.target
    assert again.source == first.source


def test_carry_all_again_after_the_first_carry_reports_nothing() -> None:
    """Issue 9: what an earlier carry took over was not asked for again, so it is not "already there"."""
    first = carry_over(june(), None)
    again = carry_over(first.source, first.target)
    assert again.carried == ()
    assert again.already_there == ()
    assert again.target == first.target
    assert again.source == first.source


def test_carry_one_task_twice_reports_it_already_there() -> None:
    first = carry_over(june(), None, ["wifi-cong-cong"])
    again = carry_over(first.source, first.target, ["wifi-cong-cong"])
    assert again.already_there == ("wifi-cong-cong",)
    assert again.not_open == ()
    assert len(again.target.tasks) == 1


def test_carry_keeps_the_id_even_when_the_title_would_slug_differently() -> None:
    assert slugify(WIFI.title) != WIFI.id
    outcome = carry_over(june(), None, ["wifi-cong-cong"])
    assert [t.id for t in outcome.target.tasks] == ["wifi-cong-cong"]
    assert outcome.target.task("wifi-cong-cong").title == WIFI.title


def test_carry_into_the_wrong_month_is_refused() -> None:
    with pytest.raises(ValueError):
        carry_over(june(), Month(YearMonth(2020, 8)))


def test_carry_december_goes_to_january_of_next_year() -> None:
    december = Month(YearMonth(2020, 12), (NAM_CUONG,))
    outcome = carry_over(december, None)
    assert outcome.target.key == YearMonth(2021, 1)
    assert outcome.target.task("kiem-tra-nam-cuong").carried_from == YearMonth(2020, 12)


def test_carry_unknown_task_raises() -> None:
    with pytest.raises(UnknownTask):
        carry_over(june(), None, ["khong-co-nhiem-vu-nay"])


def test_carry_forgets_done_on() -> None:
    odd = replace(NAM_CUONG, done_on=date(2020, 6, 1))  # an open task with a stray done_on
    outcome = carry_over(Month(JUNE, (odd,)), None)
    assert outcome.target.task("kiem-tra-nam-cuong").done_on is None


# --- merge ---


def test_merge_changes_to_different_tasks_both_win() -> None:
    base = june()
    ours = tick(base, "kiem-tra-nam-cuong", DAY)
    theirs = tick(base, "wifi-cong-cong", date(2020, 6, 21))
    merged = merge(base, ours, theirs)
    assert merged.task("kiem-tra-nam-cuong").status is Status.DONE
    assert merged.task("kiem-tra-nam-cuong").done_on == DAY
    assert merged.task("wifi-cong-cong").status is Status.DONE
    assert merged.task("wifi-cong-cong").done_on == date(2020, 6, 21)


def test_merge_different_fields_of_one_task_both_win() -> None:
    base = june()
    ours = base.with_task(replace(NAM_CUONG, owner="Thanh tra Sở, Phòng Bưu chính, Viễn thông"))
    theirs = base.with_task(replace(NAM_CUONG, due=date(2020, 6, 19)))
    merged = merge(base, ours, theirs).task("kiem-tra-nam-cuong")
    assert merged.owner == "Thanh tra Sở, Phòng Bưu chính, Viễn thông"
    assert merged.due == date(2020, 6, 19)


def test_merge_same_change_on_both_sides_is_no_conflict() -> None:
    base = june()
    ours = tick(base, "wifi-cong-cong", DAY)
    assert merge(base, ours, ours) == ours


def test_merge_same_field_changed_two_ways_names_the_task() -> None:
    base = june()
    ours = base.with_task(replace(NAM_CUONG, due=date(2020, 6, 19)))
    theirs = base.with_task(replace(NAM_CUONG, due=date(2020, 6, 26)))
    with pytest.raises(MergeConflict) as raised:
        merge(base, ours, theirs)
    assert raised.value.titles == [NAM_CUONG.title]


def test_merge_done_versus_dropped_conflicts() -> None:
    base = june()
    ours = tick(base, "wifi-cong-cong", DAY)
    theirs = base.with_task(replace(WIFI, status=Status.DROPPED))
    with pytest.raises(MergeConflict) as raised:
        merge(base, ours, theirs)
    assert WIFI.title in raised.value.titles


def test_merge_keeps_tasks_added_on_both_sides() -> None:
    base = june()
    ours = add_task(base, Task("kiem-tra-uniden", "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"))
    theirs = add_task(base, Task("kiem-tra-thuan-hai", "Kiểm tra Công ty Cổ phần thương mại dịch vụ Thuận Hải"))
    merged = merge(base, ours, theirs)
    ids = [t.id for t in merged.tasks]
    assert "kiem-tra-uniden" in ids and "kiem-tra-thuan-hai" in ids
    assert len(ids) == len(base.tasks) + 2


def test_merge_same_id_added_differently_conflicts() -> None:
    base = june()
    ours = add_task(base, Task("kiem-tra-uniden", "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"))
    theirs = add_task(base, Task("kiem-tra-uniden", "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM (lần 2)"))
    with pytest.raises(MergeConflict):
        merge(base, ours, theirs)


def test_merge_their_deletion_of_an_untouched_task_wins() -> None:
    base = june()
    ours = tick(base, "kiem-tra-nam-cuong", DAY)
    theirs = delete_task(base, "wifi-cong-cong")
    merged = merge(base, ours, theirs)
    assert not merged.has_task("wifi-cong-cong")
    assert merged.task("kiem-tra-nam-cuong").status is Status.DONE


def test_merge_their_deletion_versus_our_edit_conflicts() -> None:
    base = june()
    ours = tick(base, "wifi-cong-cong", DAY)
    theirs = delete_task(base, "wifi-cong-cong")
    with pytest.raises(MergeConflict) as raised:
        merge(base, ours, theirs)
    assert raised.value.titles == [WIFI.title]


def test_merge_our_deletion_versus_their_edit_conflicts() -> None:
    base = june()
    ours = delete_task(base, "kiem-tra-nam-cuong")
    theirs = tick(base, "kiem-tra-nam-cuong", DAY)
    with pytest.raises(MergeConflict) as raised:
        merge(base, ours, theirs)
    assert raised.value.titles == [NAM_CUONG.title]


def test_merge_header_change_and_task_change() -> None:
    base = june()
    ours = tick(base, "kiem-tra-nam-cuong", DAY)
    theirs = replace(base, chair="Nguyễn Cao Thắng, Giám đốc Sở")
    merged = merge(base, ours, theirs)
    assert merged.chair == "Nguyễn Cao Thắng, Giám đốc Sở"
    assert merged.task("kiem-tra-nam-cuong").status is Status.DONE


def test_merge_unknown_keys_changed_on_different_sides() -> None:
    base = Month(JUNE, (replace(NAM_CUONG, extra={"uu_tien": 1}),))
    ours = base.with_task(replace(base.tasks[0], extra={"uu_tien": 1, "nguoi_theo_doi": "Văn phòng Sở"}))
    theirs = base.with_task(replace(base.tasks[0], extra={"uu_tien": 2}))
    merged = merge(base, ours, theirs).tasks[0]
    assert dict(merged.extra) == {"uu_tien": 2, "nguoi_theo_doi": "Văn phòng Sở"}


# --- values ---


def test_task_equality_includes_unknown_keys() -> None:
    assert replace(NAM_CUONG, extra={"uu_tien": 1}) != NAM_CUONG
    assert replace(NAM_CUONG, extra={"uu_tien": 1}) == replace(NAM_CUONG, extra={"uu_tien": 1})


def test_overdue_only_when_open_and_past_due() -> None:
    assert NAM_CUONG.is_overdue(date(2020, 6, 13))
    assert not NAM_CUONG.is_overdue(date(2020, 6, 12))
    assert not BAO_CAO.is_overdue(date(2020, 12, 31))


# --- what a month has worked out carries over a change ---


@settings(max_examples=80, deadline=None)
@given(
    changes=st.lists(
        st.tuples(st.integers(min_value=0, max_value=4), st.sampled_from(list(Status)), st.booleans()), min_size=1, max_size=8
    )
)
def test_a_changed_month_knows_its_tasks_and_done_count_as_a_fresh_one_would(changes) -> None:
    """with_task carries the id index and the done count over from the change; they must agree
    with counting the new month afresh, whether or not they had been worked out before."""
    month = june()
    for index, status, looked in changes:
        if looked:  # worked out before the change: carried over; else left to be counted
            assert month.done_count >= 0 and month.has_task(month.tasks[0].id)
        before = month.tasks[index]
        month = month.with_task(replace(before, status=status, title=f"{before.title} ({status.value})"))
        fresh = Month(month.key, month.tasks, month.title)
        assert month.done_count == fresh.done_count == sum(t.status is Status.DONE for t in month.tasks)
        assert [month.task(t.id) for t in month.tasks] == list(month.tasks)
        assert month.tasks[index].status is status and len(month.tasks) == 5


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(min_size=1, max_size=30),
    owner=st.one_of(st.none(), st.text(max_size=20)),
    due=st.one_of(st.none(), st.dates()),
    status=st.sampled_from(list(Status)),
    times=st.integers(min_value=0, max_value=9),
    refs=st.lists(st.text(max_size=10), max_size=3),
)
def test_a_task_built_from_checked_values_is_the_task_itself(title, owner, due, status, times, refs) -> None:
    """The cache's fast constructor sets each field in its own slot, whatever the fields' order."""
    task = Task(
        id="kiem-tra",
        title=title,
        owner=owner,
        due=due,
        status=status,
        times_carried=times,
        refs=tuple(refs),
        carried_from=YearMonth(2020, 5) if times else None,
        note="ghi chú",
        extra={"so_van_ban": "512/STTTT"},
    )
    again = Task.already_checked(*(getattr(task, name) for name in TASK_FIELDS))
    assert again == task and [getattr(again, n) for n in TASK_FIELDS] == [getattr(task, n) for n in TASK_FIELDS]
