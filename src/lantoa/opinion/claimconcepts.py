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

OBJECT, PRODUCT, PLACE, AUTHORITY = "object", "product", "place", "authority"

CONCEPTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # The geographical indication, as its stamp or "the region's name".
    (OBJECT, "chi dan dia ly", ("cddl", "tem vung", "ten vung", "nhan vung", "tem dia ly")),
    # A collective mark: the shared stamp, logo or name of a cooperative or a district.
    (
        OBJECT,
        "nhan hieu tap the",
        ("tem chung", "nhan chung", "logo chung", "ten chung", "nhan hieu chung"),
    ),
    # A mark: the goods' name or label as a seller says it.
    (OBJECT, "nhan hieu", ("ten hang", "mac hang", "ten thuong mai", "nhan hang")),
    # A protection title: the paper that grants the exclusive right.
    (
        OBJECT,
        "van bang",
        ("giay doc quyen", "bang doc quyen", "giay bao ho", "bang bao ho", "giay chung nhan"),
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
    (PRODUCT, "ca phe", ("cafe", "ca fe", "hat ca")),
    # Paddy: "thóc" is the rice grain before milling.
    (PRODUCT, "lua", ("thoc",)),
    # Macadamia.
    (PRODUCT, "mac ca", ("macca",)),
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
    # Officials: a civil servant is a "cán bộ" to a villager.
    (AUTHORITY, "can bo", ("cong chuc", "quan chuc")),
    # The party cell and its committee.
    (AUTHORITY, "chi bo", ("chi uy",)),
    # The province's paper.
    (AUTHORITY, "bao tinh", ("bao dien bien phu", "bao dien bien", "to dien bien phu")),
)
