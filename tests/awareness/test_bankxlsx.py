"""The question bank's .xlsx round trip: template, filled rows back, row-level refusals."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lantoa.awareness.models import Question
from tests.awareness.helpers import approved_bank
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _filled(template: bytes, *rows: list[object]) -> bytes:
    workbook = openpyxl.load_workbook(io.BytesIO(template))
    sheet = workbook.worksheets[0]
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # typed as text, as a user's "=…" would be after quoting
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _upload(client, campaign, data: bytes):
    return client.post(
        reverse("awareness:bank", args=[campaign.pk]),
        {"action": "import", "tep": SimpleUploadedFile("cau-hoi.xlsx", data)},
        follow=True,
    )


def test_it_takes_back_the_template_with_new_rows_and_skips_the_bank_it_holds(
    kl51_campaign, board_user
):
    approved_bank(kl51_campaign, 2)
    client = client_for(board_user)
    template = client.get(reverse("awareness:bank_xlsx", args=[kl51_campaign.pk])).content
    data = _filled(
        template,
        [
            "Một lựa chọn đúng",
            "=1+1 là nhãn hiệu?",
            "Có",
            "Không",
            None,
            None,
            None,
            None,
            "2",
            "Giải pháp",
            "Dễ",
        ],
        [
            "Đúng / Sai",
            "OCOP là Mỗi xã một sản phẩm.",
            None,
            None,
            None,
            None,
            None,
            None,
            "1",
            "Mục tiêu",
            "Trung bình",
        ],
    )
    page = _upload(client, kl51_campaign, data)
    assert "Đã nhập 2 câu hỏi mới" in page.content.decode()
    added = Question.objects.filter(campaign=kl51_campaign).order_by("pk")
    assert added.count() == 4
    assert added[2].text == "=1+1 là nhãn hiệu?" and added[2].correct == [1]
    assert added[3].options == ["Đúng", "Sai"] and added[3].kind == "true_false"
    again = client.get(reverse("awareness:bank_xlsx", args=[kl51_campaign.pk])).content
    cell = openpyxl.load_workbook(io.BytesIO(again)).worksheets[0].cell(4, 2)
    assert cell.data_type == "s" and cell.quotePrefix


def test_it_names_each_bad_row_in_vietnamese_and_adds_nothing(kl51_campaign, board_user):
    client = client_for(board_user)
    template = client.get(reverse("awareness:bank_xlsx", args=[kl51_campaign.pk])).content
    data = _filled(
        template,
        [
            "Một lựa chọn đúng",
            "Câu đúng?",
            "A",
            "B",
            None,
            None,
            None,
            None,
            "1",
            "Giải pháp",
            "Dễ",
        ],
        ["Loại lạ", "Câu sai?", "A", "B", None, None, None, None, "x", "Không có", "Dễ"],
    )
    body = _upload(client, kl51_campaign, data).content.decode()
    assert "Dòng 3:" in body and "Loại câu hỏi không hợp lệ" in body
    assert "phương án đúng phải là số thứ tự" in body and "Dòng 2:" not in body
    assert Question.objects.count() == 0


def test_it_refuses_a_file_that_is_not_a_workbook(kl51_campaign, board_user):
    client = client_for(board_user)
    body = _upload(client, kl51_campaign, b"=cmd|' /C calc'!A0").content.decode()
    assert Question.objects.count() == 0
    assert "Tệp" in body or "tệp" in body


def test_it_gives_each_bad_row_its_own_message(kl51_campaign, board_user):
    client = client_for(board_user)
    template = client.get(reverse("awareness:bank_xlsx", args=[kl51_campaign.pk])).content
    data = _filled(
        template,
        ["Loại lạ", "Câu một?", "A", "B", None, None, None, None, "1", "Giải pháp", "Dễ"],
        ["Loại lạ", "Câu hai?", "A", "B", None, None, None, None, "1", "Giải pháp", "Dễ"],
    )
    body = _upload(client, kl51_campaign, data).content.decode()
    assert body.count('<li class="msg-error">Dòng 2:') == 1
    assert body.count('<li class="msg-error">Dòng 3:') == 1
    assert Question.objects.count() == 0


def test_it_asks_for_a_file_when_none_is_chosen(kl51_campaign, board_user):
    page = client_for(board_user).post(
        reverse("awareness:bank", args=[kl51_campaign.pk]), {"action": "import"}, follow=True
    )
    assert "Chưa chọn tệp Excel hoặc Word." in page.content.decode()
    assert Question.objects.count() == 0
