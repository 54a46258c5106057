"""Issuing numbers in a short transaction and renders outside it; failures leave nothing."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from lantoa.documents import services as register
from lantoa.documents.models import OfficialReport, OutgoingDocument, OutgoingState, ReportStatus
from lantoa.documents.reports import services as reports
from lantoa.documents.services import (
    RegisterError,
    outgoing_document_issue,
    outgoing_document_reserve,
)
from lantoa.reminders import letter
from lantoa.reporting.services import report_request_create
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)


def stored_files() -> list[str]:
    """Every file under the register's folder, temporaries included."""
    root = Path(settings.MEDIA_ROOT) / "outgoing"
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture
def approved_report(kl51_campaign, board_user, leader_user):
    report = reports.official_report_create(campaign=kl51_campaign, kind="progress", user=None)
    reports.official_report_submit(report=report)
    return reports.official_report_approve(report=report, user=leader_user)


@pytest.fixture
def late_campaign(kl51_campaign):
    report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    return kl51_campaign


def outside(real, depth: int, calls: list[str]):  # type: ignore[no-untyped-def]
    """Wrap a renderer so that it fails if any transaction beyond the test's own is open."""

    def wrapped(document, **options):  # type: ignore[no-untyped-def]
        assert len(connection.atomic_blocks) == depth, "rendering inside a transaction"
        calls.append(real.__name__)
        return real(document, **options)

    return wrapped


@pytest.mark.django_db(transaction=True)
def test_it_renders_with_no_transaction_open():
    # A transactional test: nothing wraps it, so any open transaction is the service's own.
    seen: list[bool] = []

    def render(number: int) -> dict[str, bytes]:
        seen.append(connection.in_atomic_block)
        return {"docx": f"PK văn bản số {number}".encode()}

    document = outgoing_document_issue(
        doc_type="TB",
        year=2031,
        symbol="TB/BTGDVTU",
        title="Thông báo thử",
        render=render,
        filename="thong-bao-{number}.docx",
        user=None,
    )
    assert seen == [False]
    assert document.state == OutgoingState.ISSUED and document.number == 1
    assert document.file.open("rb").read() == "PK văn bản số 1".encode()


def test_it_renders_an_official_report_outside_the_issuing_transactions(
    approved_report, board_user, monkeypatch
):
    depth, calls = len(connection.atomic_blocks), []
    monkeypatch.setattr(reports, "render_docx", outside(reports.render_docx, depth, calls))
    monkeypatch.setattr(reports, "render_pdf", outside(reports.render_pdf, depth, calls))
    issued = reports.official_report_issue(report=approved_report, user=board_user, today=TODAY)
    assert calls == ["render_docx", "render_pdf"]
    assert issued.status == ReportStatus.ISSUED and issued.outgoing.state == OutgoingState.ISSUED
    assert issued.pdf_file.open("rb").read(5) == b"%PDF-"
    assert len(stored_files()) == 2


def test_it_renders_a_reminder_letter_outside_the_issuing_transactions(
    late_campaign, board_user, monkeypatch
):
    depth, calls = len(connection.atomic_blocks), []
    monkeypatch.setattr(letter, "render_pdf", outside(letter.render_pdf, depth, calls))
    document = letter.reminder_letter_issue(
        campaign=late_campaign, day=TODAY, user=board_user, fmt="pdf"
    )
    assert calls == ["render_pdf"] and document.state == OutgoingState.ISSUED


def _fail_rendering(monkeypatch):  # type: ignore[no-untyped-def]
    def broken(document, **_options):  # type: ignore[no-untyped-def]
        raise RuntimeError("font missing")

    monkeypatch.setattr(reports, "render_pdf", broken)


def _fail_writing_the_pdf(monkeypatch):  # type: ignore[no-untyped-def]
    real = register._write_in_place

    def disk_full(name: str, data: bytes) -> None:
        if name.endswith(".pdf"):
            raise OSError(28, "No space left on device")
        real(name, data)

    monkeypatch.setattr(register, "_write_in_place", disk_full)


def _fail_completing(monkeypatch):  # type: ignore[no-untyped-def]
    def locked(**kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("database is locked")

    monkeypatch.setattr(register, "outgoing_document_complete", locked)


@pytest.mark.parametrize("failure", [_fail_rendering, _fail_writing_the_pdf, _fail_completing])
def test_it_voids_the_number_and_keeps_no_file_when_a_report_fails_to_render(
    approved_report, board_user, monkeypatch, failure
):
    with monkeypatch.context() as patched:
        failure(patched)
        with pytest.raises(reports.OfficialReportError, match="ghi hủy"):
            reports.official_report_issue(report=approved_report, user=board_user, today=TODAY)
    void = OutgoingDocument.objects.get()
    assert void.state == OutgoingState.VOID and void.void_reason.startswith("Không tạo được tệp")
    report = OfficialReport.objects.get(pk=approved_report.pk)
    assert report.status == ReportStatus.APPROVED and report.outgoing is None
    assert stored_files() == []
    # Issuing again takes the next number; the void one is never given again.
    issued = reports.official_report_issue(report=report, user=board_user, today=TODAY)
    assert issued.outgoing.number == void.number + 1
    assert len(stored_files()) == 2


def test_it_voids_a_letter_whose_rendering_fails(late_campaign, board_user, monkeypatch):
    def broken(document):  # type: ignore[no-untyped-def]
        raise MemoryError

    monkeypatch.setattr(letter, "render_docx", broken)
    with pytest.raises(RegisterError, match="ghi hủy"):
        letter.reminder_letter_issue(campaign=late_campaign, day=TODAY, user=board_user)
    assert OutgoingDocument.objects.get().state == OutgoingState.VOID
    assert stored_files() == []


def test_it_refuses_a_second_issue_while_the_first_is_rendering(approved_report, board_user):
    entry = outgoing_document_reserve(
        doc_type="BC", year=2026, symbol="BC/BTGDVTU", title="x", filename="a.docx", user=None
    )
    OfficialReport.objects.filter(pk=approved_report.pk).update(outgoing=entry)
    with pytest.raises(reports.OfficialReportError, match="đang được tạo tệp"):
        reports.official_report_issue(report=approved_report, user=board_user, today=TODAY)
    assert OutgoingDocument.objects.count() == 1


def test_it_voids_an_entry_a_stopped_server_left_rendering(approved_report, board_user):
    entry = outgoing_document_reserve(
        doc_type="BC", year=2026, symbol="BC/BTGDVTU", title="x", filename="a.docx", user=None
    )
    OfficialReport.objects.filter(pk=approved_report.pk).update(outgoing=entry)
    path = Path(entry.file.path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"half")  # renamed into place before the server stopped
    path.with_name(path.name + ".abc.part").write_bytes(b"ha")
    OutgoingDocument.objects.filter(pk=entry.pk).update(
        issued_at=timezone.now() - datetime.timedelta(hours=1)
    )
    issued = reports.official_report_issue(report=approved_report, user=board_user, today=TODAY)
    entry.refresh_from_db()
    assert entry.state == OutgoingState.VOID and "dừng" in entry.void_reason
    assert issued.outgoing.number == entry.number + 1
    assert len(stored_files()) == 2 and not path.exists()


def test_it_shows_a_void_number_with_its_reason_and_serves_no_file(board_user):
    entry = outgoing_document_reserve(
        doc_type="CV", year=TODAY.year, symbol="CV/BTGDVTU", title="x", filename="a.docx", user=None
    )
    register.outgoing_document_void(document=entry, reason="Không tạo được tệp (OSError).")
    client = client_for(board_user)
    page = client.get(reverse("documents:register"), {"nam": TODAY.year}).content.decode()
    assert entry.code in page and "Không tạo được tệp (OSError)." in page
    assert client.get(reverse("documents:outgoing_file", args=[entry.pk])).status_code == 404
