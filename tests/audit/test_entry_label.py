"""An audit entry names itself in the board's local time, as every page shows times."""

import datetime

import pytest

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.audit.services import audit_record

pytestmark = pytest.mark.django_db


def test_it_names_an_entry_at_the_local_time_it_happened():
    entry = audit_record(action=AuditAction.LOGIN, username="baocao.dbp", target="đăng nhập")
    at = datetime.datetime(2026, 6, 30, 20, 5, tzinfo=datetime.UTC)  # 03:05 on 01/07 in Hà Nội
    AuditEntry.objects.filter(pk=entry.pk).update(at=at)
    entry.refresh_from_db()
    assert str(entry).startswith("01/07/2026 03:05 baocao.dbp")
