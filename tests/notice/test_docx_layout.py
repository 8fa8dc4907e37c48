"""The Word notice follows Nghị định 30/2020/NĐ-CP, Phụ lục I: read back with python-docx."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt

from dithub.notice.docx import balanced_lines, text_width

from ._reading import TNR, east_asian_font, find, looks, open_docx, paragraphs

Writer = Callable[[str], Path]


@pytest.fixture(scope="module")
def june(june_notice: Writer):  # type: ignore[no-untyped-def]
    return open_docx(june_notice("docx"))


def test_a4_portrait_with_the_decree_margins(june) -> None:  # type: ignore[no-untyped-def]
    section = june.sections[0]
    assert len(june.sections) == 1
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm, 1) for m in margins] == [20.0, 20.0, 30.0, 15.0]


def test_times_new_roman_in_every_slot_of_every_run(june) -> None:  # type: ignore[no-untyped-def]
    normal = june.styles["Normal"]
    assert normal.font.name == TNR
    assert east_asian_font(normal.element) == TNR
    defaults = june.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")
    fonts = defaults.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    assert fonts.get(qn("w:eastAsia")) == TNR and fonts.get(qn("w:eastAsiaTheme")) is None
    runs = [run for paragraph in paragraphs(june) for run in paragraph.runs if run.text.strip()]
    assert len(runs) > 100
    for run in runs:
        fonts = run._r.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        slots = {slot: fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")}
        assert set(slots.values()) == {TNR}, (run.text, slots)


@pytest.mark.parametrize(
    ("text", "look", "align"),
    [
        ("UBND TỈNH HẢI DƯƠNG", {(13, False, False)}, WD_ALIGN_PARAGRAPH.CENTER),
        ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", {(13, True, False)}, WD_ALIGN_PARAGRAPH.CENTER),
        ("Số: …/TB-STTTT", {(13, False, False)}, WD_ALIGN_PARAGRAPH.CENTER),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {(13, True, False)}, WD_ALIGN_PARAGRAPH.CENTER),
        ("Độc lập - Tự do - Hạnh phúc", {(14, True, False)}, WD_ALIGN_PARAGRAPH.CENTER),
        ("Hải Dương, ngày 02 tháng 6 năm 2020", {(14, False, True)}, WD_ALIGN_PARAGRAPH.CENTER),
        ("THÔNG BÁO", {(14, True, False)}, WD_ALIGN_PARAGRAPH.CENTER),
        (
            "Kết luận của Giám đốc Sở tại hội nghị giao ban quản lý nhà nước tháng 6 năm 2020",
            {(14, True, False)},
            WD_ALIGN_PARAGRAPH.CENTER,
        ),
        ("Nơi nhận:", {(12, True, True)}, WD_ALIGN_PARAGRAPH.LEFT),
        ("- Lãnh đạo Sở;", {(11, False, False)}, WD_ALIGN_PARAGRAPH.LEFT),
        ("- Lưu: VT, VP.", {(11, False, False)}, WD_ALIGN_PARAGRAPH.LEFT),
        ("TL. GIÁM ĐỐC", {(14, True, False)}, WD_ALIGN_PARAGRAPH.CENTER),
        ("CHÁNH VĂN PHÒNG", {(14, True, False)}, WD_ALIGN_PARAGRAPH.CENTER),
        ("III. TỔ CHỨC THỰC HIỆN", {(14, True, False)}, WD_ALIGN_PARAGRAPH.JUSTIFY),
    ],
)
def test_each_element_has_the_decree_size_weight_and_alignment(june, text: str, look: set, align) -> None:  # type: ignore[no-untyped-def]
    paragraph = find(june, text)
    assert looks(paragraph) == look
    assert paragraph.alignment == align


def test_header_and_signature_are_borderless_fixed_two_column_tables(june) -> None:  # type: ignore[no-untyped-def]
    header, signature = june.tables
    for table, widths in ((header, (68, 97)), (signature, (75, 90))):
        props = table._tbl.tblPr
        assert props.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        borders = props.find(qn("w:tblBorders"))
        assert {edge.get(qn("w:val")) for edge in borders} == {"nil"} and len(borders) == 6
        grid = [round(int(col.get(qn("w:w"))) / 56.7) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert grid == list(widths)  # LibreOffice reads the grid, not the cells
        assert sum(widths) == 210 - 30 - 15
        assert all(row.trPr.find(qn("w:cantSplit")) is not None for row in table._tbl.tr_lst)
    left, right = header.rows[0].cells
    assert [" ".join(p.text.split()) for p in left.paragraphs if p.text.strip()] == [
        "UBND TỈNH HẢI DƯƠNG",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    ]
    assert [p.text for p in right.paragraphs if p.text.strip()] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    # the number and the place and date on one row, side by side, whatever the names above take
    assert [cell.text for cell in header.rows[1].cells] == ["Số: …/TB-STTTT", "Hải Dương, ngày 02 tháng 6 năm 2020"]
    left, right = signature.rows[0].cells
    assert [p.text for p in left.paragraphs][0] == "Nơi nhận:"
    assert [p.text for p in right.paragraphs if p.text.strip()] == ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "……………"]


def _rules(cell_or_document) -> list:  # type: ignore[no-untyped-def]
    found = []
    for paragraph in cell_or_document.paragraphs:
        border = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}")
        if border is not None:
            found.append((paragraph, border))
    return found


def test_short_rules_under_the_agency_the_motto_and_the_summary(june) -> None:  # type: ignore[no-untyped-def]
    left, right = june.tables[0].rows[0].cells
    agency_lines = balanced_lines("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", Pt(13), Mm(68), bold=True)
    assert agency_lines == ["SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG"]  # too wide for 68 mm: two even lines
    agency = max(text_width(line, Pt(13), bold=True) for line in agency_lines)
    motto = text_width("Độc lập - Tự do - Hạnh phúc", Pt(14), bold=True)
    for cell, above, width, (low, high) in (
        (left, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", 68, (agency / 3, agency / 2)),  # 1/3 to 1/2 of the name
        (right, "Độc lập - Tự do - Hạnh phúc", 97, (motto * 0.95, motto * 1.05)),  # as long as the motto
    ):
        ((rule, border),) = _rules(cell)
        assert border.get(qn("w:val")) == "single" and not rule.text.strip()
        names = [" ".join(p.text.split()) for p in cell.paragraphs]
        assert cell.paragraphs[names.index(above) + 1]._p is rule._p  # right under the text it belongs to
        form = rule.paragraph_format
        length = Mm(width) - form.left_indent - form.right_indent
        assert low <= length <= high, (Length(low).mm, Length(length).mm, Length(high).mm)
        assert abs(form.left_indent - form.right_indent) < Mm(1)  # centred
    ((rule, _),) = _rules(june)
    body = [p._p for p in june.paragraphs]
    assert june.paragraphs[body.index(rule._p) - 1].text.startswith("Kết luận của Giám đốc Sở")


def test_width_estimate_is_near_times_new_roman() -> None:
    """Measured on the PDF LibreOffice prints (Liberation Serif, Times New Roman's metrics)."""
    for text, size, bold, printed_mm in (
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, True, 96),
        ("Độc lập - Tự do - Hạnh phúc", 14, True, 61.5),
        ("UBND TỈNH HẢI DƯƠNG", 13, False, 52),
    ):
        assert abs(Length(text_width(text, Pt(size), bold)).mm - printed_mm) < printed_mm * 0.08


def test_body_is_justified_with_a_first_line_indent_and_space_between(june) -> None:  # type: ignore[no-untyped-def]
    body = [p for p in june.paragraphs if p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY]
    assert len(body) > 60
    for paragraph in body:
        form = paragraph.paragraph_format
        assert round(form.first_line_indent.cm, 2) == 1.27
        assert form.space_after.pt >= 6
        assert 1.0 <= form.line_spacing <= 1.5
        assert "\n" not in paragraph.text  # no manual break: Word would stretch the line before it
        assert looks(paragraph) <= {(14, True, False), (14, False, False), (14, False, True)}


def test_page_numbers_centred_at_the_top_from_page_two(june) -> None:  # type: ignore[no-untyped-def]
    section = june.sections[0]
    assert section.different_first_page_header_footer
    first = section.first_page_header._element
    assert not first.findall(f".//{qn('w:instrText')}") and not first.findall(f".//{qn('w:fldSimple')}")
    (paragraph,) = section.header.paragraphs
    assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
    fields = [node.text.strip() for node in paragraph._p.iter(qn("w:instrText"))]
    assert fields == ["PAGE"]
    assert [c.get(qn("w:fldCharType")) for c in paragraph._p.iter(qn("w:fldChar"))] == ["begin", "separate", "end"]
    sizes = {run.font.size.pt for run in paragraph.runs}
    assert sizes == {14}
    assert section.header_distance < section.top_margin


def test_the_signature_stays_with_the_closing_lines(june) -> None:  # type: ignore[no-untyped-def]
    body = june.paragraphs
    closing = next(i for i, p in enumerate(body) if p.text.endswith("thực hiện./."))
    assert all(p.paragraph_format.keep_with_next for p in body[closing:])
