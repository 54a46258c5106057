"""Dissemination forms (channels), target audiences and unit kinds of task groups.

Channel choices: "báo" on its own (not "báo cáo", "báo chí", "thông báo", "báo điện tử") means
the printed newspaper -> ``print``; "đài" means the broadcaster -> both ``radio`` and ``tv``;
"loa phát thanh/truyền thanh" -> ``loudspeaker`` only (never ``radio``).
"""

from __future__ import annotations

import re

from .model import ParsedChannel

_W = r"(?:\s[^\s,;.:()]+){0,3}"  # up to three following words, stopping at punctuation

CHANNEL_PATTERNS: list[tuple[str, str]] = [
    ("conference", rf"hội nghị{_W}|hội thảo{_W}|tọa đàm{_W}|toạ đàm{_W}"),
    ("cell_meeting", rf"sinh hoạt (?:chi bộ|định kỳ|chuyên đề){_W}"),
    (
        "print",
        r"báo in|báo giấy|bản tin(?:\s[^\s,;.:()]+){0,2}|tạp chí|ấn phẩm|đặc san|"
        r"(?<!thông )(?<!cảnh )(?<!dự )(?<!phản )(?<!thông\s)\bbáo\b"
        r"(?!\s(?:cáo|chí|điện tử|và Phát thanh|Điện Biên))",
    ),
    (
        "online",
        r"báo điện tử|trang thông tin điện tử|cổng thông tin(?: điện tử)?|website|trang web|"
        r"internet|trang tin điện tử",
    ),
    ("radio", r"(?<!loa )(?<!đài )phát thanh|\bđài\b(?!\s(?:truyền thanh|tưởng|phun))"),
    ("tv", r"truyền hình|\bđài\b(?!\s(?:truyền thanh|tưởng|phun|phát thanh))"),
    (
        "social",
        r"mạng xã hội(?:\s[^\s,;.:()]+){0,2}|zalo|fanpage|facebook|tiktok|youtube|"
        r"không gian mạng",
    ),
    (
        "leaflet",
        r"tờ rơi|tờ gấp|tài liệu(?:\s[^\s,;.:()]+){0,2}|pa[- ]?nô|panô|áp phích|băng rôn|"
        r"khẩu hiệu|cờ phướn|tranh cổ động|sổ tay",
    ),
    ("podcast", r"podcast"),
    ("video", r"video(?:\s[^\s,;.:()]+){0,1}|clip|phim tài liệu"),
    (
        "loudspeaker",
        r"loa (?:phát thanh|truyền thanh)(?:\s[^\s,;.:()]+){0,2}|truyền thanh cơ sở|"
        r"đài truyền thanh(?:\s[^\s,;.:()]+){0,2}",
    ),
    (
        "oral",
        r"báo cáo viên|tuyên truyền viên|tuyên truyền miệng|nói chuyện chuyên đề|"
        r"thông tin thời sự",
    ),
]
_CHANNEL_RES = [(code, re.compile(p, re.IGNORECASE)) for code, p in CHANNEL_PATTERNS]
CHANNEL_ORDER = [code for code, _ in CHANNEL_PATTERNS]


# Proper names that contain a channel word but are something else: the phone app "Sổ tay đảng
# viên điện tử" is read online; a named site, page or app ("website Báo cáo viên", "Trang
# thông tin điện tử tổng hợp Báo cáo viên", a quoted title) lends its kind, not its name's words.
_APP_RE = re.compile(
    r"(?:ứng dụng\s)?(?:\"|“)?Sổ tay đảng viên(?: điện tử)?(?:\"|”)?", re.IGNORECASE
)
_NAMED_RE = re.compile(
    r"(?P<kind>(?i:website|trang web|trang thông tin điện tử(?: tổng hợp)?|trang tin(?: điện tử)?|"
    r"cổng thông tin(?: điện tử)?|chuyên trang|chuyên mục|ứng dụng|app|fanpage|tài khoản))"
    r"\s(?P<name>(?:\"[^\"]{1,60}\"|“[^”]{1,60}”|[A-ZĐÀ-Ỹ][^\s,;.:()]*(?:\s[^\s,;.:()]+){0,3}))",
)
_QUOTED_RE = re.compile(r"\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”")


def _mask_names(text: str) -> tuple[str, bool]:
    """Return text with proper names blanked (same length) and whether a phone app is named."""
    app = bool(_APP_RE.search(text))
    text = _APP_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = _NAMED_RE.sub(lambda m: m.group("kind") + " " + " " * len(m.group("name")), text)
    return _QUOTED_RE.sub(lambda m: " " * len(m.group(0)), text), app


def find_channels(text: str) -> list[ParsedChannel]:
    """Return each channel code found in the forms text once, with the matched phrase."""
    found: dict[str, tuple[int, str]] = {}
    original = text
    text, app = _mask_names(text)
    if app:
        m = _APP_RE.search(original)
        if m:
            found["online"] = (m.start(), m.group(0).strip(' "“”'))
    for code, regex in _CHANNEL_RES:
        m = regex.search(text)
        if m and code not in found:
            found[code] = (m.start(), original[m.start() : m.end()].strip())
    return [
        ParsedChannel(code=code, text=found[code][1]) for code in CHANNEL_ORDER if code in found
    ]


# ---------------------------------------------------------------- audiences

AUDIENCE_TERMS = [
    r"cán bộ,? chiến s[ỹĩ](?: thuộc)?(?: các)? lực lượng vũ trang",
    r"cán bộ,? chiến s[ỹĩ]",
    r"cán bộ",
    r"đảng viên",
    r"công chức",
    r"viên chức",
    r"đoàn viên",
    r"hội viên",
    r"người lao động",
    r"công nhân(?: lao động)?",
    r"cộng đồng doanh nghiệp",
    r"doanh nghiệp",
    r"doanh nhân",
    r"hợp tác xã",
    r"hộ sản xuất,? kinh doanh",
    r"hộ sản xuất",
    r"hộ kinh doanh",
    r"học sinh",
    r"sinh viên",
    r"thanh niên",
    r"thiếu niên",
    r"phụ nữ",
    r"nông dân",
    r"cựu chiến binh",
    r"đồng bào(?: các)? dân tộc(?: thiểu số)?",
    r"người có uy tín",
    r"chức sắc,? chức việc",
    r"(?:các|mọi) tầng lớp [Nn]hân dân",
    r"(?<!ban )(?<!đồng )Nhân dân",
]
_AUDIENCE_RE = re.compile("|".join(f"(?:{t})" for t in AUDIENCE_TERMS))


def find_audiences(texts: list[str]) -> list[str]:
    """Return the deduplicated audience phrases named in the given texts, in order."""
    seen: set[str] = set()
    out: list[str] = []
    for text in texts:
        for m in _AUDIENCE_RE.finditer(text):
            phrase = m.group(0)
            key = phrase.lower().replace("chiến sĩ", "chiến sỹ")
            if not any(key in have for have in seen):
                seen.add(key)
                out.append(phrase)
    return out


# ---------------------------------------------------------------- unit kinds

_KIND_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "central_press",
        re.compile(
            r"(?:báo chí|phóng viên|cơ quan thường trú)[^.;]{0,40}Trung ương|"
            r"Trung ương thường trú",
            re.IGNORECASE,
        ),
    ),
    (
        "press",
        re.compile(
            r"cơ quan báo chí(?![^.;]{0,30}Trung ương)|ấn phẩm báo chí|Báo và Phát thanh|"
            r"Đài Phát thanh|^Báo [A-ZĐ]|cổng thông tin điện tử|truyền hình"
        ),
    ),
    ("commune", re.compile(r"\bxã\b|cấp ủy cơ sở|cấp xã|cơ sở|đặc khu", re.IGNORECASE)),
    ("ward", re.compile(r"phường|cấp ủy cơ sở|cấp xã|cơ sở", re.IGNORECASE)),
    (
        "affiliated",
        re.compile(
            r"trực thuộc|sở,? ban,? ngành|các sở\b|Công an tỉnh|Quân sự tỉnh|"
            r"Bộ Chỉ huy|Ủy ban nhân dân tỉnh|UBND tỉnh|khối (?:các )?cơ quan",
            re.IGNORECASE,
        ),
    ),
    (
        "other",
        re.compile(
            # "MTTQ", "UBMTTQVN": the Front abbreviated, as plans print it. "Các hội, hiệp hội",
            # "Liên minh Hợp tác xã" are left without a kind: a group of this kind goes to every
            # "other" unit (campaigns.proposal), the Front and the mass organisations among them,
            # so the reviewer is asked instead.
            r"Mặt trận Tổ quốc|\b(?:UB)?MTTQ(?:VN)?\b|đoàn thể|chính trị - xã hội|Hội Nông dân|"
            r"Hội Liên hiệp|Đoàn Thanh niên|Tỉnh đoàn|Liên đoàn Lao động|Hội Cựu chiến binh",
            re.IGNORECASE,
        ),
    ),
]
# "xã" inside a name or a word is no commune: "chính trị - xã hội", "Bảo hiểm xã hội", "Thương binh
# và Xã hội" (society), "Hợp tác xã" (a cooperative), "Thông tấn xã" (a news agency), "thị xã" (a
# town, a district's level). Nor is "cơ sở" the grassroots where it heads what follows: "các cơ sở
# đào tạo", "cơ sở dữ liệu" are facilities; "cấp ủy cơ sở", "đến cơ sở", "tổ chức cơ sở đảng" stay.
_NOT_A_PLACE_RE = re.compile(
    r"\bxã hội\b|\bhợp tác xã\b|\bthông tấn xã\b|\bthị xã\b|"
    r"\bcơ sở (?:dữ liệu|vật chất|hạ tầng)\b|"
    r"(?:^|(?<=\bcác )|(?<=\bnhững )|(?<=\bmọi )|(?<=\btừng )|(?<=\bvà )|(?<=, )|(?<=; ))"
    r"cơ sở(?= (?!đảng\b)\w)",
    re.IGNORECASE,
)
# "trực thuộc Trung ương" (a province's own level), "… trực thuộc Chính phủ", "… trực thuộc Bộ …"
# name no unit under the province, and "Văn phòng UBND tỉnh" is one office, not the units under it.
_NOT_AFFILIATED_RE = re.compile(
    r"\btỉnh, thành phố trực thuộc trung ương\b|\btrực thuộc (?:trung ương|chính phủ|bộ)\b|"
    r"\bvăn phòng (?:ủy ban nhân dân|uỷ ban nhân dân|ubnd) tỉnh\b",
    re.IGNORECASE,
)
# The national broadcasters are no press of the province: "Đài Truyền hình Việt Nam".
_NOT_PROVINCE_PRESS_RE = re.compile(r"\bđài (?:truyền hình|tiếng nói) việt nam\b", re.IGNORECASE)
_NOT_A_KIND = {
    "press": _NOT_PROVINCE_PRESS_RE,
    "commune": _NOT_A_PLACE_RE,
    "ward": _NOT_A_PLACE_RE,
    "affiliated": _NOT_AFFILIATED_RE,
}
# But "xã Hội Hoan", "xã Hội Xuân" are communes whose name starts with "Hội".
_COMMUNE_NAMED_HOI_RE = re.compile(r"xã Hội [A-ZĐÂĂÊÔƠƯ]")


def _without_names(text: str, kind: str) -> str:
    """Return the text with the words that hold a kind's word but name no unit of it blanked out."""
    regex = _NOT_A_KIND.get(kind)
    if regex is None:
        return text
    return regex.sub(
        lambda m: m.group(0) if _COMMUNE_NAMED_HOI_RE.match(text, m.start()) else " ", text
    )


_BOARD_RE = re.compile(
    r"^(?:Ban Tuyên giáo(?: và Dân vận)?|Ban Tuyên huấn)\s(?:Tỉnh|Thành|Huyện) ủy", re.IGNORECASE
)
_UNIT_HEAD = (
    r"(?:Đảng bộ|Đảng ủy|Công an|Bộ Chỉ huy|Sở|Ban|Báo|Đài|Ủy ban|UBND|Mặt trận|Tỉnh đoàn|"
    r"Hội|Liên đoàn|Văn phòng|Trung tâm|Cổng|Trường|Viện|Cục|Chi cục|Phòng|Thành đoàn)"
)
_UNIT_SPLIT = re.compile(rf"\s?(?:,|;|\svà)\s(?={_UNIT_HEAD}\s)")


def unit_kinds(heading: str, *, issuer: str | None = None) -> list[str]:
    """Return the unit kinds a group heading addresses."""
    text = heading.strip()
    if _BOARD_RE.match(text) or (issuer and text.lower().startswith(issuer.lower())):
        return ["board"]
    kinds: list[str] = []
    for kind, regex in _KIND_RULES:
        if (
            kind == "press"
            and "central_press" in kinds
            and not re.search(r"trong tỉnh|của tỉnh|địa phương", text, re.IGNORECASE)
        ):
            continue
        if kind not in kinds and regex.search(text) and regex.search(_without_names(text, kind)):
            kinds.append(kind)
    return kinds


def explicit_units(heading: str) -> list[str]:
    """Return units named explicitly in a group heading (not generic plural phrases)."""
    text = heading.strip().rstrip(":.")
    if re.match(r"^(?:Các|Những|Cấp|Đề nghị)\b", text, re.IGNORECASE) or _BOARD_RE.match(text):
        return []
    parts = [p.strip() for p in _UNIT_SPLIT.split(text) if p.strip()]
    return [
        p for p in parts if re.match(rf"^{_UNIT_HEAD}\s", p) and " các " not in f" {p.lower()} "
    ]


_NAMED_UNIT_RE = re.compile(
    rf"^(?P<unit>{_UNIT_HEAD}\s(?:[A-ZĐ]|tỉnh|thành phố|huyện)[^,;:.()]{{0,80}}?)\s"
    r"(?:chủ trì|phối hợp|chỉ đạo|tổ chức|thực hiện|có trách nhiệm|chịu trách nhiệm|tham mưu|"
    r"xây dựng|triển khai|tăng cường|đẩy mạnh|hướng dẫn|theo dõi|định hướng|phát hiện|là cơ quan)\b"
)


def named_unit(task_text: str, *, heading: str) -> str | None:
    """Return the unit a task names as its subject, unless it is the group heading itself."""
    m = _NAMED_UNIT_RE.match(task_text.strip())
    if not m:
        m = re.match(rf"^(?P<unit>{_UNIT_HEAD}\s[^:]{{2,80}}):", task_text.strip())
        if not m:
            return None
    unit = m.group("unit").strip()
    if unit.lower() in heading.lower():
        return None
    return unit
