"""An exported comment or post as a RawRecord, read from a row of named columns."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from lantoa.core.masking import mask_author, mask_text, masks_vi
from lantoa.core.text import fold
from lantoa.core.uploads import UploadRefused
from lantoa.opinion.exportdates import parse_date
from lantoa.opinion.textnorm import clean_text

MAX_TEXT_CHARS = 10_000

# Column names seen in exports (folded, spaces and underscores removed) -> our field.
_COLUMNS = {
    "text": "text", "content": "text", "message": "text", "comment": "text", "body": "text",
    "noidung": "text", "binhluan": "text", "ykien": "text", "caption": "text", "post": "text",
    "id": "source_id", "commentid": "source_id", "postid": "source_id", "ma": "source_id",
    "guid": "source_id", "url": "link", "link": "link", "permalink": "link", "duongdan": "link",
    "author": "author", "user": "author", "username": "author", "from": "author",
    "name": "author", "tacgia": "author", "nguoiviet": "author", "taikhoan": "author",
    "handle": "author", "date": "date", "time": "date", "createdtime": "date",
    "createdat": "date", "timestamp": "date", "ngay": "date", "thoigian": "date",
    "published": "date", "audience": "audience", "doituong": "audience",
    "channel": "channel", "kenh": "channel", "noi": "channel", "nguon": "channel",
}  # fmt: skip
# Excel's day numbers from 1954 to 2173, and epoch seconds from 1973 to 5138.
# Vietnamese column names that keep their meaning whatever follows them (folded) -> field.
_HEADS = {
    "noidung": "text", "binhluan": "text", "ykien": "text",
    "thoigian": "date", "ngay": "date", "tacgia": "author", "taikhoan": "author",
    "nguoi": "author", "duongdan": "link", "link": "link",
}  # fmt: skip


@dataclass
class RawRecord:
    """One exported comment or post, before masking and classification."""

    text: str
    source_id: str = ""
    author: str = ""
    date: datetime.date | None = None
    link: str = ""
    audience: str = ""
    channel: str = ""


def column_field(name: Any) -> str | None:
    """Return the record field an export's column name stands for, or None."""
    key = re.sub(r"[\s_\-.]+", "", fold(str(name or "")))
    if key in _COLUMNS:
        return _COLUMNS[key]
    # Vietnamese exports name a column with a tail: "Nội dung bình luận", "Thời gian đăng".
    heads = [head for head in _HEADS if key.startswith(head)]
    return _HEADS[max(heads, key=len)] if heads else None


def record_from_mapping(row: dict[str, Any], *, where: str = "") -> RawRecord | None:
    """Return a record from a row whose column names are mapped by _COLUMNS, or None.

    A date the row gives but no form reads refuses the file, naming the row (`where`).
    """
    values: dict[str, Any] = {}
    for name, value in row.items():
        target = column_field(name)
        if target and target not in values and value not in (None, ""):
            values[target] = value
    # A list or an object where the text belongs is no comment: its repr would be stored as one.
    if "text" not in values or isinstance(values["text"], list | dict):
        return None
    author = values.get("author", "")
    text = clean_text(str(values["text"]))[:MAX_TEXT_CHARS]
    if isinstance(author, dict):  # {"from": {"name": …, "id": …}} in social-media exports
        # The id is the author's pseudonym; the name, kept nowhere, is masked where written.
        text = mask_author(text, author=str(author.get("name") or ""))
        author = author.get("id") or author.get("name") or ""
    return RawRecord(
        text=text,
        source_id=str(values.get("source_id", ""))[:200],
        author=str(author)[:200],
        date=record_date(values.get("date"), where),
        link=str(values.get("link", ""))[:500],
        audience=str(values.get("audience", ""))[:120],
        channel=str(values.get("channel", ""))[:200],
    )


def record_date(value: Any, where: str) -> datetime.date | None:
    """Return a record's date, or refuse the file naming the row (`where`) when none is read."""
    # Dated today instead, the row would count in this week's trend and raise a false spike.
    date = parse_date(value)
    if date is None and value is not None and str(value).strip():
        # Kept with the job and shown on its page: masked as the row's text would have been.
        # Only its start is masked: a cell of megabytes (a quote left open) took minutes, and
        # 1,000 characters mask to far more than the 40 quoted, so no number is cut in them.
        shown = masks_vi(mask_text(str(value).strip()[:1000]))[:40]
        raise UploadRefused(
            f"{where}: không đọc được ngày “{shown}”; hãy ghi ngày dạng dd/mm/yyyy "
            "(ví dụ 07/12/2026) rồi nhập lại. Chưa nhập dòng nào của tệp."
        )
    return date
