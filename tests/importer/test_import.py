"""Importing a meeting's text: the seed's June tasks, Word files, the JSON dry run, adding, undo, bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import SAMPLE_BOOK

from dithub.book import Book
from dithub.cli import main
from dithub.importer import apply, propose
from dithub.model import Status, YearMonth
from dithub.text import fold

MAY, JUNE = YearMonth(2020, 5), YearMonth(2020, 6)


def folded(title: str) -> str:
    return " ".join(re.findall(r"[0-9a-z]+", fold(title)))


def june_proposal(folder: Path, text: str):  # type: ignore[no-untyped-def]
    book = Book.open(folder)
    return book, propose(text, JUNE, book.settings, book.editable(MAY), book.editable(JUNE))


def test_seed_004_proposes_the_21_june_tasks_of_the_sample_book(book_before_june: Path, seed_text: str) -> None:
    book, proposal = june_proposal(book_before_june, seed_text)
    expected = Book.open(SAMPLE_BOOK).editable(JUNE)
    selected = proposal.selected
    assert sorted(folded(t.title) for t in selected) == sorted(folded(t.title) for t in expected.tasks)
    may_titles = {folded(t.title) for t in book.editable(MAY).tasks}
    assert not [t.title for t in selected if folded(t.title) in may_titles and not t.continues]
    # The refs the text names.
    by_title = {folded(t.title): t for t in selected}
    assert by_title[folded(expected.task("bao-cao-kh-101").title)].refs == ["Kế hoạch số 101/KH-UBND ngày 10/01/2020"]
    for task_id in ("kiem-tra-nam-cuong", "kiem-tra-uniden", "kiem-tra-duc-viet-568", "thong-bao-ket-luan-kiem-tra"):
        assert "Kế hoạch thanh tra, kiểm tra năm 2020" in by_title[folded(expected.task(task_id).title)].refs
    # The continuations from May are exactly the June tasks carried from May.
    continued = {t.continues for t in selected if t.continues}
    assert continued == {t.id for t in expected.tasks if t.carried_from == MAY}
    assert all(t.confidence is not None and 0.6 <= t.confidence <= 1 for t in selected if t.continues)


def test_precision_and_recall_on_seed_004(book_before_june: Path, seed_text: str) -> None:
    _, proposal = june_proposal(book_before_june, seed_text)
    got = {folded(t.title) for t in proposal.selected}
    want = {folded(t.title) for t in Book.open(SAMPLE_BOOK).editable(JUNE).tasks}
    precision, recall = len(got & want) / len(got), len(got & want) / len(want)
    assert (precision, recall) == (1.0, 1.0)


def test_writing_the_import_is_what_carry_over_writes_and_one_undo_takes_it_back(book_before_june: Path, seed_text: str) -> None:
    book, proposal = june_proposal(book_before_june, seed_text)
    applied = apply(proposal, book.settings, book.editable(MAY), book.editable(JUNE))
    book.import_tasks(JUNE, applied.months)
    book.save_all()
    again = Book.open(book_before_june)
    june, may = again.editable(JUNE), again.editable(MAY)
    assert len(june.tasks) == 21
    hoi_thao = june.task("hoi-thao-cntt-tt-lan-24")
    assert (hoi_thao.carried_from, hoi_thao.times_carried, hoi_thao.status) == (MAY, 3, Status.OPEN)
    assert june.task("ipv6-co-quan-nha-nuoc").times_carried == 2
    assert may.task("wifi-cong-cong").status is Status.CARRIED
    assert may.task("xay-dung-cong-thong-tin-doi-ngoai").status is Status.DONE
    assert june.task("ke-hoach-truyen-thanh-co-so-cong-nghe-moi").refs == (
        "Quyết định số 135/QĐ-TTg ngày 20/01/2020 của Thủ tướng Chính phủ",
    )
    assert book.undo() is not None
    book.save_all()
    assert not (book_before_june / "2020-06.toml").exists()
    assert Book.open(book_before_june).editable(MAY).task("wifi-cong-cong").status is Status.OPEN


def test_adding_to_a_month_that_has_tasks_keeps_comments_and_never_duplicates(book_dir: Path) -> None:
    june_file = book_dir / "2020-06.toml"
    text = (
        "Giám đốc Sở yêu cầu tập trung thực hiện các nhiệm vụ trọng tâm tháng 6 như sau:\n"
        "Tiếp tục hoàn thiện các kế hoạch về bưu chính công ích, kiểm tra KT1 theo hướng dẫn của BTTTT;\n"
        "Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3, nhiệm kỳ 2020-2025;\n"
        "Xây dựng kế hoạch chuyển đổi số của Sở giai đoạn 2020-2025, hoàn thành trước ngày 30/6."
    )
    book, proposal = june_proposal(book_dir, text)
    assert [t.already_there for t in proposal.tasks] == [True, True, False]
    applied = apply(proposal, book.settings, book.editable(MAY), book.editable(JUNE))
    assert applied.added == ("xay-dung-ke-hoach-chuyen-doi-so-cua-so-giai-doan",)
    book.import_tasks(JUNE, applied.months)
    book.save_all()
    written = june_file.read_text(encoding="utf-8")
    assert '# Có chữ "kiểm tra" nhưng là việc của lĩnh vực truyền thanh cơ sở: ghi rõ lĩnh vực.' in written
    assert written.count("Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3") == 1
    june = Book.open(book_dir).editable(JUNE)
    assert len(june.tasks) == 22 and june.tasks[-1].due.isoformat() == "2020-06-30"  # type: ignore[union-attr]


def test_a_word_document_with_numbered_paragraphs_and_a_table(empty_book: Path, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx", reason="python-docx is needed to build a .docx")
    document = docx.Document()
    document.add_paragraph("THÔNG BÁO")
    document.add_paragraph("Kết luận của Giám đốc Sở tại hội nghị giao ban quản lý nhà nước tháng 6 năm 2020")
    document.add_paragraph("II. Nhiệm vụ trọng tâm tháng 6/2020:")
    document.add_paragraph(
        "Triển khai chuyển đổi địa chỉ Internet thế hệ 6 (IPv6) trong các cơ quan nhà nước", style="List Number"
    )
    document.add_paragraph("Xây dựng kế hoạch truyền thanh cơ sở sử dụng công nghệ mới", style="List Number")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"
    table.cell(0, 1).text = "Thanh tra Sở:"
    table.cell(1, 0).text = "Báo cáo kết quả triển khai Kế hoạch số 101/KH-UBND ngày 10/01/2020"
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("- Lưu: VT, VP.")
    path = tmp_path / "thong-bao.docx"
    document.save(str(path))
    assert main(["import", str(empty_book), str(path), "--month", "2020-06", "--yes"]) == 0
    june = Book.open(empty_book).editable(JUNE)
    assert [t.title for t in june.tasks] == [
        "Triển khai chuyển đổi địa chỉ Internet thế hệ 6 (IPv6) trong các cơ quan nhà nước",
        "Xây dựng kế hoạch truyền thanh cơ sở sử dụng công nghệ mới",
        "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM",
        "Báo cáo kết quả triển khai Kế hoạch số 101/KH-UBND ngày 10/01/2020",
    ]
    assert june.tasks[3].refs == ("Kế hoạch số 101/KH-UBND ngày 10/01/2020",)


def test_the_json_dry_run_writes_nothing(book_before_june: Path, seed_text: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "bao-cao.txt"
    source.write_text(seed_text, encoding="utf-8")
    # The book's files; dithub's own cache (.dithub/) may be filled by any read.
    files = lambda: sorted(p.name for p in book_before_june.iterdir() if p.name != ".dithub")  # noqa: E731
    before = files()
    assert main(["import", str(book_before_june), str(source), "--month", "2020-06", "--dry-run", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["month"] == "2020-06" and len(data["tasks"]) == 21
    first = data["tasks"][0]
    assert set(first) == {"title", "category", "refs", "owner", "due", "continues", "confidence", "source", "selected"}
    assert first["continues"] == "hoi-thao-cntt-tt-lan-24" and first["selected"] is True
    assert files() == before


def test_without_a_terminal_and_without_yes_it_says_so_and_writes_nothing(
    book_before_june: Path, seed_text: str, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "bao-cao.txt"
    source.write_text(seed_text, encoding="utf-8")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["import", str(book_before_june), str(source), "--month", "2020-06", "--lang", "en"]) == 1
    assert "Nothing written" in capsys.readouterr().err
    assert not (book_before_june / "2020-06.toml").exists()


def test_asking_on_a_terminal_and_answering_no_writes_nothing(
    book_before_june: Path, seed_text: str, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "bao-cao.txt"
    source.write_text(seed_text, encoding="utf-8")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "k")
    assert main(["import", str(book_before_june), str(source), "--month", "2020-06"]) == 1
    assert not (book_before_june / "2020-06.toml").exists()
    monkeypatch.setattr("builtins.input", lambda prompt: "c")
    assert main(["import", str(book_before_june), str(source), "--month", "2020-06"]) == 0
    assert (book_before_june / "2020-06.toml").exists()


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("trong.txt", b"", "trống"),
        ("anh.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "không phải văn bản"),
        ("cu.txt", "Báo cáo tháng Sáu".encode("cp1258"), "UTF-8"),
        ("hong.docx", b"PK\x03\x04 not really a zip", "Word"),
        ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".docx"),
        (
            "tuong-thuat.txt",
            "Sáng ngày 02/6, Sở tổ chức hội nghị giao ban.\nTham dự hội nghị có các đồng chí Lãnh đạo Sở.".encode(),
            "Không tìm thấy nhiệm vụ",
        ),
    ],
)
def test_bad_input_gets_a_clear_message_and_nothing_is_written(
    empty_book: Path, tmp_path: Path, capsys, name: str, data: bytes, words: str
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / name
    source.write_bytes(data)
    assert main(["import", str(empty_book), str(source), "--month", "2020-06", "--yes"]) == 1
    captured = capsys.readouterr()
    assert words in captured.err and "Traceback" not in captured.err
    assert list(empty_book.iterdir()) == []


def test_an_edited_proposal_is_written_as_edited(book_before_june: Path, seed_text: str) -> None:
    book, proposal = june_proposal(book_before_june, seed_text)
    may = book.editable(MAY)
    wifi = next(t for t in proposal.tasks if t.continues == "wifi-cong-cong")
    wifi.continues = None  # the person rejects the continuation: a new task, May's stays open
    ipv6 = next(t for t in proposal.tasks if t.continues == "ipv6-co-quan-nha-nuoc")
    ipv6.title = "Triển khai IPv6 cho các cơ quan nhà nước của tỉnh"
    party = next(t for t in proposal.tasks if t.category == "party")
    party.category = "other"
    untick = proposal.tasks[5]
    untick.selected = False
    applied = apply(proposal, book.settings, may, book.editable(JUNE))
    june, may_after = applied.months[JUNE], applied.months[MAY]
    assert len(june.tasks) == 20 and untick.title not in {t.title for t in june.tasks}
    new_wifi = next(t for t in june.tasks if t.title == wifi.title)
    assert new_wifi.id != "wifi-cong-cong" and new_wifi.carried_from is None
    assert may_after.task("wifi-cong-cong").status is Status.OPEN
    assert june.task("ipv6-co-quan-nha-nuoc").title == "Triển khai IPv6 cho các cơ quan nhà nước của tỉnh"
    assert may_after.task("ipv6-co-quan-nha-nuoc").status is Status.CARRIED
    assert next(t for t in june.tasks if t.title == party.title).category == "other"
    # A category the inference gives anyway is not written out: the file stays as a person writes it.
    assert next(t for t in june.tasks if t.title.startswith("Kiểm tra Công ty TNHH UNIDEN")).category is None


def test_a_broken_month_is_never_written_by_an_import(book_dir: Path, seed_text: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    june_file = book_dir / "2020-06.toml"
    broken = june_file.read_text(encoding="utf-8").replace('title = "Giao ban', "title = Giao ban", 1)
    june_file.write_text(broken, encoding="utf-8")
    source = tmp_path / "bao-cao.txt"
    source.write_text(seed_text, encoding="utf-8")
    assert main(["import", str(book_dir), str(source), "--month", "2020-06", "--yes"]) == 1
    assert "2020-06.toml" in capsys.readouterr().err
    assert june_file.read_text(encoding="utf-8") == broken


@pytest.mark.parametrize("drop_task_heading", [False, True])
def test_a_notice_laid_out_as_the_decree_says(empty_book: Path, drop_task_heading: bool) -> None:
    """Header, summary line, "Giám đốc Sở kết luận như sau:", last month's results, the tasks by office, signature.

    Without the "2. Nhiệm vụ trọng tâm tháng 6/2020" heading (and the results part), "kết luận như sau:" opens the tasks.
    """
    text = (Path(__file__).parent / "data" / "thong-bao-ket-luan-2020-06.txt").read_text(encoding="utf-8")
    if drop_task_heading:
        text = "\n".join(
            line for line in text.split("\n") if not line.startswith(("1. Kết quả", "Các phòng, Trung tâm đã", "2. Nhiệm vụ"))
        )
    book = Book.open(empty_book)
    proposal = propose(text, JUNE, book.settings, None, book.editable(JUNE))
    assert [(t.title[:40], t.owner, t.due and t.due.isoformat()) for t in proposal.selected] == [
        ("Triển khai khảo sát địa điểm lắp đặt Wif", "Phòng Công nghệ thông tin", "2020-06-30"),
        ("Triển khai cập nhật Kiến trúc Chính quyề", "Phòng Công nghệ thông tin", None),
        ("Kiểm tra Công ty TNHH UNIDEN VIỆT NAM", "Thanh tra Sở", None),
        ("Kiểm tra Công ty Cổ phần Đức Việt 568", "Thanh tra Sở", None),
        ("Báo cáo kết quả triển khai Kế hoạch số 1", "Phòng Thông tin - Báo chí - Xuất bản", "2020-06-15"),
    ]
