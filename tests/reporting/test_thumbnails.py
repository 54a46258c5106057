"""Thumbnails of photo evidence: made by the worker from the checked photo, stored beside it."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tasks_db.models import DBTaskResult
from PIL import Image

from lantoa.organization.models import Unit
from lantoa.reporting.services import ActivityInput, activity_record, evidence_add
from lantoa.reporting.thumbnails import evidence_thumbnail_make, thumbnail_name, thumbnail_ready
from tests.conftest import png_bytes
from tests.security.hostile_media import honest_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(kl51_campaign, commune_reporter):
    return activity_record(
        campaign=kl51_campaign,
        unit=Unit.objects.get(code="03127"),
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị",
            figures={"sessions": 1},
        ),
        user=commune_reporter,
    )


def test_it_makes_a_small_jpeg_beside_the_photo(activity, commune_reporter):
    photo = evidence_add(
        activity=activity,
        user=commune_reporter,
        upload=SimpleUploadedFile("hoi-nghi.png", png_bytes((1200, 900))),
    )
    assert not thumbnail_ready(photo)
    assert evidence_thumbnail_make(evidence_id=photo.pk) is True
    assert thumbnail_ready(photo)
    name = thumbnail_name(photo)
    assert name.startswith(photo.file.name)
    with photo.file.storage.open(name, "rb") as stored:
        small = Image.open(io.BytesIO(stored.read()))
    assert small.format == "JPEG" and small.size == (320, 240)


def test_it_makes_no_thumbnail_of_a_pdf(activity, commune_reporter):
    pdf = evidence_add(
        activity=activity,
        user=commune_reporter,
        upload=SimpleUploadedFile("bien-ban.pdf", honest_pdf()),
    )
    assert evidence_thumbnail_make(evidence_id=pdf.pk) is False
    assert not thumbnail_ready(pdf)


def test_it_leaves_the_thumbnail_to_the_worker_once_the_photo_is_stored(
    activity, commune_reporter, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        photo = evidence_add(
            activity=activity,
            user=commune_reporter,
            upload=SimpleUploadedFile("anh.png", png_bytes()),
        )
    queued = DBTaskResult.objects.filter(task_path__endswith="evidence_thumbnail_task")
    assert [job.args_kwargs["args"] for job in queued] == [[photo.pk]]
