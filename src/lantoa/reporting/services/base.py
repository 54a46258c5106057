"""What the reporting writes share: their refusal, and the audit entry of an activity change."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth.models import User

from lantoa.audit.services import audit_change
from lantoa.core.errors import Refused
from lantoa.reporting.locks import Locks
from lantoa.reporting.models import Activity


class ReportingError(Refused):
    """Input that cannot be stored; `errors` maps a field (or "") to a Vietnamese message."""


# Private on purpose: the writes that call it import it, and tests/audit counts a write that
# audits through a private helper of its module.
def _audit_activity(
    *,
    op: str,
    locks: Locks,
    activity: Activity,
    dates: tuple[datetime.date | None, ...],
    user: User | None,
    what: str,
    detail: dict[str, Any],
) -> None:
    """Audit one change to an activity; a change to a period board staff reopened says so.

    Inside an import (one entry for all its rows) only the changes to a reopened period get
    entries of their own.
    """
    reopened = any(locks.audited(unit_id=activity.unit_id, date=date) for date in dates)
    target = f"Hoạt động {activity.pk} ({what})"
    audit_change(
        op=op,
        user=user,
        target=f"{target} — số liệu đã mở lại" if reopened else target,
        detail={
            "activity": activity.pk,
            "unit": activity.unit_id,
            "what": what,
            "reopened": reopened,
            **detail,
        },
        always=reopened,
    )
