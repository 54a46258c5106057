import datetime
import io
import threading

import pytest
from django.db import connection
from django.urls import reverse
from docx import Document

from lantoa.documents.models import OutgoingDocument
from lantoa.documents.services import RegisterError, outgoing_number_next
from lantoa.reminders.letter import reminder_letter_issue
from lantoa.reporting.services import report_request_create
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)


def test_it_numbers_per_type_and_year():
    assert outgoing_number_next(doc_type="CV", year=2026) == 1
    assert outgoing_number_next(doc_type="CV", year=2026) == 2
    assert outgoing_number_next(doc_type="BC", year=2026) == 1
    assert outgoing_number_next(doc_type="CV", year=2027) == 1
    with pytest.raises(RegisterError):
        outgoing_number_next(doc_type="XX", year=2026)


@pytest.mark.django_db(transaction=True)
def test_it_never_gives_one_number_twice_under_concurrency():
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the race is exercised on PostgreSQL")
    numbers: list[int] = []

    def take() -> None:
        for _ in range(5):
            numbers.append(outgoing_number_next(doc_type="TB", year=2031))
        connection.close()

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(numbers) == list(range(1, 21))


def _docx_text(document: OutgoingDocument) -> str:
    with document.file.open("rb") as handle:
        docx = Document(io.BytesIO(handle.read()))
    parts = [p.text for p in docx.paragraphs]
    for table in docx.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_it_issues_a_numbered_reminder_letter_listing_the_late_units(kl51_campaign, board_user):
    report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    first = reminder_letter_issue(campaign=kl51_campaign, day=TODAY, user=board_user)
    second = reminder_letter_issue(campaign=kl51_campaign, day=TODAY, user=board_user)
    assert (first.number, second.number) == (first.number, first.number + 1)
    assert first.code == f"{first.number}-CV/BTGDVTU"
    assert first.filename.endswith(".docx") and len(first.sha256) == 64
    text = _docx_text(first)
    assert "Đảng ủy xã Mường Nhé" in text
    assert "Báo cáo tháng 7" in text
    assert "V/v đôn đốc" in text
    assert "K/T" in text


def test_it_refuses_a_letter_when_nobody_is_late(kl51_campaign, board_user):
    with pytest.raises(RegisterError):
        reminder_letter_issue(campaign=kl51_campaign, day=TODAY, user=board_user)
    assert not OutgoingDocument.objects.exists()


def test_it_lets_board_staff_only_draft_from_the_page_and_see_the_register(
    kl51_campaign, board_user
):
    report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    client = client_for(board_user)
    url = f"{reverse('reminders:letter_create')}?dot={kl51_campaign.pk}"
    preview = client.get(url)
    assert preview.status_code == 200
    assert "Đảng ủy xã Mường Nhé" in preview.content.decode()
    # Staff alone no longer issue: the page saves a draft for a leader (#15.5).
    response = client.post(url, {"dot": kl51_campaign.pk, "dinh_dang": "docx"})
    # A post the form refuses comes back on the form with 400 (core.forms.render_form).
    assert response.status_code == 400 and not OutgoingDocument.objects.exists()
    document = reminder_letter_issue(campaign=kl51_campaign, day=TODAY, user=board_user)
    # The register opens on the current year; the letter was issued on TODAY, in its year.
    register = client.get(reverse("documents:register"), {"nam": TODAY.year}).content.decode()
    assert document.code in register
    download = client.get(reverse("documents:outgoing_file", args=[document.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"PK")


def test_it_hides_the_register_from_reporters(kl51_campaign, commune_reporter):
    client = client_for(commune_reporter)
    assert client.get(reverse("documents:register")).status_code == 404
    assert client.get(reverse("reminders:letter_create")).status_code == 403


def test_it_issues_the_letter_as_pdf_too(kl51_campaign, board_user):
    report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    document = reminder_letter_issue(campaign=kl51_campaign, day=TODAY, user=board_user, fmt="pdf")
    with document.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert document.filename.endswith(".pdf")


def test_it_writes_the_trich_yeu_as_a_van_thu_does(kl51_campaign, board_user, leader_user):
    from lantoa.documents.reports import services as reports

    report = reports.official_report_create(campaign=kl51_campaign, kind="progress", user=None)
    reports.official_report_submit(report=report)
    reports.official_report_approve(report=report, user=leader_user)
    issued = reports.official_report_issue(report=report, user=board_user, today=TODAY)
    summary = issued.outgoing.summary
    assert summary.startswith("Báo cáo sơ kết việc nghiên cứu") and "Báo cáo Báo cáo" not in summary
    assert "Kết luận số 51-KL/TW" in summary
    page = client_for(board_user).get(reverse("documents:register"), {"nam": TODAY.year})
    assert summary in page.content.decode() and "Báo cáo Báo cáo" not in page.content.decode()
    report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    letter = reminder_letter_issue(campaign=kl51_campaign, day=TODAY, user=board_user)
    assert letter.summary.startswith("V/v đôn đốc")


def test_it_continues_the_paper_register_from_the_number_the_van_thu_sets(board_user):
    from lantoa.documents.services import outgoing_counter_set

    outgoing_counter_set(doc_type="CV", year=2026, next_number=118)
    assert outgoing_number_next(doc_type="CV", year=2026) == 118
    assert outgoing_number_next(doc_type="BC", year=2026) == 1  # per type
    assert outgoing_number_next(doc_type="CV", year=2027) == 1  # per year
    with pytest.raises(RegisterError, match="không cấp lại"):
        outgoing_counter_set(doc_type="CV", year=2026, next_number=118)
    for bad in (0, 100_001):
        with pytest.raises(RegisterError):
            outgoing_counter_set(doc_type="CV", year=2026, next_number=bad)
    assert outgoing_number_next(doc_type="CV", year=2026) == 119


def test_it_lets_board_staff_set_the_next_number_from_the_register(
    django_capture_on_commit_callbacks, board_user, leader_user
):
    url = reverse("documents:counter_set")
    board = client_for(board_user)
    with django_capture_on_commit_callbacks(execute=True):
        board.post(url, {"loai": "CV", "nam": "2026", "so_tiep_theo": "42"})
    page = board.get(reverse("documents:register"), {"nam": 2026}).content.decode()
    assert "Công văn (CV): số 42" in page
    refused = board.post(url, {"loai": "CV", "nam": "2026", "so_tiep_theo": "7"}, follow=True)
    assert "không cấp lại số đã dùng" in refused.content.decode()
    assert (
        "số tiếp theo phải là số nguyên"
        in board.post(url, {"loai": "CV", "nam": "2026", "so_tiep_theo": "abc"}, follow=True)
        .content.decode()
        .lower()
    )
    assert outgoing_number_next(doc_type="CV", year=2026) == 42
    assert (
        client_for(leader_user)
        .post(url, {"loai": "CV", "nam": "2026", "so_tiep_theo": "90"})
        .status_code
        == 403
    )
