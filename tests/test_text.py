"""Vietnamese text helpers: folding, slugs, whole-word phrases, terminal-safe text."""

from __future__ import annotations

import unicodedata

import pytest

from dithub.text import contains_phrase, fold, nfc, printable, slugify, words


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đài truyền thanh", "dai truyen thanh"),
        ("IPV6", "ipv6"),
        ("Kiểm tra Công ty TNHH UNIDEN VIỆT NAM", "kiem tra cong ty tnhh uniden viet nam"),
        ("Đảng bộ Sở TTTT", "dang bo so tttt"),
        ("Ngày Báo chí Cách mạng Việt Nam", "ngay bao chi cach mang viet nam"),
    ],
)
def test_fold_drops_case_and_diacritics(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_of_nfd_equals_fold_of_nfc() -> None:
    title = "Xây dựng kế hoạch kiểm tra các đài truyền thanh cơ sở"
    decomposed = unicodedata.normalize("NFD", title)
    assert decomposed != title
    assert fold(decomposed) == fold(title) == "xay dung ke hoach kiem tra cac dai truyen thanh co so"


def test_nfc_composes_macos_text() -> None:
    decomposed = unicodedata.normalize("NFD", "Phòng Bưu chính, Viễn thông")
    assert nfc(decomposed) == "Phòng Bưu chính, Viễn thông"
    assert len(nfc(decomposed)) < len(decomposed)


def test_words_pads_and_joins_folded_words() -> None:
    assert words("Thanh tra Sở — hoạt động in!") == " thanh tra so hoat dong in "


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Kiểm tra Công ty Cổ phần Đức Việt 568", "kiem-tra-cong-ty-co-phan-duc-viet-568"),
        ("Triển khai IPv6", "trien-khai-ipv6"),
        ("Đăng tin, bài lên Trang thông tin điện tử của Sở", "dang-tin-bai-len-trang-thong-tin-dien-tu-cua-so"),
        ("“Trang tin Hải Dương”", "trang-tin-hai-duong"),
    ],
)
def test_slugify_makes_readable_ascii_ids(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_slugify_cuts_long_titles_at_a_word() -> None:
    title = "Tham mưu Thường trực Tỉnh ủy, UBND tỉnh xây dựng Phòng họp báo, Phòng họp trực tuyến tại Trung tâm Văn hóa Xứ Đông"
    slug = slugify(title)
    assert len(slug) <= 48
    assert slug == "tham-muu-thuong-truc-tinh-uy-ubnd-tinh-xay-dung"
    assert not slug.endswith("-")


def test_slugify_of_nfd_equals_slugify_of_nfc() -> None:
    title = "Phối hợp Hội Nhà báo tỉnh"
    assert slugify(unicodedata.normalize("NFD", title)) == slugify(title) == "phoi-hop-hoi-nha-bao-tinh"


def test_slugify_without_letters_gives_a_fallback() -> None:
    assert slugify("“…” — !!") == "nhiem-vu"


def test_phrase_matches_whole_words() -> None:
    folded = words("Thanh tra việc chấp hành quy định pháp luật về hoạt động in")
    assert contains_phrase(folded, "in")
    assert contains_phrase(folded, "hoạt động in")
    assert contains_phrase(folded, "HOAT DONG IN")


def test_phrase_does_not_match_inside_a_word() -> None:
    folded = words("Đăng tin, bài lên Trang thông tin điện tử của Sở")
    assert not contains_phrase(folded, "in")
    assert contains_phrase(folded, "tin")


def test_phrase_needs_its_words_adjacent() -> None:
    folded = words("Kiểm tra Công ty TNHH UNIDEN VIỆT NAM")
    assert contains_phrase(folded, "kiểm tra")
    assert not contains_phrase(folded, "kiểm công")


def test_empty_phrase_matches_nothing() -> None:
    assert not contains_phrase(words("Thanh tra Sở"), "")
    assert not contains_phrase(words("Thanh tra Sở"), " – ")


def test_printable_shows_escape_as_a_symbol() -> None:
    title = "Kiểm tra \x1b[31mĐức Việt\x1b[0m"
    shown = printable(title)
    assert "\x1b" not in shown
    assert shown == "Kiểm tra \u241b[31mĐức Việt\u241b[0m"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("\x00", "\u2400"), ("\n", "\u240a"), ("\x7f", "\u2421"), ("\x9b", "\ufffd"), ("\u2028", "\ufffd")],
)
def test_printable_replaces_every_control_character(raw: str, shown: str) -> None:
    assert printable(f"Sở{raw}TTTT") == f"Sở{shown}TTTT"


def test_printable_keeps_vietnamese_text() -> None:
    title = "Phòng Thông tin - Báo chí - Xuất bản [bold]"
    assert printable(title) == title


@pytest.mark.parametrize(
    "raw", ["\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\u061c", "\u200b", "\u200d", "\u2060", "\ufeff"]
)
def test_printable_shows_direction_overrides_and_zero_width_characters(raw: str) -> None:
    """Issue 12, defect 10: "Báo cáo \u202efdp.exe" must not show as "Báo cáo exe.pdf"."""
    shown = printable(f"Báo cáo{raw}quý II")
    assert raw not in shown
    assert shown == f"Báo cáo⟨U+{ord(raw):04X}⟩quý II"


def test_printable_keeps_a_no_break_space_from_word() -> None:
    assert printable("Sở\u00a0TTTT") == "Sở\u00a0TTTT"


@pytest.mark.parametrize(
    ("original", "edited", "meant"),
    [
        ("Họp giao ban\nquý II", "Họp giao ban␊quý II năm 2020", "Họp giao ban\nquý II năm 2020"),
        ("Cột\tmột", "Cột␉một hai", "Cột\tmột hai"),
        ("Sở \u202eTTTT", "Sở ⟨U+202E⟩TTTT Hải Dương", "Sở \u202eTTTT Hải Dương"),
        ("Có sẵn ␊ và \n", "Có sẵn ␊ và ␊ mới", "Có sẵn ␊ và ␊ mới"),  # a glyph the text really holds stays a glyph
    ],
)
def test_shown_text_edited_is_the_real_text(original: str, edited: str, meant: str) -> None:
    """Issue 12, defect 2: the edit form shows symbols; what it saves is the real characters."""
    from dithub.text import unshown

    assert unshown(edited, original) == meant
