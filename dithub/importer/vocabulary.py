"""Words of Vietnamese administrative text the importer leans on, folded (no diacritics, lower case)."""

from __future__ import annotations

import re

# Verbs a task starts with. A list item that starts with none of them is a noun ("Công ty A") and
# takes the lead-in's verb; continuity compares titles with these stripped from the front.
VERBS = frozenset(
    """
    tiep tuc|trien khai|xay dung|to chuc|hoan thien|hoan thanh|tham muu|phoi hop|bao cao|thong bao|huong dan|cap nhat|
    khao sat|tuyen truyen|ra soat|don doc|tham dinh|cap phep|cap|ban hanh|tang cuong|day manh|thuc hien|giai quyet|xu ly|
    theo doi|chi dao|nang cap|nang cao|duy tri|danh gia|tong hop|dang|chuan bi|tham gia|lap|trinh|kiem tra|thanh tra|
    tiep nhan|quan ly|van hanh|dam bao|nghien cuu|de xuat|sua doi|bo sung|tap trung|chu tri|ho tro|dao tao|boi duong|
    tap huan|phat dong|van dong|ky ket|khai truong|nghiem thu|thanh lap|kien toan|so ket|tong ket|phat trien|ung dung|
    chuyen doi|mo rong|thuc day|quang ba|cung cap|lua chon|mua sam|dau tu|thu hut|tien hanh|hop|gap mat|trao giai|
    lam viec|xac minh|thu thap|chuyen giao|lap dat|bao dam|uu tien|khan truong|phoi hop voi|ra quyet dinh|cung co|kiem soat|
    tiep can|hoan tat|quan tam|so sanh|gui|phan cong|giam sat|to chuc thuc hien|tiep tuc thuc hien|tiep tuc trien khai|tich cuc|chu dong|
    chan chinh|doi chieu|ra soat|khac phuc|xuat ban|trien lam
    """.replace("\n", "").split("|")
)
VERBS = frozenset(v.strip() for v in VERBS if v.strip())

# Who does it: names of offices start with one of these.
# ("Ban hành", "Tổ chức" are verbs and "Hội nghị" is the meeting: not offices.)
ORG_HEADS = (
    r"(?:Phòng|Thanh tra|Văn phòng|Trung tâm|Ban(?!\s+hành)|Chi cục|Đài|Hội(?!\s+nghị)|Bộ phận|Tổ(?!\s+chức)|Các phòng|Lãnh đạo)"
)
# Whom a sentence addresses before its verb: "Sở ... cũng như các đơn vị ... quan tâm ...".
ADDRESSEES = r"(?:" + ORG_HEADS[3:-1] + r"|Sở|Các đơn vị|Các cơ quan|UBND|Ủy ban)"

# Where the part that sets the coming month's tasks begins (scored, see section.py).
TASK_CUES = (
    "nhiem vu trong tam",
    "cong viec trong tam",
    "nhiem vu chu yeu",
    "phuong huong",
    "nhiem vu thang",
    "nhiem vu trong thang",
    "thoi gian toi",
    "can thuc hien",
    "can tap trung",
    "yeu cau",
    "de nghi",
    "giao nhiem vu",
    "nhan manh",
    "tap trung thuc hien",
    "thuc hien tot",
    "ke hoach cong tac thang",
)
# Words that say a list follows: "..., đó là:", "... như sau:".
ANNOUNCING = ("nhu sau", "do la", "sau day", "cu the", "gom")
RESULT_CUES = (
    "noi bat",
    "ket qua",
    "da dat",
    "dat duoc",
    "hoan thanh tot",
    "da thuc hien",
    "da trien khai",
    "tinh hinh thuc hien",
)

# Words by which a director hands out the tasks inside a sentence, without a colon:
# "Giám đốc Sở đề nghị các phòng ... rà soát ...", "Để thực hiện tốt nhiệm vụ tháng 6, các đơn vị ... xây dựng ...".
DIRECTIVES = ("de nghi", "yeu cau", "chi dao", "nhan manh", "de thuc hien", "de hoan thanh", "de trien khai")

# Lines where the task part (or a web page's article) is over.
END_MARKERS = (
    "nguon",
    "hom nay",
    "tong luong truy cap",
    "luot truy cap",
    "noi nhan",
    "tin lien quan",
    "cac tin khac",
    "tin khac",
    "tin bai khac",
    "kt giam doc",
    "tl giam doc",
    "tm uy ban",
    "q giam doc",
    "luu vt",
    "to chuc thuc hien",
    "hoi nghi ket thuc",
    "hoi nghi cung",
    "anh",
    "tac gia",
    "ket thuc cuoc hop",
)

FOLDED_WORD = re.compile(r"[0-9a-z]+")
