"""Acts of false claims that the first registries never named, brought by outside registries
(dev6): sent abroad, sent back, given away, passed off, dissolved, locked, taken down; (dev7):
merged away, examined again, suspended, reported to the police, made abroad; (dev10): expired.

Each group, as in claimwords.PREDICATES: folded phrases (regular expressions) meaning the same
act. They are read after the older groups (claimwords.GROUPS), so their bits come last.
"""

from __future__ import annotations

# Number words as folded text ("năm mươi" -> "nam muoi"), for acts read before a sum.
NUMBER_WORDS = r"\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|trieu|chuc"
# What people are made to do ("bắt nộp", "bắt dân cài", "bị bắt mặc"), folded: after "bắt" one
# of these is a duty, not an arrest (#18, H50).
DUTY_VERBS = r"nop|dong|dang ky|cai|tai|lam|xin|ky|mac|deo|in|ghi|dan|khai|chup"

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
        # A phone, a line or money locked or frozen: "khóa wifi", "khóa sim", "phong tỏa
        # tài khoản", "chặn máy/sim" (not "chăn nuôi", "chặn đường" a road).
        r"khoa (?:wifi|mang|sim|thue bao|sach (?:\w+ ){0,2}tai khoan|het tai khoan)",
        "phong toa",
        r"chan (?:may|sim|wifi|mang|thue bao|tai khoan|trang|web)",
        "locked",
        "blocked",
    ),
    # Taken down from a site: "bị gỡ hết", "gỡ video", "bị xóa" (not "xóa tên/sổ": remove).
    "takedown": (
        *("bi go", "go (?:het|bo|sach|xuong|video|clip|bai)", "bi xoa(?! ten| so| bo)"),
        *("xoa (?:het|sach|video|clip|bai)", "taken down", "removed", "deleted"),
    ),
    # Passed off: mixed with or made of something else ("trộn gạo Lào", "thịt lợn nhuộm").
    "adulterate": (
        *("pha tron", "tron lan", r"tron (?:voi|vao|them|gao|lan)", "bi tron", "don (?:gao|vao)"),
        *("nhuom", "mixed with", "dyed", "adulterated"),
    ),
}
LATER_PREDICATES.update(
    {
        # Merged into something else, so gone: "bị sáp nhập", "gộp vào nông thôn mới".
        "merge": (
            *("sap nhap", "gop vao", "gop chung", "nhap vao", "hop nhat"),
            *("merged", "merge into", "absorbed"),
        ),
        # Examined again and again: "chấm lại", "đánh giá lại", "thi lại", "thẩm định lại".
        "redo": (
            *("cham lai", "danh gia lai", "thi lai", "tham dinh lai", "xet lai", "kiem tra lai"),
            *("reassessed", "re assessed", "re examined"),
        ),
        # Punished at school or work: "bị đình chỉ học", "đuổi học", "kỷ luật", "bị cho nghỉ việc".
        "suspend": (
            *("dinh chi", "duoi hoc", "bi duoi", "ky luat", "cach chuc", "thoi viec", "duoi viec"),
            "(?:cho|bi|bat) nghi viec",
            *("suspended", "expelled"),
        ),
        # Reported to the police: "phải khai báo/trình báo công an", "báo công an".
        "report": (
            *("khai bao", "trinh bao", "to giac voi", r"(?<!nghe )(?<!duoc )bao (?:voi )?cong an"),
            *("report to the police", "reported to the police"),
        ),
        # Made or printed abroad: "in ở/bên Trung Quốc", "sản xuất tại nước ngoài".
        "abroad": (
            r"(?:dat in|in|san xuat|dat hang|nhap) (?:o |ben |tai |tu )?(?:trung quoc|tau"
            r"|nuoc ngoai|han quoc|thai lan|lao|campuchia)(?![a-z])",
            *("made in", "printed in", "printed abroad", "made abroad"),
        ),
        # A protection lapsed: "hết hạn bảo hộ", "quá hạn bảo hộ", "hết thời hạn", "hết hạn mười
        # năm" (dev10); not a paper merely "hết hạn", renewed as a matter of course.
        "expire": (
            r"(?:het|qua) (?:thoi )?han (?:\w+ )?(?:bao ho|su dung)",
            rf"het (?:thoi )?han (?:{NUMBER_WORDS}) nam",
            "het thoi han",
            *("expired", "lapsed"),
        ),
        # A price said to rise many times over: "tăng gấp ba", "giá lên gấp đôi", "nhân ba",
        # "leo lên 3 lần", "trả gấp mấy lần" (#18, H43; a hopeful claim's act).
        "rise": (
            rf"(?:tang|len|tra|mua|ban) (?:\w+ )?gap (?:{NUMBER_WORDS}|may|doi)",
            rf"gia (?:\w+ ){{0,2}}nhan (?:doi|{NUMBER_WORDS})",
            rf"leo (?:len )?(?:{NUMBER_WORDS}|may|gap)",
            "tang vot",
            # "đắt lên mười lần", "tăng 3 lần" (#18, H50).
            rf"(?:dat|tang|len) (?:len |gap )?(?:{NUMBER_WORDS}|may) lan(?![a-z])",
            *("doubled", "tripled", "triple", "double the price"),
        ),
    }
)
# Ways of saying an older group's act (claimwords.PREDICATES) that outside registries brought
# (dev7); added after the group's own entries.
MORE_WORDS: dict[str, tuple[str, ...]] = {
    # Auctioned, bought up, taken by a buyer: "đem bán đấu giá", "mua lại toàn bộ", "mua mất".
    "sell": (*("dau gia", "mua lai", "mua het", "mua mat", "thau tom", "auction", "auctioned"),)
    # ... and output bought up whole: "bao tiêu hết", "thu mua toàn bộ" (dev11, H28).
    + ("bao tieu", "thu mua (?:toan bo|het|tat ca)"),
    # Detained: "giữ người lại giam" (dev11, H28); jailed or tried, as people say it: "bóc
    # lịch", "phạt tù", "ăn cơm tù", "bị đưa ra tòa" (#18, H43).
    "arrest": (
        "giu nguoi",
        "boc lich",
        "phat tu",
        "an com tu",
        "an tu",
        r"dua (?:\w+ )?ra (?:hau )?toa",
    ),
    # Sold again: "đem bán lại", "lại bán ra chợ" (read before "đem bán" is a sale); a profit, as
    # people say it: "hưởng lợi", "hốt bạc" (#18, H50; not "lãi to", folded as "lại to").
    "resell": (
        *("dem ban lai", "lai (?:duoc |dem )?ban"),
        *("huong loi", "hot bac"),
    ),
    # Made to take something down: "bị bắt tháo biển" (read before "bị bắt" is an arrest); a
    # signature or a stamp required; "cần … mới nộp được".
    "force": (
        *(rf"{bi}bat(?= (?:thao|go|dong cua|ha)(?![a-z]))" for bi in ("bi ", "")),
        r"(?:phai|can) (?:co |xin )?(?:chu ky|con dau|dong dau|xac nhan)",
        r"can(?= (?:\w+ ){1,4}moi (?:\w+ ){0,3}duoc)",
        # Must ask for something ("phải xin tem", "phải đi xin dấu", "phải lên Sở xin phép"), not
        # an apology or a polite ask ("phải xin lỗi", "xin hỏi", "xin chào").
        r"phai (?:\w+ ){0,1}xin(?! loi| chao| cam on| hoi| gui| chia se| y kien| phep hoi)",
        r"phai (?:\w+ ){2,4}xin phep",
        # A paper to be made, a mark to be printed or worn: "phải lên huyện làm cái giấy",
        # "phải in/ghi/dán … lên bao bì", "phải mặc/đeo …" (#18, H43).
        r"phai (?:\w+ ){0,3}lam (?:\w+ )?giay",
        # No need, said "khỏi": "khỏi thi", "khỏi phải xin" (not "khởi kiện", "khói").
        r"khoi(?= (?:phai|can|thi|xin|nop|dang ky)(?![a-z]))",
        r"(?<!khong )phai (?:in|ghi|dan|mac|deo|kem|them|de(?! y| danh| lai| con| ma))(?= )",
        # Made to do something, said "bắt": "bị bắt nộp tiền", "bắt dân cài ứng dụng" (not "bị
        # bắt vì …", an arrest, nor "bắt đầu/tay làm", to start; #18, H50).
        rf"bi bat(?= (?:{DUTY_VERBS})(?![a-z]))",
        rf"bat(?! dau | tay | kip | gap )(?= (?:\w+ )?(?:{DUTY_VERBS})(?![a-z]))",
        # No exam needed, as people say it: "khỏi ôn thi", "không (cần) qua kỳ thi" (#18, H50).
        r"khoi(?= on thi(?![a-z]))",
        r"khong (?:can |phai )?qua (?:ky |cuoc )?thi(?![a-z])(?! truong| xa| tran| hieu| thuc)",
        # Made to by force of law: "không thì bị cưỡng chế" (#18, H50).
        "bi cuong che",
    ),
    # Fined only after some warnings or times: "ba lần mới phạt", "lần thứ hai mới bị phạt";
    # punished, as people say it: "bị xử như hàng giả" (not "bị xử lý", news of a case).
    "fine": (
        r"moi (?:bi )?phat(?= |$)(?! hien| trien| song| hanh| ra| am| bieu| huy| dong| minh)",
        "bi xu(?! ly)",
        # Fined in street words: "bị lập biên bản", "ăn vé phạt", "bị tuýt còi", "đóng tiền phạt"
        # (read before "đóng tiền" is a payment; #18, H50).
        *("bi lap bien ban", r"(?:an|bi) (?:ve|bien ban) phat", "an bien ban", "bi tuyt coi"),
        r"(?:nop|dong|tra) tien phat",
        # "… là/thì/sẽ phạt": the fine as a rule's consequence (not "là phát hiện", "là phạt tù").
        *(
            rf"(?<={w} )phat(?= |$)(?! hien| trien| song| hanh| ra| am| bieu| huy| dong| minh)"
            r"(?! tu(?![a-z]))"
            for w in ("la", "thi", "se")
        ),
    ),
    # Taken, as people say it: "quản lý thị trường thu sạch", "bị hốt hết" (not "thu hết tiền").
    "seize": (r"thu (?:sach|het)(?! tien| phi)", r"(?:bi )?hot (?:het|sach)", "bi hot"),
    # Paid out of one's own pocket: "đi tập huấn tự túc".
    "pay": ("tu tuc", r"khoan (?:thu|phi|dong gop)(?![a-z])"),
    # Destroyed or scrapped as a programme: "xóa bỏ"; a line cut off ("cắt mạng", "ngắt
    # đường truyền"; not "cắt điện", a power cut with its own schedule).
    "remove": (
        "xoa bo",
        # Void, as people say it: "coi như bỏ", "mất giá trị", "thành giấy lộn" (#18, H43).
        r"coi nhu (?:bo|mat|xong|het)(?![a-z])",
        r"(?:mat|het|vo) gia tri",
        "thanh giay lon",
        # A right gone: "hết quyền" (as "mất quyền"; #18, H50).
        "het quyen",
        # Pay cut: "cắt lương", "cắt thưởng" (as "trừ lương").
        r"cat (?:luong|thuong|tien thuong)(?![a-z])",
        r"(?:cat|ngat) (?:mang|internet|wifi|duong truyen|ket noi|hop dong)",
    ),
    # Not allowed, in English: "can't be exported", "cannot be sold".
    "ban": (
        r"(?:can t|cannot|can not) (?:\w+ ){0,2}be (?:exported|sold|imported|used)",
        # Sent away from a stall: "dẹp quầy", "bị mời ra/về" (#18, H43).
        r"dep (?:quay|sap|hang|gian hang)",
        r"bi moi (?:ra|ve)(?![a-z])(?! (?:du|hop|an|choi|lam|tham|nha))",
    ),
}

# Acts as villagers retell them when they reword a rumour (#18, H60), from Vietnamese usage, not
# from any claim: a person "nhốt" or "bắt giữ" (arrest), goods or a vehicle "giữ luôn", "sung
# công" (seize), burnt or thrown away ("đem đốt", "đổ bỏ hết"; not a bare "đổ bỏ", folded as "do
# bỏ", "because one spends"), struck off a list ("gạch khỏi"), a sign "tháo xuống", "lột
# xuống", "bóc hết" (takedown), an application "bác đơn" (refuse; not "từ chối", which
# registries name as a state: a dev10 rebuttal was lost), a fine as damages one is made to pay
# ("bắt đền", "bị bắt nộp hai chục củ").
SPOKEN_ACTS: dict[str, tuple[str, ...]] = {
    "arrest": (r"bat giu(?! hang| xe)", r"nhot(?= )", r"tom (?:co|gon|nguoi|luon)", "giam giu"),
    "seize": (
        r"giu (?:luon|lai|mat)(?= (?:\w+ ){0,2}(?:xe|hang|may|dien thoai|tai|cai)(?![a-z]))",
        *("xung cong", "tich bien", r"(?:thu|cam|lay) mat(?= (?:\w+ )?(?:xe|may|dien thoai|cai))"),
    ),
    "destroy": (
        r"(?:dem|mang|phai) (?:di )?(?:dot|huy)(?![a-z])",
        r"(?:vut|dap) bo(?![a-z])",
        r"do bo (?:het|di|sach|luon)(?![a-z])",
    ),
    "remove": (r"(?:gach|xoa|loai) (?:\w+ ){0,2}khoi(?= (?:danh sach|ds|hang|so|nhom))",),
    "takedown": (r"(?:thao|lot|boc|ha) (?:het |bo )?xuong(?![a-z])", r"(?:thao|lot|boc) het"),
    "refuse": (r"bac (?:don|ho so)", r"khong (?:chiu )?nhan (?:don|ho so)"),
    "fine": (
        r"(?:bi )?bat den(?![a-z])",
        rf"bi bat nop (?:(?:{NUMBER_WORDS}|chuc|tram) ){{1,3}}(?:cu|trieu|nghin|tien)(?![a-z])",
    ),
}
# ...and as a reworded retelling names them (#18, dev29), from usage as well: bought up "gom
# hết"; sold at "giá gấp đôi"; a bribe "bồi dưỡng" an amount (not "bồi dưỡng nghiệp vụ",
# training); jail "ngồi khám", "bị còng đi"; demolished "tháo dỡ", "đập đi"; struck "ra khỏi"
# anything; an office lost "mất ghế"; an application sent back "trả đơn", "gửi trả"; a right
# held "quyền riêng" (not "riêng tư", privacy); a reward "thưởng" or "được … cho" an amount,
# "trao luôn", "tặng hẳn" one (not "tăng", a rise); stars struck off ("gạch luôn mấy ngôi");
# money asked "đòi" (not "đổi tiền lẻ", change), paid or not by the coin ("chưa đóng đồng
# nào", "không mất xu nào"); a filing brushed aside "gạt đi".
_AMOUNT = rf"(?= (?:\w+ )?(?:{NUMBER_WORDS}) (?:trieu|nghin|ty|tram)(?![a-z]))"
RETOLD_ACTS: dict[str, tuple[str, ...]] = {
    "sell": (r"gom (?:het|sach|tat)(?![a-z])",),
    "rise": (rf"gia (?:\w+ ){{0,2}}gap (?:{NUMBER_WORDS}|doi|may)(?![a-z])",),
    "bribe": (rf"boi duong(?= (?:{NUMBER_WORDS}|them|it|chut)(?![a-z]))",),
    "arrest": (r"ngoi kham(?! benh| cho| mat| rang)", r"bi cong(?= (?:di|luon|tay|ve)(?![a-z]))"),
    "destroy": ("thao do", r"dap (?:di|pha|sach|tan)(?![a-z])"),
    "remove": (
        r"(?:gach|xoa|loai) (?:\w+ )?ra khoi(?![a-z])",
        *(
            rf"{bi}(?:gach|xoa|go|rut|lay) (?:luon |mat |bot |het )?(?:may |{NUMBER_WORDS} )?"
            r"ngoi(?![a-z])"
            for bi in ("bi ", "")
        ),
    ),
    "suspend": (r"mat (?:ghe|chuc)(?![a-z])",),
    "refuse": (
        r"tra (?:lai )?(?:don|ho so)(?![a-z])",
        r"gui tra(?! loi| tien)",
        r"gat (?:di|phang|bo)(?![a-z])",
    ),
    "own": (r"(?:giu|nam) (?:\w+ )?(?:quyen )?rieng(?! tu)",),
    "give": (
        rf"thuong(?= (?:\w+ ){{0,2}}(?:{NUMBER_WORDS}) (?:trieu|nghin|ty|tram)(?![a-z]))",
        rf"duoc (?:\w+ ){{1,2}}(?:cho|tang|thuong|phat)(?! khong){_AMOUNT}",
        rf"(?:trao|tang|bieu|thuong) (?:luon|han|ngay)(?= (?:{NUMBER_WORDS}) (?:trieu|nghin|ty))",
    ),
    "pay": (
        rf"doi{_AMOUNT}",
        r"(?:bi|hoi) doi tien",
        r"doi tien(?! le| moi| ngoai| usd| do)",
        r"(?:dong|tra|nop|mat|ton) (?:mot )?(?:dong|xu|cac|hao) nao(?![a-z])",
    ),
}
for _group, _words in RETOLD_ACTS.items():
    SPOKEN_ACTS[_group] = SPOKEN_ACTS.get(_group, ()) + _words
for _group, _words in SPOKEN_ACTS.items():
    MORE_WORDS[_group] = MORE_WORDS.get(_group, ()) + _words
