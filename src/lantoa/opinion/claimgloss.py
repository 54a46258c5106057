"""A claim's wording carried into the other language: a bilingual glossary of the domain's
general words (English and folded Vietnamese), read phrase by phrase, noun phrases turned round.

A registry may hold a claim worded only in English while the comments about it are Vietnamese
("Posting your own photos of the … Victory Museum online violates copyright" against "đăng ảnh
chụp ở bảo tàng chiến thắng … là vi phạm bản quyền"), or the other way round. Their character
n-grams share only the place names, so the matcher reads such a claim through a rendering of
its wordings in the other language (claimbridge.py). The glossary holds the vocabulary of
intellectual property, trade, fees, bans and seizures, and the products and places of Điện
Biên, never a claim's own sentence; act words become words of the act groups that
claimwords.py reads in both languages ("fined" -> "bị phạt", "bị cấm" -> "banned").
"""

from __future__ import annotations

import re
from functools import cache

from lantoa.core.text import fold
from lantoa.opinion.claimcanon import act_at, predicate_mask
from lantoa.opinion.claimtext import normalise
from lantoa.opinion.claimwords import GROUPS
from lantoa.opinion.privacy import strip_masks

# One entry a line: English forms | … = folded Vietnamese forms | … : kind. The first form of
# each side is what a wording is rendered as; every form is read. Kinds: n a noun, m a word
# that qualifies a noun (both stand in noun phrases, which the two languages order the other
# way round: "Hoa Ban festival", "lễ hội Hoa Ban"), p a place or a name, w any other word.
_ENTRIES = """
farmer|farmers|grower|growers|producer|producers = nong dan|nguoi trong|ho san xuat : n
rice farmers|rice growers = nong dan trong lua|nguoi trong lua : n
people|villagers|residents|households|household|locals = nguoi dan|ho dan|ba con|dan : n
rice = gao|lua : n
coffee = ca phe : n
tea = che : n
shan tuyet = shan tuyet : p
brocade = tho cam : n
cloth|fabric = vai : n
macadamia = mac ca : n
honey = mat ong : n
ginseng = sam : n
noodles|vermicelli = mien : n
buffalo meat = thit trau : n
tree|trees = cay : n
farm|farms = vuon|trang trai : n
land|farmland|field|fields = dat|ruong|ruong dat|dat dai : n
crop|crops|season|seasons|harvest = vu|mua vu : n
variety|varieties|seed|seeds = giong : n
name|names = ten|ten goi : n
trademark|trademarks|brand|brands|mark = nhan hieu|thuong hieu : n
geographical indication|gi = chi dan dia ly|cddl : n
copyright = ban quyen : n
royalty|royalties = tien ban quyen : n
patent|patents = bang sang che|bang : n
invention|inventions = sang che : n
licence|license|licences|licenses|permit|permits = giay phep : n
certification|certificate|certified = chung nhan|cong nhan : n
approval = cong nhan|phe duyet|chap thuan : n
logo|logos = logo : n
star|stars = sao : n
stamp|stamps|label|labels|sticker|stickers = tem|nhan : n
packaging|package|packages|pack|packs = bao bi : n
bag|bags|sack|sacks = bao|tui : n
box|boxes = hop : n
product|products|goods = san pham|hang|hang hoa : n
company|companies|firm|firms|business|businesses|enterprise = cong ty|doanh nghiep|cty : n
factory|factories|mill|mills = nha may|xuong : n
shop|shops|store|stores = cua hang|tiem|shop : n
market|markets = cho : n
supermarket|supermarkets = sieu thi : n
hotel|hotels = khach san : n
guesthouse|guesthouses|homestay = nha nghi : n
sign|signs|signboard|signboards = bien|bien hieu : n
tourist|tourists|visitor|visitors = khach du lich|du khach|khach : n
photo|photos|picture|pictures|image|images = anh|hinh anh|hinh : n
museum = bao tang : n
festival = le hoi : n
hill = doi : n
site|relic = di tich : n
song|songs = bai hat : n
teacher|teachers = giao vien|thay co : n
school|schools = truong : n
student|students|pupil|pupils = hoc sinh : n
book|books|textbook|textbooks = sach : n
software = phan mem : n
province = tinh : n
district = huyen : n
commune = xa : n
city|town = thanh pho : n
authorities|authority|government|state = nha nuoc|chinh quyen|co quan : n
police = cong an : n
cooperative|cooperatives = hop tac xa|htx : n
bank|banks = ngan hang : n
money = tien : n
year|years = nam : n
month|months = thang : n
weaver|weavers = nguoi det|tho det : n
europe|eu = chau au : p
china|chinese = trung quoc : p
japan|japanese = nhat ban|nhat : p
laos = lao : p
hanoi|ha noi = ha noi : p
dien bien phu = dien bien phu : p
dien bien = dien bien : p
muong thanh = muong thanh : p
muong ang = muong ang : p
tua chua = tua chua : p
muong nhe = muong nhe : p
muong cha = muong cha : p
muong lay = muong lay : p
tuan giao = tuan giao : p
nam po = nam po : p
hoa ban = hoa ban : p
phinh giang = phinh giang : p
a1 = a1 : p
ocop = ocop : p
foreign|overseas = nuoc ngoai : m
own = cua minh : m
local = dia phuong : m
private = rieng|tu nhan : m
victory = chien thang : m
collective = tap the : m
hand woven|handwoven = det tay : m
yearly|annual|every year|each year = hang nam|moi nam : w
online = len mang|tren mang|online : w
export|exports|exported|exporting = xuat khau : w
import|imports|imported = nhap khau : w
must|have to|has to|had to|need to|needs to|required to = phai : w
need|needs|needed = can : w
can = co the : w
cannot|can t|can not = khong the : w
anymore = nua : w
sell|sells|selling|sold = ban : w
buy|buys|buying|bought = mua : w
grow|grows|growing|plant|plants|planting = trong|cay : w
weave|weaves|weaving|woven = det : w
use|uses|using|used = dung|su dung : w
post|posts|posting|posted|upload|uploads|uploading|share|sharing = dang|dang len|chia se : w
take photos|take pictures|taking photos|taking pictures|photograph|photographing = chup anh : w
violate|violates|violated|violation|infringe|infringes|infringement = vi pham : w
register|registers|registered|registration = dang ky : w
owns|owned = so huu|thuoc ve : w
order|orders = lenh : n
print|prints|printing|printed = in : w
put = dan|ghi : w
approve|approved = phe duyet : w
check|checks|checked = kiem tra : w
give|gives|given = giao|cho : w
heard|apparently|they say|people say|rumour = nghe noi|nghe bao : w
anyone|anybody|everyone|any shop|any producer = ai cung : w
nobody|no one = khong ai : w
no|not|don t|doesn t|do not|does not|isn t = khong : w
without = khong can : w
every|each = moi : w
all = tat ca|het : w
somebody|someone = ai do : w
now = gio|bay gio : w
will = se : w
in|at = o|tai : w
on|onto = len|tren : w
free = mien phi : w
true = that : w
"""

# Each act group's word in each language (Vietnamese, English), read back as that group by
# claimcanon: an act is carried over as its group, whichever synonym the wording used.
ACT_WORDS: dict[str, tuple[str, str]] = {
    "own": ("doc quyen", "monopoly"),
    "fine": ("bi phat", "fined"),
    "force": ("phai", "must"),
    "arrest": ("bi bat", "arrested"),
    "bribe": ("hoi lo", "bribe"),
    "scam": ("lua dao", "scam"),
    "rename": ("doi ten", "renamed"),
    "price": ("ep gia", "price fixing"),
    "resell": ("ban lai", "resell"),
    "destroy": ("pha huy", "destroyed"),
    "seize": ("tich thu", "seized"),
    "sue": ("bi kien", "sued"),
    "tax": ("danh thue", "taxed"),
    "sell": ("da ban", "sold"),
    "lower": ("bi ha", "downgraded"),
    "remove": ("thu hoi", "revoked"),
    "ban": ("cam", "banned"),
    "pay": ("tra tien", "pay"),
    "send": ("gui sang", "sent abroad"),
    "refuse": ("tra ve", "returned"),
    "give": ("khong hoan lai", "for free"),
    "dissolve": ("giai the", "dissolved"),
    "lock": ("bi khoa", "locked"),
    "takedown": ("bi go", "deleted"),
    "adulterate": ("pha tron", "mixed with"),
    "merge": ("sap nhap", "merged"),
    "redo": ("danh gia lai", "reassessed"),
    "suspend": ("dinh chi", "suspended"),
    "report": ("trinh bao", "reported to the police"),
    "abroad": ("in o nuoc ngoai", "made abroad"),
}


def _parse() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """Return the glossary both ways: a phrase -> (its rendering in the other language, kind)."""
    english: dict[str, tuple[str, str]] = {}
    vietnamese: dict[str, tuple[str, str]] = {}
    for line in _ENTRIES.strip().splitlines():
        pair, kind = line.rsplit(" : ", 1)
        left, right = (side.split("|") for side in pair.split(" = "))
        for form in left:
            english.setdefault(form.strip(), (right[0].strip(), kind))
        for form in right:
            vietnamese.setdefault(form.strip(), (left[0].strip(), kind))
    return english, vietnamese


_ENGLISH, _VIETNAMESE = _parse()
# The longest phrase each word can start, per glossary: most words start none.
_LONGEST = {
    id(glossary): {
        first: max(len(p.split()) for p in glossary if p.split()[0] == first)
        for first in {p.split()[0] for p in glossary}
    }
    for glossary in (_ENGLISH, _VIETNAMESE)
}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NOUN_PHRASE = frozenset("nmp")


def _singular(word: str) -> str:
    """Return an English plural's singular ("varieties" -> "variety"), or the word."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _pieces(text: str, normalised: str, into: str) -> list[tuple[str, str]]:
    """Return a wording's phrases rendered in the other language, each with its kind: its acts
    as their groups' words, the words the glossary knows, names (capitalised after the first
    word, or numbers) as they are; any other word is left out. Where an act and a phrase of
    the glossary start alike, the longer is read ("take photos" is no seizure)."""
    glossary = _VIETNAMESE if into == "en" else _ENGLISH
    written = _WORD.findall(strip_masks(text))
    names = {fold(w) for at, w in enumerate(written) if at and w[:1].isupper() or w.isdigit()}
    words = normalised.split()
    starts = [0]
    for word in words:
        starts.append(starts[-1] + len(word) + 1)
    pieces: list[tuple[str, str]] = []
    at = 0
    while at < len(words):
        size, found = _phrase(words, at, glossary, into)
        act = act_at(normalised, starts[at], words[at])
        # The words the act spans (its end falls after the space that ends its last word).
        acted = max(1, sum(1 for end in starts[at + 1 :] if end <= act[1] + 1)) if act else 0
        if act and acted >= size:
            vietnamese, english = ACT_WORDS.get(GROUPS[act[0]], ("", ""))
            pieces.append((english if into == "en" else vietnamese, "w"))
            at += acted
        elif found:
            pieces.append(found)
            at += size
        else:
            pieces.append((words[at], "p") if words[at] in names else ("", ""))
            at += 1
    return pieces


def _phrase(
    words: list[str], at: int, glossary: dict[str, tuple[str, str]], into: str
) -> tuple[int, tuple[str, str] | None]:
    """Return the longest phrase of the glossary starting at a word: its words and rendering."""
    longest = _LONGEST[id(glossary)].get(words[at], 0)
    if not longest and into == "vi":
        longest = int(_singular(words[at]) in glossary)
    for size in range(min(longest, len(words) - at), 0, -1):
        phrase = " ".join(words[at : at + size])
        found = glossary.get(phrase)
        if found is None and size == 1 and into == "vi":
            found = glossary.get(_singular(phrase))
        if found:
            return size, found
    return 0, None


@cache
def render(text: str, into: str) -> str:
    """Return a wording in the other language ("vi" or "en"), folded: its phrases the glossary
    knows, names kept, each noun phrase turned round ("Victory Museum" -> "bảo tàng chiến
    thắng")."""
    out: list[str] = []
    run: list[str] = []
    normalised = normalise(text)
    for rendered, kind in [*_pieces(text, normalised, into), ("", "")]:
        if kind in _NOUN_PHRASE and kind:
            run.append(rendered)
            continue
        out += reversed(run)
        run = []
        if rendered:
            out.append(rendered)
    said = " ".join(out)
    # A wording whose act did not carry over would read as one with no act: none is given.
    return "" if predicate_mask(normalised) and not predicate_mask(said) else said
