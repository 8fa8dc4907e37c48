"""Finding the part of a report or notice that sets the coming month's tasks."""

from __future__ import annotations

import re
import unicodedata

from ..model import YearMonth
from ..text import fold
from .splitting import starts_with_verb
from .vocabulary import ANNOUNCING, DIRECTIVES, END_MARKERS, FOLDED_WORD, RESULT_CUES, TASK_CUES, VERBS

_LIST_MARK = re.compile(r"^\s*(?:[-+•*–—▪●]+|\(?\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-zđ][.)]|[IVX]{1,5}[.)])\s+")
_MONTH = re.compile(r"\bthang\s+0?(\d{1,2})\b")
_TAIL_BREAK = re.compile(r"(?:\.\s|;\s|\bdong thoi\b|\bsau khi\b)")


# A line ending in one of these words cannot end a sentence or a heading. Compared with their
# marks: folded, "số" (number) would be "Sở" (the department) and "đối" would be "Đội" (a team),
# both of which do end a line ("Thanh tra Sở").
_BINDING_WORDS = frozenset({"của", "và", "về", "các", "số", "ngày", "theo", "tại", "cho", "với", "trong", "đối", "những", "trên"})


def paragraphs(text: str) -> list[str]:
    """Non-empty lines, without their list marks ("-", "1.", "a)", "II.").

    Text copied from a PDF breaks lines inside sentences ("Quyết định số" / "765/QĐ-BTTTT ngày ..."):
    a line that ends without a stop and is followed by one starting in lower case or with a digit,
    and not with a list mark, is the same paragraph.
    """
    result: list[str] = []
    joinable: bool | str = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            joinable = False
            continue
        line = _LIST_MARK.sub("", stripped).strip()
        if not line:
            continue
        continues = line == stripped and (line[0].islower() or line[0].isdigit())
        if joinable and (continues or joinable == "always") and result:
            result[-1] = f"{result[-1]} {line}"
        else:
            result.append(line)
        last_word = unicodedata.normalize("NFC", result[-1].rsplit(" ", 1)[-1]).lower()
        joinable = not result[-1].endswith((".", ";", ":", "!", "?", "…", "”", '"', ")"))
        if joinable and last_word in _BINDING_WORDS:  # "... ngày 25/5/2022 của" / "Tỉnh ủy ...": one sentence
            joinable = "always"
    return result


def _folded(text: str) -> str:
    return " ".join(re.findall(r"[0-9a-z]+|:", fold(text)))


def cue_score(lead: str, month: YearMonth) -> int:
    """How surely `lead` (text before a colon, or a heading) announces the tasks of `month`."""
    folded = _folded(lead)
    tail = _TAIL_BREAK.split(folded)[-1]  # "... tháng 5, đồng thời nhấn mạnh ... tháng 6, đó là"
    score = sum(2 for cue in TASK_CUES if cue in tail) + (1 if "ket luan" in tail else 0)
    score += 2 if any(word in tail for word in ANNOUNCING) else 0
    score -= sum(3 for cue in RESULT_CUES if cue in tail)
    months = {int(m) for m in _MONTH.findall(tail)}
    if month.month in months:
        score += 3
    elif months:
        score -= 3  # last month's results: "Trong tháng 5/2020, ... nổi bật như:"
    return score


def is_end(paragraph: str) -> bool:
    """A web page's footer or byline, a notice's "Nơi nhận:" or signature, or "Tổ chức thực hiện"."""
    words = paragraph.split()
    if (
        len(words) <= 6
        and all(w[:1].isupper() and w[1:].islower() for w in words if w.isalpha())
        and all(w.isalpha() for w in words)
    ):
        return True  # a name on its own line: the writer's, or the signer's
    folded = _folded(paragraph)
    for marker in END_MARKERS:
        if folded == marker or folded.startswith(marker + " :") or (folded.startswith(marker) and len(folded.split()) <= 6):
            return True
    return False


def _cue_split(paragraph: str) -> tuple[str, str] | None:
    """(lead, rest) at the paragraph's announcing colon, or the whole line as a heading."""
    colon = paragraph.rfind(":")
    while colon > 0 and colon + 1 < len(paragraph) and paragraph[colon - 1].isdigit() and paragraph[colon + 1].isdigit():
        colon = paragraph.rfind(":", 0, colon)  # 8:30 is a time, not an announcement
    if colon > 0:
        return paragraph[:colon], paragraph[colon + 1 :].strip()
    if len(paragraph.split()) <= 15 and not paragraph.rstrip().endswith((".", ";")):
        return paragraph, ""
    return None


def _is_heading(line: str) -> bool:
    """A line that opens a part: "2. Nhiệm vụ trọng tâm tháng 6/2020", "Kết quả tháng 5:", capitals."""
    text = line.rstrip()
    if text.endswith(":") or (text.isupper() and len(text.split()) <= 15):
        return True
    return len(text.split()) <= 15 and not text.endswith((".", ";", "…")) and not starts_with_verb(text)


def _is_title_line(line: str) -> bool:
    """A heading with no colon may be the document's own summary line ("Kết luận ... tháng 6 năm 2020"),
    not the opening of the task part, so it counts for less than an announcing colon."""
    return not line.rstrip().endswith(":") and ":" not in line


def inline_cue(line: str) -> tuple[str, str] | None:
    """(lead, tasks) where a sentence hands tasks out without a colon: after a directive
    ("đề nghị", "yêu cầu", "Để thực hiện ...") and the offices addressed, at the first verb."""
    words = line.split()
    folded = [" ".join(FOLDED_WORD.findall(fold(w))) for w in words]
    after = -1
    for index in range(len(words)):
        for directive in DIRECTIVES:
            size = len(directive.split())
            if after < 0 and " ".join(folded[index : index + size]) == directive:
                after = index + size  # the first: "văn bản chỉ đạo điều hành" later on is a task's words
    if after < 0:
        return None
    for index in range(after, len(words)):
        if any(" ".join(folded[index : index + size]) in VERBS for size in (3, 2, 1)):
            lead = " ".join(words[:index])
            if any(" ".join(folded[:size]) in VERBS for size in (3, 2, 1)):
                return None  # the sentence is a task itself: "Tham mưu ... đề nghị ..."
            return lead, " ".join(words[index:])
    return None


def task_part(lines: list[str], month: YearMonth) -> tuple[list[str], bool]:
    """The lines that set the month's tasks and whether a cue announced them.

    No cue: the whole text (a list pasted on its own), up to its footer.
    """
    best: tuple[int, int, str] | None = None
    for index, line in enumerate(lines):
        split = _cue_split(line)
        title_line = split is not None and _is_title_line(line)
        if split is None or cue_score(split[0], month) < 2:
            split, title_line = inline_cue(line), False
        if split is None:
            continue
        score = cue_score(split[0], month) - (2 if title_line else 0)
        if score >= 2 and (best is None or score >= best[0]):  # a tie goes to the later cue, nearer the tasks
            best = (score, index, split[1])
    if best is None:
        start, first = 0, []
    else:
        start, first = best[1] + 1, [best[2]] if best[2] else []
    part = list(first)
    for line in lines[start:]:
        if is_end(line):
            break
        split = _cue_split(line)
        heading = _is_heading(line)
        if best is not None and split is not None and heading and split[1] == "" and cue_score(split[0], month) <= -2:
            break  # the next part of a notice: "Kết quả thực hiện ..."
        directive = inline_cue(line) if best is not None else None
        part.append(directive[1] if directive else line)  # "Giám đốc Sở đề nghị các phòng rà soát ...": from the verb
    return part, best is not None
