"""Audit entries committed one by one, so each anchors its head as a real request's would."""

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.audit.services import audit_record


def committed_entries(capture, user, n) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    """Record n export entries as user, running each one's on-commit anchoring."""
    entries = []
    for i in range(n):
        with capture(execute=True):
            entries.append(audit_record(action=AuditAction.EXPORT, user=user, target=f"/x/{i}"))
    return entries
