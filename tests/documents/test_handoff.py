"""The e-office hand-off package: signed PDF, .docx and metadata.json, board staff only (#20.5)."""

import datetime
import io
import json
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from lantoa.audit.models import AuditEntry
from lantoa.documents.models import OutgoingState
from lantoa.reminders.letter import reminder_letter_issue
from lantoa.reporting.services import report_request_create
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)


def _issue(campaign, user):  # type: ignore[no-untyped-def]
    report_request_create(
        campaign=campaign, title="Báo cáo tháng 7", due_date=datetime.date(2026, 7, 30), user=None
    )
    return reminder_letter_issue(campaign=campaign, day=TODAY, user=user)


def test_it_packs_the_pdf_the_docx_and_the_metadata(kl51_campaign, board_user):
    document = _issue(kl51_campaign, board_user)
    answer = client_for(board_user).get(reverse("documents:handoff", args=[document.pk]))
    assert answer.status_code == 200 and answer["Content-Type"] == "application/zip"
    assert answer["Content-Disposition"].endswith(f'{document.number}-CV-BTGDVTU-2026.zip"')
    archive = zipfile.ZipFile(io.BytesIO(answer.content))
    # No signing token here: the issued PDF carries no signature and is not called signed.
    assert sorted(archive.namelist()) == ["metadata.json", "van-ban.docx", "van-ban.pdf"]
    with default_storage.open(document.sibling_name("pdf"), "rb") as handle:
        assert archive.read("van-ban.pdf") == handle.read()
    meta = json.loads(archive.read("metadata.json"))
    assert meta["schema"] == "lantoa-goi-van-ban/1"
    assert meta["number"] == document.number and meta["code"] == document.code
    assert meta["type"] == {"code": "CV", "name": "Công văn"}
    assert meta["subject"] == document.title
    assert meta["issuer"].startswith("Ban Tuyên giáo")
    assert meta["date"] == f"{document.issued_at.astimezone():%d/%m/%Y}"
    assert meta["recipients"] and not meta["recipients"][0].startswith("-")
    assert any("Lưu" in item for item in meta["recipients"])
    assert meta["signer"]["name"] and meta["signatures"] == []
    assert meta["files"]["pdf"] == "van-ban.pdf"
    assert AuditEntry.objects.filter(action="export", detail__format="zip").exists()


def test_it_prefers_the_leaders_signed_copy(kl51_campaign, board_user):
    document = _issue(kl51_campaign, board_user)
    with default_storage.open(document.sibling_name("ky.pdf"), "wb") as handle:
        handle.write(b"%PDF-1.7 leader copy")
    answer = client_for(board_user).get(reverse("documents:handoff", args=[document.pk]))
    archive = zipfile.ZipFile(io.BytesIO(answer.content))
    assert archive.read("van-ban-da-ky.pdf") == b"%PDF-1.7 leader copy"


def test_it_refuses_leaders_and_units(kl51_campaign, board_user, leader_user, commune_reporter):
    document = _issue(kl51_campaign, board_user)
    url = reverse("documents:handoff", args=[document.pk])
    assert client_for(leader_user).get(url).status_code in (403, 404)
    assert client_for(commune_reporter).get(url).status_code in (403, 404)


def test_it_answers_404_for_an_entry_without_files(kl51_campaign, board_user):
    document = _issue(kl51_campaign, board_user)
    document.state = OutgoingState.VOID
    document.save(update_fields=["state"])
    board = client_for(board_user)
    assert board.get(reverse("documents:handoff", args=[document.pk])).status_code == 404
    assert board.get(reverse("documents:outgoing_file", args=[document.pk])).status_code == 404
    assert not AuditEntry.objects.filter(action="export", detail__format="zip").exists()


def test_it_packs_a_document_whose_stored_docx_is_damaged_without_its_closing():
    from lantoa.documents.handoff import closing_of_docx

    assert closing_of_docx(b"not a zip") == ([], "", "")


def test_it_calls_the_issued_pdf_signed_when_the_organisations_token_signed_it(
    kl51_campaign, board_user
):
    document = _issue(kl51_campaign, board_user)
    document.signatures = [{"signer": "Ban Tuyên giáo", "verdict": "valid", "by": "organisation"}]
    document.save(update_fields=["signatures"])
    answer = client_for(board_user).get(reverse("documents:handoff", args=[document.pk]))
    archive = zipfile.ZipFile(io.BytesIO(answer.content))
    assert "van-ban-da-ky.pdf" in archive.namelist()
    assert json.loads(archive.read("metadata.json"))["files"]["pdf"] == "van-ban-da-ky.pdf"
