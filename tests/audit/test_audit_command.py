"""`lantoa audit verify` and `reanchor`: the chain checked and its anchor restarted by hand."""

import pytest
from django.core.management import CommandError, call_command, execute_from_command_line

from lantoa.audit.models import AuditEntry
from tests.audit.chain_support import committed_entries
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_verifies_the_chain_from_the_command_line(board_user, capsys):
    client_for(board_user)
    call_command("audit", "verify")
    assert "toàn vẹn" in capsys.readouterr().out
    AuditEntry.objects.update(username="khac")
    with pytest.raises(CommandError, match="KHÔNG TOÀN VẸN"):
        call_command("audit", "verify")


def test_it_exits_non_zero_naming_the_first_bad_entry(
    board_user, leader_user, django_capture_on_commit_callbacks, capsys, monkeypatch
):
    from django.db import connections

    # run_from_argv closes every connection when it ends; PostgreSQL would lose the test's.
    monkeypatch.setattr(connections, "close_all", lambda: None)
    entries = committed_entries(django_capture_on_commit_callbacks, board_user, 4)
    execute_from_command_line(["lantoa", "audit", "verify"])
    assert "toàn vẹn: 4 dòng, dòng mới nhất số 4" in capsys.readouterr().out
    AuditEntry.objects.filter(pk=entries[1].pk).update(user=leader_user)
    with pytest.raises(SystemExit) as exit_:
        execute_from_command_line(["lantoa", "audit", "verify"])
    assert exit_.value.code == 1
    assert f"dòng số 2 (mã dòng {entries[1].pk}) không khớp mã xác thực" in capsys.readouterr().err
    AuditEntry.objects.filter(pk__in=[e.pk for e in entries[1:]]).delete()
    with pytest.raises(CommandError, match="thiếu các dòng từ số 2 đến số 4"):
        call_command("audit", "verify")


def test_it_restarts_the_anchor_after_a_restore_keeping_the_old_one(
    board_user, django_capture_on_commit_callbacks, settings
):
    from pathlib import Path

    entries = committed_entries(django_capture_on_commit_callbacks, board_user, 3)
    AuditEntry.objects.filter(pk=entries[-1].pk).delete()  # as a restore of an older backup does
    with pytest.raises(CommandError, match="--reason"):
        call_command("audit", "reanchor")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("audit", "reanchor", "--reason", "khôi phục bản sao lưu 01/12/2026")
    call_command("audit", "verify")
    anchor = Path(settings.LANTOA_AUDIT_ANCHOR_FILE)
    assert [p.name for p in anchor.parent.glob("audit-head.log.*.replaced")]
    assert AuditEntry.objects.order_by("seq").last().detail["reason"].startswith("khôi phục")
