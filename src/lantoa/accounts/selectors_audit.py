"""Reads of the audit log for board staff only, kept in accounts because accounts checks access."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from lantoa.accounts.selectors import AnyUser, require_board_staff
from lantoa.audit.models import AuditEntry
from lantoa.core.text import fold
from lantoa.organization.models import Unit
from lantoa.organization.selectors import units_labelled


def audit_entries(
    *,
    user: AnyUser,
    action: str = "",
    username: str = "",
    target: str = "",
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    unit: Unit | None = None,
) -> QuerySet[AuditEntry]:
    """Return the audit entries matching the filters, newest first; 403 for non-board users."""
    require_board_staff(user=user)
    entries = AuditEntry.objects.all().order_by("-pk")
    if action:
        entries = entries.filter(action=action)
    if username:
        entries = entries.filter(username__icontains=username)
    if target:
        entries = entries.filter(target_key__contains=fold(target))
    if unit is not None:
        entries = entries.filter(_about_unit(unit))
    if since:
        entries = entries.filter(at__gte=_day_start(since))
    if until:
        entries = entries.filter(at__lt=_day_start(until + datetime.timedelta(days=1)))
    return entries


def _about_unit(unit: Unit) -> Q:
    """Entries about one unit: its id or code in the detail (an activity, a report, a role, a
    merger), or its name in the target (its figures, a merger), since a target such as
    «Hoạt động 12 (sửa)» does not name the unit."""
    about = Q(detail__unit=unit.pk) | Q(detail__predecessor=unit.pk) | Q(detail__successor=unit.pk)
    if unit.code:
        about |= Q(detail__unit=unit.code)
    return about | Q(target_key__contains=fold(unit.name))


def _day_start(day: datetime.date) -> Any:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


# How the log shows a stored target (what is stored, hash-chained, stays as it is).
# A page's route name: the page's title.
ROUTE_PAGES = {
    "opinion:dashboard": "Trang “Dư luận xã hội”",
    "opinion:items": "Trang “Ý kiến dư luận”",
    "opinion:mine": "Trang “Ý kiến tôi đã gửi”",
    "opinion:report": "Báo cáo tình hình dư luận xã hội",
    "xac-thuc-hai-buoc:dang-ky": "Đăng ký xác thực hai bước",
    "audit-anchor": "Tệp mốc neo của nhật ký",
}
# A key and its ids ("awareness.check:5"): what the ids are; {unit} is the part at the index
# given, a unit's id ("id") or code ("code": a commune's code is digits too).
KEYED: dict[str, tuple[str, int | None, str]] = {
    "opinion:item": ("Ý kiến số {0}", None, ""),
    "awareness.check": ("Lượt kiểm tra nhận thức số {0}", None, ""),
    "awareness.contest": ("Cuộc thi số {0}", None, ""),
    "awareness.round": ("Vòng thi số {0}", None, ""),
    "awareness.survey": ("Phiếu khảo sát số {0}", None, ""),
    "awareness.question": ("Câu hỏi số {0}", None, ""),
    "campaigns.campaign": ("Đợt tuyên truyền số {0}", None, ""),
    "excel-import": ("Tệp Excel nhập số {0}", None, ""),
    "excel-board": ("Tệp Excel tổng hợp của đợt số {0}", None, ""),
    "excel-template": ("Mẫu Excel của đợt số {0} cho {unit}", 1, "code"),
    "submission-template": ("Mẫu báo cáo số {0} cho {unit}", 1, "code"),
    "press-workbook": ("Sổ báo chí (Excel) của {unit}, đợt số {1}", 0, "id"),
    "awareness-tally-template": ("Mẫu phiếu kiểm đếm của lượt số {0}", None, ""),
}
# "Báo cáo 1 của đơn vị 2": the services' targets name a unit by its id.
UNIT_ID = re.compile(r"\bđơn vị (\d+)\b")


def audit_targets_shown(entries: Iterable[AuditEntry]) -> dict[int, str]:
    """Return how each entry's target reads on the log page, by entry id: names, not keys."""
    entries = list(entries)
    keyed = {e.pk: _keyed(e.target) for e in entries}
    refs = [found[2] for found in keyed.values() if found and found[2]]
    ids = {int(ref) for by, ref in refs if by == "id" and ref.isdigit()}
    ids |= {int(n) for e in entries for n in UNIT_ID.findall(e.target)}
    codes = {ref for by, ref in refs if by == "code"}
    units = list(Unit.objects.filter(Q(pk__in=ids) | Q(code__in=codes)))
    labels = units_labelled(units)
    names = {("id", str(u.pk)): labels[u.pk] for u in units}
    names |= {("code", u.code): labels[u.pk] for u in units if u.code}
    shown = {}
    for entry in entries:
        if entry.target in ROUTE_PAGES:
            shown[entry.pk] = ROUTE_PAGES[entry.target]
        elif found := keyed[entry.pk]:
            template, parts, ref = found
            unit = names.get(ref, f"đơn vị {ref[1]}") if ref else ""
            try:
                shown[entry.pk] = template.format(*parts, unit=unit)
            except IndexError:  # fewer ids than the key's entries have: shown as stored
                shown[entry.pk] = entry.target
        else:
            shown[entry.pk] = UNIT_ID.sub(
                lambda m: f"đơn vị {names.get(('id', m.group(1)), m.group(1))}", entry.target
            )
    return shown


def _keyed(target: str) -> tuple[str, list[str], tuple[str, str] | None] | None:
    """Return (template, ids, (id or code, unit)) of a target stored as a key and ids."""
    key = next((k for k in KEYED if target.startswith(k + ":")), None)
    if key is None:
        return None
    template, unit_at, by = KEYED[key]
    parts = target[len(key) + 1 :].split(":")
    if unit_at is None:
        return template, parts, None
    if unit_at >= len(parts):
        return None
    return template, parts, (by, parts[unit_at])
