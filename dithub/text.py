"""Vietnamese text helpers: NFC, diacritic-free folding for search and inference, slugs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[0-9a-z]+")


def nfc(text: str) -> str:
    """Files from macOS are often NFD; everything inside dithub is NFC."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case text without Vietnamese diacritics, so "Đài" and "dai" compare equal.

    đ/Đ is a letter of its own, not d plus a mark, so it needs replacing by hand.
    """
    if text.isascii():  # nothing to strip: most ids, and many English words
        return text.casefold()
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = _COMMON_MARKS.sub("", decomposed)
    if not stripped.isascii():  # curly quotes, dashes, or marks of other scripts: look at those only
        stripped = _NOT_ASCII.sub(_drop_mark, stripped)
    return unicodedata.normalize("NFC", stripped).casefold()


# Every Vietnamese mark is in U+0300-U+036F: one regex removes them (5x faster than testing each
# character in Python); any other non-ASCII character is tested one by one, so the result is
# exactly "drop what unicodedata.combining calls a mark".
_COMMON_MARKS = re.compile("[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_mark(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match[0]) else match[0]


def words(text: str) -> str:
    """The folded words of text joined by single spaces, padded so phrases match whole words."""
    return " " + " ".join(_WORD.findall(fold(text))) + " "


def contains_phrase(folded_words: str, keyword: str) -> bool:
    """Whether keyword occurs as whole words: "in" matches "hoạt động in", not "tin"."""
    phrase = _phrase(keyword)
    return phrase.strip() != "" and phrase in folded_words


@lru_cache(maxsize=1024)  # a book has a few dozen keywords, asked of every title: fold each once
def _phrase(keyword: str) -> str:
    return words(keyword)


def slugify(text: str, max_length: int = 48) -> str:
    """A readable id from a Vietnamese title: "Triển khai IPv6" -> "trien-khai-ipv6"."""
    slug = ""
    for word in _WORD.findall(fold(text)):
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length and slug:
            break
        slug = candidate[:max_length]
    return slug or "nhiem-vu"


def printable(text: str) -> str:
    """Text safe to put on a terminal: control characters shown as symbols, never obeyed.

    An escape character in a title must not move the cursor or recolour the screen.
    """
    if text.isprintable():  # nearly always: checked in C, no copy
        return text
    return "".join(_visible(ch) for ch in text)


def _visible(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, the Unicode "control pictures"
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= code < 0xA0 or ch in "\u2028\u2029":
        return "\ufffd"
    if unicodedata.category(ch) == "Cf":
        # Invisible format characters: a right-to-left override turns "\u202efdp.exe" into what
        # reads as "exe.pdf", a zero-width space hides inside a word. Named, never obeyed.
        return f"⟨U+{code:04X}⟩"
    return ch


def unshown(edited: str, original: str) -> str:
    """`edited` (text that began as `printable(original)`) with the symbols standing for the
    original's invisible characters put back: an edit form saves the real text, not "␊".

    A symbol the original holds as itself, or that stands for two different characters, stays.
    """
    if original.isprintable():
        return edited
    meant: dict[str, str | None] = {}
    for ch in original:
        shown = _visible(ch)
        if shown != ch:
            meant[shown] = ch if meant.get(shown, ch) == ch else None
    for shown, ch in meant.items():
        if ch is not None and shown not in original:
            edited = edited.replace(shown, ch)
    return edited
