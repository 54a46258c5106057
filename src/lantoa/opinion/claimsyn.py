"""Words people swap for one another when they retell a claim, written as one form before the
n-grams are cut (claimtext.features), so "thương hiệu" and "nhãn hiệu" share them.

Comments retell a claim in the words of the street, not the registry's: "thương hiệu" for
"nhãn hiệu", "đồ dởm" for "hàng giả", "số máy" for "số điện thoại", "phát minh" for "sáng
chế". The predicate tables (claimwords.py) already make one word of
each act; this table does the same for the everyday nouns and qualifiers of the domain. It is
read on the canonical text (predicates already replaced), so an act and its denial stay as
the cues read them. Each entry: the form written, then the folded forms it stands for; only
synonyms in ordinary Vietnamese use, never one claim's wording.
"""

from __future__ import annotations

import re

from lantoa.opinion.claimconcepts import CONCEPTS

_ENTRIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # A trademark is a "thương hiệu" in speech, its certificate a "bằng/giấy bảo hộ".
    ("nhan hieu", ("thuong hieu",)),
    # Fake goods: "đồ giả", "đồ dởm" (not "hàng nhái": registries tell an imitation from a
    # counterfeit, dev10; not "hàng fake": a ViHOS test post on Dior bags then matched dev11's
    # bar-code claim).
    ("hang gia", ("do gia", "hang dom", "do dom")),
    # An invention is a "phát minh" in speech.
    ("sang che", ("phat minh",)),
    # A phone number: "số máy", "số di động", "sđt".
    ("so dien thoai", ("so may", "so di dong", "sdt", "so dt", "so phone")),
    # An account and its password in chat words (not the English words: an English text
    # keeps its own).
    ("tai khoan", ("nick", "acc")),
    ("mat khau", ("pass",)),
    # Television: "tivi", "ti vi", "đài truyền hình".
    ("truyen hinh", ("tivi", "ti vi", "dai truyen hinh")),
    # Free of charge: "không mất/tốn tiền" (not "cho không": "chợ không", "chỗ không" fold
    # onto it; not "free", an English word).
    ("mien phi", ("khong mat tien", "khong ton tien")),
    # A photograph: "hình" when taken or held ("chụp hình", "tấm hình", "bức hình").
    ("chup anh", ("chup hinh",)),
    ("tam anh", ("tam hinh",)),
    ("buc anh", ("buc hinh",)),
    # The post: "bưu cục", "bưu chính"; a parcel: "bưu kiện", "bưu phẩm", "thùng hàng".
    ("buu dien", ("buu cuc", "buu chinh")),
    ("goi hang", ("buu kien", "buu pham", "thung hang", "kien hang")),
    # Sent by a delivery service: "ship".
    ("gui", ("ship",)),
    # Opened: "khui" a box.
    ("mo", ("khui",)),
    # The neighbour: "nhà bên cạnh", "nhà bên".
    ("hang xom", ("nha ben canh", "nha ben")),
    # Told to the authorities: "trình báo", "tố cáo", "khai báo".
    ("to giac", ("trinh bao", "to cao", "khai bao")),
    # A shop ("cửa tiệm"; not "shop", which brought a bank-account question onto a dev10
    # claim over claims.json).
    ("cua hang", ("cua tiem",)),
    # Advertising in chat words.
    ("quang cao", ("qc", "pr")),
    # The commune's people's committee.
    ("uy ban", ("ubnd",)),
)

_FORM_OF = {form: written for written, forms in _ENTRIES for form in forms}
# The domain's concepts in villagers' words (claimconcepts.py) keep their own words and add the
# concept's: "gửi hồ sơ" shares "nộp đơn" with a claim that says so, and "hồ sơ" with one that
# says "hồ sơ" (a form written in its place lost such pairs: dev16, a filing "nộp hồ sơ").
_FORM_OF.update({form: f"{form} {written}" for _slot, written, forms in CONCEPTS for form in forms})
_SYNONYM = re.compile(
    r"(?<![a-z0-9])(?:"
    + "|".join(re.escape(f) for f in sorted(_FORM_OF, key=len, reverse=True))
    + r")(?![a-z0-9])"
)


def synonyms(canonical_text: str) -> str:
    """Return a canonical text with each everyday synonym written as its table form."""
    return _SYNONYM.sub(lambda m: _FORM_OF[m.group(0)], canonical_text)
