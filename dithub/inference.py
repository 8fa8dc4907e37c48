"""Which category a task belongs to, read from its title as a person would.

Kept apart from the model so the rules can grow; `dithub.model.infer_category` is this function.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .text import fold

if TYPE_CHECKING:  # the model imports this module, so only for the type checker
    from .model import Category

OTHER_ID = "other"


def infer_category(title: str, categories: Iterable[Category]) -> str:
    """The category of the keyword nearest the task's object, ignoring case and diacritics.

    People name the object right after the verb, so the earliest keyword in the title wins (the
    longest one where several start at the same word: "thông tin đối ngoại" over "thông tin"),
    whatever the order of the categories. An action keyword that acts on another category's
    keyword ("kế hoạch *kiểm tra* các đài *truyền thanh*") gives way to it, unless it is the
    task's own leading verb ("*Kiểm tra* Công ty ... Giao Hàng Nhanh"). Ties go to the category
    listed first. (Settings.category_of remembers the answer per title: grouping asks on every redraw.)
    """
    title_words = _WORDS.findall(fold(title))
    matches = _keyword_matches(title_words, categories)
    if not matches:
        return OTHER_ID
    lead = _lead_index(title_words)
    chosen = [m for m in matches if m.start == lead or not _governs(m, matches, title_words)] or matches
    return min(chosen, key=lambda m: (m.start, -m.length, m.order)).category


_WORDS = re.compile(r"[0-9a-z]+")
# Verbs that only say "carry on" or "do": the task's own action is the word after them.
_GENERIC_LEADS = ("tiep tuc", "trien khai", "thuc hien", "tang cuong", "day manh", "tien hanh", "to chuc")


@dataclass(frozen=True)
class _Match:
    start: int  # word index in the folded title
    length: int  # in words
    category: str
    order: int  # the category's place in the book's list

    @property
    def end(self) -> int:
        return self.start + self.length


def _keyword_matches(title_words: list[str], categories: Iterable[Category]) -> list[_Match]:
    # Where each word of the title stands: a keyword is tried only where its first word is
    # (most keywords' first word is not in the title at all; 10,000 titles are read at once).
    places: dict[str, list[int]] = {}
    for index, word in enumerate(title_words):
        places.setdefault(word, []).append(index)
    matches: list[_Match] = []
    for order, category in enumerate(categories):
        for keyword in category.keywords:
            key_words = _keyword_words(keyword)
            size = len(key_words)
            if not size:
                continue
            for start in places.get(key_words[0], ()):
                if title_words[start : start + size] == key_words:
                    matches.append(_Match(start, size, category.id, order))
    return matches


@lru_cache(maxsize=1024)  # a book has a few dozen keywords, asked of every title: fold each once
def _keyword_words(keyword: str) -> list[str]:
    return _WORDS.findall(fold(keyword))


def _lead_index(title_words: list[str]) -> int:
    """Where the task's own verb starts, after "Tiếp tục triển khai ..." and the like."""
    index = 0
    while True:
        for lead in _GENERIC_LEADS:
            size = len(lead.split())
            if title_words[index : index + size] == lead.split():
                index += size
                break
        else:
            return index


def _governs(match: _Match, matches: list[_Match], title_words: list[str]) -> bool:
    """Whether this keyword acts on another category's keyword: "kiểm tra (các đài) truyền thanh".

    Only right after it, or through a word that opens an object ("các", "việc", ...): in
    "Trung tâm báo chí phục vụ Đại hội" the press centre is the object, not the congress.
    """
    opens = title_words[match.end] if match.end < len(title_words) else ""
    return any(
        other.category != match.category
        and (other.start == match.end or (match.end < other.start <= match.end + 2 and opens in _OBJECT_OPENERS))
        for other in matches
    )


_OBJECT_OPENERS = frozenset({"cac", "viec", "nhung", "moi", "doi", "tai", "ve", "cho"})
