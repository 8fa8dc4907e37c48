"""Words of `dithub serve`: the dashboard in a browser."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "serve.help_book": ("thư mục sổ giao ban", "the briefing book's folder"),
    "serve.help_month": (
        "tháng mở đầu tiên, dạng 2020-06 (mặc định: tháng mới nhất)",
        "the month to open first, as 2020-06 (default: the latest)",
    ),
    "serve.help_host": (
        "địa chỉ để nghe (mặc định 127.0.0.1: chỉ máy này; 0.0.0.0: mọi máy trong mạng)",
        "the address to listen on (default 127.0.0.1: this computer only; 0.0.0.0: every computer on the network)",
    ),
    "serve.help_port": ("cổng (mặc định 8000; 0: một cổng trống bất kỳ)", "the port (default 8000; 0: any free port)"),
    "serve.help_warning": (
        "Cảnh báo: ai vào được địa chỉ và cổng này đều xem và sửa được sổ, không cần mật khẩu. "
        "Mặc định chỉ máy này vào được; chỉ dùng --host 0.0.0.0 trong mạng nội bộ tin cậy. "
        "Bấm Ctrl+C để dừng.",
        "Warning: anyone who can reach this address and port can see and change the book, with no password. "
        "By default only this computer can; use --host 0.0.0.0 only on a trusted local network. "
        "Press Ctrl+C to stop.",
    ),
    "serve.started": (
        "Sổ “{book}” đang mở trong trình duyệt tại: {url}",
        "The book “{book}” is open in a browser at: {url}",
    ),
    "serve.started_everywhere": (
        "Sổ “{book}” đang mở cho mọi máy trong mạng, cổng {port}; trên máy này: {url}",
        "The book “{book}” is open to every computer on the network, port {port}; on this computer: {url}",
    ),
    "serve.tabs": (
        "Mỗi thẻ trình duyệt là một bảng điều khiển riêng; mọi thay đổi được lưu ngay vào sổ.",
        "Each browser tab is a dashboard of its own; every change is saved to the book at once.",
    ),
    "serve.warning": (
        "Cảnh báo: ai vào được địa chỉ này đều xem và sửa được sổ, không cần mật khẩu.",
        "Warning: anyone who can reach this address can see and change the book, with no password.",
    ),
    "serve.how_to_stop": ("Bấm Ctrl+C để dừng.", "Press Ctrl+C to stop."),
    "serve.stopped": ("Đã dừng; trình duyệt không mở sổ được nữa.", "Stopped; browsers can no longer open the book."),
    "serve.bad_port": (
        "“{value}” không phải một cổng; hãy ghi một số từ 1 đến 65535, ví dụ --port 8000.",
        "“{value}” is not a port; give a number from 1 to 65535, for example --port 8000.",
    ),
    "serve.port_in_use": (
        "Cổng {port} đang có chương trình khác dùng (có thể là một dithub serve khác). Hãy chọn cổng khác, ví dụ --port {other}.",
        "Port {port} is already used by another program (perhaps another dithub serve). Choose another, for example --port {other}.",
    ),
    "serve.port_forbidden": (
        "Không được phép mở cổng {port} (cổng dưới 1024 cần quyền quản trị). Hãy chọn cổng khác, ví dụ --port 8000.",
        "Not allowed to open port {port} (ports below 1024 need administrator rights). Choose another, for example --port 8000.",
    ),
    "serve.bad_host": (
        "Không nghe được trên địa chỉ “{host}”: đây không phải địa chỉ của máy này. "
        "Hãy dùng 127.0.0.1 (chỉ máy này) hoặc 0.0.0.0 (mọi máy trong mạng).",
        "Cannot listen on the address “{host}”: it is not an address of this computer. "
        "Use 127.0.0.1 (this computer only) or 0.0.0.0 (every computer on the network).",
    ),
    "serve.cannot_listen": (
        "Không mở được {host}:{port}: {reason}.",
        "Cannot open {host}:{port}: {reason}.",
    ),
    "serve.missing_package": (
        "Thiếu gói textual-serve để phục vụ trình duyệt. Hãy cài: pip install textual-serve",
        "The textual-serve package, needed to serve browsers, is missing. Install it: pip install textual-serve",
    ),
}
