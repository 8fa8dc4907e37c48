"""Conflict markers in a month file: found, listed per task, resolved; storage and check report them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_month
from hypothesis import given
from hypothesis import strategies as st

from dithub.cli import main
from dithub.gitshare.markers import NotConflicted, block, conflict_in, conflict_problem, parse_conflicted, resolve
from dithub.i18n import problem_line
from dithub.model import YearMonth
from dithub.reading import read_month

HEADER = 'month = "2020-06"\ntitle = "Giao ban quản lý nhà nước tháng 6/2020"\n\n'
OURS = '[[tasks]]\nid = "wifi-cong-cong"\ntitle = "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng"\nstatus = "dropped"\n'
THEIRS = '[[tasks]]\nid = "wifi-cong-cong"\ntitle = "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng"\nstatus = "done"\ndone_on = 2020-06-20\n'
AFTER = '\n[[tasks]]\nid = "kiem-tra-uniden"\ntitle = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"\nstatus = "done"\n'
CONFLICTED = HEADER + block(OURS, THEIRS, "HEAD", "origin/main") + AFTER


def test_a_block_is_found_with_both_versions_labels_and_title() -> None:
    [clash] = parse_conflicted(CONFLICTED)
    assert (clash.ours, clash.theirs) == (OURS, THEIRS)
    assert (clash.ours_label, clash.theirs_label) == ("HEAD", "origin/main")
    assert clash.title == "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng"
    assert clash.line == 4


def test_resolving_takes_the_chosen_side_of_each_block() -> None:
    assert resolve(CONFLICTED, ["ours"]) == HEADER + OURS + AFTER
    assert resolve(CONFLICTED, {0: "theirs"}) == HEADER + THEIRS + AFTER
    with pytest.raises(ValueError):
        resolve(CONFLICTED, [])


def test_git_diff3_style_keeps_the_ancestor_out_of_both_sides() -> None:
    text = (
        HEADER
        + "<<<<<<< ours\n"
        + OURS
        + "||||||| base\n"
        + OURS.replace("dropped", "open")
        + "=======\n"
        + THEIRS
        + ">>>>>>> theirs\n"
    )
    [clash] = parse_conflicted(text)
    assert (clash.ours, clash.theirs) == (OURS, THEIRS)


def test_malformed_markers_are_not_taken_for_a_merge() -> None:
    unclosed = HEADER + "<<<<<<< ours\n" + OURS + "=======\n" + THEIRS
    with pytest.raises(NotConflicted):
        parse_conflicted(unclosed)
    assert conflict_in(unclosed) is None
    assert conflict_in(HEADER + OURS) is None


@given(st.lists(st.sampled_from(["ours", "theirs"]), min_size=1, max_size=4), st.sampled_from(["\n", "\r\n"]))
def test_every_choice_resolves_to_a_file_without_markers(choices: list[str], newline: str) -> None:
    text = HEADER + "".join(block(OURS, THEIRS, "HEAD", "origin/main") + AFTER for _ in choices)
    text = text.replace("\n", newline)
    resolved = resolve(text, choices)
    assert conflict_in(resolved) is None
    assert resolved.count("[[tasks]]") == 2 * len(choices)
    assert resolved.count('status = "done"\r\ndone_on' if newline == "\r\n" else 'status = "done"\ndone_on') == choices.count(
        "theirs"
    )


def test_storage_reads_a_conflicted_month_as_an_unresolved_merge(tmp_path: Path) -> None:
    path = write_month(tmp_path, "2020-06.toml", CONFLICTED)
    file = read_month(path, YearMonth(2020, 6))
    assert file.is_broken
    [problem] = file.problems
    assert problem.code == "git_conflict" and problem.line == 4
    assert problem.details["titles"] == ["Triển khai khảo sát địa điểm lắp đặt Wifi công cộng"]
    english = problem_line(problem, "en")
    assert "2020-06.toml" in english and "middle of a git merge" in english and "“HEAD”" in english and "“origin/main”" in english
    assert "Wifi công cộng" in problem_line(problem, "vi") and "dở một lần gộp" in problem_line(problem, "vi")


def test_check_names_the_file_the_task_and_both_sides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_month(tmp_path, "2020-06.toml", CONFLICTED)
    write_month(tmp_path, "2020-05.toml", 'month = "2020-05"\n')
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "2020-06.toml, dòng 4" in out and "Wifi công cộng" in out and "“HEAD”" in out


def test_git_own_markers_around_untitled_lines_are_still_reported() -> None:
    text = HEADER.replace("title", "<<<<<<< HEAD\ntitle", 1).replace(
        "\n\n", '\n=======\ntitle = "Giao ban tháng 6"\n>>>>>>> origin/main\n\n', 1
    )
    problem = conflict_problem(text, "2020-06.toml")
    assert problem is not None and problem.details["tasks"] == "" and problem.details["ours"] == "HEAD"
