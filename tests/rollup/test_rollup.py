"""The roll-up model: units from a folder or a dithub-rollup.toml, month figures, loading, search."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dithub.model import YearMonth
from dithub.rollup import ROLLUP_FILE, Rollup, is_rollup, load_months, reading_order
from dithub.rollup_figures import RollupSearch, State, month_figures, rollup_figures, total
from tests.conftest import write_month

MAY, JUNE, JULY = YearMonth(2020, 5), YearMonth(2020, 6), YearMonth(2020, 7)
TODAY = date(2020, 6, 22)
SO = "Sở Thông tin và Truyền thông tỉnh Hải Dương"
KINH_MON = "Phòng Văn hóa và Thông tin thị xã Kinh Môn"
NAM_SACH = "Phòng Văn hóa và Thông tin huyện Nam Sách"


def _unit(rollup: Rollup, name: str):  # noqa: ANN202
    return next(unit for unit in rollup.units if unit.name == name)


def test_a_folder_of_books_is_a_rollup_of_its_book_subfolders(province: Path) -> None:
    assert is_rollup(province)
    assert not is_rollup(province / "so-tttt")  # a book is not a roll-up
    rollup = Rollup.open(province)
    assert [unit.folder.name for unit in rollup.units] == ["nam-sach", "kinh-mon", "so-tttt"]  # by name, folded
    assert [unit.name for unit in rollup.units] == [NAM_SACH, KINH_MON, SO]
    assert rollup.months() == [MAY, JUNE] and rollup.latest == JUNE
    assert rollup.problems == []


def test_a_listing_names_books_by_relative_and_absolute_paths_and_tells_a_missing_one(province: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "kho-rieng"
    elsewhere.mkdir()
    listing = elsewhere / ROLLUP_FILE
    listing.write_text(
        f"""name = "Giao ban các phòng, ban tỉnh Hải Dương"
[[units]]
name = "Sở TT&TT"
folder = "../tinh-hai-duong/so-tttt"

[[units]]
folder = "{(province / "kinh-mon").as_posix()}"

[[units]]
name = "UBND huyện Thanh Hà"
folder = "thanh-ha"

[[units]]
name = "Thiếu thư mục"
""",
        encoding="utf-8",
    )
    for opened in (Rollup.open(listing), Rollup.open(elsewhere)):
        assert opened.name == "Giao ban các phòng, ban tỉnh Hải Dương"
        assert [unit.name for unit in opened.units] == ["Sở TT&TT", KINH_MON, "UBND huyện Thanh Hà"]  # listed order
        so, kinh_mon, thanh_ha = opened.units
        assert so.folder == (province / "so-tttt").resolve() and so.is_open
        assert kinh_mon.is_open and kinh_mon.book.keys == [MAY, JUNE]
        assert not thanh_ha.is_open and [p.code for p in thanh_ha.problems] == ["rollup_book_missing"]
        assert [(p.code, p.details) for p in opened.problems] == [("rollup_unit_without_folder", {"number": 4})]
        figures = {f.unit.name: f for f in rollup_figures(opened, JUNE, TODAY)}
        assert figures["UBND huyện Thanh Hà"].state is State.NO_BOOK


def test_a_broken_listing_opens_with_no_units_and_says_why(tmp_path: Path) -> None:
    (tmp_path / ROLLUP_FILE).write_text('[[units]]\nname = "Sở TT&TT\nfolder = "so"\n', encoding="utf-8")
    rollup = Rollup.open(tmp_path)
    assert rollup.units == [] and [p.code for p in rollup.problems] == ["toml_syntax"]
    assert rollup.problems[0].line == 2


def test_month_figures_count_done_carried_slipping_overdue_and_the_meeting(province: Path) -> None:
    rollup = Rollup.open(province)
    figures = month_figures(_unit(rollup, KINH_MON), JUNE, TODAY)
    assert figures.state is State.OK
    assert (figures.done, figures.total, figures.carried, figures.carried_often) == (1, 3, 2, 1)
    assert figures.overdue == 2  # on 22/06 both open tasks are past due (15/06 and 20/06); the done one never is
    assert figures.meeting == date(2020, 6, 3)


def test_overdue_is_open_and_past_due_on_the_day_asked(province: Path) -> None:
    rollup = Rollup.open(province)
    kinh_mon = _unit(rollup, KINH_MON)
    assert month_figures(kinh_mon, JUNE, date(2020, 6, 15)).overdue == 0
    assert month_figures(kinh_mon, JUNE, date(2020, 6, 16)).overdue == 1
    assert month_figures(kinh_mon, JUNE, date(2020, 6, 21)).overdue == 2
    assert month_figures(kinh_mon, JUNE, date(2020, 7, 1)).overdue == 2  # the done one never is


def test_a_broken_month_and_a_missing_month_say_so_and_broken_comes_first(province: Path) -> None:
    write_month(province / "kinh-mon", "2020-07", 'month = "2020-07"\ndate = 2020-07-02\n')
    rollup = Rollup.open(province)
    june = rollup_figures(rollup, JUNE, TODAY)
    assert [(f.unit.name, f.state) for f in june][0] == (NAM_SACH, State.BROKEN)
    assert june[0].problems and june[0].problems[0].code == "toml_syntax"
    july = rollup_figures(rollup, JULY, TODAY)
    assert [(f.unit.name, f.state) for f in july] == [(KINH_MON, State.OK), (NAM_SACH, State.NO_MONTH), (SO, State.NO_MONTH)]


def test_units_are_sorted_by_what_needs_attention(province: Path) -> None:
    rollup = Rollup.open(province)
    june = rollup_figures(rollup, JUNE, TODAY)
    so, kinh_mon = june[1], june[2]
    assert (so.unit.name, kinh_mon.unit.name) == (SO, KINH_MON)
    assert so.overdue > kinh_mon.overdue
    # Kinh Môn with nothing overdue still comes after any unit with overdue work, however slipping.
    may = rollup_figures(rollup, MAY, TODAY)
    assert [f.state for f in may] == [State.OK] * 3
    assert may[-1].unit.name == NAM_SACH  # all done, nothing carried: last


def test_the_total_adds_the_units_that_could_be_counted(province: Path) -> None:
    rollup = Rollup.open(province)
    june = rollup_figures(rollup, JUNE, TODAY)
    summed = total(june, JUNE)
    counted = [f for f in june if f.state is State.OK]
    assert len(counted) == 2
    assert summed.total == sum(f.total for f in counted) and summed.done == sum(f.done for f in counted)
    assert summed.carried_often == sum(f.carried_often for f in counted) >= 2


def test_figures_without_loading_say_loading_then_fill_in(province: Path) -> None:
    rollup = Rollup.open(province)
    assert {f.state for f in rollup_figures(rollup, JUNE, TODAY, load=False)} == {State.LOADING}
    load_months(rollup, first=JUNE)
    assert State.LOADING not in {f.state for f in rollup_figures(rollup, JUNE, TODAY, load=False)}


def test_months_load_newest_first_every_units_chosen_month_first_with_progress(province: Path) -> None:
    rollup = Rollup.open(province)
    order = [(unit.folder.name, key) for unit, key in reading_order(rollup, MAY)]
    assert order[:3] == [("nam-sach", MAY), ("kinh-mon", MAY), ("so-tttt", MAY)]
    assert {key for _, key in order[3:]} == {JUNE}
    seen = []
    assert load_months(rollup, progress=lambda p: seen.append((p.done, p.total, p.unit.folder.name, p.file.key))) == 6
    assert [(d, t) for d, t, _, _ in seen] == [(i, 6) for i in range(1, 7)]
    assert [key for *_, key in seen] == [JUNE] * 3 + [MAY] * 3
    assert load_months(rollup) == 0  # already read


def test_loading_can_stop_and_can_leave_adopting_to_the_caller(province: Path) -> None:
    rollup = Rollup.open(province)
    files = []
    assert load_months(rollup, adopt=False, progress=files.append, should_stop=lambda: len(files) >= 2) == 2
    assert all(not unit.book.files for unit in rollup.units)
    for progress in files:
        progress.unit.book.adopt(progress.file)
    assert sum(len(unit.book.files) for unit in rollup.units) == 2


def test_search_finds_tasks_across_units_with_or_without_diacritics_grouped_by_unit(province: Path) -> None:
    rollup = Rollup.open(province)
    load_months(rollup)
    search = RollupSearch.of_loaded(rollup)
    plain = search.matches("dai truyen thanh")
    marked = search.matches("ĐÀI TRUYỀN THANH")
    assert [(g.unit.name, [(h.key, h.task.id) for h in g.hits]) for g in plain] == [
        (g.unit.name, [(h.key, h.task.id) for h in g.hits]) for g in marked
    ]
    by_unit = {g.unit.name: g for g in plain}
    assert set(by_unit) >= {KINH_MON}
    kinh_mon = [(h.key, h.task.id) for h in by_unit[KINH_MON].hits]
    assert kinh_mon == [(JUNE, "dai-truyen-thanh-co-so"), (JUNE, "tuyen-truyen-dai-hoi"), (MAY, "dai-truyen-thanh-co-so")]
    assert [g.unit for g in plain] == [u for u in rollup.units if u in {g.unit for g in plain}]  # the roll-up's order
    june_only = search.matches("dai truyen thanh", key=JUNE)
    assert all(h.key == JUNE for g in june_only for h in g.hits)
    assert search.matches("Nam Sách") and search.matches("nam sach")[0].unit.name == NAM_SACH  # May is readable
    assert search.matches("   ") == [] and search.matches("khong-co-nhiem-vu-nao-nhu-the") == []


def test_search_grows_as_months_are_read(province: Path) -> None:
    rollup = Rollup.open(province)
    search = RollupSearch(rollup)
    assert search.matches("IPv6") == []
    load_months(rollup, first=JUNE, progress=lambda p: p.file.month and search.add(p.unit, p.file.month))
    assert KINH_MON in {g.unit.name for g in search.matches("ipv6")}
    assert len(search) == sum(len(m.tasks) for u in rollup.units for m in u.book.months.values() if m)
