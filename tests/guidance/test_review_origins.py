"""The review screen says where a field was read when it was not the document's header."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lantoa.guidance.models import GuidanceDocument
from tests.conftest import SEED_NAME, client_for, seed_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("worker_running")]

NEWS = (
    "Ngày 5/1/2017, Ban Tuyên giáo Trung ương đã ban hành Hướng dẫn số 21-HD/BTGTW về "
    "tuyên truyền kỷ niệm 87 năm Ngày thành lập Đảng Cộng sản Việt Nam. Theo đó, hướng dẫn "
    "nêu rõ mục đích, yêu cầu của công tác tuyên truyền đến cán bộ, đảng viên và Nhân dân.\n"
)


def test_it_marks_the_fields_read_from_a_news_lead(board_user):
    client = client_for(board_user)
    response = client.post(
        reverse("guidance:upload"),
        {"tep": SimpleUploadedFile("ban-tin.txt", NEWS.encode("utf-8"))},
    )
    assert response.status_code == 302
    document = GuidanceDocument.objects.get()
    assert document.proposal["origins"]["doc_number"] == "lead"
    page = client.get(reverse("guidance:review", args=[document.pk]))
    body = page.content.decode()
    assert page.context["origins"]["doc_number"] == "đọc từ câu mở đầu bản tin"
    assert body.count("đọc từ câu mở đầu bản tin") == 5  # type, number, date, issuer, title
    assert 'value="21-HD/BTGTW"' in body


def test_it_notes_only_the_issuer_the_seed_names_in_its_first_sentence(board_user):
    client = client_for(board_user)
    response = client.post(
        reverse("guidance:upload"), {"tep": SimpleUploadedFile(SEED_NAME, seed_bytes())}
    )
    page = client.get(response["Location"])
    # The seed has no header block: its issuer is read from "Ban Tuyên giáo … hướng dẫn …".
    assert page.context["origins"] == {"issuer": "đọc từ câu mở đầu văn bản (không có ở phần đầu)"}
    assert page.content.decode().count('class="field-origin"') == 1
