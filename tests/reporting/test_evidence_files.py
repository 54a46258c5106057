"""Evidence files: downloads typed by their checked kind, named safely, never half-stored."""

from __future__ import annotations

import datetime
import html
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lantoa.accounts.models import Membership
from lantoa.api.services import api_token_issue
from lantoa.organization.models import Unit
from lantoa.reporting.models import Activity, Evidence
from lantoa.reporting.services import ActivityInput, activity_record, evidence_add
from tests.conftest import client_for, png_bytes
from tests.security.hostile_media import honest_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def ward():
    return Unit.objects.get(code="03127")


@pytest.fixture
def activity(kl51_campaign, ward, commune_reporter):
    return activity_record(
        campaign=kl51_campaign,
        unit=ward,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị",
            figures={"sessions": 1},
        ),
        user=commune_reporter,
    )


def _download(user, evidence):
    return client_for(user).get(reverse("reporting:evidence_download", args=[evidence.pk]))


def test_it_sends_a_pdf_as_a_download_and_a_re_encoded_photo_inline(activity, commune_reporter):
    pdf = evidence_add(
        activity=activity,
        user=commune_reporter,
        upload=SimpleUploadedFile("bien-ban.pdf", honest_pdf(), content_type="text/html"),
    )
    photo = evidence_add(
        activity=activity,
        user=commune_reporter,
        upload=SimpleUploadedFile("anh.png", png_bytes(), content_type="text/html"),
    )
    sent = _download(commune_reporter, pdf)
    assert sent["Content-Disposition"].startswith("attachment")
    assert sent["Content-Type"] == "application/pdf"  # from the checked kind, not the browser's
    assert sent["X-Content-Type-Options"] == "nosniff"
    shown = _download(commune_reporter, photo)
    assert (
        shown["Content-Disposition"].startswith("inline") and shown["Content-Type"] == "image/png"
    )
    assert shown["X-Content-Type-Options"] == "nosniff"


def test_it_sends_an_older_stored_file_of_unknown_type_as_a_download(activity, commune_reporter):
    evidence = evidence_add(
        activity=activity, user=commune_reporter, upload=SimpleUploadedFile("a.png", png_bytes())
    )
    Evidence.objects.filter(pk=evidence.pk).update(content_type="text/html", original_name="a.html")
    sent = _download(commune_reporter, Evidence.objects.get(pk=evidence.pk))
    assert sent["Content-Type"] == "application/octet-stream"
    assert sent["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("x.png\x00.html", "x.png"), ("bao\u202egnp.png", "baognp.png"), ("Ảnh hội nghị.png", None)],
)
def test_it_stores_and_sends_the_name_without_nul_or_direction_tricks(
    activity, commune_reporter, typed, kept
):
    evidence = evidence_add(
        activity=activity, user=commune_reporter, upload=SimpleUploadedFile(typed, png_bytes())
    )
    assert evidence.original_name == (kept or typed)
    disposition = _download(commune_reporter, evidence)["Content-Disposition"]
    assert "html" not in disposition and "\u202e" not in disposition


def test_it_refuses_a_name_whose_extension_lies_about_the_content(activity, commune_reporter):
    response = client_for(commune_reporter).post(
        reverse("reporting:evidence_upload", args=[activity.pk]),
        {"file": SimpleUploadedFile("anh.pdf", png_bytes())},
        follow=True,
    )
    assert "không khớp đuôi .pdf" in html.unescape(response.content.decode())
    assert not Evidence.objects.exists()


@pytest.fixture
def unwritable_media(settings, tmp_path):
    """Point uploads at a folder that cannot be created (a file is in the way), even as root."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    settings.MEDIA_ROOT = blocker / "uploads"
    return blocker


def test_it_explains_an_unwritable_folder_on_the_web_and_stores_nothing(
    kl51_campaign, ward, commune_reporter, unwritable_media
):
    response = client_for(commune_reporter).post(
        reverse("reporting:activity_create", args=[kl51_campaign.pk, ward.pk]),
        {
            "channel": "conference",
            "date": "25/06/2026",
            "title": "Hội nghị quán triệt",
            "sessions": "1",
            "file": SimpleUploadedFile("anh.png", png_bytes()),
        },
    )
    assert response.status_code == 400
    assert "không lưu được tệp" in html.unescape(response.content.decode())
    assert not Activity.objects.exists() and not Evidence.objects.exists()
    assert unwritable_media.read_text() == "not a folder"


def test_it_answers_an_unwritable_folder_in_the_apis_json(
    activity, commune_reporter, unwritable_media
):
    membership = Membership.objects.filter(user=commune_reporter).first()
    secret = api_token_issue(user=commune_reporter, membership_id=membership.pk, name="x").secret
    response = client_for(commune_reporter).post(
        reverse("api:evidence_create", args=[activity.pk]),
        {"file": SimpleUploadedFile("bien-ban.pdf", honest_pdf())},
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )
    assert response.status_code in (400, 503)
    assert response["Content-Type"].startswith("application/json")
    assert "không lưu được tệp" in response.json()["errors"]["evidence"]
    assert not Evidence.objects.exists()
    assert not any(Path(unwritable_media.parent).rglob("*.pdf"))
