"""Task deadlines and the campaign schedule (peak period, continuity, phases)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .model import Deadline, Phase, Schedule
from .numbers import DATE_RE, date_from_match, make_date, month_end, quarter_end

_D = r"(?:ngày\s)?(?P<d>\d{1,2})\s?[/.\-]\s?(?P<m>\d{1,2})(?:\s?[/.\-]\s?(?P<y>\d{4}))?(?![\d/])"
_DW = r"(?:ngày\s)?(?P<d>\d{1,2})\stháng\s(?P<m>\d{1,2})(?:\s(?:năm\s)?(?P<y>\d{4}))?"
_BEFORE = (
    r"(?:trước|chậm nhất(?:\slà)?(?:\svào)?|hạn chót|hạn cuối|hoàn thành trước|xong trước|"
    r"đến hết|đến|trong|thời hạn(?: hoàn thành)?:?)"
)

# An hour may come before the day: "trước 16 giờ ngày 20/11/2025", "trước 9h00 ngày …".
_HOUR = r"(?:\d{1,2}\s?(?:giờ|h)(?:\s?\d{2})?(?:\s?phút)?['’]?\s)?"
DATE_DEADLINE_RE = re.compile(
    rf"{_BEFORE}\s{_HOUR}(?:{_D}|{_DW.replace('P<', 'P<w')})", re.IGNORECASE
)
MONTH_DEADLINE_RE = re.compile(
    r"(?P<pre>trong|trước|cuối|hết|xong trong|hoàn thành trong|đến hết|đến|thời gian(?: thực hiện"
    r"| hoàn thành)?:?|thời hạn(?: hoàn thành)?:?)\s(?:tháng\s)"
    r"(?P<m>\d{1,2})\s?(?:/|\snăm\s)\s?(?P<y>\d{4})",
    re.IGNORECASE,
)
QUARTER_DEADLINE_RE = re.compile(
    r"(?:trong|trước|cuối|hết|đến hết|đến)?\s?"
    r"quý\s(?P<q>IV|III|II|I|[1-4])\s?(?:/|\snăm\s)\s?(?P<y>\d{4})",
    re.IGNORECASE,
)
YEAR_DEADLINE_RE = re.compile(
    r"(?:trong|cuối|hết|đến hết|trước|thời gian(?: thực hiện| hoàn thành)?:?|"
    r"thời hạn(?: hoàn thành)?:?)\snăm\s(?P<y>\d{4})",
    re.IGNORECASE,
)
# "trong thời hạn không quá 15 (mười lăm) ngày làm việc, kể từ ngày nhận hồ sơ", "không quá 03 (ba)
# ngày làm việc": the number may be spelt out after it, the limit set by "không quá". "trong thời
# gian không quá 02 ngày làm việc kể từ khi hoàn thành thủ tục hành chính để cập nhật …": the
# event counted from ends before what the work is for.
WITHIN_RE = re.compile(
    r"(?:trong(?:\svòng)?|trong\sthời\shạn|trong\sthời\sgian(?=\skhông\squá)|"
    r"chậm\snhất(?:\slà)?|sau|không\squá)"
    r"\s(?:không\squá\s)?(?P<n>\d{1,3})(?:\s\([^()]{1,20}\))?\s(?P<unit>ngày(?:\slàm\sviệc)?)"
    r"(?:,?\skể\stừ(?:(?!\s(?:để|nhằm)\s)[^,;.]){0,60})?",
    re.IGNORECASE,
)
# "trước 30 ngày làm việc của các đợt trao tặng Huy hiệu Đảng", "trước 15 ngày của các đợt",
# "trước 07 ngày so với ngày tổ chức": days counted back from an event the text does not date;
# kept as printed to the event's end, before what the work is for.
BEFORE_EVENT_RE = re.compile(
    r"trước\s(?P<n>\d{1,3})(?:\s\([^()]{1,20}\))?\s(?P<unit>ngày(?:\slàm\sviệc)?)"
    r"\s(?:của|so\svới)\s(?:(?!\s(?:để|nhằm)\s)[^,;.]){1,80}",
    re.IGNORECASE,
)
_SINCE_RE = re.compile(r"kể\stừ\s(?P<day>.*)", re.IGNORECASE)
# "Trong vòng 15 ngày kể từ ngày Hội đồng quản trị, Hội đồng thành viên thông qua mức tiền lương
# thì gửi báo cáo …": the event counted from runs past its commas to the "thì" of the sentence.
_UNTIL_THEN_RE = re.compile(r"[^;.:]{0,200}?(?=,?\sthì\s)")
_OWN_DATE_RE = re.compile(r"ngày\s(?:ký|kí|ban\shành)\b", re.IGNORECASE)
# "Đúng thời hạn theo quy định", "thời gian quy định" print no time: no deadline is read from
# them (#17). A reviewer who knows the rule may still pick "Theo quy định" on the review screen;
# no annotation in 1,004 documents, read by people who never saw a parse, marks one a deadline.


# "trước ngày 15 hằng tháng", "định kỳ trước ngày 01/6 và 15/11 hằng năm", "hạn cuối ngày 15
# tháng 12 hàng năm": a recurring day.
# A day and month: "01/6" or "30 tháng 11".
_DAY_MONTH = r"\d{1,2}(?:\s?/\s?\d{1,2}|\stháng\s\d{1,2})?"
RECURRING_RE = re.compile(
    rf"(?:định kỳ,?\s)?(?:trước|chậm nhất(?:\slà)?|vào|hạn chót|hạn cuối)\s(?:ngày\s)?{_DAY_MONTH}"
    rf"(?:\s(?:và|,)\s(?:ngày\s)?{_DAY_MONTH})*\s"
    # "trước ngày 25/12 trong năm" (no year after it) is a day of every year too.
    r"(?:(?:hằng|hàng)\s(?P<unit>tháng|quý|năm)|trong\s(?P<year>năm)(?!\s\d))",
    re.IGNORECASE,
)
# "trong tháng 1 hàng năm", "xong trong Quý I hằng năm": a month or quarter of every year.
RECURRING_PERIOD_RE = re.compile(
    r"(?:trong|trước|cuối|hết|đến hết)\s(?:tháng\s\d{1,2}|quý\s(?:IV|III|II|I|[1-4]))"
    r"\s(?:hằng|hàng)\snăm\b",
    re.IGNORECASE,
)
_RECURRING_KIND = {"tháng": "month", "quý": "quarter", "năm": "year"}
# "gửi báo cáo trước 13 giờ hằng ngày": an hour of every day, kept as printed; no kind of the
# vocabulary names a day, so it is a date deadline without a date, as "trước ngày 20/11" is.
DAILY_HOUR_RE = re.compile(
    r"(?:trước|chậm nhất(?:\slà)?|vào|hạn chót|hạn cuối)\s\d{1,2}\s?(?:giờ|h)(?:\s?\d{2})?"
    r"(?:\s?phút)?\s(?:hằng|hàng|mỗi)\sngày\b",
    re.IGNORECASE,
)
# "trong vòng 02 năm kể từ ngày Nghị định này có hiệu lực", "trong thời hạn 06 tháng kể từ ngày
# …": a limit in months or years counted from a day is a deadline too; without "kể từ" the words
# say how long the work lasts ("trong 3 năm"), not by when.
WITHIN_MONTHS_RE = re.compile(
    r"(?:trong(?:\svòng)?|trong\sthời\shạn|chậm\snhất(?:\slà)?|không\squá)"
    r"\s(?:không\squá\s)?\d{1,3}(?:\s\([^()]{1,20}\))?\s(?:tháng|năm),?\skể\stừ[^,;.]{0,60}",
    re.IGNORECASE,
)
# "trước ngày 15 tháng cuối quý", "trước ngày 15 của tháng cuối quý": a day of each quarter's or
# year's first or last month.
PERIOD_MONTH_RE = re.compile(
    r"(?:định kỳ,?\s)?(?:trước|chậm nhất(?:\slà)?|vào|hạn chót|hạn cuối)\s(?:ngày\s)?\d{1,2}\s"
    r"(?:của\s)?tháng\s(?:đầu|cuối)\s(?P<unit>quý|năm)\b",
    re.IGNORECASE,
)
# "chậm nhất sau khi kết thúc quý 15 ngày": a number of days after each period ends.
AFTER_PERIOD_RE = re.compile(
    r"(?:chậm nhất\s(?:là\s)?)?sau khi (?:kết thúc|hết)\s(?P<unit>tháng|quý|năm)"
    r"(?:\s(?:ngân sách|kế hoạch))?\s(?P<n>\d{1,3})\sngày(?:\slàm việc)?",
    re.IGNORECASE,
)


# Any leap year: a day and month printed without a year are checked against it (29/2 exists).
_LEAP_YEAR = 2024


# A word each pattern cannot match without (lower case): a task's text lacking it skips the
# pattern. Most tasks print one date or none, and trying every pattern on every task made this
# function a third of a long plan's parse time.
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    RECURRING_RE: ("hằng", "hàng", "năm"),
    RECURRING_PERIOD_RE: ("hằng", "hàng"),
    AFTER_PERIOD_RE: ("sau khi",),
    PERIOD_MONTH_RE: ("tháng",),
    DAILY_HOUR_RE: ("hằng", "hàng", "mỗi"),
    WITHIN_MONTHS_RE: ("kể",),
    QUARTER_DEADLINE_RE: ("quý",),
    BEFORE_EVENT_RE: ("trước",),
}


def _search(regex: re.Pattern[str], text: str, lowered: str) -> re.Match[str] | None:
    """Return the regex's first match in text, not trying it where a word it needs is absent."""
    needs = _NEEDS.get(regex)
    if needs is not None and not any(word in lowered for word in needs):
        return None
    return regex.search(text)


def find_deadline(text: str, *, doc_date: date | None = None) -> Deadline | None:
    """Return the first deadline expressed in a task's text, or None."""
    found: list[tuple[int, Deadline]] = []
    lowered = text.lower()
    for m in (
        _search(RECURRING_RE, text, lowered),
        _search(RECURRING_PERIOD_RE, text, lowered),
        _search(AFTER_PERIOD_RE, text, lowered),
        _search(PERIOD_MONTH_RE, text, lowered),
    ):
        if m:
            # Kept as printed: a recurring day has no one date.
            kind = _RECURRING_KIND[(m.groupdict().get("unit") or "năm").lower()]
            found.append((m.start(), Deadline(kind=kind, text=m.group(0))))
    for m in (_search(DAILY_HOUR_RE, text, lowered), _search(WITHIN_MONTHS_RE, text, lowered)):
        if m:
            found.append((m.start(), Deadline(kind="date", text=m.group(0))))
    for m in DATE_DEADLINE_RE.finditer(text):
        groups = m.groupdict()
        d, mo, y = (
            (groups["d"], groups["m"], groups["y"])
            if groups["d"]
            else (groups["wd"], groups["wm"], groups["wy"])
        )
        word = m.group(0).split()[0].lower()
        if word == "trong" and not groups.get("wd") and not y:
            continue
        if make_date(d, mo, int(y) if y else _LEAP_YEAR) is None:
            continue
        # "trước ngày 20/11" prints no year: kept as printed, no year invented for it (#17.11).
        value = make_date(d, mo, y) if y else None
        found.append((m.start(), Deadline(kind="date", text=m.group(0), date=value)))
        break
    # A month, quarter or year is kept as printed ("quý III/2026"): no day is invented for it;
    # the reviewer sets a due date if the task needs one.
    for m in MONTH_DEADLINE_RE.finditer(text):
        if make_date(1, m.group("m"), m.group("y")):
            found.append((m.start(), Deadline(kind="month", text=m.group(0).strip())))
        break
    if m := _search(QUARTER_DEADLINE_RE, text, lowered):
        found.append((m.start(), Deadline(kind="quarter", text=m.group(0).strip())))
    for m in YEAR_DEADLINE_RE.finditer(text):
        found.append((m.start(), Deadline(kind="year", text=m.group(0).strip())))
        break
    for m in WITHIN_RE.finditer(text):
        days = int(m.group("n"))
        value = None
        # "10 ngày kể từ ngày nhận Kế hoạch này" counts from a day the text does not give, and
        # "Trong thời hạn 02 ngày làm việc, gửi …" from one it leaves unsaid: no date is made up
        # for either; only "kể từ ngày ký" counts from a day known, the document's (#17.11).
        anchor = _SINCE_RE.search(m.group(0))
        start = doc_date if anchor and _OWN_DATE_RE.match(anchor.group("day")) else None
        if start and "làm việc" not in m.group("unit").lower():
            value = start + timedelta(days=days)
        elif start:
            value = add_working_days(start, days)
        printed = m.group(0)
        if anchor and (then := _UNTIL_THEN_RE.match(text, m.end())):
            printed += then.group(0)
        found.append((m.start(), Deadline(kind="within_days", text=printed, date=value, days=days)))
        break
    if m := _search(BEFORE_EVENT_RE, text, lowered):
        # No day to count back from: a count of days with no date, which the reviewer is asked
        # to set, as for "trong 10 ngày kể từ ngày nhận …".
        days = int(m.group("n"))
        found.append((m.start(), Deadline(kind="within_days", text=m.group(0), days=days)))
    if not found:
        return None
    found.sort(key=lambda item: item[0])
    return found[0][1]


def add_working_days(start: date, days: int) -> date:
    """Return start plus a number of Monday-to-Friday days (holidays are not known here)."""
    current = start
    left = days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


# ---------------------------------------------------------------- schedule

_RANGE_RE = re.compile(
    r"từ\s(?:ngày\s)?(?P<a>\d{1,2}\s?[/.\-]\s?\d{1,2}(?:\s?[/.\-]\s?\d{4})?|\d{1,2}\stháng\s\d{1,2}(?:\snăm\s\d{4})?)"
    r"\s?(?:đến|-|tới)\s(?:ngày\s)?(?P<b>\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{4}|\d{1,2}\stháng\s\d{1,2}\snăm\s\d{4})",
    re.IGNORECASE,
)
_MONTH_RANGE_RE = re.compile(
    r"từ\s(?:tháng\s)?(?P<m1>\d{1,2})(?:\s?/\s?(?P<y1>\d{4}))?\s(?:đến|-|tới)\s(?:hết\s)?(?:tháng\s)?"
    r"(?P<m2>\d{1,2})\s?/\s?(?P<y2>\d{4})",
    re.IGNORECASE,
)
_MONTH_RE = re.compile(
    r"(?:trong\s)?tháng\s(?P<m>\d{1,2})\s?(?:/|\snăm\s)\s?(?P<y>\d{4})", re.IGNORECASE
)
_QUARTER_RE = re.compile(
    r"quý\s(?P<q>IV|III|II|I|[1-4])\s?(?:/|\snăm\s)\s?(?P<y>\d{4})", re.IGNORECASE
)
_CONTINUOUS_RE = re.compile(
    r"duy trì (?:thường xuyên|liên tục)|thường xuyên,? liên tục|liên tục,? thường xuyên|"
    r"lâu dài|duy trì liên tục|trong suốt",
    re.IGNORECASE,
)
_PEAK_RE = re.compile(r"cao điểm", re.IGNORECASE)
PHASE_RE = re.compile(
    r"^(?:[-+]\s?)?(?P<name>(?:Đợt|Giai đoạn)\s(?:\d{1,2}|I{1,3}|IV|một|hai|ba|bốn))\b",
    re.IGNORECASE,
)


def _parse_loose_date(text: str, default_year: int | None) -> date | None:
    m = re.match(
        r"(\d{1,2})\s?(?:[/.\-]|\stháng\s)\s?(\d{1,2})(?:\s?(?:[/.\-]|\snăm\s)\s?(\d{4}))?", text
    )
    if not m:
        return None
    year = int(m.group(3)) if m.group(3) else default_year
    return make_date(m.group(1), m.group(2), year) if year else None


def period_in(text: str) -> tuple[date | None, date | None, str | None]:
    """Return the first period (date range, month range, month or quarter) found in text."""
    candidates: list[tuple[int, date | None, date | None, str]] = []
    m = _RANGE_RE.search(text)
    if m:
        end = _parse_loose_date(m.group("b"), None)
        start = _parse_loose_date(m.group("a"), end.year if end else None)
        candidates.append((m.start(), start, end, m.group(0)))
    m = _MONTH_RANGE_RE.search(text)
    if m:
        y2 = int(m.group("y2"))
        y1 = int(m.group("y1")) if m.group("y1") else y2
        candidates.append(
            (
                m.start(),
                make_date(1, m.group("m1"), y1),
                month_end(y2, int(m.group("m2"))),
                m.group(0),
            )
        )
    m = _QUARTER_RE.search(text)
    if m:
        end = quarter_end(m.group("q"), int(m.group("y")))
        start = make_date(1, end.month - 2, end.year) if end else None
        candidates.append((m.start(), start, end, m.group(0)))
    m = _MONTH_RE.search(text)
    if m:
        y, mo = int(m.group("y")), int(m.group("m"))
        candidates.append((m.start(), make_date(1, mo, y), month_end(y, mo), m.group(0)))
    if not candidates:
        return None, None, None
    candidates.sort(key=lambda c: c[0])
    _, start, end, matched = candidates[0]
    return start, end, matched


def _sentence_around(text: str, pos: int) -> str:
    start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    end = min(ends) if ends else len(text)
    return text[start:end].strip()


def find_schedule(texts: list[str], phase_lines: list[str]) -> Schedule:
    """Return the schedule from the time-related paragraphs and the phase lines."""
    schedule = Schedule()
    joined = "\n".join(texts)
    peak = _PEAK_RE.search(joined)
    sentence = _sentence_around(joined, peak.start()) if peak else None
    if peak and sentence:
        start, end, _ = period_in(joined[peak.start() : peak.start() + 300])
        schedule.peak_start, schedule.peak_end, schedule.text = start, end, sentence
    if schedule.peak_start is None and schedule.peak_end is None:
        for text in texts:
            start, end, matched = period_in(text)
            if start or end:
                schedule.peak_start, schedule.peak_end = start, end
                schedule.text = _sentence_around(text, text.find(matched or ""))
                break
    schedule.continuous = bool(_CONTINUOUS_RE.search(joined))
    for line in phase_lines:
        m = PHASE_RE.match(line)
        if not m:
            continue
        start, end, _ = period_in(line)
        schedule.phases.append(Phase(name=m.group("name"), start=start, end=end, text=line))
    return schedule


__all__ = ["DATE_RE", "date_from_match", "find_deadline", "find_schedule", "period_in"]
