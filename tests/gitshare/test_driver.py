"""The three-way merge of one month file, as `dithub merge-file` does it for git."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from conftest import SAMPLE_BOOK
from hypothesis import given, settings
from hypothesis import strategies as st

from dithub.cli import main
from dithub.gitshare.driver import merge_texts, read_text
from dithub.gitshare.markers import parse_conflicted, resolve
from dithub.model import Month, Status, tick
from dithub.storage import BookStore, Fingerprint, MonthFile

from .conftest import JUNE, needs_git

pytestmark = needs_git

BASE = (SAMPLE_BOOK / "2020-06.toml").read_text(encoding="utf-8")
NAME = "2020-06.toml"
MONTH = read_text(BASE, JUNE)
assert MONTH is not None
WIFI, CASHLESS, UNIDEN = "wifi-cong-cong", "thanh-toan-khong-dung-tien-mat", "kiem-tra-uniden"


def write(month: Month, over: str = BASE) -> str:
    """The text a save would write: the dashboard's own writers over `over`."""
    base = read_text(over, JUNE)
    file = MonthFile(JUNE, Path(NAME), base, [], over, Fingerprint.of(over.encode(), None))
    return BookStore(Path(".")).text_for(file, month)


def changed(**tasks: Status) -> str:
    month = MONTH
    for task_id, status in tasks.items():
        month = month.with_task(replace(month.task(task_id), status=status))
    return write(month)


def test_different_fields_of_one_task_merge_and_both_comments_stay() -> None:
    ours = write(MONTH.with_task(replace(MONTH.task(WIFI), owner="Trung tâm CNTT&TT"))).replace(
        "# Giám đốc Sở yêu cầu", "# (Văn phòng) Giám đốc Sở yêu cầu"
    )
    theirs = write(tick(MONTH, WIFI, date(2020, 6, 20))) + "\n# Bổ sung sau cuộc họp.\n"
    result = merge_texts(BASE, ours, theirs, NAME)
    assert result.clean
    task = read_text(result.text, JUNE).task(WIFI)  # type: ignore[union-attr]
    assert (task.owner, task.status, task.done_on) == ("Trung tâm CNTT&TT", Status.DONE, date(2020, 6, 20))
    assert "# (Văn phòng) Giám đốc Sở yêu cầu" in result.text and "# Bổ sung sau cuộc họp." in result.text


def test_a_clash_in_the_header_is_marked_and_either_side_reads() -> None:
    ours = BASE.replace('tháng 6/2020"', 'tháng 6 năm 2020"', 1)
    theirs = BASE.replace('tháng 6/2020"', 'tháng Sáu/2020"', 1).replace('status = "open"', 'status = "done"', 1)
    result = merge_texts(BASE, ours, theirs, NAME)
    assert not result.clean
    [clash] = parse_conflicted(result.text)
    assert "tháng 6 năm 2020" in clash.ours and "tháng Sáu/2020" in clash.theirs
    for choice in ("ours", "theirs"):
        month = read_text(resolve(result.text, [choice]), JUNE)
        assert month is not None and month.tasks[0].status is Status.DONE  # their tick merged either way


def test_a_task_deleted_on_one_side_and_changed_on_the_other_is_a_conflict() -> None:
    ours = write(replace(MONTH, tasks=tuple(t for t in MONTH.tasks if t.id != UNIDEN)))
    theirs = changed(**{UNIDEN: Status.DONE, WIFI: Status.DONE})
    result = merge_texts(BASE, ours, theirs, NAME)
    assert not result.clean and result.titles == ("Kiểm tra Công ty TNHH UNIDEN VIỆT NAM",)
    [clash] = parse_conflicted(result.text)
    assert clash.ours == "" and 'id = "kiem-tra-uniden"' in clash.theirs
    kept = read_text(resolve(result.text, ["theirs"]), JUNE)
    gone = read_text(resolve(result.text, ["ours"]), JUNE)
    assert kept is not None and kept.task(UNIDEN).status is Status.DONE and kept.task(WIFI).status is Status.DONE
    assert gone is not None and not gone.has_task(UNIDEN) and gone.task(WIFI).status is Status.DONE


def test_the_same_id_added_differently_on_both_sides_is_a_conflict() -> None:
    from dithub.model import Task, add_task

    title = "Tổ chức Hội nghị tập huấn nghiệp vụ thông tin cơ sở năm 2020"
    ours = write(add_task(MONTH, Task("tap-huan-ttcs", title, owner="Phòng Thông tin cơ sở")))
    theirs = write(add_task(MONTH, Task("tap-huan-ttcs", title + " (lần 2)")))
    result = merge_texts(BASE, ours, theirs, NAME)
    assert not result.clean
    assert [c.title for c in parse_conflicted(result.text)] == [title]


def test_a_month_that_names_another_month_is_never_merged() -> None:
    theirs = BASE.replace('month = "2020-06"', 'month = "2020-07"')
    result = merge_texts(BASE, changed(**{WIFI: Status.DONE}), theirs, NAME)
    assert not result.clean
    assert read_text(result.text, JUNE) is None


def test_a_duplicate_id_on_one_side_is_never_merged() -> None:
    theirs = BASE.replace('id = "wifi-cong-cong"', 'id = "hoi-thao-cntt-tt-lan-24"')
    result = merge_texts(BASE, changed(**{CASHLESS: Status.DONE}), theirs, NAME)
    assert not result.clean
    assert "<<<<<<<" in result.text  # git's own markers


def test_the_command_writes_the_result_into_ours_and_keeps_line_endings_and_bom(tmp_path: Path) -> None:
    paths = {}
    for name, text in (("O", BASE), ("A", changed(**{WIFI: Status.DONE})), ("B", changed(**{CASHLESS: Status.DONE}))):
        paths[name] = tmp_path / name
        data = text.replace("\n", "\r\n").encode()
        paths[name].write_bytes(b"\xef\xbb\xbf" + data if name == "A" else data)
    assert main(["merge-file", str(paths["O"]), str(paths["A"]), str(paths["B"]), f"hai-duong/{NAME}"]) == 0
    data = paths["A"].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    month = read_text(data.decode("utf-8"), JUNE)
    assert month is not None and month.task(WIFI).status is Status.DONE and month.task(CASHLESS).status is Status.DONE
    paths["B"].write_bytes(changed(**{WIFI: Status.DROPPED}).encode())
    assert main(["merge-file", str(paths["O"]), str(paths["A"]), str(paths["B"]), NAME, "--lang", "en"]) == 1


OPEN_IDS = [task.id for task in MONTH.tasks if task.status is Status.OPEN]
SETTLED = (Status.DONE, Status.CARRIED, Status.DROPPED)


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_changes_to_different_tasks_always_merge_to_both(data: st.DataObject) -> None:
    chosen = data.draw(st.lists(st.sampled_from(OPEN_IDS), unique=True, min_size=2, max_size=8))
    split = data.draw(st.integers(1, len(chosen) - 1))
    mine = {task_id: data.draw(st.sampled_from(SETTLED)) for task_id in chosen[:split]}
    yours = {task_id: data.draw(st.sampled_from(SETTLED)) for task_id in chosen[split:]}
    result = merge_texts(BASE, changed(**mine), changed(**yours), NAME)
    assert result.clean
    month = read_text(result.text, JUNE)
    assert month is not None and len(month.tasks) == len(MONTH.tasks)
    for task in month.tasks:
        assert task.status is {**mine, **yours}.get(task.id, MONTH.task(task.id).status)
