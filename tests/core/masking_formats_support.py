"""A generator of Vietnamese comments holding identifiers as people type them, and its checker."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from lantoa.core.masking import EMAIL_MASK, HANDLE_MASK, ID_MASK, PHONE_MASK, mask_text

MASKS = {"phone": PHONE_MASK, "id": ID_MASK, "email": EMAIL_MASK}
TOKEN = re.compile("|".join(re.escape(mask) for mask in (*MASKS.values(), HANDLE_MASK)))

# Real mobile prefixes after the 2018 renumbering (Viettel, VinaPhone, MobiFone, Vietnamobile,
# Gmobile, Itelecom) and landline area codes (Điện Biên 215, Lai Châu 213, Sơn La 212, Hà Nội 24,
# Hồ Chí Minh 28: two-digit codes take eight digits after them, three-digit codes seven).
MOBILE = "32 33 34 35 36 37 38 39 52 56 58 59 70 76 77 78 79 81 82 83 84 85 86 87 88 89 "
MOBILE += "90 91 92 93 94 96 97 98 99"
AREA = ["215", "213", "212", "214", "203", "204", "24", "28"]
# CCCD: three-digit province code (001 Hà Nội … 011 Điện Biên … 096), century-and-sex digit, year.
PROVINCES = ["001", "011", "012", "014", "030", "031", "036", "079", "096"]
SEPARATORS = [" ", " ", ".", ".", "-", "_", " - ", ". ", "\u00a0", "–"]

PHONE_BEFORE = ["", "sđt: ", "SĐT ", "sdt ", "Sđt:", "Liên hệ: ", "lh ", "lh", "LH:", "zalo "]
PHONE_BEFORE += ["Zalo: "]
PHONE_BEFORE += ["ĐT/Zalo ", "☎️ ", "📞", "gọi em ", "alo ", "inbox hoặc gọi ", "số anh Tuấn là "]
PHONE_BEFORE += ["đt:", "hotline cá nhân ", "Call/zalo: ", "ai cần thì a lô ", "số chị Hoa "]
PHONE_AFTER = ["", "", ".", " nhé", "ạ", " ạ.", "!", " (gọi giờ hành chính)", ", cảm ơn", "..."]
PHONE_AFTER += [" 😊", "?", "nhé", " gặp anh Tuấn", " - trưởng bản", " con cảm ơn", " bản Na Sang"]
ID_LABELS = ["CCCD ", "CCCD: ", "số CCCD ", "căn cước ", "CCCD số ", "số định danh cá nhân "]
ID_LABELS += ["mã định danh: ", "cccd:", "Căn cước công dân số ", "thẻ căn cước "]
CMND_LABELS = ["CMND ", "CMT ", "số CMND: ", "chứng minh thư ", "CMTND ", "cmnd:", "CMND số "]
LOCALS = ["nguyenvana", "tuan.anh", "hoa_mai92", "Le.Thi.Binh", "thanh+zalo", "abc123", "ttp.db"]
LOCALS += ["lananh1990", "quangtrung_db", "vi.thi.hien"]
DOMAINS = ["gmail.com", "yahoo.com", "yahoo.com.vn", "outlook.com", "hotmail.com", "icloud.com"]
DOMAINS += ["dienbien.gov.vn", "vnpt.vn", "fpt.edu.vn"]
ATS = ["@", "@", " @ ", "(a)", " (a) ", "[at]", "(at)", " at ", "{at}", " a còng ", " a cong "]
ATS += ["(@)", " [a] "]
DOTS = [".", ".", " . ", "[dot]", "(dot)", " dot ", " chấm ", " cham ", "(chấm)", "[.]"]
EMAIL_BEFORE = ["", "mail: ", "email ", "gửi về ", "Gmail: ", "gửi hồ sơ qua ", "E-mail:"]
EMAIL_AFTER = ["", ".", " nhé", " ạ", ", ", " để được hỗ trợ", "!"]

# Numbers that name no person: money, quantities, dates, documents, rates, stars, short codes of
# businesses and services (1900/1800 lines, 113/114/115), postal codes, product codes and plates.
KEEPS = ["{n9} đồng", "{n12} đồng", "{d9}đ", "{d9} đ", "{d12} đồng", "{s9} đồng", "{s10} đồng"]
KEEPS += ["{d10} đồng", "1,5 triệu", "2tr5", "500k", "3 tỷ", "15 triệu đồng", "{d9} VNĐ"]
KEEPS += ["giá {d6}đ/kg", "{d8} đồng/ha", "phạt {n9}", "phạt từ {d7} đến {d8} đồng"]
KEEPS += ["hỗ trợ {d7} đ/hộ", "{n10} đồng", "1.200.000.000 VNĐ", "VND 2,000,000", "lương 7tr2"]
KEEPS += ["{n4}0 kg", "{d5} kg", "300 hộ", "2.000 m2", "2.000 m²", "1.250 ha", "{d6} người"]
KEEPS += ["45 xã", "{s6} tấn", "{s7} cây", "3,5 tấn/ha", "12 000 con gia súc", "{s9} lượt xem"]
KEEPS += ["năm {year}", "{date}", "ngày {date}", "{date2}", "{date3}", "ngày 07/5/1954"]
KEEPS += ["2021-2025", "giai đoạn 2021 - 2025", "7h30", "19:30", "Q1/2026", "tháng 12/2025"]
KEEPS += ["07/05/1954 - 07/05/2024", "51-KL/TW", "Quyết định 1234/QĐ-UBND"]
KEEPS += ["Nghị định 100/2019/NĐ-CP", "Công văn số 2345/UBND-VX", "Luật số 45/2019/QH14"]
KEEPS += ["Kế hoạch 123-KH/TU", "95%", "95,5 %", "12.5%", "OCOP 4 sao", "sản phẩm OCOP 3 sao"]
KEEPS += ["tổng đài 1900 1234", "1900.6868", "1800 1091", "18001091", "1900 6868 88", "gọi 113"]
KEEPS += ["cấp cứu 115", "mã bưu chính 32000", "380000", "mã SP: DB-2026-0045", "lô 230415"]
KEEPS += ["mã vạch 8936045123456", "27A-123.45", "27B1-234.56", "Km 15+300", "QL 279"]
KEEPS += ["phòng 301", "8,5/10", "24/7", "lần thứ 15", "top 10", "{n6} lượt thích"]
KEEPS += ["{n7} lượt xem"]
FRAMES = [
    "",
    "",
    "Bà con ở Mường Phăng ơi, ",
    "Em ở bản Noong Luống, ",
    "Cho em hỏi ",
    "Thông báo: ",
]
JOINS = [", ", " và ", ". ", " - ", " hoặc ", "; ", " ", "\n"]


@dataclass(frozen=True)
class Case:
    """One generated comment: its pieces, each ('text' | 'keep' | 'phone' | 'id' | 'email', str)."""

    parts: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        return "".join(piece for _, piece in self.parts)

    @property
    def expected(self) -> str:
        return "".join(MASKS.get(kind, piece) for kind, piece in self.parts)


def _digits(rng: random.Random, count: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(count - 1))


def _grouped(rng: random.Random, number: str, sizes: list[int], mixed: bool = False) -> str:
    separator, groups, at = rng.choice(SEPARATORS), [], 0
    for size in sizes:
        groups.append(number[at : at + size])
        at += size
    out = groups[0]
    for group in groups[1:]:
        out += (rng.choice(SEPARATORS) if mixed else separator) + group
    return out


def _sizes(rng: random.Random, length: int, shapes: list[list[int]]) -> list[int]:
    fitting = [shape for shape in shapes if sum(shape) == length]
    return rng.choice(fitting) if fitting else [length]


def phone(rng: random.Random) -> str:
    """Return a mobile or landline number in one of the forms people type."""
    if rng.random() < 0.7:
        national = rng.choice(MOBILE.split()) + _digits(rng, 7)
    else:
        area = rng.choice(AREA)
        national = area + _digits(rng, 10 - len(area), "23456789")
        if rng.random() < 0.4:
            rest = _grouped(
                rng,
                national[len(area) :],
                _sizes(rng, 10 - len(area), [[1, 3, 3], [3, 4], [4, 4], [2, 2, 2, 2]]),
            )
            return rng.choice(
                ["(0{a}) {r}", "(0{a}){r}", "0{a} {r}", "0{a}.{r}", "0{a}-{r}"]
            ).format(a=area, r=rest)
    prefix = rng.choice(
        ["0"] * 6
        + [
            "+84",
            "+84 ",
            "(+84) ",
            "(+84)",
            "84",
            "84 ",
            "+84-",
            "+84.",
            "(84) ",
            "0084 ",
            "+84 (0) ",
        ]
    )
    mixed = rng.random() < 0.15
    if prefix == "0":
        number = "0" + national
        shapes = [
            [4, 3, 3],
            [3, 3, 4],
            [4, 2, 2, 2],
            [3, 4, 3],
            [4, 6],
            [10],
            [10],
            [4, 3, 4],
            [3, 4, 4],
            [4, 7],
        ]
        return _grouped(rng, number, _sizes(rng, len(number), shapes), mixed)
    shapes = [[3, 3, 3], [2, 3, 4], [3, 2, 2, 2], [9], [9], [2, 4, 4], [3, 3, 4], [10]]
    return prefix + _grouped(rng, national, _sizes(rng, len(national), shapes), mixed)


def identity(rng: random.Random) -> str:
    """Return a 12-digit CCCD or a 9-digit CMND, labelled or not, in any grouping."""
    if rng.random() < 0.6:
        number = rng.choice(PROVINCES) + rng.choice("0123") + _digits(rng, 2) + _digits(rng, 6)
        label = rng.choice(ID_LABELS + [""] * 4)
        shapes = [[3, 3, 3, 3], [4, 4, 4], [6, 6], [12], [12], [3, 3, 6], [2, 4, 6]]
    else:
        # A bare nine-digit number is an amount unless it opens with 0 (CMND of the north).
        label = rng.choice(CMND_LABELS + [""] * 3)
        number = _digits(rng, 9, "0123" if label else "0")
        shapes = [[3, 3, 3], [9], [9], [2, 3, 4], [3, 6]]
    return label + _grouped(rng, number, _sizes(rng, len(number), shapes))


def email(rng: random.Random) -> str:
    """Return an address in plain or spoken form ("a còng", "chấm", "[at]"), any case."""
    local, domain = rng.choice(LOCALS), rng.choice(DOMAINS)
    at, dot = rng.choice(ATS), rng.choice(DOTS)
    if at.strip() in {"at", "a còng", "a cong"} and dot == ".":
        dot = rng.choice([".", " chấm ", " dot "])
    text = local + at + domain.replace(".", dot)
    case = rng.random()
    return text.upper() if case < 0.1 else text.title() if case < 0.15 else text


def keep(rng: random.Random) -> str:
    """Return a number that names no one: money, a quantity, a date, a document number, a code."""

    def spaced(count: int) -> str:
        return f"{int(_digits(rng, count, '123456789')):,}".replace(",", " ")

    def dotted(count: int) -> str:
        return f"{int(_digits(rng, count, '123456789')):,}".replace(",", ".")

    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1945, 2035)
    fields = {f"n{k}": _digits(rng, k, "123456789") for k in (4, 6, 7, 9, 10, 12)}
    fields |= {f"d{k}": dotted(k) for k in (5, 6, 7, 8, 9, 10, 12)}
    fields |= {f"s{k}": spaced(k) for k in (6, 7, 9, 10)}
    fields |= {"year": str(year), "date": f"{day:02}/{month:02}/{year}"}
    fields |= {"date2": f"{day:02}-{month:02}-{year}", "date3": f"{day}.{month}.{year}"}
    return rng.choice(KEEPS).format(**fields)


def fold(text: str) -> str:
    """Return the text as typed without diacritics."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize(
        "NFC",
        "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)),
    )


def case(rng: random.Random, *, side_by_side: bool = False) -> Case:
    """Return one comment of one to three pieces, identifiers and numbers that must stay mixed.

    Without `side_by_side`, a number that must stay is never joined to another number by a bare
    space, dash or ". " ("0045 341 656 tấn", "06 1900 6868 88"): a reader cannot tell where one
    ends either; those are counted apart.
    """
    parts: list[tuple[str, str]] = [("text", rng.choice(FRAMES))]
    for index in range(rng.randint(1, 3)):
        kind = rng.choice(["phone", "phone", "id", "email", "keep", "keep"])
        if index:
            join = rng.choice(JOINS)
            glued = join in (" ", " - ", ". ") and re.search(
                r"\d\W*$", "".join(p for _, p in parts)
            )
            if glued and not side_by_side and (kind == "keep" or parts[-1][0] == "keep"):
                join = rng.choice([", ", " và ", "; ", "\n", " hoặc "])
            parts.append(("text", join))
        if kind == "phone":
            parts += [
                ("text", rng.choice(PHONE_BEFORE)),
                ("phone", phone(rng)),
                ("text", rng.choice(PHONE_AFTER)),
            ]
        elif kind == "id":
            label, number = _label_split(identity(rng))
            parts += [("text", label), ("id", number), ("text", rng.choice(PHONE_AFTER[:10]))]
        elif kind == "email":
            parts += [
                ("text", rng.choice(EMAIL_BEFORE)),
                ("email", email(rng)),
                ("text", rng.choice(EMAIL_AFTER)),
            ]
        else:
            parts.append(("keep", keep(rng)))
    if rng.random() < 0.3:
        parts = [(kind, fold(piece)) for kind, piece in parts]
    return Case(tuple((kind, piece) for kind, piece in parts if piece))


def _label_split(text: str) -> tuple[str, str]:
    start = re.search(r"\d", text)
    assert start
    return text[: start.start()], text[start.start() :]


def verdict(one: Case, masked: str | None = None) -> list[str]:
    """Return what went wrong, [] when the comment reads as expected.

    "leak": an identifier's digits or an address's name left, or fewer masks than identifiers;
    "mislabel": as many masks as identifiers, of the wrong kinds; "false mask": a number that
    names no one changed, or more masks than identifiers; "spill": words around a number eaten;
    "edge": anything else (brackets or spaces around a mask).
    """
    masked = mask_text(one.text) if masked is None else masked
    if masked == one.expected:
        return []
    wrong, rest = [], TOKEN.sub(" ", masked)
    kept = "".join(piece for kind, piece in one.parts if kind in {"text", "keep"})
    wanted = Counter(kind for kind, _ in one.parts if kind in MASKS)
    found = Counter({kind: masked.count(mask) for kind, mask in MASKS.items()})
    names = [
        re.split(r"[\s@(\[{]", piece)[0].lower() for kind, piece in one.parts if kind == "email"
    ]
    digits_left = len(re.sub(r"\D", "", rest)) > len(re.sub(r"\D", "", kept))
    if digits_left or any(name in rest.lower() for name in names) or found.total() < wanted.total():
        wrong.append("leak")
    elif found != wanted and found.total() == wanted.total():
        wrong.append("mislabel")
    keeps = [piece for kind, piece in one.parts if kind == "keep"]
    if any(piece not in masked for piece in keeps) or found.total() > wanted.total():
        wrong.append("false mask")
    if not wrong:
        same_words = re.sub(r"[\W\d_]", "", rest) == re.sub(r"[\W\d_]", "", kept)
        wrong.append("edge" if same_words else "spill")
    return wrong


def survey(
    seed: int, count: int, *, side_by_side: bool = False
) -> tuple[Counter[str], list[tuple[list[str], str, str]]]:
    """Return the counts of each verdict over `count` generated comments and the failing ones."""
    rng, totals, failures = random.Random(seed), Counter[str](), []  # noqa: S311 - repeatable
    for _ in range(count):
        one = case(rng, side_by_side=side_by_side)
        masked = mask_text(one.text)
        wrong = verdict(one, masked)
        totals.update(wrong or ["right"])
        totals.update(kind for kind, _ in one.parts if kind != "text")
        if wrong:
            failures.append((wrong, one.text, masked))
    return totals, failures
