"""How a header's upper-case lines name the issuing body: which line, in what case."""

from __future__ import annotations

import re

# Each phrase of an organisation's name, and how it is written inside a title-case name.
_PROPER_PHRASES = {
    # The Youth Union's central committee ("Trung ương Đoàn"), before "trung ương" alone.
    "trung ương đoàn": "Trung ương Đoàn",
    "tỉnh ủy": "Tỉnh ủy",
    "tỉnh uỷ": "Tỉnh uỷ",
    "thành ủy": "Thành ủy",
    "thành uỷ": "Thành uỷ",
    "huyện ủy": "Huyện ủy",
    "huyện uỷ": "Huyện uỷ",
    "đảng ủy": "Đảng ủy",
    "đảng uỷ": "Đảng uỷ",
    "tuyên giáo": "Tuyên giáo",
    "dân vận": "Dân vận",
    "trung ương": "Trung ương",
    "thường vụ": "Thường vụ",
    "tuyên huấn": "Tuyên huấn",
    "tổ chức": "Tổ chức",
    "kiểm tra": "Kiểm tra",
    "mặt trận tổ quốc": "Mặt trận Tổ quốc",
    "nội chính": "Nội chính",
    "chính sách": "Chính sách",
    "xây dựng đảng": "Xây dựng Đảng",
    "bộ chính trị": "Bộ Chính trị",
    "việt nam": "Việt Nam",
    "chính phủ": "Chính phủ",
    # A department's field is capitalised word group by word group (Nghị định 30/2020, phụ lục I).
    "giáo dục và đào tạo": "Giáo dục và Đào tạo",
    "văn hóa, thể thao và du lịch": "Văn hóa, Thể thao và Du lịch",
    "văn hoá, thể thao và du lịch": "Văn hoá, Thể thao và Du lịch",
    "tài nguyên và môi trường": "Tài nguyên và Môi trường",
    "khoa học và công nghệ": "Khoa học và Công nghệ",
    "thông tin và truyền thông": "Thông tin và Truyền thông",
    "kế hoạch và đầu tư": "Kế hoạch và Đầu tư",
    "công thương": "Công Thương",
    "nông nghiệp và phát triển nông thôn": "Nông nghiệp và Phát triển nông thôn",
    "nông nghiệp và môi trường": "Nông nghiệp và Môi trường",
    "lao động - thương binh và xã hội": "Lao động - Thương binh và Xã hội",
    "văn hóa và thông tin": "Văn hóa và Thông tin",
    "văn hóa - thông tin": "Văn hóa - Thông tin",
    "văn hóa - thể thao": "Văn hóa - Thể thao",
    "văn hóa và thể thao": "Văn hóa và Thể thao",
    # Abbreviations with a vowel, which the rule for all-consonant ones ("HĐND") misses.
    "ubnd": "UBND",
    "ubmttq": "UBMTTQ",
    "mttq": "MTTQ",
    "tncs": "TNCS",
    "ubkt": "UBKT",
    "hồ chí minh": "Hồ Chí Minh",
    # The Youth Union is "Đoàn" inside a committee's name.
    "bch đoàn": "BCH Đoàn",
    "ban chấp hành đoàn": "Ban Chấp hành Đoàn",
}
# The word after a unit's kind starts its name ("Sở Tư pháp", "Phòng Tham mưu", "Cục Quản lý …",
# a ministry's "Bộ Tài chính").
_UNIT_KINDS = ("sở", "phòng", "cục", "vụ", "ban", "trung tâm", "chi cục", "tổng cục", "hội", "bộ")
# After a school's level its own name follows ("Trường THCS Sen Thượng").
_SCHOOL_LEVELS = ("thcs", "thpt", "th", "tiểu học", "mầm non", "ptdtbt", "ptdtnt")
_PLACE_TRIGGERS = (
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "xã",
    "phường",
    "thị xã",
    "tỉnh ủy",
    "tỉnh uỷ",
    "thành ủy",
    "huyện ủy",
    "đặc khu",
)


def lower_keeping(text: str, phrases: dict[str, str]) -> str:
    """Return text lower-cased with its spaces folded and each listed phrase written as given."""
    low = re.sub(r"\s+", " ", text.strip().lower())
    for phrase, cased in phrases.items():
        low = re.sub(rf"(?<!\w){phrase}(?!\w)", cased, low)
    return low


def org_case(text: str) -> str:
    """Return an upper-case organisation name in Vietnamese title conventions."""
    low = lower_keeping(text, _PROPER_PHRASES)
    upper_words = text.split()
    words = low.split(" ")
    for i, orig in enumerate(upper_words):
        if (
            i < len(words)
            and len(orig) >= 2
            and orig.isupper()
            and not re.search(
                r"[AEIOUYĂÂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]", orig
            )
        ):
            words[i] = orig
    _capitalise_unit_names(words)
    last_trigger = -1
    for i in range(len(words)):
        for trig in (*_PLACE_TRIGGERS, *_SCHOOL_LEVELS):
            n = len(trig.split())
            # "TỈNH ỦY" closing the name is the committee, not the province "Tỉnh Ủy"; "XÃ HỘI"
            # is society ("Thương binh và Xã hội"), not a commune named "Hội".
            if i + n < len(words) and words[i + n].lower() in ("ủy", "uỷ"):
                continue
            if trig == "xã" and " ".join(words[i : i + 2]).lower() == "xã hội":
                after = words[i + 2].lower() if i + 2 < len(words) else ""
                if not after or any(t.split()[0] == after for t in _PLACE_TRIGGERS):
                    continue
            if " ".join(words[i : i + n]).lower() == trig and i + n < len(words):
                last_trigger = max(last_trigger, i + n)
    if last_trigger >= 0:
        words[last_trigger:] = [w[:1].upper() + w[1:] for w in words[last_trigger:]]
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def _capitalise_unit_names(words: list[str]) -> None:
    """Capitalise a unit's kind inside a name ("Đảng ủy Sở …") and the word its name starts with."""
    for i, word in enumerate(words[:-1]):
        for kind in _UNIT_KINDS:
            n = len(kind.split())
            if " ".join(words[i : i + n]).lower() != kind or i + n >= len(words):
                continue
            # "Ủy ban" is one word for a committee, not a board named after "Ủy"; "Bộ đội" is
            # the troops, not a ministry named after "Đội".
            if kind == "ban" and i and words[i - 1].lower() in ("ủy", "uỷ"):
                continue
            if kind == "bộ" and words[i + 1].lower() == "đội":
                continue
            if i and words[i - 1].lower() in ("ủy", "uỷ"):
                words[i] = word[:1].upper() + word[1:]
            if i == 0 or words[i][:1].isupper():
                nxt = words[i + n]
                words[i + n] = nxt[:1].upper() + nxt[1:]


_CHILD_ORG = re.compile(
    r"^(?:BAN\s|VĂN PHÒNG|ỦY BAN KIỂM TRA|UỶ BAN KIỂM TRA|SỞ\s|PHÒNG\s|TRUNG TÂM|TRƯỜNG\s)"
)
_PARENT_ORG = re.compile(
    r"^(?:TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|ĐẢNG ỦY|ĐẢNG UỶ|"
    r"BAN CHẤP HÀNH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|ỦY BAN MTTQ|ỦY BAN MẶT TRẬN|"
    r"UỶ BAN MTTQ|UỶ BAN MẶT TRẬN|ĐẢNG ĐOÀN|BAN CÁN SỰ)"
)


_PEOPLES_COMMITTEE_RE = re.compile(
    r"^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s(?=TỈNH|THÀNH PHỐ|HUYỆN)"
)
_CHILD_OF_COMMITTEE_RE = re.compile(r"^(?:SỞ|PHÒNG)\s")


# A lower header line that is a body in its own right, not a unit named after the one above:
# "ĐẢNG BỘ TỈNH ĐIỆN BIÊN" over "ĐẢNG ỦY XÃ THANH NƯA" is issued by the commune's committee
# alone (the upper line names the body it answers to, Hướng dẫn 36-HD/VPTW; Nghị định 30).
_COMMITTEE_CHILD_RE = re.compile(
    r"^(?:ĐẢNG (?:ỦY|UỶ)|CHI BỘ|CHI (?:ỦY|UỶ)|(?:HUYỆN|THÀNH|QUẬN|THỊ|TỈNH) (?:ỦY|UỶ))\s"
)
_NAMED_CHILD_RE = re.compile(
    # "BCH ĐOÀN TRƯỜNG THPT …", "CHI ĐOÀN …": a Youth Union branch's committee names itself.
    r"^(?:TRƯỜNG|CỤC|CHI CỤC|TỔNG CỤC|BỆNH VIỆN|HỌC VIỆN|VIỆN|(?:BCH|BAN CHẤP HÀNH) ĐOÀN|"
    r"CHI ĐOÀN)\s"
)
# The first words of a body's name on a header line; any other line ends the name above it
# ("TRƯỜNG CAO ĐẲNG CÔNG NGHỆ" / "THỦ ĐỨC", "ỦY BAN NHÂN DÂN" / "TỈNH ĐIỆN BIÊN").
_BODY_HEAD_RE = re.compile(
    r"^(?:ỦY|UỶ|UBND|UBMTTQ|SỞ|BAN|BỘ|ĐẢNG|CHI BỘ|CHI ĐOÀN|PHÒNG|TRUNG TÂM|VĂN PHÒNG|CỤC|"
    r"CHI CỤC|TỔNG|HỘI|ĐOÀN|MẶT TRẬN|CÔNG AN|BCH|BTV|HĐND|VIỆN|HỌC VIỆN|TRƯỜNG|LIÊN|LĐLĐ|"
    r"CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|KHỐI|CƠ QUAN|NGÂN HÀNG|KHO BẠC|BẢO HIỂM|TÒA|TẬP ĐOÀN|"
    r"BỆNH VIỆN|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) (?:ỦY|UỶ|ĐOÀN))\b"
)
# "SỞ Y TẾ TỈNH …", "ỦY BAN MTTQ TỈNH …", "LĐLĐ HUYỆN …": a body whose line names its own place.
_PLACED_CHILD_RE = re.compile(
    r"^(?:BAN|SỞ|PHÒNG|TRUNG TÂM|ỦY BAN|UỶ BAN|UBND|UBMTTQ|HỘI|LIÊN ĐOÀN|LĐLĐ|CÔNG AN|BCH|"
    r"BAN CHẤP HÀNH|ĐOÀN|VĂN PHÒNG)\s.*\b(?:TỈNH|HUYỆN|XÃ|PHƯỜNG|THÀNH PHỐ|QUẬN|THỊ XÃ|"
    r"THỊ TRẤN|ĐẶC KHU)\s(?!ỦY|UỶ)"
)


# "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG", "TỈNH ỦY LÀO CAI BAN TUYÊN GIÁO": a Party committee and
# its board copied onto one line, read as the two lines the header prints.
_JOINED_CHILD_RE = re.compile(
    r"^(?P<parent>(?:BAN CHẤP HÀNH TRUNG ƯƠNG(?: ĐẢNG)?|(?:TỈNH|THÀNH|HUYỆN|QUẬN|ĐẢNG) (?:ỦY|UỶ)"
    r"(?: [^\s]+){1,6}?))\s"
    r"(?P<child>(?:BAN (?!CHẤP HÀNH|THƯỜNG VỤ)|VĂN PHÒNG|(?:ỦY|UỶ) BAN KIỂM TRA).*)$"
)

# "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN": a ministry and its department run onto one line (a crawled
# header); the department issues.
_MINISTRY_CHILD_RE = re.compile(r"^(?P<parent>BỘ(?:\s\S+){1,5}?)\s(?P<child>(?:TỔNG CỤC|CỤC)\s.+)$")


_CHAIRED_RE = re.compile(
    r"CHỦ TỊCH (?P<body>(?:ỦY|UỶ) BAN NHÂN DÂN (?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG) .+)"
)


def issuer_from_org(org: list[str]) -> str:
    """Return the issuing body's name from the header's upper-case lines, upper first."""
    # A list mark or a typist's stray "/" or "*" before the first letter is no part of the name.
    org = _whole_names([line.lstrip("-•/\\* ").strip() for line in org])
    # "CHỦ TỊCH ỦY BAN / NHÂN DÂN / TỈNH GIA LAI" (or "… ỦY / BAN NHÂN DÂN …"): the chairman decides
    # for the People's Committee, which is the issuer.
    if chaired := _CHAIRED_RE.fullmatch(re.sub(r"\s+", " ", " ".join(org))):
        org = [chaired.group("body")]
    joined = (_JOINED_CHILD_RE.match(org[0]) or _MINISTRY_CHILD_RE.match(org[0])) if org else None
    if len(org) == 1 and joined is not None:
        org = [joined.group("parent"), joined.group("child")]
    child = org[-1]
    if len(org) >= 2 and (
        _COMMITTEE_CHILD_RE.match(child)
        or _NAMED_CHILD_RE.match(child)
        or _PLACED_CHILD_RE.match(child)
    ):
        return org_case(child)
    if len(org) >= 2 and _CHILD_ORG.match(child) and _PARENT_ORG.match(" ".join(org[:-1])):
        parent = " ".join(org[:-1])
        # A central board is named "… Trung ương", not after the Central Committee's full name;
        # its office is the "Văn phòng Trung ương Đảng" (VPTW), as every annotation names it.
        if re.fullmatch(r"BAN CHẤP HÀNH TRUNG ƯƠNG(?: ĐẢNG)?", parent):
            return (
                "Văn phòng Trung ương Đảng"
                if child == "VĂN PHÒNG"
                else f"{org_case(child)} Trung ương"
            )
        # "UBND TỈNH THỪA THIÊN HUẾ" over "SỞ GIÁO DỤC VÀ ĐÀO TẠO": a department is named after
        # its province ("Sở … tỉnh Thừa Thiên Huế"), not after the People's Committee above it.
        where = _PEOPLES_COMMITTEE_RE.sub("", parent)
        if where != parent and _CHILD_OF_COMMITTEE_RE.match(child):
            return f"{org_case(child)} {_level_lower(org_case(where))}"
        return f"{org_case(child)} {org_case(parent)}"
    # "CÔNG AN TỈNH ĐIỆN BIÊN" over "PHÒNG THAM MƯU": a unit goes before the body it belongs to.
    if len(org) >= 2 and _CHILD_ORG.match(child):
        return f"{org_case(child)} {org_case(' '.join(org[:-1]))}"
    return org_case(" ".join(org))


def _level_lower(place: str) -> str:
    """Return a place with its level in lower case, as it stands inside a name ("tỉnh Huế")."""
    return re.sub(r"^(Tỉnh|Thành phố|Huyện|Quận|Thị xã)\b", lambda m: m.group(1).lower(), place)


def _whole_names(org: list[str]) -> list[str]:
    """Return the header's lines with a name wrapped onto the next line put back on one."""
    out: list[str] = []
    for line in org:
        # A lone word above ("ỦY" / "BAN NHÂN DÂN") is a name cut in its middle.
        if out and (not _BODY_HEAD_RE.match(line) or len(out[-1].split()) == 1):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    # "BỘ KẾ HOẠCH VÀ ĐẦU TƯ" over "BỘ KẾ HOẠCH VÀ ĐẦU TƯ": a gazette prints the body's name as
    # its heading above the document's own header; the same name twice is one body.
    return [name for k, name in enumerate(out) if k == 0 or _folded(name) != _folded(out[k - 1])]


def _folded(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()
