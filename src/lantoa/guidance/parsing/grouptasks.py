"""Section III: the tasks under a group's heading, one per paragraph, item or bullet."""

from __future__ import annotations

import re
from datetime import date

from .addressee import charges_body
from .closing import is_closing
from .deadlines import find_deadline
from .model import ParsedTask, Section
from .sections import iter_nodes, node_text
from .unitgroup import task_read

# A lettered item's title that its bullets complete: "… có trách nhiệm:", "b) Chủ trì, phối hợp".
_INTRODUCES_RE = re.compile(r"(?::|\s(?:phối hợp|với|và|cùng|gồm|như sau|sau))\s*$")


def _before_closing(paragraphs: list[str]) -> list[str]:
    """Return the paragraphs before a closing clause: what follows one ends the document too."""
    out: list[str] = []
    for para in paragraphs:
        if is_closing(para):
            break
        if para:
            out.append(para)
    return out


# "- Thời gian thực hiện: Quý I/2026" under a task is that task's deadline, not a task.
_WHEN_LINE_RE = re.compile(
    r"^(?:Thời gian|Thời hạn|Tiến độ)(?:\s(?:thực hiện|hoàn thành))?\s?:", re.IGNORECASE
)
# "Thời gian thực hiện tại cơ quan Thuế không quá 03 (ba) ngày làm việc …": the same, as a sentence.
_WHEN_SENTENCE_RE = re.compile(r"^(?:Thời gian|Thời hạn)\s(?:thực hiện|hoàn thành|giải quyết)\b")
# "* Lưu ý: Đối với các vụ lộ, mất bí mật … phải báo cáo ngay …" printed as a bullet under a task
# notes how that task is done, no task of its own ("Lưu ý rà soát kỹ …" asks one).
_NOTE_RE = re.compile(r"^(?:Lưu ý|Ghi chú)\s?:")


# "Đối với doanh nghiệp …" (the case), "Trách nhiệm chung", "Nhiệm vụ cụ thể" (the kind of
# duties) and "Trách nhiệm trong việc quản lý Ứng dụng …" (their area) over lettered items name
# what the items are, no task of their own.
_CASE_RE = re.compile(
    r"^(?:Đối với\s|(?:Trách nhiệm|Nhiệm vụ)\s(?:(?:chung|cụ thể)\s*$|"
    r"trong\s(?:việc|công tác|lĩnh vực)\s))",
    re.IGNORECASE,
)
_STOPS = (".", ";", "!", "?")
# "(i) …; (ii) …" counted inside one item: the later counters, where the text is cut.
_ROMAN_SMALL = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_COUNTED_RE = re.compile(rf"\s(?=\((?:{'|'.join(_ROMAN_SMALL[1:])})\)\s)")


def group_tasks(group: Section, gref: str, heading: str, doc_date: date | None) -> list[ParsedTask]:
    """Return the tasks under a group's heading: its paragraphs, items and bullets, as printed."""
    tasks: list[ParsedTask] = []

    def add(text: str, ref: str) -> None:
        text = re.sub(r"\s+", " ", text).strip()
        when = _WHEN_LINE_RE.match(text) or (
            _WHEN_SENTENCE_RE.match(text) and find_deadline(text, doc_date=doc_date) is not None
        )
        if tasks and when:
            if tasks[-1].deadline is None:
                tasks[-1].deadline = find_deadline(text, doc_date=doc_date)
            return
        if tasks and _NOTE_RE.match(text):
            tasks[-1].text = f"{tasks[-1].text} {text}"
            return
        if text and not is_closing(text):
            # "(i) Chỉ đạo Đảng uỷ Bộ Y tế …. (ii) Chỉ đạo Đảng uỷ Bộ Giáo dục …": one task each.
            pieces = _COUNTED_RE.split(text) if text.startswith("(i) ") else [text]
            for n, piece in enumerate(pieces):
                piece_ref = f"{ref} ({_ROMAN_SMALL[n]})" if len(pieces) > 1 else ref
                tasks.append(task_read(piece, ref=piece_ref, heading=heading, doc_date=doc_date))

    paras: list[str] = []
    for para in _before_closing(group.paragraphs):
        # A paragraph in lower case goes on with the sentence before it ("… các dự án:" / "tên,
        # loại hình, quy mô …"): a line break inside a sentence does not start a task.
        if paras and para[:1].islower() and paras[-1].rstrip().endswith((":", ",")):
            paras[-1] = f"{paras[-1]} {para}"
        else:
            paras.append(para)
    for n, para in enumerate(paras, 1):
        # "Trong đó giao Giám đốc Công an tỉnh chỉ đạo thực hiện:" over the bullets below it: the
        # last paragraph introduces the items, as a title ending in ":" does.
        if n == len(paras) > 1 and para.rstrip().endswith(":") and group.children:
            continue
        add(para, gref if len(paras) == 1 and not group.children else f"{gref}, đoạn {n}")
    dash_no = 0
    # Bullets below a closing clause ("Nơi nhận:" and its list) are no tasks either.
    closed = any(is_closing(para) for para in group.paragraphs)
    for child in [] if closed else group.children:
        if child.kind in ("dash", "plus"):
            dash_no += 1
            extra = " ".join(node_text(g) for _, g in iter_nodes(child.children))
            # A closing clause printed after the last bullet lands in that bullet's paragraphs.
            own = _before_closing(child.paragraphs)
            dref = f"{gref}, gạch đầu dòng {dash_no}"
            pieces = [" ".join(own)] if extra else _charged(own)
            for n, piece in enumerate(pieces):
                add(f"{piece} {extra}" if n == 0 else piece, f"{dref}, đoạn {n}" if n else dref)
            continue
        cref = f"{gref}.{child.label}"
        if (
            child.kind == "alpha"
            and _INTRODUCES_RE.search(child.title)
            and child.children
            and all(c.kind in ("dash", "plus") for c in child.children)
        ):
            # "d) Giao Ban Quản lý … có trách nhiệm:" and its bullets are one lettered task.
            extra = " ".join(node_text(g) for _, g in iter_nodes(child.children))
            add(" ".join([child.title, *child.paragraphs, extra]), cref)
        elif any(c.kind in ("dash", "plus", "alpha", "dotted", "num") for c in child.children):
            sub = group_tasks(child, cref, heading, doc_date)
            # "3. Chỉ đạo cán bộ Lao động - Thương binh và Xã hội:" / "a) …", "b) …": a title that
            # only introduces its lettered items is none of them.
            lettered = all(c.kind in ("alpha", "dotted", "num") for c in child.children)
            # "1. Đối với doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ" / "a) Phê duyệt …",
            # "2.1. Trách nhiệm chung" / "a) …": a case or a kind of duties, with no stop,
            # introduces the items too.
            introduces = child.title.endswith(":") or (
                _CASE_RE.match(child.title) and not child.title.rstrip().endswith(_STOPS)
            )
            if lettered and introduces and _cases_only(child):
                # "2. Tổ chức việc rà soát … theo quy định sau đây:" / "a) Đối với diện tích …
                # thì …", "b) Đối với …": the items say how the duty is done case by case; the
                # duty is the task and its cases go with it.
                cases = " ".join(
                    " ".join([g.title, node_text(g)]) for _, g in iter_nodes(child.children)
                )
                add(" ".join([child.title, *child.paragraphs, cases]), cref)
                continue
            if child.title and not (lettered and introduces and not child.paragraphs):
                add(child.title, cref)
            tasks.extend(sub)
        else:
            # "c) …" / "Hàng quý, UBND xã … có trách nhiệm lập hồ sơ …": a later paragraph that
            # charges a body with a duty of its own is a task of its own.
            for n, piece in enumerate(_charged([child.title, *child.paragraphs])):
                add(piece, f"{cref}, đoạn {n}" if n else cref)
    return tasks


_CASE_ITEM_RE = re.compile(r"^Đối với\s")


def _cases_only(item: Section) -> bool:
    """Return whether every lettered item below a duty opens with the case it deals with."""
    return bool(item.title) and all(
        c.kind == "alpha" and _CASE_ITEM_RE.match(c.title) for c in item.children
    )


# "d) Phối hợp … triển khai thực hiện nội dung của Kế hoạch." / "Cuối năm, báo cáo kết quả …":
# a paragraph after a finished item that opens with when it recurs is a task of its own.
_RECURRING_RE = re.compile(r"^(?:Cuối (?:năm|quý|kỳ)|(?:Hàng|Hằng) (?:năm|quý|tháng)|Định kỳ),\s")


def _charged(paragraphs: list[str]) -> list[str]:
    """Return an item's text cut before each later paragraph that charges a body of its own."""
    cut = [
        n
        for n, para in enumerate(paragraphs)
        if n
        and (
            charges_body(para)
            or (_RECURRING_RE.match(para) and paragraphs[n - 1].rstrip().endswith((".", ";")))
        )
    ]
    return [" ".join(paragraphs[a:b]) for a, b in zip([0, *cut], [*cut, None], strict=True)]


# An introduction this long before its list ("chủ động bố trí kinh phí … tập trung một số nhiệm
# vụ cụ thể sau:") assigns something itself; "chủ trì, phối hợp với Sở …:" is shorter.
_DUTY_WORDS = 30
# "Khi nhận được hồ sơ …, trong thời hạn không quá 15 ngày làm việc … có trách nhiệm:": what comes
# before the charge says when, the items say what.
_CHARGED_RE = re.compile(r"\s(?:có|chịu) (?:trách nhiệm|nhiệm vụ)(?: như sau| sau)?\s?:$")
# "…, trong đó:", "…, trong đó tập trung một số nhiệm vụ sau:": the items are what it asks.
_AMONG_RE = re.compile(
    r",\s(?:trong đó|cụ thể là|cụ thể|gồm|bao gồm)(?:\s[^,;:]{0,60}?\s(?:như sau|sau))?\s?:$",
    re.IGNORECASE,
)


def own_duty(inline: str) -> str:
    """Return the duty an inline heading states before introducing its list, or ""."""
    if not inline.endswith(":") or len(inline.split()) < 4 or _CHARGED_RE.search(inline):
        return ""
    # "là cơ quan đầu mối, chủ trì …; tổ chức thực hiện các nhiệm vụ sau:": the clause before.
    duty, sep, intro = inline.rpartition("; ")
    if sep and len(duty.split()) >= 4:
        # "…; gửi báo cáo … chậm nhất ngày 10 tháng 12 năm 2025, trong đó:" sets a due date.
        return inline if find_deadline(intro) is not None else duty
    # "… đặt nhiệm vụ … lên trên hết, trước hết, trong đó:" announces the items, however long.
    if _AMONG_RE.search(inline) and find_deadline(inline) is None:
        return ""
    return inline if len(inline.split()) >= _DUTY_WORDS else ""
