"""Entries kept before the folded target existed are found by the log's search after upgrade."""

import importlib

import pytest
from django.apps import apps

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.audit.services import audit_record

pytestmark = pytest.mark.django_db

migration = importlib.import_module("lantoa.audit.migrations.0004_audit_target_folded_for_search")


def test_it_folds_the_targets_of_the_entries_kept_so_far():
    entry = audit_record(action=AuditAction.EXPORT, target="Báo cáo Mường Ảng")
    AuditEntry.objects.filter(pk=entry.pk).update(target_key="")  # as kept before the column

    migration.target_keys_fill(apps, None)

    entry.refresh_from_db()
    assert entry.target_key == "bao cao muong ang"
