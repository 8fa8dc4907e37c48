"""Words of the roll-up screen (`dithub ROLLUP`): many units' books side by side."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "rollup_view.title": ("{name} — {month} — {units} đơn vị", "{name} — {month} — {units} units"),
    "rollup_view.no_month": ("{name} — chưa có tháng nào", "{name} — no month yet"),
    "rollup_view.reading": ("Đang đọc các tháng: {done}/{total}…", "Reading the months: {done}/{total}…"),
    "rollup_view.reading_rest": (
        "Đã có {month} của mọi đơn vị; đang đọc các tháng khác: {done}/{total}…",
        "{month} of every unit is in; reading the other months: {done}/{total}…",
    ),
    "rollup_view.all_read": ("Đã đọc {total} tháng của {units} đơn vị.", "Read {total} months of {units} units."),
    "rollup_view.search_placeholder": (
        "Tìm trong mọi đơn vị (không cần dấu), Enter để chọn, Esc để thôi",
        "Search every unit (accents optional), Enter to pick, Esc to stop",
    ),
    "rollup_view.hits": ("{count} nhiệm vụ khớp, ở {units} đơn vị", "{count} matching tasks in {units} units"),
    "rollup_view.hits_partial": (
        "{count} nhiệm vụ khớp, ở {units} đơn vị (trong {done}/{total} tháng đã đọc)",
        "{count} matching tasks in {units} units (in the {done}/{total} months read so far)",
    ),
    "rollup_view.unit_hits": ("{name} — {count} nhiệm vụ", "{name} — {count} tasks"),
    "rollup_view.cannot_open": ("Không mở được sổ của {name}: {reason}", "The book of {name} cannot be opened: {reason}"),
    "rollup_view.saving_first": (
        "Đang lưu thay đổi; sẽ quay lại bảng tổng hợp khi lưu xong.",
        "Saving your changes; back to the roll-up once they are saved.",
    ),
    "rollup_view.unsaved": (
        "Chưa lưu được thay đổi của sổ này ({reason}); hãy thử lại trước khi quay lại.",
        "This book's changes are not saved ({reason}); try again before going back.",
    ),
    "rollup_view.column_month": ("Tháng", "Month"),
    "rollup_view.key_open": ("Mở sổ", "Open book"),
    "rollup_view.key_back": ("Về bảng tổng hợp", "Back to the roll-up"),
}
