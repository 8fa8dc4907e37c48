"""Splitting the task part into tasks: paragraphs, then ";", then sentences.

Never on ","; never inside quotes, parentheses, numbers or document references. A list after a
colon whose items are nouns ("kiểm tra ... đối với: Công ty A; Công ty B") gives one task per
item, each with the lead-in's verb (and its references).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import fold
from .details import reference_spans, references
from .vocabulary import ADDRESSEES, FOLDED_WORD, ORG_HEADS, VERBS

_OPENERS = {"(": ")", "“": "”", "«": "»", "[": "]"}
_ABBREVIATIONS = frozenset({"tp", "q", "kt", "tl", "tm", "ts", "ths", "pgs", "gs", "tx", "tt", "p", "v.v", "st"})
_TRAILING = re.compile(r"(?:\s*(?:\./\.|…|\.\.\.|[.;,:]))+\s*$")
_ORG_LEAD = re.compile(r"^" + ORG_HEADS + r"\b")
_ADDRESSEE = re.compile(r"^" + ADDRESSEES + r"\b")
_CUTS = (" theo ", " đối với", " tại ", " cho các", " như sau", " gồm", " bao gồm", " sau")


@dataclass(frozen=True)
class Piece:
    """One task as the text gives it: its words, the sentence it came from, what the lead-in adds."""

    text: str
    source: str
    owner: str | None = None
    lead_refs: tuple[str, ...] = ()


def _protected(text: str) -> list[bool]:
    """Which characters are inside quotes, parentheses or a document reference."""
    mask = [False] * len(text)
    stack: list[str] = []
    straight = False
    for index, ch in enumerate(text):
        if ch == '"':
            straight = not straight
            mask[index] = True
            continue
        if stack and ch == stack[-1]:
            stack.pop()
            mask[index] = True
            continue
        if ch in _OPENERS:
            stack.append(_OPENERS[ch])
        mask[index] = bool(stack) or straight
    for start, end in reference_spans(text):
        for index in range(start, end):
            mask[index] = True
    return mask


def _cut(text: str, at: list[int]) -> list[str]:
    pieces, start = [], 0
    for index in at:
        pieces.append(text[start:index])
        start = index + 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def _semicolons(text: str) -> list[str]:
    mask = _protected(text)
    return _cut(text, [i for i, ch in enumerate(text) if ch == ";" and not mask[i]])


def _sentences(text: str) -> list[str]:
    """At a full stop followed by a capital, not after "TP." and the like, nor inside a number."""
    mask = _protected(text)
    cuts = []
    for match in re.finditer(r"(?:\.\.\.|…|\.)(?=\s+[A-ZÀ-ỸĐ0-9“\"])", text):
        index = match.start()
        if mask[index]:
            continue
        before = text[:index].split()
        if before and fold(before[-1]).strip("().").lower() in _ABBREVIATIONS:
            continue
        cuts.append(match.end() - 1)
    return _cut(text, cuts)


def _colon(text: str) -> int:
    mask = _protected(text)
    for index, ch in enumerate(text):
        if (
            ch == ":"
            and not mask[index]
            and not (0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit())
        ):
            return index
    return -1


def starts_with_verb(text: str) -> bool:
    folded = FOLDED_WORD.findall(fold(text))
    return any(" ".join(folded[:size]) in VERBS for size in (3, 2, 1))


def _lead_verb(lead: str) -> str | None:
    """The verb phrase of "Tham mưu ... và tiến hành kiểm tra theo Kế hoạch ... đối với": "kiểm tra".

    The last verb before the lead-in's "theo ...", "đối với ..." is the one the items take.
    """
    cut = min((i for i in (lead.find(c) for c in _CUTS) if i > 0), default=len(lead))
    words = lead[:cut].split()
    folded = [" ".join(FOLDED_WORD.findall(fold(w))) for w in words]
    found, index = None, 0
    while index < len(words):
        size = next((n for n in (3, 2, 1) if " ".join(folded[index : index + n]) in VERBS), 0)
        if size:
            found = index
        index += size or 1
    if found is None:
        return None
    phrase = " ".join(words[found:])
    if len(words) - found > 2 and lead[cut:].startswith(" đối với"):
        phrase += " đối với"  # "kiểm tra việc chấp hành pháp luật đối với" + "Công ty A"
    return phrase


_GROUP_HEADS = ("linh vuc", "ve", "nhom", "khoi", "phan")


def is_group_heading(line: str) -> bool:
    """ "Lĩnh vực Báo chí, xuất bản", "Về công tác thanh tra", "I. NHIỆM VỤ ...": a heading, not a task."""
    words = line.split()
    if not words or len(words) > 10 or line.rstrip().endswith((".", ";")) or starts_with_verb(line):
        return False
    first = " ".join(FOLDED_WORD.findall(fold(" ".join(words[:2]))))
    return line.isupper() or any(first == head or first.startswith(head + " ") for head in _GROUP_HEADS)


def clean(text: str) -> str:
    """A title: no trailing "…", "...", ".", "./."; first letter a capital; single spaces."""
    text = " ".join(_TRAILING.sub("", text).split())
    return text[:1].upper() + text[1:]


def _without_addressee(sentence: str) -> tuple[str, str | None]:
    """ "Trung tâm CNTT&TT chủ trì xây dựng ..." -> ("xây dựng ...", "Trung tâm CNTT&TT"): the task is the
    verb's; a short addressee that is one office leads it."""
    if starts_with_verb(sentence) or not _ADDRESSEE.match(sentence):
        return sentence, None
    words = sentence.split()
    for index in range(1, min(len(words), 25)):
        if starts_with_verb(" ".join(words[index : index + 3])):
            if " ".join(FOLDED_WORD.findall(fold(" ".join(words[index : index + 2])))) == "chu tri" and index + 2 < len(words):
                rest = " ".join(words[index + 2 :])
                if starts_with_verb(rest):  # "... chủ trì xây dựng": the task is "xây dựng"
                    return rest, _owner_of(words[:index])
            return " ".join(words[index:]), _owner_of(words[:index])
    return sentence, None


def _owner_of(words: list[str]) -> str | None:
    addressee = " ".join(words).rstrip(" ,")
    return addressee if len(words) <= 8 and _ORG_LEAD.match(addressee) else None


def pieces(lines: list[str]) -> list[Piece]:
    result: list[Piece] = []
    owner: str | None = None
    verb: str | None = None  # a lead-in's verb, while its list of nouns runs
    lead, lead_refs = "", ()
    for line in lines:
        if is_group_heading(line):
            verb, lead_refs = None, ()
            continue
        for clause in _semicolons(line):
            for sentence in _sentences(clause):
                colon = _colon(sentence)
                if colon >= 0:
                    head, sentence = sentence[:colon].strip(), sentence[colon + 1 :].strip()
                    if _ORG_LEAD.match(head) and len(head.split()) <= (4 if starts_with_verb(head) else 12):  # "Thanh tra Sở:"
                        owner, verb, lead_refs = head, None, ()
                    elif starts_with_verb(head):  # "Tham mưu ... tiến hành kiểm tra ... đối với:" hands its verb on
                        verb, lead, lead_refs = _lead_verb(head), head, tuple(references(head))
                    else:  # "Các ý kiến ... tập trung ở các nội dung như:": a list, but not of tasks to do
                        verb, lead_refs = None, ()
                    if not sentence:
                        continue
                if verb and not starts_with_verb(sentence):
                    result.append(Piece(clean(f"{verb} {sentence}"), f"{lead}: {sentence}", owner, lead_refs))
                    continue
                verb, lead_refs = None, ()
                text, who = _without_addressee(sentence)
                if len(text.split()) >= 3:
                    result.append(Piece(clean(text), sentence, who or owner))
        if verb is None:
            lead_refs = ()
    return result
