"""The web upload and `lantoa guidance parse` share one check, one size cap and the child."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from lantoa.core.uploads import UPLOADS, UploadRefused, check_upload
from lantoa.guidance.models import GuidanceDocument
from lantoa.guidance.parsing import DocumentError, extract_text
from tests.conftest import client_for
from tests.security import hostile

SCRIPT_TEXT = "Hướng dẫn tuyên truyền Kết luận <script>alert(1)</script> của Tỉnh ủy"
BOMB = next(c for c in hostile.corpus() if c.label == "zip bomb")
LAUGHS = next(c for c in hostile.corpus() if c.label == "billion laughs")


def web_message(user, name: str, data: bytes) -> str:  # type: ignore[no-untyped-def]
    """Upload on the guidance page; return the page, which must be a refusal."""
    response = client_for(user).post(
        reverse("guidance:upload"), {"tep": SimpleUploadedFile(name, data)}
    )
    assert response.status_code == 400
    return response.content.decode()


def cli_message(tmp_path, name: str, data: bytes) -> str:  # type: ignore[no-untyped-def]
    """Run `lantoa guidance parse` on the file; return its refusal."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CommandError) as refused:
        call_command("guidance", "parse", str(path))
    assert refused.value.returncode == 1
    return str(refused.value)


def expected(name: str, data: bytes) -> str:
    with pytest.raises(UploadRefused) as refused:
        check_upload(data, filename=name, kind="guidance")
    return refused.value.message


@pytest.mark.django_db
@pytest.mark.parametrize("case", [BOMB, LAUGHS], ids=["zip bomb", "billion laughs"])
def test_it_refuses_a_hostile_docx_with_the_same_message_on_web_and_cli(
    case, board_user, tmp_path, settings
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = None
    message = expected(case.filename, case.data)
    assert cli_message(tmp_path, case.filename, case.data) == message
    assert message in web_message(board_user, case.filename, case.data)
    assert not GuidanceDocument.objects.exists()


@pytest.mark.django_db
def test_it_refuses_a_30_mb_text_at_the_tables_cap_on_web_and_cli(board_user, tmp_path, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = None
    data = ("Tuyên truyền Kết luận số 51 " * (1024 * 1024)).encode()[: 30 * 1024 * 1024]
    cap = UPLOADS["guidance"].max_bytes // (1024 * 1024)
    message = cli_message(tmp_path, "lon.txt", data)
    assert f"tối đa {cap} MB" in message and "(30 MB)" in message
    assert message in web_message(board_user, "lon.txt", data)


@pytest.mark.django_db
@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_it_refuses_script_in_utf16_text_like_utf8(codec, board_user, tmp_path):
    data = SCRIPT_TEXT.encode(codec)
    with pytest.raises(DocumentError, match="script"):
        extract_text(data, filename="mau.txt")
    assert "script" in cli_message(tmp_path, "mau.txt", data)
    assert "script" in web_message(board_user, "mau.txt", data)


def test_it_still_reads_honest_utf16_text_with_and_without_bom():
    text = "Hướng dẫn tuyên truyền Kết luận số 51-KL/TW của Bộ Chính trị cho các đảng ủy"
    for codec in ("utf-16", "utf-16-le", "utf-16-be"):
        assert "Kết luận" in extract_text(text.encode(codec), filename="hd.txt")
