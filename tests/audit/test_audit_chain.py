import contextlib
import os

import pytest
from django.core.management import CommandError
from django.utils import timezone

from lantoa.audit.anchor import anchor_path
from lantoa.audit.chain import GENESIS, entry_mac
from lantoa.audit.legacy import legacy_chain_upgrade, legacy_digest
from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.audit.services import (
    ANCHOR_DAMAGED,
    CHANGED,
    MISSING,
    REPLACED,
    TRUNCATED,
    audit_chain_verify,
    audit_change,
    audit_record,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Make record() commit each entry, so that its head reaches the anchor."""
    _commits.append(django_capture_on_commit_callbacks)
    yield
    _commits.clear()


_commits = []


def record(n, *, user=None, start=0):
    entries = []
    for i in range(n):
        commit = _commits[0](execute=True) if _commits else contextlib.nullcontext()
        with commit:
            entries.append(
                audit_record(
                    action=AuditAction.EXPORT, user=user, target=f"/t/{start + i}", detail={"i": i}
                )
            )
    return entries


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


def test_it_numbers_entries_in_sequence_and_verifies_a_clean_chain(board_user, committed):
    entries = record(4, user=board_user)
    assert [e.seq for e in entries] == [1, 2, 3, 4]
    check = audit_chain_verify()
    assert check.intact and check.entries == 4


def test_it_reports_the_entry_whose_user_was_changed(board_user, leader_user):
    entries = record(3, user=board_user)
    AuditEntry.objects.filter(pk=entries[1].pk).update(user=leader_user)
    check = audit_chain_verify()
    assert check.fault == CHANGED and check.first_broken_id == entries[1].pk
    assert check.first_broken_seq == 2


@pytest.mark.parametrize(
    "field, value",
    [
        ("at", timezone.now()),
        ("user", None),
        ("username", "ai-do"),
        ("action", AuditAction.DOWNLOAD),
        ("target", "/khac/"),
        ("detail", {"i": 99}),
        ("address", "10.9.9.9"),
    ],
)
def test_it_covers_every_field_of_an_entry(board_user, field, value):
    entries = record(3, user=board_user)
    AuditEntry.objects.filter(pk=entries[1].pk).update(**{field: value})
    check = audit_chain_verify()
    assert check.fault == CHANGED and check.first_broken_id == entries[1].pk


def test_it_names_a_deleted_middle_entry_by_its_number(board_user):
    entries = record(4, user=board_user)
    entries[1].delete()
    check = audit_chain_verify()
    assert check.fault == MISSING and check.first_broken_seq == 2
    assert check.first_broken_id == entries[2].pk


def test_it_reports_truncation_when_the_last_entries_are_deleted(board_user, committed):
    entries = record(5, user=board_user)
    AuditEntry.objects.filter(pk__in=[e.pk for e in entries[3:]]).delete()
    check = audit_chain_verify()
    assert check.fault == TRUNCATED
    assert (check.first_broken_seq, check.anchor_seq) == (4, 5)


def test_it_reports_truncation_even_after_new_entries_take_the_deleted_numbers(
    board_user, committed
):
    entries = record(5, user=board_user)
    AuditEntry.objects.filter(pk__in=[e.pk for e in entries[3:]]).delete()
    record(3, user=board_user, start=10)
    check = audit_chain_verify()
    assert check.fault == REPLACED and check.first_broken_seq == 4


def _sha256_without_key(entry, previous):
    return legacy_digest(entry, previous=previous)


def _hmac_with_a_wrong_key(entry, previous):
    return entry_mac(
        key=b"not-the-key",
        seq=entry.seq,
        previous=previous,
        at=entry.at,
        user_id=entry.user_id,
        username=entry.username,
        action=entry.action,
        target=entry.target,
        detail=entry.detail,
        address=entry.address,
    )


@pytest.mark.parametrize("recompute", [_sha256_without_key, _hmac_with_a_wrong_key])
def test_it_detects_an_edit_with_every_later_hash_recomputed_without_the_key(board_user, recompute):
    entries = record(5, user=board_user)
    AuditEntry.objects.filter(pk=entries[2].pk).update(target="/da-sua/")
    previous = entries[1].entry_hash
    for entry in AuditEntry.objects.filter(seq__gte=3).order_by("seq"):
        entry.previous_hash = previous
        entry.entry_hash = previous = recompute(entry, previous)
        entry.save(update_fields=["previous_hash", "entry_hash"])
    check = audit_chain_verify()
    assert check.fault == CHANGED and check.first_broken_id == entries[2].pk


def test_it_keys_the_chain_with_a_file_outside_the_database(settings, tmp_path, board_user):
    settings.LANTOA_AUDIT_KEY_FILE = str(tmp_path / "audit.key")
    entry = audit_record(action=AuditAction.LOGIN, user=board_user)
    key_file = tmp_path / "audit.key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert key_file.read_text() not in entry.entry_hash
    assert audit_chain_verify().intact
    key_file.write_text("x" * 86)
    assert audit_chain_verify().fault == CHANGED


def test_it_anchors_heads_only_once_committed(board_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        entry = audit_record(action=AuditAction.LOGIN, user=board_user)
    assert not anchor_path().exists()
    for callback in callbacks:
        callback()
    assert anchor_path().read_text() == f"{entry.seq} {entry.entry_hash}\n"
    assert anchor_path().stat().st_mode & 0o777 == 0o600


def test_it_reports_a_damaged_anchor_line(board_user, committed):
    record(2, user=board_user)
    with anchor_path().open("a") as handle:
        handle.write("3 not-a-mac\n")
    check = audit_chain_verify()
    assert check.fault == ANCHOR_DAMAGED and check.anchor_line == 3


def _legacy_entries(n):
    """Entries as the previous release wrote them: plain SHA-256 hashes, no sequence of its own."""
    entries = record(n)
    previous = GENESIS
    for entry in AuditEntry.objects.order_by("pk"):
        entry.previous_hash = previous
        entry.entry_hash = previous = legacy_digest(entry, previous=previous)
        entry.seq = 1000 + entry.seq
        entry.save()
    return entries


def test_it_rechains_an_intact_legacy_chain_on_upgrade(django_capture_on_commit_callbacks):
    _legacy_entries(3)
    assert not audit_chain_verify().intact
    with django_capture_on_commit_callbacks(execute=True):
        assert legacy_chain_upgrade(AuditEntry) == 3
    assert audit_chain_verify().intact
    head = AuditEntry.objects.get(seq=3).entry_hash
    assert anchor_path().read_text() == f"3 {head}\n"
    assert list(AuditEntry.objects.order_by("pk").values_list("seq", flat=True)) == [1, 2, 3]


def test_it_stops_the_upgrade_of_a_broken_legacy_chain_unless_told(monkeypatch):
    entries = _legacy_entries(3)
    AuditEntry.objects.filter(pk=entries[1].pk).update(target="/da-sua/")
    hashes = list(AuditEntry.objects.order_by("pk").values_list("entry_hash", flat=True))
    with pytest.raises(CommandError, match=f"entry id {entries[1].pk}"):
        legacy_chain_upgrade(AuditEntry)
    assert list(AuditEntry.objects.order_by("pk").values_list("entry_hash", flat=True)) == hashes
    monkeypatch.setenv("LANTOA_AUDIT_RECHAIN_BROKEN", "true")
    assert legacy_chain_upgrade(AuditEntry) == 4
    assert audit_chain_verify().intact
    note = AuditEntry.objects.order_by("seq").last()
    assert note.detail["legacy_chain_broken_at_id"] == entries[1].pk


def test_it_appends_one_short_line_per_entry_to_the_anchor(board_user, committed):
    record(1, user=board_user)
    size = os.path.getsize(anchor_path())
    second = record(1, user=board_user, start=1)[0]
    assert os.path.getsize(anchor_path()) - size == len(f"2 {second.entry_hash}\n")


def test_it_cuts_a_long_change_target_to_the_column_and_still_verifies(board_user):
    entry = audit_change(op="campaign_create", user=board_user, target="Đợt " + "x" * 400)
    assert entry is not None and entry.target == ("Đợt " + "x" * 400)[:255]
    assert audit_chain_verify().intact
