"""The words claim matching reads beyond n-grams: the predicates of false claims with their
synonyms, and the cues of a rebuttal (one table, on folded text, matched as whole words).

A false claim says that something happens to a product, a name or a person: it is revoked,
banned, fined, charged for, seized… Comments on the same theme share the topic words ("gạo
Điện Biên", "chỉ dẫn địa lý") but not the predicate, so a claim whose wording has a predicate
is matched only by a text that has one of the same group, and the synonyms of a group
("mất", "bị tước", "thu hồi") count as the same words.
"""

from __future__ import annotations

import re

_NUMBER_WORDS = r"\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|trieu|chuc"
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
        "bi huy",
        "huy bo",
        "da huy",
        "bai bo",
        "khong con",
        "bo het",
        "cat het",
        "cat giam",
        "cat bo",
        "bi cat",
        "thoi khong",
        r"(?:bo|cat|thoi|ngung|dung|het) (?:\w+ ){0,2}ho tro",
        r"(?:nha nuoc|bi|dua vao) (?:\w+ ){0,2}quan ly",
        # "mất" the name, not "mật ong", "mặt hàng", "tiền mặt", a cost ("mất 50 triệu") nor a
        # risk ("sợ mất", "để mất").
        r"(?<!tien )(?<!so )(?<!de )mat"
        rf"(?! ong| hang| tran| troi| tien| phi| bao| nhieu| cong| thoi gian|"
        rf" (?:{_NUMBER_WORDS})(?![a-z]))",
        "revoked",
        "revoke",
        "lost",
        "lose",
        "loses",
        "cancelled",
        "canceled",
        "withdrawn",
        "stripped",
        "no longer",
        "taken away",
    ),
    "ban": (
        # "cấm", not "cảm ơn", "cảm thấy", "cảm nhận"…
        "cam(?! on| thay| nhan| dong| xuc| ket| tinh| hung| ta)",
        "khong cho",
        "khong duoc",
        "khong ai duoc",
        "chi danh cho",
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
        "bi phat",
        "xu phat",
        "phat tien",
        "phat nang",
        "nop phat",
        "tien phat",
        "muc phat",
        rf"phat (?:toi |den |len )?(?:{_NUMBER_WORDS})",
        "phat (?:nguoi|ai|ho dan|ba con)",
        "fine",
        "fined",
        "fines",
        "penalty",
    ),
    "pay": (
        "phi(?! vat the)",
        "le phi",
        "nop(?! don| ho so| giay| bai)",
        "dong tien",
        r"dong \d+",
        "phai dong",
        r"thu (?:tien|phi|moi|\d+)",
        # "thu hai trăm nghìn", not "thứ hai" (Monday): a number word with its unit.
        rf"thu (?:{_NUMBER_WORDS}) (?:tram|nghin|trieu|chuc|muoi)",
        "ton(?! tai| kho| trong| vinh| giao)",
        "chi tien",
        "bo tien",
        "tra tien",
        "dua tien",
        "mua bang tien",
        rf"mat (?:tien|phi|{_NUMBER_WORDS})",
        "fee",
        "fees",
        "pay",
        "paid",
        "charge",
        "charged",
        "costs",
    ),
    "arrest": (
        "bi bat",
        "bat giam",
        "bat nguoi",
        r"cong an (?:\w+ )?bat",
        "khoi to",
        "arrest",
        "arrested",
        "jail",
    ),
    "force": (
        "bat buoc",
        "buoc phai",
        "bat phai",
        "phai xin phep",
        "must",
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
        "mua (?:duoc )?sao",
        "chay tien",
        "do mua",
        "la mua",
        "bribe",
        "bribed",
    ),
    "scam": ("lua dao", "bi lua", "lua mat", "gia mao", "mao danh", "trang gia", "scam"),
    "rename": ("doi ten", "rename", "renamed"),
    "price": ("ep gia", "dinh gia", "ha gia", "price"),
    "resell": (
        "ban lai",
        "kiem loi",
        "lay loi",
        "an loi",
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
    "remove",
    "ban",
    "pay",
)
assert set(GROUPS) == set(PREDICATES)
_LOOKBEHINDS = re.compile(r"^(?:\(\?<![^)]*\))*")


def _first_words(entry: str) -> tuple[str, ...]:
    """Return the words an entry of PREDICATES can start with."""
    lookbehinds = _LOOKBEHINDS.match(entry)
    body = entry[lookbehinds.end() :] if lookbehinds else entry
    choice = re.match(r"\(\?:([a-z |]+)\)", body)
    if choice:
        return tuple(option.split()[0] for option in choice.group(1).split("|"))
    first = re.match(r"[a-z]+", body)
    assert first, entry
    return (first.group(0),)


# Entries by the word they start with, in GROUPS order: a text is read word by word, and
# only the entries starting with that word are tried (one regular expression of them all
# costs 90 µs a comment; claim matching has a budget of 1 ms for everything).
_BY_FIRST: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
for _bit, _group in enumerate(GROUPS):
    for _entry in PREDICATES[_group]:
        _pattern = re.compile(f"(?:{_entry})(?![a-z0-9])")
        for _word in _first_words(_entry):
            _BY_FIRST.setdefault(_word, []).append((_bit, _pattern))


# Words that mean a comment denies the claim it repeats: those that call a story false
# (tin sai, bịa đặt, bác bỏ), then those that deny the act a claim tells of.
STORY_CUE_WORDS = (
    "tin sai",
    "tin gia",
    "tin bia",
    "tin vit",
    "la sai",
    "la bia",
    "bia dat",
    "dung tin",
    "bac bo",
    "sai su that",
    "khong co chuyen",
    "lam gi co",
    "xuyen tac",
    "vu khong",
    "dung chia se",
    "dung lan truyen",
    "fake",
    "false",
    "not true",
    "don t believe",
    "is a rumour",
    "khong chinh xac",
    "sai bet",
    "sai hoan toan",
    "that thiet",
    # "Tin đồn" alone also opens a rumour told as true ("có tin đồn …", "nghe đồn"): only a
    # rumour called one is a cue.
    "la tin don",
    "tin don thoi",
    "tin don nham",
    "tin nham",
    "vo can cu",
    "khong co can cu",
    "khong co that",
    "dinh chinh",
    "dung nghe",
    "untrue",
    "denied",
    "not the case",
)
ACT_CUE_WORDS = (
    "khong dung",
    "khong he",
    "hoan toan khong",
    "dung hoang mang",
    "khong phai doi",
    "khong ai cam",
    "khong bi cam",
    "khong bi phat",
    "khong bi xu phat",
    "khong bi thu hoi",
    "khong bi tuoc",
    "khong bat buoc",
    "khong phai tra",
    "khong phai nop",
    "mien phi",
    "has not",
    "do not share",
    "chua he",
    "chua tung",
    "khong co quy dinh",
    "khong co lenh",
)
# Cues with a slot: a story called wrong ("tin đó sai", "chuyện này là bịa") and a claim's
# act said to go on as before ("vẫn bán bình thường").
_CUE_PATTERNS = (
    r"(?:tin|chuyen|thong tin|tin don) (?:do|nay|kia|tren|ay) (?:la )?(?:sai|bia|gia|nham)",
    r"van (?:\w+ ){0,3}binh thuong",
)


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(cues) + r")(?![a-z0-9])")


CUES = _cue_pattern([*map(re.escape, STORY_CUE_WORDS + ACT_CUE_WORDS), *_CUE_PATTERNS])
# A text that calls a story false may match a claim without the claim's predicate (claimindex):
# a denied act ("miễn phí", "không hề", "vẫn … bình thường") also fits a remark on another matter.
STORY_CUES = _cue_pattern([*map(re.escape, STORY_CUE_WORDS), _CUE_PATTERNS[0]])
# A predicate denied where it stands, on canonical text ("không bị q10q", "không công ty nào
# q0q", "không phải do cán bộ xã q8q"): only words that carry no content of their own may stand
# between, so a condition ("không có tem thì bị phạt", "không tem nhãn bị phạt") stays a claim.
# "chua" is also the district Tủa Chùa, never a negation there.
_BETWEEN = r"(?:(?:he|tung|bi|ai|co|phai|the|cu|con|duoc|lam|ca|been|be|ever) )*"
_CLAUSE_END = r"(?:thi|la|ma|neu|nen|vi|se|chu|but)"
DENIED = re.compile(
    r"(?<![a-z0-9])(?:"
    rf"(?:khong|(?<!tua )chua|chang|cha|not|never) {_BETWEEN}"
    rf"|khong (?:co )?(?:\w+ ){{1,5}}nao (?:\w+ )?{_BETWEEN}"
    rf"|khong phai (?:(?!{_CLAUSE_END} )\w+ ){{0,5}}"
    r")q\d+q"
)


def canonical(normalised: str) -> tuple[str, int]:
    """Return the folded text with each predicate replaced by its group's word ("q<i>q"), and
    its groups as bits (bit i: GROUPS[i]), so "không cho bán" and "cấm bán" share n-grams."""
    mask = 0
    pieces: list[str] = []
    done = 0  # the text before this position is in pieces
    position = 0
    for word in normalised.split(" "):
        start, position = position, position + len(word) + 1
        if start < done or word not in _BY_FIRST:
            continue
        for bit, pattern in _BY_FIRST[word]:
            found = pattern.match(normalised, start)
            if found:
                pieces += [normalised[done:start], f"q{bit}q"]
                done = found.end()
                mask |= 1 << bit
                break
    if not mask:
        return normalised, 0
    pieces.append(normalised[done:])
    return "".join(pieces), mask


def predicate_mask(normalised: str) -> int:
    """Return the predicate groups of a folded text as bits (bit i: GROUPS[i])."""
    return canonical(normalised)[1]


_NEGATIONS = frozenset(("khong", "chua", "chang", "cha", "not", "never"))
_FILLERS = frozenset(re.findall("[a-z]+", _BETWEEN))
# Words after a negation that end a question ("… có đúng không mọi người?"), not deny.
_PARTICLES = frozenset(("moi", "a", "ha", "vay", "nhi", "nhe", "ta", "dau", "ban"))
# A negation followed by one of these within four words states a condition ("không có nhãn
# hiệu thì …", "không tem nhãn bị phạt"), the claim itself.
_CONDITION = frozenset((*re.findall("[a-z]+", _CLAUSE_END), "bi"))


def _negated_at(words: list[str], start: int) -> int:
    """Return where the words a negation at `start` denies begin (fillers skipped), or -1."""
    word = words[start]
    if word not in _NEGATIONS or (word == "chua" and start and words[start - 1] == "tua"):
        return -1
    end = start + 1
    while end < len(words) and words[end] in _FILLERS:
        end += 1
    return end


def denies_claim_words(text: str, variant: str) -> bool:
    """Tell whether a canonical text denies two words that the matched variant states without
    a negation ("cán bộ xã không tự in tem" against "cán bộ xã tự in tem"), outside a
    condition ("không có nhãn hiệu thì không được bán")."""
    words, said = text.split(), variant.split()
    stated = {
        (said[i], said[i + 1])
        for i in range(len(said) - 1)
        # A pair the variant itself negates ("phần mềm không bản quyền") is no claim of it.
        if not any(_negated_at(said, k) == i for k in range(max(0, i - 4), i))
    }
    for start in range(len(words)):
        at = _negated_at(words, start)
        if at < 0 or at + 1 >= len(words) or words[at] in _PARTICLES or words[at][0] == "q":
            continue
        if (words[at], words[at + 1]) in stated and not _CONDITION & set(words[at + 2 : at + 6]):
            return True
    return False
