"""A group of units and its tasks as section III prints them: one way to read each."""

from __future__ import annotations

import re
from datetime import date

from lantoa.core.text import fold

from .addressee import PERIOD_LEAD_RE, looks_addressee, split_inline
from .channels import explicit_units, named_unit, unit_kinds
from .deadlines import find_deadline
from .model import ParsedTask, ParsedUnitGroup


def group_read(heading: str, *, ref: str, issuer: str | None) -> ParsedUnitGroup:
    """Return a group for an addressee as printed, with the unit kinds and units it names."""
    group = ParsedUnitGroup(heading=heading, ref=ref)
    group.unit_kinds = unit_kinds(heading, issuer=issuer)
    group.units = explicit_units(heading)
    return group


def task_read(text: str, *, ref: str, heading: str, doc_date: date | None) -> ParsedTask:
    """Return a task as printed, with its deadline and the unit it names within its group."""
    return ParsedTask(
        text=text,
        ref=ref,
        deadline=find_deadline(text, doc_date=doc_date),
        unit=named_unit(text, heading=heading),
    )


_REPORTS_RE = re.compile(r"\s(?=(?:gửi\s)?báo cáo\s)")


def period_group(
    last: ParsedUnitGroup, issuer: str | None, doc_date: date | None
) -> ParsedUnitGroup | None:
    """Return the group a part's closing "Hàng năm, <bodies> báo cáo …" names, taken off the last.

    A paragraph printed after the last item that says how often other bodies report is the
    part's, not the last item's: "16. Các tổ chức … doanh nghiệp" / "Hàng năm, các bộ, ngành và
    Ủy ban nhân dân các tỉnh báo cáo kết quả …".
    """
    if len(last.tasks) < 2 or not PERIOD_LEAD_RE.match(last.tasks[-1].text):
        return None
    task = last.tasks[-1]
    text = PERIOD_LEAD_RE.sub("", task.text, count=1)
    # "… các huyện báo cáo kết quả …": the report is the duty ("báo cáo" is no verb of the
    # inline headings, where it names a kind of document).
    head, inline = split_inline(text[:1].upper() + text[1:])
    report = _REPORTS_RE.search(text)
    if report and (not inline or report.start() < len(head)):
        head, inline = text[: report.start()], text[report.end() :]
    if not inline or not looks_addressee(head, longest=100) or fold(head) == fold(last.heading):
        return None
    # The bodies as printed, in lower case after the comma.
    head = text[: len(head)]
    group = group_read(head, ref=task.ref, issuer=issuer)
    group.tasks = [task_read(inline, ref=task.ref, heading=head, doc_date=doc_date)]
    last.tasks.pop()
    return group
