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
    """Body paragraphs and those inside table cells, in the order a person reads them."""
    found: list[Paragraph] = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            found.append(Paragraph(block, document))
        elif block.tag == qn("w:tbl"):
            table = Table(block, document)
            for column in table.columns:  # a two-column block reads down the left, then the right
                for cell in column.cells:
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


def markdown_blocks(source: str) -> list[str]:
    """What a Markdown viewer shows, one line per paragraph, heading or list item (hard breaks split)."""
    from markdown_it import MarkdownIt

    lines: list[str] = []
    bullet = False
    for token in MarkdownIt("commonmark").parse(source):
        if token.type == "list_item_open":
            bullet = token.markup == "-"  # a viewer shows the item's bullet: count it as the "- "
        if token.type != "inline":
            continue
        current, bullet = ("- " if bullet else ""), False
        for child in token.children or []:
            if child.type in ("text", "code_inline"):
                current += child.content
            elif child.type == "softbreak":
                current += " "
            elif child.type == "hardbreak":
                lines.append(current)
                current = ""
            elif child.type not in ("strong_open", "strong_close", "em_open", "em_close"):
                raise AssertionError(f"unexpected Markdown in the notice: {child.type}")
        lines.append(current)
    return [" ".join(line.split()) for line in lines if line.strip()]


def notice_lines(path: Path) -> list[str]:
    """The notice's printed lines, whatever its format, spaces folded, blank lines left out."""
    if path.suffix == ".docx":
        return [line for line in texts(open_docx(path)) if line]  # a name cut in two lines is one
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        return markdown_blocks(text)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
