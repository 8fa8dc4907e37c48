"""The notice as Markdown and as plain text: one paragraph a line, so a git diff shows what changed."""

from __future__ import annotations

import re

from .wording import FILL, Kind, Line, NoticeText

# Characters Markdown would read as markup; a backslash before any of them prints it as it is.
_MARKUP = re.compile(r"([\\`*_\[\]<>#|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")  # "&amp;" in a title must stay five characters
_STARTS_BLOCK = re.compile(r"^(\d+)([.)])|^([+\-=])")  # a list or a rule where text begins


def escape(text: str, starts_block: bool = True) -> str:
    """Text from the book, safe in Markdown: "**Khẩn**" shows the stars, never bold.

    `starts_block`: the text begins a line, where "1." or "-" would start a list.
    """
    text = _ENTITY.sub(r"\\&", _MARKUP.sub(r"\\\1", text))
    if not starts_block:
        return text
    return _STARTS_BLOCK.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


def _md_line(line: Line) -> str:
    text = line.text
    if line.kind is Kind.PART:
        return f"## {escape(text, starts_block=False)}"
    if line.kind is Kind.GROUP:
        return f"### {escape(text, starts_block=False)}"
    if line.kind is Kind.LABEL:
        return f"*{escape(text, starts_block=False)}*"
    if line.kind is Kind.ITEM and text.startswith("- "):
        return f"- {escape(text[2:])}"
    if line.kind is Kind.TASK:
        number, _, title = text.partition(" ")
        return f"**{number}** {escape(title, starts_block=False)}"
    return escape(text)


def to_markdown(notice: NoticeText) -> str:
    out = [
        f"{escape(notice.parent_agency)}\\",
        f"**{escape(notice.agency)}**\\",
        escape(notice.number),
        "",
        f"**{escape(notice.country)}**\\",
        f"**{escape(notice.motto)}**\\",
        f"*{escape(notice.place_date)}*",
        "",
        f"# {escape(notice.kind)}",
        "",
        f"**{escape(notice.summary)}**",
    ]
    previous: Kind | None = None
    for line in notice.body:
        # Items of one list stay together; everything else is a paragraph of its own.
        if not (line.kind is Kind.ITEM and previous is Kind.ITEM):
            out.append("")
        out.append(_md_line(line))
        previous = line.kind
    out += ["", "---", "", f"***{escape(notice.recipients_heading)}***", ""]
    out += [f"- {escape(r[2:])}" for r in notice.recipients]
    out += ["", f"**{escape(notice.authority)}**\\", f"**{escape(notice.signer_title)}**", "", ""]
    out.append(f"**{escape(notice.signer_name)}**" if notice.signer_name != FILL else escape(FILL))
    return "\n".join(out) + "\n"


def to_text(notice: NoticeText) -> str:
    out = [
        notice.parent_agency,
        notice.agency,
        notice.number,
        "",
        notice.country,
        notice.motto,
        notice.place_date,
        "",
        notice.kind,
        notice.summary,
    ]
    for line in notice.body:
        if line.kind in (Kind.PART, Kind.GROUP, Kind.TEXT) or (line.kind is Kind.TASK and out[-1] != ""):
            out.append("")
        out.append(f"   {line.text}" if line.kind is Kind.ITEM else line.text)
    out += ["", notice.recipients_heading, *notice.recipients]
    out += ["", notice.authority, notice.signer_title, "", "", notice.signer_name]
    return "\n".join(out) + "\n"
