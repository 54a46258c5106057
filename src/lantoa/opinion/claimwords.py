"""The words claim matching reads beyond n-grams: the predicates of false claims with their
synonyms (one table, on folded text, matched as whole words by claimcanon.py; a rebuttal's
cues: claimcues.py).

A false claim says that something happens to a product, a name or a person: it is revoked,
banned, fined, charged for, seized… Comments on the same theme share the topic words ("gạo
Điện Biên", "chỉ dẫn địa lý") but not the predicate, so a claim whose wording has a predicate
is matched only by a text that has one of the same group, and the synonyms of a group
("mất", "bị tước", "thu hồi") count as the same words.
"""

from __future__ import annotations

from lantoa.opinion.claimacts import LATER_PREDICATES, MORE_WORDS, NUMBER_WORDS

_NUMBER_WORDS = NUMBER_WORDS
# Each group: folded phrases (regular expressions) meaning the same act.
PREDICATES: dict[str, tuple[str, ...]] = {
    "remove": (
        "thu hoi",
        "tuoc",
        "bi rut",
        "rut lai",
        # "rút" the name, not "rút tiền", "rút kinh nghiệm", "rút gọn", "rút ngắn", "rút ra".
        "rut(?! tien| kinh| gon| ngan| ra| lui| quan)",
        "rut bo",
        "thu lai",
        "lay lai",
        "bi lay",
        "lay dat",
        "lay ruong",
        "lay luon",
        "lay het",
        "thu dat",
        "thu ruong",
        "bi huy",
        "huy bo",
        "da huy",
        # "hủy" the name or the decision, not "phát huy", "chỉ huy", "huy động", "huy chương".
        "(?<!phat )(?<!chi )huy(?! dong| chuong| hieu)",
        "gach ten",
        "xoa ten",
        "xoa so",
        "loai khoi",
        "het hieu luc",
        # Issuing stopped: "ngừng cấp tem", "dừng cấp".
        "(?:ngung|dung|thoi) cap",
        "vo hieu",
        # "hết được mang/dùng": no longer allowed.
        "het duoc",
        "bai bo",
        "khong con",
        "bo het",
        "cat het",
        "cat giam",
        "cat bo",
        "bi cat",
        # Deducted: "bị trừ ngân sách", "trừ lương" (not "trừ khi", "loại trừ").
        "bi tru",
        r"(?<!loai )tru (?:\w+ )?(?:ngan sach|luong|tien|diem|thuong)",
        # "thôi không" (no longer), not "… chỉ X thôi, không cần/phải …" (a clause ended).
        "thoi khong(?! can| phai)",
        r"(?:bo|cat|thoi|ngung|dung|het) (?:\w+ ){0,3}ho tro",
        r"(?:nha nuoc|bi|dua vao) (?:\w+ ){0,2}quan ly",
        r"dua (?:\w+ ){1,3}vao quan ly",
        # "mất" the name, not "mật ong", "mặt hàng", "tiền mặt", the insult "mất dạy", a cost
        # ("mất 50 triệu", "mất thêm một tháng"), a risk ("sợ mất", "để mất") nor a death ("bố
        # mẹ mất để lại").
        r"(?<!tien )(?<!so )(?<!de )(?<!bo me )(?<!cha me )(?<!ong ba )mat"
        rf"(?! ong| hang| tran| troi| tien| dong| phi| bao| nhieu| cong| thoi gian| day| them|"
        rf" ghe| chuc| xu|"
        rf" (?:{_NUMBER_WORDS})(?![a-z]))",
        "revoked",
        "revoke",
        "lost",
        "lose",
        "loses",
        "losing",
        "cancelled",
        "canceled",
        "withdrawn",
        "stripped",
        "no longer",
        "taken away",
    ),
    # Destroyed, burnt: "tiêu hủy" is read here before "hủy" (remove) is tried.
    "destroy": (
        *("tieu huy", "pha huy", "bi dot", "dot (?:bo|het|sach)", "chat bo", "chat ha"),
        *("destroy", "destroyed", "cut down", "felled", "chopped down"),
    ),
    # Taken by force of law: goods, a vehicle, land papers ("tạm giữ" is no seizure).
    "seize": (
        "tich thu",
        "thu giu",
        "bi giu",
        # "bị thu xe máy", not "bị thu hồi" (remove), "bị thu tiền/phí" (pay) nor the party
        # secretary ("bí thư chi bộ", "trưởng bản và bí thư").
        r"(?<!va )(?<!hay )(?<!voi )(?<!ong )bi thu"
        r"(?! hoi| tien| phi| lai| le| \d| chi bo| \w+ uy| doan| xa| ky| va| hay)",
        "sung cong",
        # Seized for a debt: "bị ngân hàng siết", "xiết nợ" (not "siết chặt").
        r"bi (?:\w+ ){0,2}(?:xiet|siet)",
        r"(?:xiet|siet) no",
        "giao nop",
        *("confiscate", "confiscated", "seize", "seized", "take", "taken", "taking"),
    ),
    # Sued: "bị kiện", not "ý kiến", "điều kiện", "định kiến".
    "sue": (
        *("bi kien", "khoi kien", "kien tung", "sue", "sued", "lawsuit"),
        r"dinh kien(?= (?:ban quyen|vi pham|ra toa))",
    ),
    # Taxed: "đánh thuế", "thuế … gấp đôi", not a tax merely named ("thuế thu nhập là gì").
    "tax": (
        "danh thue",
        "thu thue",
        "tang thue",
        r"thue(?= (?:\w+ ){0,3}(?:gap|nhan doi))",
        "taxed",
    ),
    # A name or a right sold or bought; only the verb, what is sold and to whom are the
    # claim's own n-grams.
    "sell": (
        *("bi ban", "da ban", "dem ban", "ban dut", "sang tay", "da mua", "mua duoc", "mua dut"),
        # "bán … cho <a company, a province, a country>" ("cho Lai Châu", "cho Thái Lan"), not
        # goods sold to their buyers ("bán chè cho khách") nor "chỗ", "chợ" folded to "cho".
        r"ban(?= (?:\w+ ){1,6}cho (?:cong ty|cty|nguoi|tinh|nuoc|doanh nghiep|dn|ben|phia"
        r"|\w+ (?:lan|chau|quoc))(?![a-z]))",
        # "công ty Thái Lan mua nhãn hiệu …".
        r"mua(?= (?:\w+ )?(?:nhan hieu|thuong hieu|ten goi|chi dan))",
        *("sold", "bought"),
    ),
    # Ranked lower: "bị hạ sao", "tụt xuống 3 sao".
    "lower": (
        r"(?:ha|tut|giam|xuong)(?= (?:\w+ ){0,3}sao(?![a-z]))",
        *("bi ha", "bi tut", "ha hang", "tut hang", "downgrade", "downgraded"),
    ),
    # A wait counted in years ("chờ mười năm", "mất cả chục năm"; only the verb: the span is
    # the claim's own n-grams), before "mất 10" is read as a payment.
    "wait": (
        rf"(?:cho|doi|mat|ton)(?= (?:ca |den |toi |hang )?(?:{_NUMBER_WORDS})(?: \w+)?"
        r" nam(?![a-z]))",
    ),
    "ban": (
        # "cấm", not "cảm ơn", "cảm thấy", "cảm nhận"…
        # "cấm", not "cảm ơn", "cảm thấy", "cảm nhận"…, nor "thổ cẩm" (brocade), "cẩm nang",
        # "cầm cố" (pledged).
        "(?<!tho )cam(?! on| thay| nhan| dong| xuc| ket| tinh| hung| ta| nang| co)",
        "khong cho",
        "khong duoc",
        "khong ai duoc",
        # "chưa được công nhận/dán": not allowed yet ("Tủa Chùa được …" is a place).
        "(?<!tua )chua duoc",
        # Sent away from a market or a place: "bị đuổi", "đuổi về" (from a job or a school:
        # claimacts' "suspend").
        "bi duoi(?! viec| hoc)",
        r"duoi (?:ve|di|ra)",
        # Kept for some only: "chỉ dành cho", "chỉ còn dành cho", "chỉ áp dụng cho".
        "chi (?:con )?(?:danh|ap dung) cho",
        # Allowed only on a condition: "chỉ được dán … khi xay ở nhà máy" (not "chỉ được bảo hộ
        # trong huyện", a scope).
        r"chi duoc(?= (?:\w+ ){1,6}khi(?![a-z]))",
        r"chi (?:\w+ ){1,5}moi duoc",
        # Only "phải" is the predicate: the words up to "mới … được" are the claim's own.
        r"phai(?= (?:\w+ ){1,4}moi (?:\w+ ){0,3}duoc)",
        "banned",
        "ban on",
        "not allowed",
        "forbidden",
        "prohibited",
    ),
    # "phạt", never "phát triển", "phát hiện"…: the fine is named with its words or its amount.
    "fine": (
        # "bị phạt", not "bị phát hiện/hành".
        "bi phat(?! hien| hanh| trien| song)",
        "xu phat",
        "phat tien",
        "phat nang",
        "nop phat",
        "tien phat",
        "muc phat",
        rf"phat (?:toi |den |len )?(?:{_NUMBER_WORDS})",
        "phat (?:nguoi|ai|ho dan|ba con)",
        # "ăn phạt", "dính phạt", "lãnh phạt": fined, as people say it.
        "(?:an|dinh|linh|lanh) phat",
        # "a fine", not the adjective ("copying them is fine", "that's fine", "all fine").
        r"(?<!\bis )(?<!\bs )(?<!\bare )(?<!\bbe )(?<!\ball )(?<!\blooks )(?<!\bseems )"
        r"(?<!\bwas )fine",
        "fined",
        "fines",
        "penalty",
    ),
    "pay": (
        "(?<!mien )phi(?! vat the)",
        "le phi",
        # "nộp" money, not a filing ("nộp đơn", "nộp hồ sơ") nor when it was sent ("nộp tối qua").
        "nop(?! duoc| don| ho so| giay| bai| toi qua| hom| sang nay| chieu| luc| xong| roi| online"
        r"| truc tuyen| o| tai| \d+ (?:thang|nam|ngay|tuan))",
        "dong tien",
        r"dong \d+",
        "phai dong",
        r"thu (?:tien|phi|moi|\d+)",
        # "thu hai trăm nghìn", not "thứ hai" (Monday): a number word with its unit.
        rf"thu (?:{_NUMBER_WORDS}) (?:tram|nghin|trieu|chuc|muoi)",
        "ton(?! tai| kho| trong| vinh| giao)",
        # A share deducted: "bị trích 10% doanh thu" (not "trích dẫn").
        "trich(?! dan| ngang| doan)",
        "chi tien",
        "bo tien",
        "tra tien",
        # "phải trả (cho) …" a sum or a person, not "phải trả lời" (answer) nor "phải trả gấp
        # ba" (a price risen many times over: claimacts' "rise"; #18, H50).
        r"phai tra(?! loi| (?:\w+ )?gap)",
        "dua tien",
        "mua bang tien",
        rf"mat (?:tien|dong|phi|{_NUMBER_WORDS})",
        # A sum spent: "hết 50 triệu", "bỏ ra năm chục triệu" (only the verb: the sum is the
        # claim's own).
        rf"(?:het|bo ra|dong)(?= (?:{_NUMBER_WORDS}) (?:\w+ )?(?:trieu|nghin|cu|k|tram)(?![a-z]))",
        "fee",
        "fees",
        "pay",
        "paid",
        "pays",
        "paying",
        "charge",
        "charged",
        "costs",
    ),
    "arrest": (
        "bi bat",
        "bat giam",
        "bat nguoi",
        r"cong an (?:\w+ )?bat",
        "bi tom",
        "ngoi tu",
        "vao tu",
        "cong tay",
        "tam giam",
        "di tu",
        "bo tu",
        "prison",
        "jailed",
        "khoi to",
        "arrest",
        "arrested",
        "jail",
    ),
    "force": (
        "bat buoc",
        "buoc phai",
        "bat phai",
        r"bat (?:\w+ ){1,3}phai",
        # Made to register or pay: "bắt hộ dân nào đăng ký" (not "bắt đầu đăng ký").
        r"bat (?!dau )(?:\w+ ){1,3}(?:dang ky|nop)",
        # ... or to buy: "bắt đảng viên mỗi tháng mua hai sản phẩm" (not "bắt đầu mua", nor
        # buyers arrested: "bắt người mua hàng giả").
        r"bat (?!dau |(?:ca )?(?:nguoi|ke|khach) mua)(?:\w+ ){1,4}mua",
        # Needed, after a negation that denies it: "không cần công chứng", "đâu cần vào siêu
        # thị" (not "cẩn thận", "cán bộ", "căn cứ", "cân bằng", "căn hộ").
        *(
            rf"(?<={no} )can(?! than| bo| cu| bang| ho| nha| phong)"
            for no in ("khong", "chang", "dau")
        ),
        "phai xin phep",
        # A permit needed: "phải có giấy phép", "cần xin phép".
        r"(?:phai|can) (?:xin |co )?(?:giay )?phep",
        "xin giay phep",
        "bi buoc",
        "bi ep",
        "ep buoc",
        r"(?:ep|bat|phai) mua",
        # A degree, paper or certificate required: "phải có bằng đại học", "cần có chứng chỉ".
        r"(?:phai|can) co(?= (?:\w+ )?(?:bang|giay|chung chi|chung nhan|the)(?![a-z]))",
        "must",
        "have to",
        "has to",
        "ordered",
        "(?:need|needs) (?:a|an) (?:licence|license|permit)",
        "(?:licence|license|permit) (?:to|is needed|is required)",
        "without (?:a|an) (?:licence|license|permit)",
        "required",
        "forced",
    ),
    "own": (
        "doc quyen",
        "dang ky mat",
        r"bi (?:\w+ ){0,4}dang ky",
        r"dang ky (?:\w+ ){0,3}truoc",
        "cuop",
        "chiem(?! nguong)",
        "thuoc ve",
        # "Có người đăng ký (kiểu dáng) rồi": registered by someone else.
        r"(?:co nguoi|nguoi khac|ai do) (?:\w+ )?dang ky",
        "ve tay",
        "thanh cua",
        "cua (?:cong ty|cty|doanh nghiep|dn|nuoc ngoai)",
        "monopoly",
    ),
    "bribe": (
        "nhan tien",
        "lam ngo",
        "cho qua",
        "hoi lo",
        "dut lot",
        "boi tron",
        "lot tay",
        "chung chi",
        "mua chuoc",
        "mua (?:duoc )?sao",
        "chay tien",
        "chung tien",
        "phong bi",
        r"co tien (?:la )?(?:co|duoc)",
        "do mua",
        "la mua",
        "bribe",
        "bribed",
    ),
    "scam": (
        "lua dao",
        "bi lua",
        "lua mat",
        "lua tien",
        "lua gat",
        "gia mao",
        "mao danh",
        "trang gia",
        "scam",
    ),
    # "đổi thành Sơn La", "thay bằng", not "đội thanh niên".
    "rename": (
        *("doi ten", "thay ten", "doi thanh(?! nien| tra)", "doi sang", "thay bang"),
        *("rename", "renamed"),
    ),
    # Prices forced down or fixed, not a price named ("sells for a better price").
    "price": (
        *("ep gia", "dim gia", "dinh gia", "ha gia", "price fixing", "fixed prices"),
        r"(?:force|forced|push|pushed|squeeze|squeezed) (?:\w+ ){0,2}prices? down",
    ),
    "resell": (
        "ban lai",
        "kiem loi",
        "lay loi",
        "an loi",
        "an chenh lech",
        "an chan",
        "kiem chac",
        "truc loi",
        "kiem tien",
        "ban cho dan",
        r"in (?:ra |roi )ban",
        "resell",
    ),
}
# Applied in this order, so "nộp phạt" is a fine, not a payment, and "đăng ký mất" ownership.
GROUPS = (
    "own",
    "fine",
    "force",
    "arrest",
    "bribe",
    "scam",
    "rename",
    "price",
    "resell",
    "destroy",
    "seize",
    "sue",
    "tax",
    "sell",
    "lower",
    "wait",
    "remove",
    "ban",
    "pay",
    # Groups an outside registry brought later (claimacts.py) come last, so the older groups
    # keep their bits and their tokens' n-grams ("q12q" shares " q1" with "q1q").
    *LATER_PREDICATES,
)
PREDICATES.update(LATER_PREDICATES)
for _group, _more in MORE_WORDS.items():
    PREDICATES[_group] += _more
assert set(GROUPS) == set(PREDICATES)
