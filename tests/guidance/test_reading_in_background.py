"""An uploaded guidance is read by the worker while a page waits, then opens for review."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from lantoa.campaigns.proposal import CampaignProposal
from lantoa.campaigns.services import CampaignError
from lantoa.guidance.models import GuidanceDocument, GuidanceStatus
from lantoa.guidance.services import (
    guidance_confirm,
    guidance_document_read,
    guidance_documents_resume,
)
from tests.conftest import SEED_NAME, client_for, seed_bytes

pytestmark = pytest.mark.django_db


def _upload(client):  # type: ignore[no-untyped-def]
    answer = client.post(
        reverse("guidance:upload"), {"tep": SimpleUploadedFile(SEED_NAME, seed_bytes())}
    )
    assert answer.status_code == 302
    return answer["Location"], GuidanceDocument.objects.get()


def test_it_keeps_the_file_and_shows_a_waiting_page_until_the_worker_reads_it(board_user):
    client = client_for(board_user)
    url, document = _upload(client)
    # No worker has run: the file is kept, nothing is read yet.
    assert document.status == GuidanceStatus.READING and document.original and not document.text
    page = client.get(url).content.decode()
    assert "Đang đọc văn bản" in page and 'hx-trigger="every 2s"' in page
    polled = client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="guidance-reading")
    assert polled.status_code == 200 and "guidance-reading" in polled.content.decode()
    assert "<html" not in polled.content.decode()

    guidance_document_read(document=document)

    # The waiting page's next poll opens the review whole.
    assert (
        client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="guidance-reading").headers[
            "HX-Refresh"
        ]
        == "true"
    )
    review = client.get(url)
    assert "form" in review.context and "51-KL/TW" in review.context["proposal"].title


def test_it_refuses_to_review_or_confirm_a_document_still_being_read(board_user):
    _url, document = _upload(client_for(board_user))
    with pytest.raises(CampaignError) as refused:
        guidance_confirm(document=document, proposal=CampaignProposal(), user=None)
    assert "chưa đọc xong" in str(refused.value)
    document.refresh_from_db()
    assert document.status == GuidanceStatus.READING and document.campaign is None


def test_it_reads_a_document_once_however_often_the_job_runs(board_user):
    _url, document = _upload(client_for(board_user))
    guidance_document_read(document=document)
    read = GuidanceDocument.objects.get()
    read.proposal = {**read.proposal, "title": "Đã sửa khi rà soát"}
    read.save(update_fields=["proposal"])

    guidance_document_read(document=GuidanceDocument.objects.get())

    assert GuidanceDocument.objects.get().proposal["title"] == "Đã sửa khi rà soát"


def test_it_queues_again_the_readings_a_stopped_worker_left(board_user, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    _url, document = _upload(client_for(board_user))

    assert guidance_documents_resume() == 1

    document.refresh_from_db()
    assert document.status == GuidanceStatus.DRAFT and document.text
    assert guidance_documents_resume() == 0


def test_it_refuses_a_hostile_file_at_once_and_keeps_nothing(board_user):
    client = client_for(board_user)
    answer = client.post(
        reverse("guidance:upload"),
        {"tep": SimpleUploadedFile("huong-dan.txt", b"<script>alert(1)</script> " * 20)},
    )
    assert answer.status_code == 400 and "script" in answer.content.decode().lower()
    assert not GuidanceDocument.objects.exists()


def test_it_ends_a_reading_the_reader_itself_broke_with_a_message(board_user, monkeypatch):
    client = client_for(board_user)
    url, document = _upload(client)

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug in the reader")

    monkeypatch.setattr("lantoa.guidance.reading.guidance_file_parse", broken)
    guidance_document_read(document=document)

    document.refresh_from_db()
    assert document.status == GuidanceStatus.FAILED and "báo quản trị" in document.error
    page = client.get(url).content.decode()
    assert "báo quản trị" in page and "hx-trigger" not in page


def test_it_says_when_no_worker_has_taken_the_file_up(board_user):
    client = client_for(board_user)
    url, document = _upload(client)
    assert "db_worker" not in client.get(url).content.decode()
    GuidanceDocument.objects.filter(pk=document.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=3)
    )
    page = client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="guidance-reading")
    assert "tiến trình nền có thể chưa chạy" in page.content.decode()
