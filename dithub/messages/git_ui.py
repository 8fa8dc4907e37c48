"""Words of the dashboard's git keys: sharing the book, and choosing versions in a git conflict."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- keys (the footer, help and palette show these) ---
    "key.git_sync": ("Chia sẻ", "Share"),  # short: the key bar at 120 columns still ends with the palette
    "key.git_resolve": ("Chọn bản (xung đột git)", "Choose versions (git conflict)"),
    "key.git_mine": ("Lấy bản của tôi", "Take mine"),
    "key.git_theirs": ("Lấy bản của họ", "Take theirs"),
    "key.git_all_mine": ("Tất cả của tôi", "All mine"),
    "key.git_all_theirs": ("Tất cả của họ", "All theirs"),
    "key.git_write": ("Ghi tệp", "Write the file"),
    "key.git_next": ("Chỗ sau", "Next"),
    "key.git_previous": ("Chỗ trước", "Previous"),
    # --- sharing (the S key) ---
    "git_ui.sync_confirm": (
        "Chia sẻ sổ qua git? dithub ghi các thay đổi vào lịch sử, nhận và gộp thay đổi của các máy khác, "
        "rồi gửi lên (nếu kho có nơi chia sẻ).",
        "Share the book through git? dithub records the changes, receives and merges the other computers' "
        "changes, then sends (when the repository has a remote).",
    ),
    "git_ui.sync_started": ("Đang chia sẻ sổ qua git…", "Sharing the book through git…"),
    "git_ui.sync_busy": ("Đang chia sẻ; chờ lần này xong đã.", "A share is under way; wait for it to finish."),
    "git_ui.sync_unsaved": (
        "Có thay đổi chưa lưu xong nên chưa có trong lần chia sẻ này; lần sau sẽ có.",
        "Some changes were not saved yet, so they are not in this share; the next one takes them.",
    ),
    "git_ui.sync_failed": ("Chia sẻ không thành: {reason}", "The share did not complete: {reason}"),
    "git_ui.sync_conflicted_month": (
        "{month} có xung đột git: nhấn {key} để chọn bản cho từng nhiệm vụ.",
        "{month} has a git conflict: press {key} to choose a version for each task.",
    ),
    # --- choosing versions (the git conflict screen) ---
    "git_ui.title": ("Xung đột git trong {file} ({month})", "Git conflict in {file} ({month})"),
    "git_ui.explain": (
        "Hai máy sửa khác nhau cùng một chỗ. Chọn một bản cho từng chỗ: “của tôi” là bản trên máy này ({ours}), "
        "“của họ” là bản nhận về ({theirs}). Phần còn lại của tệp đã gộp xong.",
        "Both computers changed the same place differently. Choose one version for each: “mine” is this "
        "computer's ({ours}), “theirs” is the one received ({theirs}). The rest of the file is merged already.",
    ),
    "git_ui.loading": ("Đang đọc {file}…", "Reading {file}…"),
    "git_ui.mine": ("của tôi ({label})", "mine ({label})"),
    "git_ui.theirs": ("của họ ({label})", "theirs ({label})"),
    "git_ui.field": ("Mục", "Field"),
    "git_ui.header": ("Thông tin cuộc họp", "The meeting's details"),
    "git_ui.header.title": ("Tên cuộc họp", "Meeting title"),
    "git_ui.header.date": ("Ngày họp", "Meeting date"),
    "git_ui.header.chair": ("Người chủ trì", "Chaired by"),
    "git_ui.lines": ("Các dòng", "Lines"),
    "git_ui.text_clash": ("Đoạn ở dòng {line}", "The lines at line {line}"),
    "git_ui.gone": ("(không có: bản này xóa việc này)", "(absent: this version removes the task)"),
    "git_ui.empty": ("(trống)", "(empty)"),
    "git_ui.unset": ("(chưa có)", "(not set)"),
    "git_ui.same_fields": (
        "(hai bản chỉ khác ở ghi chú hay cách trình bày)",
        "(the two versions differ only in comments or layout)",
    ),
    "git_ui.chosen": ("đã chọn", "chosen"),
    "git_ui.progress": (
        "Đã chọn {chosen}/{count} chỗ. Chọn hết rồi nhấn {key} để ghi tệp; Esc để đóng, tệp giữ nguyên.",
        "Chosen {chosen} of {count}. When all are chosen press {key} to write the file; Esc closes, leaving the file as it is.",
    ),
    "git_ui.choose_all_first": (
        "Còn {left} chỗ chưa chọn bản; chọn hết rồi mới ghi được.",
        "{left} place(s) still have no chosen version; choose them all before writing.",
    ),
    "git_ui.written": (
        "Đã ghi {file} với các bản đã chọn. Để git nhận tệp: chạy “git add {file}”, hoặc chia sẻ lại (phím S, "
        "hay dithub sync) để dithub hoàn tất lần gộp.",
        "Wrote {file} with the chosen versions. For git to take it: run “git add {file}”, or share again (key S, "
        "or dithub sync) and dithub finishes the merge.",
    ),
    "git_ui.not_month": (
        "Các bản đã chọn không tạo thành một tệp tháng đọc được (ví dụ hai việc trùng mã), nên chưa ghi gì. "
        "Chọn bản khác, hoặc sửa tệp bằng tay.",
        "The chosen versions do not make a readable month file (two tasks with one id, say), so nothing was "
        "written. Choose differently, or edit the file by hand.",
    ),
    "git_ui.changed": (
        "{file} vừa bị thay đổi bên ngoài trong lúc chọn, nên chưa ghi gì. Đã đọc lại tệp; hãy chọn lại.",
        "{file} changed on disk meanwhile, so nothing was written. It has been read again; choose again.",
    ),
    "git_ui.failed": (
        "Chưa ghi được {file}: {reason}. Tệp giữ nguyên.",
        "Could not write {file}: {reason}. The file is as it was.",
    ),
    "git_ui.no_conflict": (
        "{file} không còn xung đột git nào (có thể đã được giải quyết bên ngoài).",
        "{file} holds no git conflict any more (perhaps it was resolved elsewhere).",
    ),
}
