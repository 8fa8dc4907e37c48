"""Words for a task's path across months (dithub/history.py)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "history.status.open": ("đang làm", "open"),
    "history.status.done": ("xong", "done"),
    "history.status.carried": ("chuyển", "carried"),
    "history.status.dropped": ("bỏ", "dropped"),
    "history.due": (", hạn {due}", ", due {due}"),
    "history.late": (", trễ hạn {due}", ", late (due {due})"),
    "history.gap.missing": ("{month} không có tệp", "{month} has no file"),
    "history.gap.broken": ("{month} tệp lỗi, không đọc được", "{month} file broken, not read"),
    "history.gap.not_read": ("{month} chưa đọc", "{month} not read"),
    "history.gap.not_found": ("{month} không thấy nhiệm vụ này", "{month} does not hold this task"),
    "history.gap.elsewhere": (
        "{month} (đã chuyển sang một tháng khác)",
        "{month} (carried into another month already)",
    ),
}
