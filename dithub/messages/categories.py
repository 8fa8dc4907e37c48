"""The default categories' labels (dithub's words; a book's own categories keep the book's)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "category.inspection": ("Thanh tra, kiểm tra", "Inspection"),
    "category.press": ("Báo chí, xuất bản, thông tin", "Press and publishing"),
    "category.ipv6": ("IPv6", "IPv6"),
    "category.broadcasting": ("Phát thanh, truyền hình, truyền thanh cơ sở", "Broadcasting"),
    "category.other": ("Khác", "Other"),
}
