"""Words for sharing a book through git (dithub/gitshare, git-setup, merge-file, sync)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- a month file holding git's conflict markers (storage reports it) ---
    "problem.git_conflict": (
        "Tệp đang dở một lần gộp của git: {count} chỗ hai máy sửa khác nhau{tasks}. Mỗi chỗ có bản “{ours}” "
        "(trên dấu =======) và bản “{theirs}” (dưới). Chọn một bản cho từng chỗ trong dithub, hoặc sửa tệp xóa "
        "các dòng <<<<<<<, ======= và >>>>>>>, rồi chạy dithub sync.",
        "The file is in the middle of a git merge: {count} place(s) the two computers changed differently{tasks}. "
        "Each has the “{ours}” version (above the ======= line) and the “{theirs}” version (below). Choose one "
        "version for each in dithub, or edit the file removing the <<<<<<<, ======= and >>>>>>> lines, then run dithub sync.",
    ),
    "gitshare.no_git": (
        "Máy này chưa cài git, nên chưa chia sẻ sổ qua git được. Cài git (https://git-scm.com) rồi thử lại.",
        "git is not installed on this computer, so the book cannot be shared through git. Install git "
        "(https://git-scm.com) and try again.",
    ),
    "gitshare.no_identity": (
        'git chưa biết tên và email của người dùng máy này (chạy: git config --global user.name "…" và '
        'git config --global user.email "…")',
        'git does not know this computer\'s user name and email (run: git config --global user.name "…" and '
        'git config --global user.email "…")',
    ),
    "gitshare.not_repository": (
        "Thư mục {path} không nằm trong một kho git. Tạo kho (git init) hoặc lấy sổ bằng git clone, rồi chạy lại.",
        "The folder {path} is not inside a git repository. Create one (git init) or get the book with git clone, then run this again.",
    ),
    # --- git-setup ---
    "gitshare.setup_ignored": (
        "Đã thêm .dithub/.gitignore: thư mục .dithub không bao giờ được commit.",
        "Added .dithub/.gitignore: the .dithub folder is never committed.",
    ),
    "gitshare.setup_attribute": (
        "Đã thêm vào .gitattributes dòng giao các tệp tháng cho dithub gộp.",
        "Added the line to .gitattributes that hands month files to dithub for merging.",
    ),
    "gitshare.setup_committed": (
        "Đã commit .gitattributes cùng sổ (các máy khác nhận được khi lấy sổ về).",
        "Committed .gitattributes with the book (the other computers get it with the book).",
    ),
    "gitshare.setup_commit_failed": (
        "Chưa commit được .gitattributes ({reason}); hãy commit tệp này cùng sổ.",
        "Could not commit .gitattributes ({reason}); commit it with the book.",
    ),
    "gitshare.setup_driver": (
        "Đã ghi bộ gộp dithub vào cấu hình git của kho trên máy này: {driver}",
        "Registered the dithub merge driver in this repository's git config on this computer: {driver}",
    ),
    "gitshare.setup_nothing": (
        "Máy này đã cài sẵn bộ gộp dithub cho sổ; không cần làm gì.",
        "This computer already has the dithub merge driver for the book; nothing to do.",
    ),
    "gitshare.setup_each_laptop": (
        "Lưu ý: cấu hình git không đi theo sổ, nên MỖI MÁY cần chạy “dithub git-setup” một lần.",
        "Note: git's config does not travel with the book, so EACH COMPUTER runs “dithub git-setup” once.",
    ),
    "gitshare.check_ready": (
        "Máy này đã sẵn sàng: tệp tháng được gộp bằng dithub ({driver}).",
        "This computer is ready: month files merge through dithub ({driver}).",
    ),
    "gitshare.check_no_attribute": (
        "Chưa có dòng trong .gitattributes giao tệp tháng cho dithub (chạy dithub git-setup).",
        "No .gitattributes line hands month files to dithub yet (run dithub git-setup).",
    ),
    "gitshare.check_no_driver": (
        "Máy này chưa cài bộ gộp dithub (chạy dithub git-setup một lần trên máy này).",
        "This computer does not have the dithub merge driver (run dithub git-setup once on this computer).",
    ),
    "gitshare.check_driver_gone": (
        "Bộ gộp đã ghi trỏ tới chương trình không còn trên máy: {driver} (chạy lại dithub git-setup).",
        "The registered driver points to a program that is no longer there: {driver} (run dithub git-setup again).",
    ),
    "gitshare.setup_unwritable": ("Không ghi được tệp trong sổ: {reason}.", "Cannot write in the book's folder: {reason}."),
    # --- merge-file (run by git) ---
    "gitshare.merge_conflict": (
        "dithub: {file}: hai máy sửa khác nhau cùng một nhiệm vụ ({tasks}); phần còn lại đã gộp, chỗ xung đột nằm giữa các dòng <<<<<<< và >>>>>>>.",
        "dithub: {file}: both computers changed the same task differently ({tasks}); the rest is merged, the conflict is between the <<<<<<< and >>>>>>> lines.",
    ),
    "gitshare.merge_failed": (
        "dithub: {file}: không gộp theo từng nhiệm vụ được ({reason}); tệp giữ các dấu xung đột của git.",
        "dithub: {file}: could not merge task by task ({reason}); the file keeps git's conflict markers.",
    ),
    "gitshare.merge_unreadable": (
        "dithub: không đọc được tệp git đưa sang: {reason}.",
        "dithub: cannot read a file git handed over: {reason}.",
    ),
    # --- sync ---
    "gitshare.sync.committed": ("Đã ghi vào lịch sử: {message}", "Recorded: {message}"),
    "gitshare.sync.up_to_date": (
        "Không có gì mới để ghi hay để nhận: sổ đã cập nhật.",
        "Nothing new to record or to receive: the book is up to date.",
    ),
    "gitshare.sync.no_remote": (
        "Kho chưa có nơi chia sẻ (remote), nên thay đổi chỉ được ghi trên máy này.",
        "The repository has no remote to share with, so the changes are recorded on this computer only.",
    ),
    "gitshare.sync.not_set_up": (
        "Sổ chưa được cài bộ gộp dithub (chưa có dòng trong .gitattributes): git sẽ gộp theo từng dòng. Chạy dithub git-setup một lần.",
        "The book is not set up for the dithub merge driver (no .gitattributes line): git will merge line by line. Run dithub git-setup once.",
    ),
    "gitshare.sync.pulled": (
        "Đã nhận và gộp thay đổi của các máy khác từ {remote}.",
        "Received and merged the other computers' changes from {remote}.",
    ),
    "gitshare.sync.pushed": ("Đã gửi thay đổi lên {remote}.", "Sent the changes to {remote}."),
    "gitshare.sync.offline": (
        "Không kết nối được tới {remote} (mất mạng, hoặc địa chỉ sai). Chưa gửi hay nhận gì; thử lại khi có mạng.",
        "Could not reach {remote} (offline, or a wrong address). Nothing was sent or received; try again when online.",
    ),
    "gitshare.sync.push_rejected": (
        "{remote} vừa nhận thay đổi từ máy khác; chạy lại dithub sync để gộp rồi gửi.",
        "{remote} has just received changes from another computer; run dithub sync again to merge and send.",
    ),
    "gitshare.sync.kept_locally": (
        "Không mất gì: thay đổi của bạn đã được ghi trên máy này.",
        "Nothing is lost: your changes are recorded on this computer.",
    ),
    "gitshare.sync.conflict": (
        "Hai máy sửa khác nhau cùng một nhiệm vụ, ở {count} tệp. Phần còn lại đã gộp; không mất gì, cả hai bản đều nằm trong tệp:",
        "Both computers changed the same task differently, in {count} file(s). The rest is merged; nothing is lost, both versions are in the file:",
    ),
    "gitshare.sync.conflict_file": ("  {file}: {tasks}", "  {file}: {tasks}"),
    "gitshare.sync.conflict_next": (
        "Mở sổ trong dithub để chọn bản cho từng nhiệm vụ (hoặc sửa tệp), rồi chạy lại dithub sync.",
        "Open the book in dithub to choose a version for each task (or edit the file), then run dithub sync again.",
    ),
    "gitshare.sync.still_conflicted": (
        "{file} vẫn còn chỗ xung đột chưa chọn bản. Chọn xong rồi chạy lại dithub sync; chưa ghi hay gửi gì.",
        "{file} still has a conflict without a chosen version. Choose, then run dithub sync again; nothing was recorded or sent.",
    ),
    "gitshare.sync.broken": (
        "{file} đang có lỗi (xem dithub check), nên chưa ghi hay gửi gì để khỏi làm hỏng sổ ở các máy khác. Sửa tệp rồi chạy lại.",
        "{file} has an error (see dithub check), so nothing was recorded or sent, lest the other computers' books break. Fix it, then run this again.",
    ),
    "gitshare.sync.outside_conflict": (
        "Có tệp ngoài sổ đang xung đột trong git ({files}); hãy giải quyết bằng git rồi chạy lại.",
        "Files outside the book are in conflict in git ({files}); resolve them with git, then run this again.",
    ),
    "gitshare.sync.merge_finished": (
        "Đã hoàn tất lần gộp trước với các bản đã chọn.",
        "Finished the earlier merge with the chosen versions.",
    ),
    "gitshare.sync.commit_failed": (
        "Chưa ghi được vào lịch sử: {reason}. Tệp của sổ vẫn nguyên.",
        "Could not record the changes: {reason}. The book's files are as they were.",
    ),
    "gitshare.sync.merge_failed": (
        "Chưa gộp được thay đổi của máy khác: {reason}. Tệp của sổ vẫn nguyên.",
        "Could not merge the other computers' changes: {reason}. The book's files are as they were.",
    ),
    "gitshare.sync.detached": (
        "Kho đang không ở nhánh nào (detached HEAD), nên không biết gửi vào đâu. Chuyển về một nhánh (git switch main) rồi chạy lại.",
        "The repository is not on a branch (detached HEAD), so there is nowhere to send to. Switch to a branch (git switch main) and run this again.",
    ),
    "gitshare.sync.os_error": (
        "Không ghi được trong thư mục sổ: {reason}. Chưa ghi hay gửi gì.",
        "Cannot write in the book's folder: {reason}. Nothing was recorded or sent.",
    ),
    "gitshare.sync.not_repository": (
        "Thư mục {path} không nằm trong một kho git, nên chưa chia sẻ được. Tạo kho (git init) hoặc lấy sổ bằng git clone, rồi chạy dithub git-setup.",
        "The folder {path} is not inside a git repository, so it cannot be shared. Create one (git init) or get the book with git clone, then run dithub git-setup.",
    ),
    # --- the commit message, in words ---
    "gitshare.summary.done": ("{count} việc xong", "{count} done"),
    "gitshare.summary.carried": ("{count} việc chuyển sang {next}", "{count} carried over to {next}"),
    "gitshare.summary.received": ("{count} việc chuyển từ {previous}", "{count} carried in from {previous}"),
    "gitshare.summary.added": ("{count} việc mới", "{count} new"),
    "gitshare.summary.reopened": ("{count} việc mở lại", "{count} reopened"),
    "gitshare.summary.dropped": ("{count} việc thôi làm", "{count} dropped"),
    "gitshare.summary.edited": ("{count} việc sửa", "{count} edited"),
    "gitshare.summary.removed": ("{count} việc xóa", "{count} removed"),
    "gitshare.summary.header": ("sửa thông tin cuộc họp", "meeting details edited"),
    "gitshare.summary.layout": ("sửa ghi chú, cách trình bày", "comments or layout edited"),
    "gitshare.summary.new_file": ("tệp mới", "new file"),
    "gitshare.summary.file_removed": ("xóa tệp", "file removed"),
    "gitshare.summary.settings": ("Cài đặt sổ (dithub.toml)", "Book settings (dithub.toml)"),
    "gitshare.summary.other": ("Cập nhật sổ", "Book updated"),
}
