"""The review as a DOCX in the administrative layout of Nghị định 30/2020/NĐ-CP (see NOTICE-FORMAT.md).

A4, margins 20/20/30/15 mm, Times New Roman 13-14 pt, the two-column header (agency | national
motto) and signature block as borderless fixed tables, body justified with a first-line indent.
The text is review_report.blocks, the same as Markdown and plain text say. The number and the
date are left for the clerk to fill in, as a draft goes to the signer.
"""

from __future__ import annotations

import io
import re
from typing import Any

from .i18n import Language, t
from .review import Review
from .review_report import Block, blocks, unit_kind

FONT = "Times New Roman"
_PROVINCE = re.compile(r"^(?P<agency>.+?)\s+(?P<level>tỉnh|thành phố)\s+(?P<place>.+)$", re.IGNORECASE)


def _agency(unit: str, language: Language) -> tuple[str, str, str]:
    """(parent, agency, place): "Sở … tỉnh Hải Dương" -> ("UBND TỈNH HẢI DƯƠNG", "SỞ …", "Hải Dương")."""
    match = _PROVINCE.match(unit.strip())
    if not match:
        return "", unit.upper(), ""
    place = match["place"]
    parent = t("review.docx.parent", language, level=match["level"].lower(), place=place).upper()
    return parent, match["agency"].upper(), place


def write_docx(review: Review, language: Language) -> bytes:
    """The DOCX file's bytes (the caller writes them atomically)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    _base_style(document, Pt)
    _page_numbers(section)
    parent, agency, place = _agency(review.unit, language)
    _header(document, parent, agency, place, language)
    for block in blocks(review, language):
        _block(document, block)
    _signature(document, review, language)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _base_style(document: Any, Pt: Any) -> None:
    from docx.oxml.ns import qn

    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(14)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):  # every slot, or Word falls back for Vietnamese
        fonts.set(qn(slot), FONT)
    style.paragraph_format.space_after = Pt(6)
    style.paragraph_format.line_spacing = 1.15


def _page_numbers(section: Any) -> None:
    """The page number centred in the top margin, from page 2 on."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    paragraph._p.append(field)


def _run(paragraph: Any, text: str, size: float = 14, bold: bool = False, italic: bool = False) -> Any:
    from docx.shared import Pt

    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold, run.italic = bold, italic
    return run


def _rule(paragraph: Any) -> None:
    """A solid line under the paragraph (its bottom border), as long as the paragraph's indents allow."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _fixed_table(document: Any, widths_mm: tuple[float, ...], borders: bool) -> Any:
    """A table whose column widths are in its grid (LibreOffice reads the grid, not the cells)."""
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table = document.add_table(rows=1, cols=len(widths_mm))
    table.autofit = False
    if borders:
        table.style = document.styles["Table Grid"]
    layout = table._tbl.tblPr.makeelement(qn("w:tblLayout"), {qn("w:type"): "fixed"})
    table._tbl.tblPr.append(layout)
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        column.set(qn("w:w"), str(int(Mm(width).twips)))
    for index, width in enumerate(widths_mm):
        table.columns[index].width = Mm(width)
        for cell in table.columns[index].cells:
            cell.width = Mm(width)
    return table


def _cell_line(cell: Any, text: str, size: float, bold: bool = False, italic: bool = False, first: bool = False) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.first_line_indent = 0
    _run(paragraph, text, size, bold, italic)
    return paragraph


def _short_rule(paragraph: Any, width_mm: float, text_mm: float) -> None:
    """A rule about a third of the cell, centred: indents squeeze the paragraph's border."""
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Mm, Pt

    side = max((width_mm - text_mm) / 2, 0)
    empty = paragraph._parent.add_paragraph()
    empty.paragraph_format.left_indent = empty.paragraph_format.right_indent = Mm(side)
    empty.paragraph_format.first_line_indent = 0
    empty.paragraph_format.space_after = Pt(4)
    empty.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    empty.paragraph_format.line_spacing = Pt(3)  # the line just under the text, not a blank line below it
    _rule(empty)


def _header(document: Any, parent: str, agency: str, place: str, language: Language) -> None:
    table = _fixed_table(document, (68, 97), borders=False)
    left, right = table.rows[0].cells
    if parent:
        _cell_line(left, parent, 12, first=True)
        _cell_line(left, agency, 12, bold=True)
    else:
        _cell_line(left, agency, 12, bold=True, first=True)
    _short_rule(left.paragraphs[-1], 68, 25)
    _cell_line(left, t("review.docx.number", language), 13)
    _cell_line(right, t("review.docx.nation", language), 12, bold=True, first=True)
    motto = _cell_line(right, t("review.docx.motto", language), 13, bold=True)
    _short_rule(motto, 97, 58)
    _cell_line(right, t("review.docx.place_date", language, place=place or "…"), 14, italic=True)


def _block(document: Any, block: Block) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    if block.kind == "unit":
        return  # in the header already
    if block.kind in ("title", "subtitle"):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0 if block.kind == "title" else 6)
        paragraph.paragraph_format.space_before = Pt(18 if block.kind == "title" else 0)
        _run(paragraph, block.text, 14, bold=True)
        if block.kind == "subtitle":
            _short_rule(paragraph, 165, 40)
        return
    if block.kind == "table":
        widths = (55.0, *([110 / (len(block.header) - 1)] * (len(block.header) - 1)))
        table = _fixed_table(document, widths, borders=True)
        for index, name in enumerate(block.header):
            _cell_line(table.rows[0].cells[index], name, 12, bold=True, first=True)
        for row in block.rows:
            cells = table.add_row().cells
            for index, value in enumerate(row):
                line = _cell_line(cells[index], value, 12, first=True)
                if index == 0:
                    line.alignment = WD_ALIGN_PARAGRAPH.LEFT
        document.add_paragraph().paragraph_format.space_after = Pt(0)
        return
    texts = block.items if block.kind == "items" else (block.text,)
    for text in texts:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1.27)
        _run(paragraph, f"- {text}" if block.kind == "items" else text, 14, bold=block.kind == "heading")


def _signature(document: Any, review: Review, language: Language) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document.add_paragraph()
    table = _fixed_table(document, (80, 85), borders=False)
    table.rows[0]._tr.get_or_add_trPr().append(_cant_split())
    left, right = table.rows[0].cells
    receive = _cell_line(left, t("review.docx.recipients", language), 12, bold=True, italic=True, first=True)
    receive.alignment = WD_ALIGN_PARAGRAPH.LEFT
    kept = _cell_line(left, t("review.docx.filed", language), 11)
    kept.alignment = WD_ALIGN_PARAGRAPH.LEFT
    signer = "department" if unit_kind(review.unit) == "department" else "unit"
    _cell_line(right, t(f"review.docx.signer.{signer}", language), 14, bold=True, first=True)


def _cant_split() -> Any:
    from docx.oxml import OxmlElement

    return OxmlElement("w:cantSplit")
