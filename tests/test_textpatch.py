"""The line-level fast path: used for ticks and carries, refused for what it cannot do safely."""

from __future__ import annotations

import difflib
from dataclasses import replace
from datetime import date
from pathlib import Path

import tomli
from hypothesis import given, settings
from hypothesis import strategies as st

from dithub.carry import carry_over
from dithub.model import Status, Task, YearMonth, add_task, delete_task, tick
from dithub.reading import read_month
from dithub.schema import month_from_data
from dithub.textpatch import patch, toml_value

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "hai-duong"
JUNE = YearMonth(2020, 6)


def june():
    file = read_month(SAMPLE / "2020-06.toml", JUNE)
    assert file.month is not None
    return file.source(), file.month


def reads_as(text: str):
    return month_from_data(tomli.loads(text), JUNE, "2020-06.toml", text)[0]


def ticked(month, indexes: list[int]):
    """The month with the tasks at `indexes` ticked in turn (those that can be)."""
    for index in indexes:
        task = month.tasks[index]
        if task.status in (Status.OPEN, Status.DONE):
            month = tick(month, task.id, date(2020, 6, 20))
    return month


def test_a_tick_changes_two_lines_and_keeps_the_comment() -> None:
    text, month = june()
    new = tick(month, "kiem-tra-uniden", date(2020, 6, 20))
    out = patch(text, month, new)
    assert out is not None
    diff = [line for line in difflib.ndiff(text.splitlines(), out.splitlines()) if line[:1] in "+-"]
    assert diff == ['- status = "open"', '+ status = "done"', "+ done_on = 2020-06-20"]
    assert reads_as(out) == new


def test_trailing_comment_on_the_changed_line_stays() -> None:
    text = 'month = "2020-06"\n\n[[tasks]]\nid = "a"\ntitle = "Thanh tra hoạt động in"\nstatus = "open"   # họp 02/6\n'
    month = reads_as(text)
    out = patch(text, month, tick(month, "a", date(2020, 6, 20)))
    assert out is not None and 'status = "done"   # họp 02/6' in out


def test_new_tasks_are_appended_as_tables() -> None:
    text, month = june()
    new = add_task(month, Task(id="", title='Rà soát "đài" truyền thanh\tcấp xã', owner="Thanh tra Sở", due=date(2020, 6, 30)))
    out = patch(text, month, new)
    assert out is not None and out.startswith(text)
    assert reads_as(out) == new


def test_a_task_added_inside_the_file_goes_after_the_task_before_it() -> None:
    """Under its category's tasks: ahead of the comment that opens the next group, nothing else moved."""
    text, month = june()
    at = [t.id for t in month.tasks].index("thong-bao-ket-luan-kiem-tra") + 1
    new = add_task(month, Task(id="", title="Kiểm tra Công ty TNHH Viễn thông Hải Dương", owner="Thanh tra Sở"), at)
    out = patch(text, month, new)
    assert out is not None and reads_as(out) == new
    diff = [line for line in difflib.ndiff(text.splitlines(), out.splitlines()) if line[:1] in "+-"]
    assert all(line.startswith("+ ") for line in diff) and len(diff) == 6  # five lines and a blank, added only
    assert '2020"]\n\n[[tasks]]\nid = "kiem-tra-cong-ty-tnhh-vien-thong-hai-duong"' in out
    assert 'status = "open"\n\n# ── Báo chí, xuất bản, thông tin ──\n' in out
    # before the first task the file's own comments sit: left to tomlkit
    assert patch(text, month, add_task(month, Task(id="", title="Rà soát đài truyền thanh"), 0)) is None
    # a sub-table after the task would become the new task's: left to tomlkit
    sub = 'month = "2020-06"\n\n[[tasks]]\nid = "a"\ntitle = "Đài truyền thanh"\n\n[tasks.lich]\nngay = 1\n\n[[tasks]]\nid = "b"\ntitle = "Kiểm tra"\n'
    with_sub = reads_as(sub)
    assert patch(sub, with_sub, add_task(with_sub, Task(id="", title="Kiểm tra in"), 1)) is None


def test_carry_all_patches_the_source() -> None:
    text, month = june()
    outcome = carry_over(month, None, None)
    out = patch(text, month, outcome.source)
    assert out is not None and reads_as(out) == outcome.source
    assert out.count('status = "carried"') == len(outcome.carried)


def test_it_declines_what_tomlkit_must_do() -> None:
    text, month = june()
    assert patch(text, month, delete_task(month, "kiem-tra-uniden")) is None  # a deleted task
    assert patch(text, month, replace(month, chair="Lê Văn Hiệu")) is None  # a header field
    refs = replace(month.task("kiem-tra-uniden"), refs=("Kế hoạch số 45/KH-STTTT",))
    assert patch(text, month, month.with_task(refs)) is None  # a list already written
    no_id = 'month = "2020-06"\n\n[[tasks]]\ntitle = "Thanh tra hoạt động in"\n'
    plain = reads_as(no_id)
    assert patch(no_id, plain, tick(plain, plain.tasks[0].id, date(2020, 6, 20))) is None  # id to write first
    multi = 'month = "2020-06"\n\n[[tasks]]\nid = "a"\ntitle = """Thanh tra\nhoạt động in"""\n'
    month_multi = reads_as(multi)
    retitled = month_multi.with_task(replace(month_multi.task("a"), title="Thanh tra in"))
    assert patch(multi, month_multi, retitled) is None  # a multi-line string


def test_toml_value_escapes_like_toml() -> None:
    for value in ['a "b" \\ c', "tab\there", "\x1b[31m", "del\x7f", "Đài truyền thanh"]:
        assert tomli.loads(f"v = {toml_value(value)}")["v"] == value


TITLES = st.text(
    alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặđĐ \"'\\#[]=\t") + ["\u0301", "\u0323"]),
    min_size=1,
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(
    ticks=st.lists(st.integers(min_value=0, max_value=20), max_size=6),
    titles=st.lists(TITLES, max_size=3),
    owner=st.one_of(st.none(), TITLES),
)
def test_patched_text_always_reads_back_as_the_new_month(ticks: list[int], titles: list[str], owner: str | None) -> None:
    text, month = june()
    new = ticked(month, ticks)
    if titles:
        first = new.tasks[0]
        new = new.with_task(replace(first, title=titles[0].strip() or first.title, owner=owner))
    for title in titles[1:]:
        if title.strip():
            new = add_task(new, Task(id="", title=title.strip()))
    out = patch(text, month, new)
    if out is not None:
        assert reads_as(out) == new


def test_the_first_save_writes_every_missing_id_at_once() -> None:
    text = 'month = "2020-06"\n\n[[tasks]]\nid = "in"\ntitle = "Thanh tra hoạt động in"\n\n[[tasks]]\ntitle = "Kiểm tra đài truyền thanh"\n'
    month = reads_as(text)
    assert patch(text, month, tick(month, "in", date(2020, 6, 20))) is None  # left to tomlkit, which writes them


def test_two_tasks_added_after_the_same_task_keep_their_order() -> None:
    text, month = june()
    at = [t.id for t in month.tasks].index("thong-bao-ket-luan-kiem-tra") + 1
    new = add_task(month, Task(id="", title="Kiểm tra Công ty TNHH Viễn thông Hải Dương"), at)
    new = add_task(new, Task(id="", title="Kiểm tra đại lý Internet huyện Cẩm Giàng"), at + 1)
    out = patch(text, month, new)
    assert out is not None and reads_as(out) == new


def test_a_title_holding_a_unicode_line_separator_is_one_line_to_toml() -> None:
    """TOML ends lines at "\\n" only; U+2028 inside a title must not cut the task's lines."""
    text = 'month = "2020-06"\n\n[[tasks]]\nid = "a"\ntitle = "Đài truyền thanh\u2028[cấp xã]"\nstatus = "open"\n'
    month = reads_as(text)
    out = patch(text, month, tick(month, "a", date(2020, 6, 20)))
    assert out is not None and reads_as(out) == tick(month, "a", date(2020, 6, 20))
    assert "\u2028[cấp xã]" in out


@settings(max_examples=60, deadline=None)
@given(
    places=st.lists(st.integers(min_value=1, max_value=25), min_size=1, max_size=5),
    ticks=st.lists(st.integers(min_value=0, max_value=20), max_size=4),
)
def test_tasks_added_anywhere_read_back_in_their_order(places: list[int], ticks: list[int]) -> None:
    text, month = june()
    new = ticked(month, ticks)
    for number, place in enumerate(places):
        new = add_task(new, Task(id="", title=f"Kiểm tra đài truyền thanh xã số {number + 1}"), min(place, len(new.tasks)))
    out = patch(text, month, new)
    if out is not None:
        assert reads_as(out) == new
