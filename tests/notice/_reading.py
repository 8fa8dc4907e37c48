"""Reading a written notice back: every paragraph of a .docx, in order, tables included."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

TNR = "Times New Roman"


def open_docx(path: Path) -> DocxDocument:
    return Document(str(path))


def paragraphs(document: DocxDocument) -> list[Paragraph]:
    """Body paragraphs and those inside table cells, in the order they are printed."""
    found: list[Paragraph] = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            found.append(Paragraph(block, document))
        elif block.tag == qn("w:tbl"):
            table = Table(block, document)
            for row in table.rows:
                for cell in row.cells:
                    found.extend(cell.paragraphs)
    return found


def texts(document: DocxDocument) -> list[str]:
    return [" ".join(p.text.split()) for p in paragraphs(document)]


def find(document: DocxDocument, text: str) -> Paragraph:
    """The one paragraph whose text, spaces folded, is `text`."""
    hits = [p for p in paragraphs(document) if " ".join(p.text.split()) == text]
    assert len(hits) == 1, f"{text!r} found {len(hits)} times in {texts(document)}"
    return hits[0]


def looks(paragraph: Paragraph) -> set[tuple[float, bool, bool]]:
    """(size in pt, bold, italic) of every run that prints something."""
    return {(run.font.size.pt, bool(run.font.bold), bool(run.font.italic)) for run in paragraph.runs if run.text.strip()}


def east_asian_font(element) -> str | None:  # type: ignore[no-untyped-def]
    fonts = element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    return None if fonts is None else fonts.get(qn("w:eastAsia"))
