"""The cues of a rebuttal that claim matching reads (folded text, whole words): words that
call a story false, acts said not to happen, and a predicate or the claim's own words denied.

A comment that repeats a claim's words may spread it or deny it; these tables tell the two
apart (claimindex.stance_of), on folded text and on the canonical text of claimwords.
"""

from __future__ import annotations

import re

from lantoa.opinion.claimwords import GROUPS

# Words that mean a comment denies the claim it repeats: those that call a story false
# (tin sai, bịa đặt, bác bỏ), then those that deny the act a claim tells of.
STORY_CUE_WORDS = (
    "tin sai",
    "tin bia",
    "tin vit",
    "la sai",
    "la bia",
    "bia dat",
    "dung tin",
    "bac bo",
    "sai su that",
    "khong co chuyen",
    "chang co chuyen",
    # Asked back or stressed: "đâu có chuyện", "không hề có vụ", "đừng ai tin".
    "dau co chuyen",
    "khong he co chuyen",
    "khong he co vu",
    "khong co vu",
    "dung ai tin",
    "lam gi co",
    "lam gi den",
    "lam gi ma",
    "noi sai",
    "noi bay",
    # "đứa nào tung tin …", "mới tin": the story called a rumour, its believers fools.
    "tung tin",
    # "Đứa nào bảo … thì đúng là …": the teller of the story insulted.
    "dua nao bao",
    "dua nao noi",
    "moi tin",
    "tin bay",
    "tin xao",
    "noi xao",
    # The story called made up or a lie: "là chuyện bịa", "đứa nào bịa chuyện", "là xạo".
    "chuyen bia",
    "bia chuyen",
    "bia ra",
    "la xao",
    "hoang tin",
    "dung share",
    # A link the claim makes, denied: "sáng chế chẳng liên quan gì đến ruộng đất".
    "khong lien quan gi",
    "chang lien quan gi",
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
    "untrue",
    "denied",
    "not the case",
    "there is no",
    # Fake news in chat words: "toàn tin ảo".
    "tin ao",
    # A belief found wrong: "cứ tưởng phải …", "hóa ra tin đồn"; nobody made to: "chẳng ai
    # bắt mặc …" (#18, H43).
    "cu tuong",
    "hoa ra tin don",
    "chang ai bat",
    "khong ai bat",
    # The story called nonsense: "mẹo … là nhảm" (#18, H43).
    "la nham",
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
    # The act said to bring no harm: "tôi chụp suốt có sao đâu".
    "co sao dau",
    "no need",
    "not needed",
    # The demand called a swindle ("bị thu 5tr là lừa đảo đó"), the claim another matter
    # ("hai chuyện khác nhau", "đó là việc khác").
    "la lua dao",
    "chuyen khac nhau",
    "la chuyen khac",
    "la viec khac",
)
# Cues with a slot: a story called wrong ("tin đó sai", "chuyện này là bịa") and a claim's
# act said to go on as before ("vẫn bán bình thường").
_CUE_PATTERNS = (
    r"(?:tin|chuyen|thong tin|tin don) (?:do|nay|kia|tren|ay) (?:la )?(?:sai|bia|gia|nham)",
    r"van (?:\w+ ){0,3}binh thuong",
    # "No licence is needed".
    r"no \w+ (?:is |are )?(?:needed|required)",
    # "Sao OCOP có hiệu lực 3 năm, ai bảo chấm lại hằng tháng": who said so (not "ai bảo vệ").
    r"ai bao(?! ve| hanh| quan| tro| hiem| dam| ton| luu)",
    # "Không phải chỉ trong huyện đâu": the claim's words denied whole (not "không phải đùa đâu",
    # nor "đầu" of "không phải lo đầu ra", "đầu tư", "đầu năm").
    r"khong phai (?!dua )(?:\w+ ){1,4}dau(?! ra| tu| vao| tien| nam| thang| tuan| moi| nguon)",
    # "Nhầm rồi, …", "Bạn nhầm rồi": the story called a mistake as the comment opens.
    r"^(?:\w+ )?nham roi",
)


# Story cues with a slot: a story's words thrown out.
_STORY_PATTERNS = (
    # "Tin giả", not a good name and a price ("uy tín, giá mềm") nor price news ("tin giá lúa"),
    # which fold alike.
    r"(?<!uy )tin gia(?! (?:ca|lua|gao|che|thit|vang|xang|thi truong|hom nay|nong san|mem|re))",
    # "Đi Nhật cái gì", "xâm phạm hình ảnh cái gì": the claim's words opening a comment and
    # thrown out (not "là cái gì", a question, nor "cái gì cũng …").
    r"^(?:\w+ ){1,3}(?<!la )cai gi(?! cung| khong| vay| the| a| ha| nhi| day| ca| het| nua)",
    # "Nhạc chuông thì liên quan gì nhà mạng mà phạt": the link asked back and thrown out.
    r"lien quan gi (?:\w+ ){0,4}ma",
)


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(cues) + r")(?![a-z0-9])")


# "Đừng nghe …", not "… dùng, nghe mà nản" (folded alike; "nghe mà <feeling>" is the hearer's)
# nor "… chưa dùng, nghe bảo …" (hearsay: "nghe bảo/nói"; "đừng nghe đồn" stays a cue).
_DONT_LISTEN = r"dung nghe(?! ma| bao| noi)"
# For the stance, "fake" is the story called fake ("story is fake", "fake news", "toàn tin
# fake"), not fake goods ("đồ fake", "giày Nike fake", "the fake fertilizer seller"), which a
# rumour names as often; to find a claim, any "fake" still counts (STORY_CUES).
_FAKE = r"(?:(?:is|are|s|la|tin|toan|qua) fake|fake news)"
CUES = _cue_pattern(
    [*(re.escape(cue) for cue in STORY_CUE_WORDS + ACT_CUE_WORDS if cue != "fake")]
    + [*_CUE_PATTERNS, *_STORY_PATTERNS, _DONT_LISTEN, _FAKE]
)
# A text that calls a story false may match a claim without the claim's predicate (claimindex):
# a denied act ("miễn phí", "không hề") also fits a remark on another matter. "Vẫn … bình
# thường" is one when the text names no act of its own (gate: "không đi tập huấn ở Hà Nội thì
# sản phẩm vẫn giữ sao OCOP bình thường"; dev13, then dev10 +1, no claim-free item matched).
STORY_CUES = _cue_pattern(
    [*map(re.escape, STORY_CUE_WORDS), *_CUE_PATTERNS[:2], *_STORY_PATTERNS, _DONT_LISTEN]
)
# A predicate denied where it stands, on canonical text ("không bị q10q", "không công ty nào
# q0q", "không phải do cán bộ xã q8q"): only words that carry no content of their own may stand
# between, so a condition ("không có tem thì bị phạt", "không tem nhãn bị phạt") stays a claim.
# "chua" is also the district Tủa Chùa, never a negation there.
_BETWEEN = r"(?:(?:he|tung|bi|ai|co|phai|the|cu|con|duoc|lam|ca|been|be|ever) )*"
_CLAUSE_END = r"(?:thi|la|ma|neu|nen|vi|se|chu|but)"
# "Không có quyết định thu hồi nào" denies as "không … nào thu hồi" does; a denied act
# followed by "thì" within four words is a condition ("ai không nộp thì không được vào", "cơ sở
# nào không nộp công thức rang thì bị cấm"), the claim itself (conditional, for act terms).
_NEED = f"q{GROUPS.index('force')}q"
DENIED = re.compile(
    r"(?<![a-z0-9])(?:(?:"
    rf"(?:khong|(?<!tua )chua|chang|cha|not|never|nobody(?: gets)?|no one(?: gets)?"
    # English contractions: "doesn't get fined", "aren't charged", "won't be seized".
    rf"|(?:doesn|don|isn|aren|wasn|weren|won|didn) t(?: get| gets| have to| need to)?) {_BETWEEN}"
    # "Đâu có cấm", "đâu cần …": asked back, denied (not "ở đâu", nor "nghe đâu", hearsay); a
    # bare "đâu" before another act may end the sentence before ("… đâu, phải lập công ty").
    rf"|(?<!o )(?<!nghe )dau (?:co |(?={_NEED}))"
    rf"|(?:khong|(?<!tua )chua|chang) (?:co )?(?:\w+ ){{1,5}}nao (?:\w+ ){{0,3}}{_BETWEEN}"
    rf"|khong phai (?:(?!{_CLAUSE_END} )\w+ ){{0,5}}"
    r")q\d+q|khong co (?:\w+ ){0,3}q\d+q (?:\w+ ){0,4}nao(?![a-z])"
    # "Không có khoản … cho không … đâu": "đâu" closing the sentence denies it (not "ở đâu").
    r"|khong co (?:\w+ ){0,4}q\d+q (?:\w+ ){0,3}(?<! o )dau(?![a-z])"
    # "Có ai cấm đâu", "có bán lại đâu mà đồn": the act asked back, denied (dev7).
    r"|co (?:ai |gi )?(?:\w+ ){0,2}q\d+q (?:\w+ ){0,3}(?<! o )dau(?![a-z])"
    # "Cấm đâu mà cấm": the act asked back and thrown out.
    r"|(q\d+q) dau ma \1(?![a-z0-9])"
    # "Không có quyết định xóa bỏ …": no decision, rule or order for the act.
    r"|khong co (?:quyet dinh|quy dinh|chu truong|van ban|lenh) (?:\w+ ){0,2}q\d+q)"
    # ("siêu thị" is no "thì"); "là" or "sẽ" before an act is a condition too ("… mà không trả
    # tiền bản quyền là bị phạt", "không nộp sẽ bị phạt").
    r"(?! (?:\w+ ){0,3}(?:(?<!sieu )thi|(?:la|se) (?:bi )?q\d+q)(?![a-z]))"
)
CONDITION_WORDS = 4
_TOKEN = re.compile(r"q(\d+)q")


def denied_groups(canonical_text: str) -> tuple[int, int]:
    """Return the predicate groups (bits) a canonical text names where DENIED reads them
    denied, and those it names elsewhere."""
    denied = stated = 0
    spans = [found.span() for found in DENIED.finditer(canonical_text)]
    for token in _TOKEN.finditer(canonical_text):
        bit = 1 << int(token.group(1))
        if any(start <= token.start() < end for start, end in spans):
            denied |= bit
        else:
            stated |= bit
    return denied, stated


def denied_only(canonical_text: str) -> int:
    """Return the predicate groups (bits) a canonical text names only where DENIED reads them
    denied: a claim saying "không cần nộp đơn" does not need a text to name that act."""
    denied, stated = denied_groups(canonical_text)
    return denied & ~stated


# "vẫn phải xin phép", "vẫn bị phạt", "still need": an act said to hold all the same.
_STILL = re.compile(
    r"(?<![a-z])(?:(?<!hoa )van|still) (?:(?:phai|bi|can|la) )?q(\d+)q"
    r"(?: (?:va|hoac|and|or) (?:phai |bi )?q(\d+)q)?"
)


def still_asked(canonical_text: str, echoed: int) -> bool:
    """Tell whether a canonical text says that an act the claim's wordings deny holds all the
    same ("đêm nhạc bán vé vẫn phải xin phép và trả tiền" against "… không phải trả tiền")."""
    return bool(echoed) and any(
        echoed >> int(group) & 1
        for found in _STILL.finditer(canonical_text)
        for group in found.groups()
        if group
    )


def echoes_denial(canonical_text: str, echoed: int) -> bool:
    """Tell whether every act a canonical text denies is one the claim's own wordings deny
    ("mười năm không phải nộp thuế" against "… không phải đóng thuế"): it repeats the claim."""
    denied = denied_groups(canonical_text)[0]
    return bool(denied) and not denied & ~echoed


def conditional(words: list[str], act: int) -> bool:
    """Tell whether a denied act at `act` states a condition: "thì" within CONDITION_WORDS
    words after it (as DENIED reads a denied predicate)."""
    after = range(act + 1, min(act + 1 + CONDITION_WORDS, len(words)))
    # "siêu thị" (a supermarket) is no "thì".
    return any(words[k] == "thi" and words[k - 1] != "sieu" for k in after)


_NEGATIONS = frozenset(("khong", "chua", "chang", "cha", "not", "never"))
_FILLERS = frozenset(re.findall("[a-z]+", _BETWEEN))
# Words after a negation that end a question ("… có đúng không mọi người?"), not deny.
_PARTICLES = frozenset(("moi", "a", "ha", "vay", "nhi", "nhe", "ta", "dau", "ban"))
# A negation followed by one of these within four words states a condition ("không có nhãn
# hiệu thì …", "không tem nhãn bị phạt"), the claim itself.
_CONDITION = frozenset((*re.findall("[a-z]+", _CLAUSE_END), "bi"))
# The ban group's token: the words after it are what the claim says is forbidden, so a text
# negating them ("không để lại cho con được đâu" against "… cấm để lại cho con") repeats it.
_BAN = f"q{GROUPS.index('ban')}q"


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
        # A pair the variant itself negates ("phần mềm không bản quyền", "hộ chưa đăng ký nhãn
        # hiệu": up to three words after the negation) or bans is no claim of it.
        if not any(0 <= i - _negated_at(said, k) <= 2 for k in range(max(0, i - 6), i))
        and _BAN not in said[max(0, i - 3) : i]
    }
    for start in range(len(words)):
        at = _negated_at(words, start)
        if at < 0 or at + 1 >= len(words) or words[at] in _PARTICLES or words[at][0] == "q":
            continue
        if _closes_question(words, start):
            continue
        if (words[at], words[at + 1]) in stated and not _condition_after(words, at + 2):
            return True
    return False


# How far after denied words a consequence may come ("không ra Hà Nội tập huấn hằng năm là bị
# gạch tên", "không có chứng nhận chỉ dẫn địa lý là bị đuổi").
CONSEQUENCE_WORDS = 8


# "có bị/được/phải/còn … không": a yes-or-no question, whose "không" denies nothing.
_ASKING = frozenset(("bi", "duoc", "phai", "con"))
QUESTION_WORDS = 8


def _asks(words: list[str], k: int) -> bool:
    """Tell whether a yes-or-no question opens at `k` ("có bị", "có được", "có phải", "có còn")."""
    return words[k] == "co" and k + 1 < len(words) and words[k + 1] in _ASKING


def _closes_question(words: list[str], at: int) -> bool:
    """Tell whether the "không" at `at` closes a question opened in the words before it ("có bị
    ai đăng ký mất không, thợ dệt …", the comma gone)."""
    return words[at] == "khong" and any(
        _asks(words, k) for k in range(max(0, at - QUESTION_WORDS), at - 1)
    )


def _condition_after(words: list[str], at: int) -> bool:
    """Tell whether the words from `at` on make the negation before them a condition: a
    condition word within four words, or "là/thì/sẽ (bị)" and an act within eight."""
    if _CONDITION & set(words[at : at + 4]):
        return True
    window = words[at : at + CONSEQUENCE_WORDS]
    # "Không có bằng đại học có được nộp đơn … không?": the consequence asked about.
    if any(_asks(words, k) and "khong" in words[k + 2 :] for k in range(at, at + len(window))):
        return True
    for k, word in enumerate(window[:-1]):
        if word in ("la", "thi", "se"):
            after = window[k + 1 : k + 3]
            act = after[1] if after[0] == "bi" and len(after) > 1 else after[0]
            if act[0] == "q" and _TOKEN.fullmatch(act):
                return True
    return False


# Words that may stand between "vẫn" and what it allows ("vẫn được phép dùng", "vẫn có thể bán").
_ALLOWING = frozenset(("duoc", "phep", "co", "the", "cu"))


def allows_banned(text: str, variant: str) -> bool:
    """Tell whether a canonical text says that what the matched variant bans goes on ("vẫn
    được dùng chỉ dẫn địa lý" against "… thì không được dùng chỉ dẫn địa lý")."""
    said = variant.split()
    banned = {(said[i + 1], said[i + 2]) for i in range(len(said) - 2) if said[i] == _BAN}
    if not banned or "van" not in text:
        return False
    words = text.split()
    for at, word in enumerate(words):
        if word != "van":
            continue
        start = at + 1
        while start < len(words) and words[start] in _ALLOWING:
            start += 1
        if tuple(words[start : start + 2]) in banned:
            return True
    return False


# Negations, and "vẫn"/"still" (not "hoa văn", "văn hóa", "văn nghệ", "văn bản", "văn phòng").
CONTRAST = re.compile(
    r"(?<![a-z0-9])(?:khong|chang|cha|not|no|never|still|isn t|aren t|don t|doesn t"
    r"|(?<!tua )chua|(?<!hoa )van(?! hoa| nghe| ban| phong| hoc| minh| chuong| kien))(?![a-z0-9])"
)


# "Chỉ … thôi", "only": the fact narrowed against the story ("chỉ hỗ trợ đi hội chợ thôi").
_ONLY = re.compile(r"(?<![a-z])(?:chi (?:\w+ ){1,8}thoi|only)(?![a-z])")


def contrasts(normalised: str) -> bool:
    """Tell whether a text sets a fact against something (a negation, "vẫn", "chỉ … thôi", a
    rebuttal cue): a text merely close to a rebuttal's words ("proud that the rice is
    protected") does not."""
    return bool(CONTRAST.search(normalised) or CUES.search(normalised) or _ONLY.search(normalised))
