import pytest

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.audit.services import audit_chain_verify, audit_record

pytestmark = pytest.mark.django_db


def test_it_chains_entries_and_detects_tampering(board_user):
    for target in ["a", "b", "c"]:
        audit_record(action=AuditAction.EXPORT, user=board_user, target=target, detail={"n": 1})
    assert audit_chain_verify().intact
    middle = AuditEntry.objects.order_by("pk")[1]
    AuditEntry.objects.filter(pk=middle.pk).update(target="changed")
    check = audit_chain_verify()
    assert not check.intact and check.first_broken_id == middle.pk


def test_it_detects_a_deleted_entry(board_user):
    for target in ["a", "b", "c"]:
        audit_record(action=AuditAction.DOWNLOAD, user=board_user, target=target)
    AuditEntry.objects.order_by("pk")[1].delete()
    assert not audit_chain_verify().intact


def test_it_refuses_unknown_actions():
    with pytest.raises(ValueError):
        audit_record(action="dance")
