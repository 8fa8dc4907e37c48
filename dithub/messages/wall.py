"""Words of the wall: the presenter view and the high-contrast themes for the meeting room."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "key.wall.presenter": ("Trình chiếu", "Presenter view"),
    "key.wall.theme": ("Màu màn chiếu", "Wall colours"),
    "key.wall.back": ("Về bảng làm việc", "Back to the working view"),
    "key.wall.next_group": ("Nhóm sau", "Next group"),
    "key.wall.previous_group": ("Nhóm trước", "Previous group"),
    "key.wall.next_task": ("Nhiệm vụ sau", "Next task"),
    "key.wall.previous_task": ("Nhiệm vụ trước", "Previous task"),
    "key.wall.note": ("Ghi chú", "Note"),
    "wall.help_theme": (
        "màu tương phản cao cho máy chiếu, TV: wall-dark (nền đen) hoặc wall-light (nền trắng, cho máy chiếu bị nhạt màu)",
        "high-contrast colours for a projector or TV: wall-dark (black) or wall-light (white, for projectors that wash out)",
    ),
    "wall.theme_now": ("Màu: {name}", "Colours: {name}"),
    "wall.theme.wall-dark": ("màn chiếu, nền đen", "wall, dark"),
    "wall.theme.wall-light": ("màn chiếu, nền trắng", "wall, light"),
    "wall.theme.usual": ("như thường", "as usual"),
    "wall.palette_theme": ("Màu màn chiếu: {name}", "Wall colours: {name}"),
    "wall.opened": ("Trình chiếu. Esc hoặc p: về bảng làm việc; ? : các phím.", "Presenter view. Esc or p: back; ?: the keys."),
    "wall.no_month": (
        "Tháng này chưa mở được nên chưa trình chiếu được.",
        "This month could not be opened, so there is nothing to present.",
    ),
    "wall.read_only": (
        "Tháng này chỉ xem được, không sửa được (xem thông báo của tệp).",
        "This month can be read but not changed (see the file's message).",
    ),
    "wall.empty_group": ("Tháng này nhóm này không có nhiệm vụ nào.", "No task in this group this month."),
    "wall.owner_none": ("chưa giao đơn vị", "no one assigned"),
    "wall.due": ("hạn {date}", "due {date}"),
    "wall.no_due": ("chưa có hạn", "no deadline"),
    "wall.overdue": ("quá hạn", "overdue"),
    "wall.carried_in": ("đã chuyển {count} lần", "carried over {count}×"),
    "wall.carried_out": ("đã chuyển sang tháng sau", "carried to next month"),
    "wall.done_on": ("xong ngày {date}", "done on {date}"),
    "wall.done": ("đã xong", "done"),
    "wall.dropped": ("đã bỏ", "dropped"),
    "wall.clock": ("Đã họp {elapsed} · Bây giờ {now}", "Meeting {elapsed} · Now {now}"),
    "wall.position": ("{month} · nhóm {number}/{count}", "{month} · group {number} of {count}"),
    "wall.remaining": ("còn {count} nhóm", "{count} groups to go"),
    "wall.last_group": ("nhóm cuối", "last group"),
}
