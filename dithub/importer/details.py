"""What a task's sentence says besides its title: document references, who leads it, by when."""

from __future__ import annotations

import calendar
import re
from datetime import date

from ..model import YearMonth
from .vocabulary import ORG_HEADS

_DOC_TYPES = (
    r"(?:[Kk]ế hoạch|[Qq]uyết định|[Nn]ghị quyết|[Cc]hỉ thị|[Cc]ông văn|[Tt]hông tư(?: liên tịch)?|[Nn]ghị định|[Ll]uật|"
    r"[Hh]ướng dẫn|[Tt]hông báo|[Kk]ết luận|[Đđ]ề án|[Cc]hương trình|[Vv]ăn bản|[Cc]ông điện|[Tt]ờ trình|[Bb]áo cáo|"
    r"[Qq]uy định|[Qq]uy chế|[Pp]háp lệnh)"
)
# 101/KH-UBND, 135/QĐ-TTg, 116-KH/TU, 52-NQ/TW, 30/2020/NĐ-CP: a number, then parts with a capital.
_SYMBOL = r"\d+(?:/\d{4})?(?:[/-](?=[A-Za-z0-9&]*[A-ZĐ])[A-Za-zĐđ0-9&]+)+"
_DAY = r"(?:,?\s+ngày\s+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))"
# "của UBND tỉnh", "của Thủ tướng Chính phủ", "của Bộ Thông tin và Truyền thông", "của Ban Thường vụ Tỉnh ủy":
# capitalised words, the few lower-case words inside such names, and "và" between two capitalised ones.
_NAME_WORD = r"(?:[A-ZĐÀ-Ỹ][\w&]*|tỉnh|thành|phố|huyện|ban|nhân|dân|tướng|phủ|vụ|ủy|trị|tin|thông|sở)"
_ISSUER = (
    r"(?:\s+của\s+(?:UBND|Ủy ban|Thủ tướng|Chính phủ|Bộ|Tỉnh ủy|Thành ủy|Ban|Sở|HĐND|Hội đồng)"
    r"(?:\s+(?:và\s+(?=[A-ZĐ]))?(?!" + _DOC_TYPES + r"\b)" + _NAME_WORD + r"(?![\w/]))" + "{0,7})?"
)
NUMBERED_REF = re.compile(_DOC_TYPES + r"\s+(?:số\s+)?(" + _SYMBOL + ")" + _DAY + "?" + _ISSUER)
# "theo Kế hoạch thanh tra, kiểm tra năm 2020": a plan named by its subject and year.
NAMED_REF = re.compile(r"\btheo\s+(" + _DOC_TYPES + r"\s[^;:()“”\"/]{3,80}?\bnăm\s+\d{4})")


def references(text: str) -> list[str]:
    """Every document the text names, once each: "Chỉ thị 09/CT-TTg ngày 31/3/2021 ..." and a later
    "Chỉ thị số 09/CT-TTg" are one document (the fuller mention is kept)."""
    by_symbol: dict[str, tuple[int, int, str]] = {}
    for match in NUMBERED_REF.finditer(text):
        mention = (match.start(), match.end(), match.group(0).rstrip(" ,"))
        known = by_symbol.get(match.group(1))
        if known is None or len(mention[2]) > len(known[2]):
            by_symbol[match.group(1)] = (known[0], known[1], mention[2]) if known else mention
    refs = list(by_symbol.values())
    for match in NAMED_REF.finditer(text):
        start, end = match.span(1)
        if not any(s < end and start < e for s, e, _ in refs):
            refs.append((start, end, match.group(1)))
    return [ref for _, _, ref in sorted(refs)]


def reference_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in NUMBERED_REF.finditer(text)]


_ORG = ORG_HEADS + r"(?:\s+[^\s,;()]+){0,8}?"
_PAREN_OWNER = re.compile(r"\s*\((" + ORG_HEADS + r"[^()]*?)(?:\s+chủ trì[^()]*)?\)")
_GIVEN_TO = re.compile(
    r"[,;.]?\s*(?:giao cho|giao|do)\s+(" + _ORG + r")\s+(?:chủ trì|thực hiện|tham mưu|triển khai|phụ trách)\b[^;]*$"
)


def owner(text: str) -> tuple[str | None, str]:
    """(who leads it, the text without saying so): "(Thanh tra Sở)", "giao cho Phòng ... chủ trì"."""
    match = _PAREN_OWNER.search(text)
    if match:
        return match.group(1).split(",")[0].strip(), (text[: match.start()] + text[match.end() :]).strip()
    match = _GIVEN_TO.search(text)
    if match:
        return match.group(1).strip(), text[: match.start()].strip()
    return None, text


_DUE_DAY = re.compile(
    r"[,;]?\s*(?:\(?\s*)?(?:hoàn thành\s+|xong\s+)?(?:trước|chậm nhất|trong)\s+(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?\)?",
    re.IGNORECASE,
)
_DUE_MONTH = re.compile(
    r"[,;]?\s*\(?(?:hoàn thành\s+|xong\s+)?trong\s+tháng\s+(\d{1,2})(?:[/.-](\d{4})|\s+năm\s+(\d{4}))?\)?", re.IGNORECASE
)


def due(text: str, month: YearMonth) -> tuple[date | None, str]:
    """(by when, the text without a trailing "…, hoàn thành trước ngày 30/6"). The year is the
    month's, or the next one for a day early in the year named in the last months ("trước 15/1" in December)."""
    for pattern, day_group in ((_DUE_DAY, True), (_DUE_MONTH, False)):
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groups()
        if day_group:
            day, number, year = int(groups[0]), int(groups[1]), groups[2]
        else:
            day, number, year = 0, int(groups[0]), groups[1] or groups[2]
        if not 1 <= number <= 12:
            continue
        year_value = int(year) if year else month.year + (1 if number < month.month - 6 else 0)
        last = calendar.monthrange(year_value, number)[1]
        day = day or last
        if not 1 <= day <= last:
            continue
        rest = text[: match.start()] + text[match.end() :] if match.end() >= len(text.rstrip(" .;…")) else text
        return date(year_value, number, day), rest.strip()
    return None, text
