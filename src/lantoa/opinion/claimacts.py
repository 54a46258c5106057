"""Acts of false claims that the first registries never named, brought by an outside registry
(dev6): sent abroad, sent back, given away, passed off, dissolved, locked, taken down.

Each group, as in claimwords.PREDICATES: folded phrases (regular expressions) meaning the same
act. They are read after the older groups (claimwords.GROUPS), so their bits come last.
"""

from __future__ import annotations

# Number words as folded text ("năm mươi" -> "nam muoi"), for acts read before a sum.
NUMBER_WORDS = r"\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|trieu|chuc"

LATER_PREDICATES: dict[str, tuple[str, ...]] = {
    # Sent abroad or elsewhere to be examined: "gửi sang Trung Quốc duyệt".
    "send": (
        r"(?:gui|chuyen|dua) (?:sang|ra) (?:\w+ ){0,3}(?:duyet|tham dinh|xet)",
        "gui sang",
        "sent abroad",
        "sent to",
    ),
    # Sent back: goods refused at a border or by a buyer.
    "refuse": ("tra ve", "bi tra lai", r"tra (?:\w+ ){1,2}ve", "returned", "rejected"),
    # Given away: "cho không", "không hoàn lại" (read before "không" is taken for a denial),
    # "được cho/nhận 50 triệu".
    "give": (
        # "cho không" a sum or to each ("cho không mỗi hộ"), not "… cho KH" (a customer).
        rf"cho khong(?= (?:\w+ ){{0,2}}(?:{NUMBER_WORDS}|tien|moi|hoan)(?![a-z]))",
        *("khong hoan lai", "phat khong", "given away", "for free", "handout"),
        rf"duoc (?:\w+ \w+ )?(?:cho|nhan|phat|tang)(?= (?:{NUMBER_WORDS}) )",
    ),
    # Dissolved, shut down: "bị giải thể".
    "dissolve": ("giai the", "giai tan", "dissolved", "shut down"),
    # A page or an account locked: "bị khóa", "khóa trang/nick" (not "khoa học").
    "lock": (
        "bi khoa",
        "khoa (?:trang|page|fanpage|nick|tai khoan|kenh|shop)",
        "locked",
        "blocked",
    ),
    # Taken down from a site: "bị gỡ hết", "gỡ video", "bị xóa" (not "xóa tên/sổ": remove).
    "takedown": (
        *("bi go", "go (?:het|bo|sach|xuong|video|clip|bai)", "bi xoa(?! ten| so)"),
        *("xoa (?:het|sach|video|clip|bai)", "taken down", "removed", "deleted"),
    ),
    # Passed off: mixed with or made of something else ("trộn gạo Lào", "thịt lợn nhuộm").
    "adulterate": (
        *("pha tron", "tron lan", r"tron (?:voi|vao|them|gao|lan)", "bi tron", "don (?:gao|vao)"),
        *("nhuom", "mixed with", "dyed", "adulterated"),
    ),
}
