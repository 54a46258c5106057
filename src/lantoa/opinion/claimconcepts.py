"""The campaign's concepts in the words villagers use for them, written as one form (#18, H60).

A rumour retold "in other words" keeps its act and object but names them as people do: the
geographical indication is "tem vùng" or "tên vùng", a collective mark "tem chung", a
filing "gửi hồ sơ", a lorry "cái tải", a phone "smartphone", stars "mấy ngôi". The act
groups (claimwords.py, claimacts.py) already make one word of each act; this hand-written
thesaurus does the same for the domain's objects, products, places and authorities, from
Vietnamese usage, not from any claim. claimsyn.py applies it with its own table (one home
for synonyms), on folded text, whole words only, longest form first. Each entry: its slot
(object, product, place, authority), the form written, and the folded forms it stands for.
Words that fold onto others are left out or written with the word beside them: "trà" is
also "trả" and "kiểm tra" (so "búp trà", "lá trà"), "ngôi" also "ngồi" (so "ba ngôi"),
"truyện" also "tuyên truyền" (so "cuốn truyện"), "mác" also "mắc ca" and "mặc".
"""

from __future__ import annotations

import re
from functools import lru_cache

OBJECT, PRODUCT, PLACE, AUTHORITY = "object", "product", "place", "authority"

CONCEPTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # The geographical indication, as its stamp or "the region's name".
    (OBJECT, "chi dan dia ly", ("cddl", "tem vung", "ten vung", "nhan vung", "tem dia ly")),
    # A collective mark: the shared stamp, logo or name of a cooperative or a district.
    (
        OBJECT,
        "nhan hieu tap the",
        ("tem chung", "nhan chung", "logo chung", "ten chung", "nhan hieu chung", "mac chung"),
    ),
    # A mark: the goods' name or label as a seller says it.
    (OBJECT, "nhan hieu", ("ten hang", "mac hang", "ten thuong mai", "nhan hang")),
    # A protection title: the paper that grants the exclusive right.
    (
        OBJECT,
        "van bang",
        (
            *("giay doc quyen", "bang doc quyen", "giay bao ho", "bang bao ho", "giay chung nhan"),
            *("giay cong nhan", "to cong nhan", "to chung nhan", "bang cong nhan"),
        ),
    ),
    # OCOP stars counted as "ngôi" or "hạng … sao".
    (
        OBJECT,
        "sao",
        (
            "ngoi sao",
            *(f"{n} ngoi" for n in ("mot", "hai", "ba", "bon", "nam", "may", "3", "4", "5")),
        ),
    ),
    # A filing: the papers sent to the office.
    (OBJECT, "nop don", ("gui ho so", "gui don", "gui giay to")),
    # The electricity bill.
    (OBJECT, "tien dien", ("hoa don dien", "tien cong to", "hoa don tien dien")),
    # A library, a reading room.
    (OBJECT, "thu vien", ("phong doc", "tu truyen", "kho sach")),
    # Books read or lent: "cuốn/quyển truyện", "truyện tranh".
    (OBJECT, "sach", ("cuon truyen", "quyen truyen", "truyen tranh", "cuon sach", "quyen sach")),
    # A state school.
    (OBJECT, "truong cong", ("truong nha nuoc", "truong cong lap")),
    # A photo posted: "up hình", "đăng hình".
    (OBJECT, "dang anh", ("up hinh", "up anh", "dang hinh", "khoe hinh", "khoe anh")),
    # A video filmed: "quay clip", "ghi hình", "quay phim".
    (OBJECT, "quay video", ("quay clip", "quay phim", "ghi hinh")),
    # Imitations in street words; kept apart from counterfeits ("hàng giả"), as registries keep
    # them (#18, H43: written as "hàng giả" they cost dev10 two items).
    (
        OBJECT,
        "hang nhai",
        ("do nhai", "do rom", "hang rom", "do copy", "hang copy", "do fake", "hang fake"),
    ),
    # Everyday names of the things rumours turn on, from ordinary usage (#18, dev29): a
    # surveillance camera is a "mắt thần" or "máy quay"; a receipt a "biên lai", "biên nhận" or
    # "phiếu thu"; a café's menu its "bảng giá"; fertiliser "phân đạm" (not "bao đạm": "bảo
    # đảm"); a fair an exhibition; a conduct mark "đạo đức"; pirated software "bẻ khóa",
    # "chép lậu" (not bare "lậu": "lâu"; not "crack", an English word: a dev10 warning on
    # cracked apps then matched a claim on them); heads of state by their titles; a gift
    # "quà biếu" (not "làm quà": "làm quá"); twice the price "gấp hai", "x2"; propagating a
    # plant by cuttings; a century-old tree; arabica and robusta by their Vietnamese names
    # ("cà phê chè", "cà phê vối"); a good-practice certificate "chuẩn GAP"; scientists for a
    # research institute; joining as "gia nhập"; genuine goods "đồ xịn".
    (OBJECT, "camera", ("mat than", "mat dien tu", "may quay", "camera giam sat")),
    (OBJECT, "hoa don", ("bien lai", "bien nhan", "phieu thu", "phieu mua hang", "hoa don do")),
    (OBJECT, "thuc don", ("menu", "bang gia", "to gia", "bang do uong")),
    (OBJECT, "phan bon", ("phan dam", "phan lan", "phan kali", "phan npk", "bao phan")),
    (OBJECT, "hoi cho", ("trien lam", "hoi trien lam")),
    (OBJECT, "hanh kiem", ("dao duc", "diem dao duc", "diem ren luyen")),
    (OBJECT, "ban quyen", ("be khoa", "chep lau", "phan mem lau", "ban lau", "xai lau")),
    (
        AUTHORITY,
        "nguyen thu",
        ("tong thong", "thu tuong", "chu tich nuoc", "quoc vuong", "lanh dao nuoc ngoai"),
    ),
    (OBJECT, "qua tang", ("qua bieu", "do bieu")),
    (OBJECT, "gap doi", ("gap hai", "gap 2", "x2", "nhan doi")),
    (OBJECT, "nhan giong", ("giam canh", "chiet canh", "cat canh", "uom cay", "uom giong")),
    (OBJECT, "co thu", ("tram tuoi", "tram nam tuoi", "nghin nam tuoi", "cay gia")),
    (PRODUCT, "arabica", ("ca phe che",)),
    (PRODUCT, "robusta", ("ca phe voi", "hat voi")),
    (OBJECT, "vietgap", ("chuan gap", "tieu chuan gap", "viet gap", "globalgap")),
    (AUTHORITY, "vien nghien cuu", ("nha khoa hoc", "vien khoa hoc")),
    (OBJECT, "tham gia", ("gia nhap", "vao hoi")),
    (OBJECT, "chinh hang", ("hang xin", "do xin", "hang that", "hang auth")),
    # A land-use certificate ("bìa đỏ", "sổ hồng"); cosmetics by what they are; Facebook as
    # "fb" (not the social networks as one: a claim on one then matched talk of another, dev11,
    # dev17, dev26); a village head of a "thôn", "xóm" or "bản"; an internet café as a game
    # room; a lab test; an emblem as a mascot; asking leave as asking someone's say.
    (OBJECT, "so do", ("bia do", "so hong", "giay do")),
    (
        PRODUCT,
        "my pham",
        ("son phan", "kem duong", "son moi", "do duong da", "do trang diem", "kem tri mun"),
    ),
    (OBJECT, "facebook", ("fb",)),
    (AUTHORITY, "truong ban", ("truong thon", "truong xom", "truong ap")),
    (
        PRODUCT,
        "quan internet",
        ("quan net", "tiem net", "phong net", "phong game", "tiem game", "quan game"),
    ),
    (OBJECT, "kiem nghiem", ("xet nghiem", "kiem dinh", "phan tich mau")),
    (OBJECT, "bieu tuong", ("linh vat",)),
    (OBJECT, "xin phep", ("hoi y", "xin y kien")),
    # Health insurance as its card; plastic and glass bottles by their material; a foreign
    # name ("tên tây", "chữ nước ngoài") for English; school fees as the school's money
    # (not software by its names, "Windows", "Office": a dev28 rebuttal was lost).
    (OBJECT, "bao hiem y te", ("bhyt", "the kham", "the bao hiem", "the y te")),
    (OBJECT, "chai nhua", ("binh pet", "chai pet", "binh nhua", "vo nhua")),
    (OBJECT, "thuy tinh", ("binh kinh", "chai kinh", "lo kinh")),
    (OBJECT, "tieng anh", ("ten tay", "chu tay", "chu nuoc ngoai", "tieng nuoc ngoai")),
    (OBJECT, "hoc phi", ("tien hoc", "tien truong")),
    # Packaging: the box, bag or tin goods are sold in.
    (OBJECT, "bao bi", ("vo hop", "vo bao", "vo dung", "tui dung", "bich dung")),
    # Takings: what a seller earns.
    (OBJECT, "doanh thu", ("tien lai", "tien thu duoc", "tien ban hang")),
    # A party member.
    (AUTHORITY, "dang vien", ("co the dang", "vao dang")),
    # The campaign's names and things, written as they are: what a rumour and its retelling
    # share beside the act (claimgate reads them as slots; they add no n-gram).
    *(
        (OBJECT, word, ())
        for word in (
            "ocop",
            "ban quyen",
            "zalo",
            "tiktok",
            "youtube",
            "sang che",
            "sang kien",
            "giay phep",
            "tem",
            "logo",
            "hang gia",
            "hoc sinh",
            "giao vien",
            "shopee",
            "video",
            "bai hat",
            "phim",
            "ruong",
        )
    ),
    *(
        (PRODUCT, word, ())
        for word in (
            "gao",
            "mien dong",
            "mat ong",
            "thit trau",
            "ruou",
            "tho cam",
            "thao qua",
            "ca phe",
            "mac ca",
        )
    ),
    *(
        (PLACE, word, ())
        for word in (
            "dien bien",
            "muong thanh",
            "tua chua",
            "muong ang",
            "phinh giang",
            "muong nhe",
            "sin chai",
            "ta phin",
            "muong cha",
            "tuan giao",
            "lai chau",
            "son la",
            "ha noi",
            "trung quoc",
            "thai lan",
        )
    ),
    *(
        (AUTHORITY, word, ())
        for word in ("uy ban", "cuc so huu tri tue", "so khoa hoc", "ket luan 51")
    ),
    # A vehicle: a car, a lorry, a pick-up.
    (
        PRODUCT,
        "xe",
        ("o to", "oto", "xe hoi", "xe tai", "ban tai", "xe ban tai", "dau keo"),
    ),
    # A phone.
    (PRODUCT, "dien thoai", ("smartphone", "dien thoai di dong", "di dong")),
    # Tea: "trà" only beside its leaves, buds, trees or kilns.
    (
        PRODUCT,
        "che",
        ("bup tra", "la tra", "cay tra", "lo tra", "doi tra", "nuong tra", "hai tra", "xao tra"),
    ),
    # Coffee.
    (PRODUCT, "ca phe", ("cafe", "ca fe", "hat ca", "ca xay", "ca rang")),
    # Paddy: "thóc" is the rice grain before milling.
    (PRODUCT, "lua", ("thoc",)),
    # Macadamia.
    (PRODUCT, "mac ca", ("macca", "hat mac")),
    # The crop seasons: winter-spring ("đông xuân", "vụ chiêm", "vụ xuân") and the main one
    # ("vụ mùa", harvested in autumn: "vụ thu", "vụ cuối năm").
    (OBJECT, "vu chiem xuan", ("vu dong xuan", "vu chiem", "vu xuan", "lua chiem", "vu dau nam")),
    (OBJECT, "vu mua", ("vu thu", "vu cuoi nam", "lua mua", "vu thu dong")),
    # Football shirts and clubs.
    (PRODUCT, "doi bong", ("clb bong da", "cau lac bo bong da")),
    (PRODUCT, "ao", ("ao dau", "do da banh", "do da bong", "ao da banh", "ao da bong")),
    # A restaurant and its owner ("nhà hàng xóm" is the neighbour's house).
    (PLACE, "hang xom", ("nha hang xom",)),
    (PRODUCT, "quan an", ("nha hang", "tiem an", "hang an", "quan com", "tiem com")),
    (AUTHORITY, "chu quan", ("chu nha hang", "chu tiem", "chu hang an", "chu quan an")),
    # A harvester: "máy cắt lúa", "máy gặt đập".
    (PRODUCT, "may gat", ("may cat lua", "may gat dap", "may gat lua")),
    # Market officers.
    (AUTHORITY, "quan ly thi truong", ("doi thi truong", "doi quan ly thi truong")),
    # The police, traffic police included.
    (AUTHORITY, "cong an", ("canh sat", "csgt")),
    # Officials: a civil servant is a "cán bộ" to a villager.
    (AUTHORITY, "can bo", ("cong chuc", "quan chuc")),
    # The party cell and its committee.
    (AUTHORITY, "chi bo", ("chi uy",)),
    # The province's paper.
    (AUTHORITY, "bao tinh", ("bao dien bien phu", "bao dien bien", "to dien bien phu")),
)

# Stars are read as a slot only beside a number, "ngôi" or an act on them: a bare "sao" is also
# "why", "roast" (tea) and "copy" ("… đóng tiền duy trì sao, thật không?", a dev18 question).
# Nor are "lúa" ("lừa đảo"), "chè" ("chê", "sáng chế"), "áo" ("ao", "ảo") or "sách" ("danh
# sách", "sạch") read bare.
_STARS = r"(?:\d|mot|hai|ba|bon|nam|may|ngoi|hang|gan|rut|ha|tut|tuoc|mat|len|xuong) sao"
_BARE_AMBIGUOUS = frozenset(("sao", "lua", "che", "ao", "sach"))
_CONCEPT_OF = {
    form: written
    for _slot, written, forms in CONCEPTS
    for form in (written, *forms)
    if form not in _BARE_AMBIGUOUS
}
_CONCEPT = re.compile(
    r"(?<![a-z0-9])(?:"
    + "|".join(re.escape(f) for f in sorted(_CONCEPT_OF, key=len, reverse=True))
    + "|"
    + _STARS
    + r")(?![a-z0-9])"
)


@lru_cache(maxsize=8192)
def concepts_of(folded: str) -> frozenset[str]:
    """Return the concepts a folded text names, in its own words or the villagers'."""
    named = frozenset(_CONCEPT_OF.get(m.group(0), "sao") for m in _CONCEPT.finditer(folded))
    # Stars counted are OCOP's stars: "hàng gắn sao", "bốn ngôi" name the programme.
    return named | {"ocop"} if "sao" in named else named
