"""Hostile or broken imports end as failed jobs with a Vietnamese message, never "running"."""

import os
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from lantoa.core.uploads import UploadRefused
from lantoa.opinion.importers import read_records
from lantoa.opinion.models import ImportJob, ImportState, Item
from lantoa.opinion.services import import_run
from lantoa.organization.models import Unit
from tests.conftest import client_for
from tests.security import hostile

pytestmark = pytest.mark.django_db

DEEP_JSON = b"[" * 200_000 + b"]" * 200_000


def import_via_web(client, name: str, data: bytes, capture):  # type: ignore[no-untyped-def]
    """Upload a file on the import page, run the queued job, return (response, job, page)."""
    board = Unit.objects.get(code="BTGDVTU")
    with capture(execute=False):
        response = client.post(
            reverse("opinion:imports"),
            {"file": SimpleUploadedFile(name, data), "source": "Thử", "unit": board.pk},
        )
    job = ImportJob.objects.order_by("-pk").first()
    if job is None:
        return response, None, response.content.decode()
    import_run(job=job)
    job.refresh_from_db()
    page = client.get(reverse("opinion:import_status", args=[job.pk])).content.decode()
    return response, job, page


def test_it_fails_a_forged_size_xlsx_with_a_message(board_user, django_capture_on_commit_callbacks):
    honest = hostile.xlsx({"A1": "Nội dung", "A2": "Người dân lo phí cao"})
    forged = hostile.forge_size(honest, "xl/worksheets/sheet1.xml", 10)
    _, job, page = import_via_web(
        client_for(board_user), "gia.xlsx", forged, django_capture_on_commit_callbacks
    )
    assert job.state == ImportState.FAILED and job.finished_at is not None
    assert "không khớp" in job.error and job.error in page
    assert not Item.objects.exists()


def test_it_fails_a_json_nested_200000_deep(
    board_user, django_capture_on_commit_callbacks, tmp_path
):
    _, job, page = import_via_web(
        client_for(board_user), "sau.json", DEEP_JSON, django_capture_on_commit_callbacks
    )
    assert job.state == ImportState.FAILED and "lồng nhau quá sâu" in job.error
    assert job.error in page and 'hx-trigger="every 2s"' not in page
    path = tmp_path / "sau.json"
    path.write_bytes(DEEP_JSON)
    with pytest.raises(UploadRefused, match="lồng nhau quá sâu"):
        list(read_records(path, filename="sau.json"))


def test_it_refuses_an_xlsm_by_name_at_upload(board_user, django_capture_on_commit_callbacks):
    sheet = hostile.xlsx({"A1": "Nội dung", "A2": "Phí cao"})
    response, job, page = import_via_web(
        client_for(board_user), "bang.xlsm", sheet, django_capture_on_commit_callbacks
    )
    assert response.status_code == 400 and job is None and "macro" in page


def test_it_refuses_an_xlsm_by_name_and_by_content_when_read(tmp_path):
    sheet = hostile.xlsx({"A1": "Nội dung", "A2": "Phí cao"})
    named = tmp_path / "bang.xlsm"
    named.write_bytes(sheet)
    with pytest.raises(UploadRefused, match="macro"):
        list(read_records(named, filename="bang.xlsm"))
    macro = next(c for c in hostile.corpus() if c.label == "macro content type only")
    renamed = tmp_path / "bang.xlsx"
    renamed.write_bytes(macro.data)
    with pytest.raises(UploadRefused, match="macro"):
        list(read_records(renamed, filename="bang.xlsx"))


def test_it_ends_the_job_failed_when_anything_unexpected_breaks(
    board_user, django_capture_on_commit_callbacks, monkeypatch
):
    from lantoa.opinion import intake

    def broken(**kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("lỗi bất ngờ trong bộ phân loại")

    monkeypatch.setattr(intake, "items_ingest", broken)
    data = "id,nội dung\n1,Phí cao quá\n".encode()
    _, job, page = import_via_web(
        client_for(board_user), "x.csv", data, django_capture_on_commit_callbacks
    )
    assert job.state == ImportState.FAILED and job.finished_at is not None
    assert "lỗi ngoài dự kiến" in job.error and job.error in page
    assert "RuntimeError" not in page


def test_it_fails_malformed_rss_with_a_message(board_user, django_capture_on_commit_callbacks):
    broken = b"<rss><channel><item><title>Tin</title></item></chan"
    _, job, _ = import_via_web(
        client_for(board_user), "tin.rss", broken, django_capture_on_commit_callbacks
    )
    assert job.state == ImportState.FAILED and "RSS/Atom không hợp lệ" in job.error


def test_it_reads_utf16_csv_without_a_bom(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("id,nội dung\n1,Người dân lo phí cao\n".encode("utf-16-le"))
    rows = [r for r in read_records(path, filename="x.csv") if r is not None]
    assert rows[0].text == "Người dân lo phí cao"


def test_the_cli_import_refuses_in_the_child_with_the_same_message(tmp_path, board_user):
    path = tmp_path / "sau.json"
    path.write_bytes(DEEP_JSON)
    with pytest.raises(CommandError, match="lồng nhau quá sâu"):
        call_command("opinion", "import", str(path), stdout=StringIO())
    good = tmp_path / "tot.csv"
    good.write_bytes("id,nội dung\n1,Người dân lo phí cao\n".encode())
    out = StringIO()
    call_command("opinion", "import", str(good), stdout=out)
    assert "mới 1" in out.getvalue()


def test_it_keeps_the_childs_rows_private_and_deletes_them(tmp_path, monkeypatch):
    from lantoa.opinion import importers

    seen = {}
    real = importers.write_rows

    def spy(path, filename, rows_path):  # type: ignore[no-untyped-def]
        count = real(path, filename, rows_path)
        seen["mode"] = os.stat(rows_path).st_mode & 0o777
        return count

    monkeypatch.setattr(importers, "parse_in_child", lambda func, *args, **kw: spy(*args))
    path = tmp_path / "x.csv"
    path.write_bytes("id,nội dung,tác giả\n1,Gọi 0912345678,@ai\n".encode())
    rows = list(importers.records_in_child(path, filename="x.csv"))
    assert rows[0].author == "@ai" and seen["mode"] == 0o600
    assert list(tmp_path.iterdir()) == [path]
