"""The notice as a Word document laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I asks.

Built with python-docx from nothing (no template file to lose). The numbers are in
NOTICE-FORMAT.md: A4 portrait, margins 20/20/30/15 mm, Times New Roman in every font slot, the
header and the signature as borderless two-column tables with fixed widths, short rules drawn as
paragraph borders, the page number centred at the top from page 2.
"""

from __future__ import annotations

import io
import unicodedata

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Length, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from .wording import Kind, NoticeText

FONT = "Times New Roman"
Container = DocxDocument | _Cell  # what paragraphs are added to
PAGE = (Mm(210), Mm(297))
MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
TEXT_WIDTH = Mm(210 - 30 - 15)
HEADER_COLUMNS = (Mm(68), Mm(97))  # the motto's 13 pt capitals need the wider right column
SIGNATURE_COLUMNS = (Mm(75), Mm(90))
BODY_SIZE = Pt(14)
FIRST_LINE = Cm(1.27)


def to_docx(notice: NoticeText) -> bytes:
    document = Document()
    _page(document)
    _fonts(document)
    _header_table(document, notice)
    _title(document, notice)
    for line in notice.body:
        _body_line(document, line.kind, line.text)
    if document.paragraphs:
        document.paragraphs[-1].paragraph_format.keep_with_next = True  # the closing line goes with the signature
    _signature_table(document, notice)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- page and fonts ---


def _page(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = PAGE
    section.top_margin, section.bottom_margin = MARGINS["top"], MARGINS["bottom"]
    section.left_margin, section.right_margin = MARGINS["left"], MARGINS["right"]
    section.header_distance = Mm(10)
    section.different_first_page_header_footer = True  # page 1 carries no number
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(_run(paragraph, "", BODY_SIZE))


def _page_field(run: Run) -> None:
    """A PAGE field, which Word and LibreOffice fill in with each page's number."""
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _set_fonts(r_pr: BaseOxmlElement) -> None:
    """Every slot, east-Asian included: Word picks the slot per character, and a theme font
    left in any of them shows Vietnamese in Calibri or a Chinese face on some machines."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)


def _fonts(document: DocxDocument) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        r_pr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if r_pr is not None:
            _set_fonts(r_pr)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = BODY_SIZE
    _set_fonts(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0


def _run(paragraph: Paragraph, text: str, size: Length, bold: bool = False, italic: bool = False) -> Run:
    run = paragraph.add_run(text)
    run.font.name = FONT
    run.font.size = size
    run.font.bold = bold
    run.font.italic = italic
    _set_fonts(run._r.get_or_add_rPr())
    return run


# --- building blocks ---


def _paragraph(
    container: Container,
    text: str,
    size: Length,
    *,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
) -> Paragraph:
    first = container.paragraphs[0] if isinstance(container, _Cell) and not container.paragraphs[0].runs else None
    paragraph = first if first is not None and not first.text else container.add_paragraph()
    paragraph.alignment = align
    _run(paragraph, text, size, bold, italic)
    return paragraph


def text_width(text: str, size: Length, bold: bool = False) -> int:
    """Roughly how wide a line of Times New Roman is (EMU), to size the rules under it."""
    em = 0.0
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            continue
        em += 0.25 if ch == " " else 0.67 if ch.isupper() else 0.5 if ch.isdigit() else 0.47 if ch.isalpha() else 0.33
    return int(em * size * (1.06 if bold else 1.0))


def _rule(container: Container, width: int, room: int) -> Paragraph:
    """A solid rule `width` long, centred in `room`: the bottom border of an empty, 1 pt paragraph."""
    paragraph = container.add_paragraph()
    side = max(0, (room - min(width, room)) // 2)
    paragraph.paragraph_format.left_indent = Length(side)
    paragraph.paragraph_format.right_indent = Length(side)
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.line_spacing = Pt(1)
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(name), value)
    borders.append(bottom)
    p_pr.append(borders)
    _run(paragraph, "", Pt(1))
    return paragraph


def _space(container: Container, points: int, keep_with_next: bool = False) -> None:
    paragraph = container.add_paragraph()
    paragraph.paragraph_format.keep_with_next = keep_with_next
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.line_spacing = Pt(points)
    _run(paragraph, "", Pt(points))


def _table(document: DocxDocument, widths: tuple[Length, Length], rows: int = 1) -> Table:
    """A borderless two-column table, fixed layout, widths in the grid (LibreOffice reads the grid)."""
    table = document.add_table(rows=rows, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    width.set(qn("w:type"), "dxa")
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    tbl_pr.append(width)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    tbl_pr.append(margins)
    for column, w in zip(table.columns, widths):
        column.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # the signature never splits across pages
    return table


# --- the parts of the notice ---


def _header_table(document: DocxDocument, notice: NoticeText) -> None:
    # Two rows: the number and the place and date share a line however many lines the names take.
    table = _table(document, HEADER_COLUMNS, rows=2)
    left, right = table.rows[0].cells
    number, place_date = table.rows[1].cells
    room = int(HEADER_COLUMNS[0])
    _lines(left, notice.parent_agency, Pt(13), room)
    widest = _lines(left, notice.agency, Pt(13), room, bold=True)
    _rule(left, int(widest * 0.4), room)
    _space(left, 6)
    _paragraph(number, notice.number, Pt(13))
    _paragraph(right, notice.country, Pt(13), bold=True)
    _paragraph(right, notice.motto, Pt(14), bold=True)
    _rule(right, text_width(notice.motto, Pt(14), True), int(HEADER_COLUMNS[1]))
    _space(right, 6)
    _paragraph(place_date, notice.place_date, Pt(14), italic=True)


def balanced_lines(text: str, size: Length, room: int, bold: bool = False) -> list[str]:
    """A name too wide for its column, cut between words into lines of like width.

    Word would break "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" before its last word; people write it as two
    even lines. Centred text, so a line break here stretches nothing.
    """
    words = text.split()
    if text_width(text, size, bold) <= room or len(words) < 2:
        return [text]
    cuts = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    fitting = [c for c in cuts if max(text_width(part, size, bold) for part in c) <= room] or cuts
    return list(min(fitting, key=lambda c: max(text_width(part, size, bold) for part in c)))


def _lines(cell: _Cell, text: str, size: Length, room: int, bold: bool = False) -> int:
    """One centred paragraph, its lines cut evenly (see balanced_lines); returns its widest line."""
    lines = balanced_lines(text, size, room, bold)
    paragraph = _paragraph(cell, lines[0], size, bold=bold)
    for line in lines[1:]:
        run = _run(paragraph, "", size, bold)
        run.add_break()
        run.add_text(line)
    return min(room, max(text_width(line, size, bold) for line in lines))


def _title(document: DocxDocument, notice: NoticeText) -> None:
    kind = _paragraph(document, notice.kind, Pt(14), bold=True)
    kind.paragraph_format.space_before = Pt(18)
    _paragraph(document, notice.summary, Pt(14), bold=True)
    _rule(document, int(min(text_width(notice.summary, Pt(14), True), int(TEXT_WIDTH)) * 0.25), int(TEXT_WIDTH))
    _space(document, 12)


def _body_line(document: DocxDocument, kind: Kind, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    form = paragraph.paragraph_format
    form.first_line_indent = FIRST_LINE
    form.space_after = Pt(6)
    form.line_spacing = 1.15
    if kind in (Kind.PART, Kind.GROUP):
        form.keep_with_next = True
        form.space_before = Pt(6) if kind is Kind.PART else Pt(0)
        _run(paragraph, text, BODY_SIZE, bold=True)
    elif kind is Kind.LABEL:
        form.keep_with_next = True
        _run(paragraph, text, BODY_SIZE, italic=True)
    elif kind is Kind.TASK:
        form.keep_with_next = True
        number, _, title = text.partition(" ")
        _run(paragraph, f"{number} ", BODY_SIZE, bold=True)
        _run(paragraph, title, BODY_SIZE)
    else:
        _run(paragraph, text, BODY_SIZE)


def _signature_table(document: DocxDocument, notice: NoticeText) -> None:
    _space(document, 6, keep_with_next=True)
    table = _table(document, SIGNATURE_COLUMNS)
    left, right = table.rows[0].cells
    _paragraph(left, notice.recipients_heading, Pt(12), bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    for line in notice.recipients:
        _paragraph(left, line, Pt(11), align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph(right, notice.authority, Pt(14), bold=True)
    _paragraph(right, notice.signer_title, Pt(14), bold=True)
    for _ in range(4):  # room for the signature and the seal
        _paragraph(right, "", Pt(14))
    _paragraph(right, notice.signer_name, Pt(14), bold=True)
