"""A signed PDF guidance shows its signers, times and verdict on the review screen (#20.3)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from weasyprint import HTML

from lantoa.core.pdfsign import pdf_sign_pkcs11
from lantoa.guidance.models import GuidanceDocument
from tests.conftest import client_for
from tests.core.signing_support import signing_world

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("worker_running")]

GUIDANCE = (
    "<p>TỈNH ỦY ĐIỆN BIÊN</p><p>Số 12-HD/BTGDVTU</p>"
    "<p>Điện Biên, ngày 02 tháng 3 năm 2026</p><p><b>HƯỚNG DẪN</b></p>"
    "<p>tuyên truyền Kết luận số 51-KL/TW của Bộ Chính trị</p>"
    "<p>I. MỤC ĐÍCH, YÊU CẦU</p><p>1. Quán triệt sâu sắc Kết luận số 51-KL/TW.</p>"
    "<p>II. TỔ CHỨC THỰC HIỆN</p><p>1. Các đảng ủy xã, phường tổ chức học tập.</p>"
)


@pytest.fixture
def world(settings, tmp_path):  # type: ignore[no-untyped-def]
    world = signing_world()
    roots = tmp_path / "roots"
    roots.mkdir()
    (roots / "ca.pem").write_bytes(world.ca.pem())
    settings.LANTOA_TRUSTED_ROOTS_DIR = str(roots)
    return world


def _review_of(board_user, name: str, data: bytes) -> str:  # type: ignore[no-untyped-def]
    client = client_for(board_user)
    answer = client.post(reverse("guidance:upload"), {"tep": SimpleUploadedFile(name, data)})
    assert answer.status_code == 302, answer.content.decode()[:500]
    return client.get(answer["Location"]).content.decode()


def test_it_shows_the_signer_time_and_a_valid_verdict(world, board_user):
    signed = pdf_sign_pkcs11(HTML(string=GUIDANCE).write_pdf(), config=world.leader)
    page = _review_of(board_user, "huong-dan.pdf", signed)
    assert "Chữ ký số" in page and "Nguyễn Văn Lãnh Đạo" in page
    assert "Hợp lệ" in page and 'class="verdict-valid"' in page
    (stored,) = GuidanceDocument.objects.get().signatures
    assert stored["verdict"] == "valid" and stored["signed_at"]


def test_it_reports_a_tampered_pdf_as_altered(world, board_user):
    signed = bytearray(pdf_sign_pkcs11(HTML(string=GUIDANCE).write_pdf(), config=world.leader))
    at = signed.index(b"/MediaBox")
    signed[at + 12 : at + 13] = b"9" if signed[at + 12 : at + 13] != b"9" else b"8"
    page = _review_of(board_user, "huong-dan.pdf", bytes(signed))
    assert "Bị sửa đổi sau khi ký" in page and 'class="verdict-altered"' in page
    assert "Hợp lệ" not in page


def test_it_reports_an_unknown_root_and_an_unsigned_pdf(world, settings, tmp_path, board_user):
    settings.LANTOA_TRUSTED_ROOTS_DIR = str(tmp_path / "khong-co")
    signed = pdf_sign_pkcs11(HTML(string=GUIDANCE).write_pdf(), config=world.leader)
    page = _review_of(board_user, "huong-dan.pdf", signed)
    assert "Chứng thư không thuộc tổ chức chứng thực tin cậy" in page
    unsigned = _review_of(board_user, "ban-khong-ky.pdf", HTML(string=GUIDANCE).write_pdf())
    assert "Không có chữ ký số." in unsigned
