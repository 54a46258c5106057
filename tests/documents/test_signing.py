"""Issued PDFs signed by the board's token, and a leader's signed copy checked at upload (#20.2)."""

import datetime

import pytest
from cryptography.hazmat.primitives import serialization
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lantoa.audit.models import AuditEntry
from lantoa.core.pdfsign import pdf_sign_pkcs11, pdf_signatures_check
from lantoa.documents.models import OutgoingDocument
from lantoa.documents.services import RegisterError, outgoing_signed_copy_add
from lantoa.reminders.letter import reminder_letter_issue
from lantoa.reporting.services import report_request_create
from tests.conftest import client_for
from tests.core.signing_support import signing_world

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)


@pytest.fixture
def world(settings, tmp_path):  # type: ignore[no-untyped-def]
    world = signing_world()
    roots = tmp_path / "roots"
    roots.mkdir()
    (roots / "ca.pem").write_bytes(world.ca.pem())
    settings.LANTOA_TRUSTED_ROOTS_DIR = str(roots)
    settings.LANTOA_PKCS11 = world.board
    return world


def _issue(campaign, user) -> OutgoingDocument:  # type: ignore[no-untyped-def]
    report_request_create(
        campaign=campaign, title="Báo cáo tháng 7", due_date=datetime.date(2026, 7, 30), user=None
    )
    return reminder_letter_issue(campaign=campaign, day=TODAY, user=user)


def _issued_pdf(document: OutgoingDocument) -> bytes:
    with default_storage.open(document.sibling_name("pdf"), "rb") as handle:
        return handle.read()


def test_it_signs_the_issued_pdf_with_the_boards_token(world, kl51_campaign, board_user):
    document = _issue(kl51_campaign, board_user)
    (signature,) = document.signatures
    assert signature["signer"] == "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    assert signature["verdict"] == "valid" and signature["by"] == "organisation"
    der = world.ca.cert.public_bytes(serialization.Encoding.DER)
    (check,) = pdf_signatures_check(_issued_pdf(document), roots=[der])
    assert check.verdict == "valid"


def test_it_issues_unsigned_when_no_token_is_configured(world, settings, kl51_campaign, board_user):
    settings.LANTOA_PKCS11 = None
    document = _issue(kl51_campaign, board_user)
    assert document.signatures == []
    assert pdf_signatures_check(_issued_pdf(document), roots=[]) == []


def test_it_keeps_a_leaders_copy_that_only_adds_a_signature(world, kl51_campaign, board_user):
    document = _issue(kl51_campaign, board_user)
    copy = pdf_sign_pkcs11(_issued_pdf(document), config=world.leader, field="LanhDao")
    client = client_for(board_user)
    url = reverse("documents:signatures", args=[document.pk])
    answer = client.post(url, {"tep": SimpleUploadedFile("ky.pdf", copy, "application/pdf")})
    assert answer.status_code == 302
    document.refresh_from_db()
    assert [(s["signer"], s["verdict"], s["by"]) for s in document.signatures] == [
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "valid", "organisation"),
        ("Nguyễn Văn Lãnh Đạo", "valid", "leader"),
    ]
    entry = AuditEntry.objects.get(detail__op="outgoing_signed_copy_add")
    assert entry.detail["document"] == document.pk
    page = client.get(url).content.decode()
    assert "Nguyễn Văn Lãnh Đạo" in page and "Hợp lệ" in page
    assert "dinh_dang=ky.pdf" in page
    stored = client.get(
        reverse("documents:outgoing_file", args=[document.pk]), {"dinh_dang": "ky.pdf"}
    )
    assert b"".join(stored.streaming_content) == copy


def test_it_refuses_a_copy_of_another_file_or_altered(world, kl51_campaign, board_user):
    document = _issue(kl51_campaign, board_user)
    copy = bytearray(pdf_sign_pkcs11(_issued_pdf(document), config=world.leader, field="LanhDao"))
    at = copy.index(b"/MediaBox")
    copy[at + 12 : at + 13] = b"9" if copy[at + 12 : at + 13] != b"9" else b"8"
    with pytest.raises(RegisterError, match="đã bị sửa sau khi ký"):
        outgoing_signed_copy_add(document=document, data=bytes(copy), filename="ky.pdf", user=None)
    with pytest.raises(RegisterError, match="không có chữ ký số"):
        outgoing_signed_copy_add(document=document, data=_unsigned(), filename="a.pdf", user=None)
    document.refresh_from_db()
    assert [s["by"] for s in document.signatures] == ["organisation"]
    assert not default_storage.exists(document.sibling_name("ky.pdf"))


def test_it_shows_an_unknown_root_for_a_foreign_ca(
    world, settings, tmp_path, kl51_campaign, board_user
):
    document = _issue(kl51_campaign, board_user)
    empty = tmp_path / "none"
    empty.mkdir()
    settings.LANTOA_TRUSTED_ROOTS_DIR = str(empty)
    copy = pdf_sign_pkcs11(_issued_pdf(document), config=world.leader, field="LanhDao")
    saved = outgoing_signed_copy_add(document=document, data=copy, filename="ky.pdf", user=None)
    assert {s["verdict"] for s in saved.signatures} == {"unknown_root"}
    page = client_for(board_user).get(reverse("documents:signatures", args=[document.pk]))
    assert "Chứng thư không thuộc tổ chức chứng thực tin cậy" in page.content.decode()


def _unsigned() -> bytes:
    from weasyprint import HTML

    return HTML(string="<p>Bản không ký</p>").write_pdf()


def test_it_signs_the_pdfa_copy_and_keeps_its_claims(world, kl51_campaign, board_user):
    import io

    from pypdf import PdfReader

    document = _issue(kl51_campaign, board_user)
    reader = PdfReader(io.BytesIO(_issued_pdf(document)))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfaid:part="3"' in xmp and "/OutputIntents" in reader.trailer["/Root"]
    assert reader.metadata is not None and reader.metadata["/Subject"] in document.title
    assert document.signatures[0]["verdict"] == "valid"


def test_it_refuses_an_unsigned_copy_on_the_page_with_a_400(world, kl51_campaign, board_user):
    document = _issue(kl51_campaign, board_user)
    url = reverse("documents:signatures", args=[document.pk])
    unsigned = SimpleUploadedFile("ky.pdf", _unsigned(), "application/pdf")
    answer = client_for(board_user).post(url, {"tep": unsigned})
    assert answer.status_code == 400
    assert "không có chữ ký số" in answer.content.decode()
    document.refresh_from_db()
    assert [s["by"] for s in document.signatures] == ["organisation"]
    assert not default_storage.exists(document.sibling_name("ky.pdf"))
    assert not AuditEntry.objects.filter(detail__op="outgoing_signed_copy_add").exists()
