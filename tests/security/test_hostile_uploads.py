"""Hostile files are refused before any parser sees them, and the server stays up."""

from __future__ import annotations

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lantoa.core.isolation import parse_in_child
from lantoa.core.uploads import UploadRefused, check_upload
from lantoa.guidance.models import GuidanceDocument
from tests.conftest import client_for, seed_bytes
from tests.security import hostile
from tests.security.hostile_imports import opinion_corpus

CORPUS = hostile.corpus()
# Only a bound for "no hang": the measured times are printed by benchmarks/upload_refusals.py.
NO_HANG_SECONDS = 10


@pytest.mark.parametrize("case", CORPUS, ids=[c.label for c in CORPUS])
def test_it_refuses_each_hostile_file_with_a_vietnamese_message(case):
    started = time.monotonic()
    with pytest.raises(UploadRefused) as refused:
        check_upload(case.data, filename=case.filename, allowed=set(case.allowed))
    assert time.monotonic() - started < NO_HANG_SECONDS
    message = refused.value.message.lower()
    assert any(part.lower() in message for part in case.message.split("|")), message
    assert any(ch in refused.value.message for ch in "ệảịốừ"), "message must be Vietnamese"


GUIDANCE_CASES = [c for c in CORPUS if c.allowed == hostile.GUIDANCE_TYPES]


@pytest.mark.django_db
@pytest.mark.parametrize("case", GUIDANCE_CASES, ids=[c.label for c in GUIDANCE_CASES])
def test_it_refuses_hostile_guidance_uploads_and_keeps_serving(case, board_user, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = None
    client = client_for(board_user)
    response = client.post(
        reverse("guidance:upload"), {"tep": SimpleUploadedFile(case.filename, case.data)}
    )
    assert response.status_code == 400
    assert not GuidanceDocument.objects.exists()
    assert client.get(reverse("healthz")).status_code == 200
    assert client.get(reverse("guidance:upload")).status_code == 200


def test_it_accepts_honest_files():
    assert check_upload(seed_bytes(), filename="hd.txt", allowed={".txt"}) == "text"
    assert check_upload(hostile.PDF, filename="hd.pdf", allowed={".pdf"}) == "pdf"
    sheet = hostile.xlsx({"A1": "Đơn vị", "C50000": 3})
    assert check_upload(sheet, filename="bang.xlsx", allowed={".xlsx"}) == "zip"
    document = hostile.docx(hostile._DOC_START + "Hướng dẫn" + hostile._DOC_END)
    assert check_upload(document, filename="hd.docx", allowed={".docx"}) == "zip"


def test_it_returns_what_the_child_parser_returns():
    assert parse_in_child(hostile.double, 21) == 42


def test_it_stops_a_parser_that_eats_memory():
    with pytest.raises(UploadRefused, match="bộ nhớ"):
        parse_in_child(hostile.eat_memory, 2000, memory_mb=256, seconds=20)


def test_it_stops_a_parser_that_hangs():
    started = time.monotonic()
    with pytest.raises(UploadRefused, match="giây"):
        parse_in_child(hostile.sleep_for, 60, seconds=1)
    assert time.monotonic() - started < NO_HANG_SECONDS


def test_it_passes_on_a_parsers_vietnamese_refusal_and_hides_a_crash():
    from lantoa.guidance.parsing import DocumentError

    with pytest.raises(DocumentError, match="thử lỗi"):
        parse_in_child(hostile.refuse)
    with pytest.raises(UploadRefused, match="Không đọc được"):
        parse_in_child(hostile.crash)


# ---------------------------------------------------------------- the opinion import (web)

OPINION_CASES = [c for c in CORPUS if c.allowed == frozenset({".xlsx"})] + opinion_corpus()


@pytest.mark.django_db
@pytest.mark.parametrize("case", OPINION_CASES, ids=[c.label for c in OPINION_CASES])
def test_it_refuses_hostile_opinion_imports_and_ends_the_job(
    case, board_user, django_capture_on_commit_callbacks
):
    from lantoa.opinion.models import ImportJob, ImportState, Item
    from lantoa.opinion.services import import_run
    from lantoa.organization.models import Unit

    client = client_for(board_user)
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(
            reverse("opinion:imports"),
            {
                "file": SimpleUploadedFile(case.filename, case.data),
                "source": "Thử",
                "unit": Unit.objects.get(code="BTGDVTU").pk,
            },
        )
    job = ImportJob.objects.first()
    if job is None:  # refused at upload, before anything was stored
        assert response.status_code == 400
        shown = response.content.decode()
    else:
        started = time.monotonic()
        import_run(job=job)
        assert time.monotonic() - started < NO_HANG_SECONDS
        job.refresh_from_db()
        assert job.state == ImportState.FAILED and job.finished_at is not None
        shown = client.get(reverse("opinion:import_status", args=[job.pk])).content.decode()
        assert job.error and job.error in shown
    assert any(part.lower() in shown.lower() for part in case.message.split("|")), shown
    assert not Item.objects.exists()
    assert client.get(reverse("healthz")).status_code == 200


def test_it_tells_a_parser_that_died_from_one_killed_for_memory():
    with pytest.raises(UploadRefused, match="dừng đột ngột") as died:
        parse_in_child(hostile.die_silently, 3)
    assert "bộ nhớ" not in died.value.message
    with pytest.raises(UploadRefused, match="bộ nhớ"):
        parse_in_child(hostile.killed)
