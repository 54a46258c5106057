"""The question bank's .docx round trip, and short answers in the .xlsx template."""

import io

import docx
import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lantoa.awareness.bank.reader import DOCX_LABELS
from lantoa.awareness.models import Question
from tests.awareness.helpers import approved_bank
from tests.conftest import client_for
from tests.security import hostile

pytestmark = pytest.mark.django_db


def _add_question(template: bytes, values: dict[str, str]) -> bytes:
    """Fill the template's blank table (the last one) as a person does in Word."""
    document = docx.Document(io.BytesIO(template))
    table = document.tables[-1]
    for row in table.rows:
        label = row.cells[0].text
        if label in values:
            row.cells[1].text = values[label]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _upload(client, campaign, name: str, data: bytes):
    return client.post(
        reverse("awareness:bank", args=[campaign.pk]),
        {"action": "import", "tep": SimpleUploadedFile(name, data)},
        follow=True,
    )


def test_it_offers_the_bank_as_a_word_template_with_one_table_per_question(
    kl51_campaign, board_user
):
    approved_bank(kl51_campaign, 2)
    response = client_for(board_user).get(reverse("awareness:bank_docx", args=[kl51_campaign.pk]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    document = docx.Document(io.BytesIO(response.content))
    assert len(document.tables) == 3  # two questions and the blank one
    first = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert list(first) == DOCX_LABELS
    assert first["Nội dung câu hỏi"] == "Câu hỏi số 0?" and first["Phương án đúng"] == "1"
    assert first["Loại câu hỏi"] == "Một lựa chọn đúng" and first["Độ khó"] == "Trung bình"


def test_it_takes_back_the_word_template_with_a_new_short_answer_question(
    kl51_campaign, board_user
):
    approved_bank(kl51_campaign, 2)
    client = client_for(board_user)
    template = client.get(reverse("awareness:bank_docx", args=[kl51_campaign.pk])).content
    data = _add_question(
        template,
        {
            "Loại câu hỏi": "trả lời ngắn",
            "Nội dung câu hỏi": "Viết tắt của chương trình Mỗi xã một sản phẩm?",
            "Đáp án được chấp nhận": "OCOP; Ô cốp",
            "Phần của văn bản": "Mục tiêu",
            "Độ khó": "Dễ",
        },
    )
    page = _upload(client, kl51_campaign, "cau-hoi.docx", data).content.decode()
    assert "Đã nhập 1 câu hỏi mới" in page
    added = Question.objects.get(kind="short")
    assert added.accepted == ["OCOP", "Ô cốp"] and added.options == [] and added.tag == "muc_tieu"


def test_it_names_each_bad_question_of_a_word_file_and_adds_nothing(kl51_campaign, board_user):
    client = client_for(board_user)
    template = client.get(reverse("awareness:bank_docx", args=[kl51_campaign.pk])).content
    good = {
        "Loại câu hỏi": "Đúng / Sai",
        "Nội dung câu hỏi": "OCOP là Mỗi xã một sản phẩm.",
        "Phương án đúng": "1",
        "Phần của văn bản": "Mục tiêu",
        "Độ khó": "Dễ",
    }
    data = _add_question(template, good)
    # A second question: the person copied the table and filled it badly.
    document = docx.Document(io.BytesIO(data))
    copy = document.add_table(rows=len(DOCX_LABELS), cols=2)
    for row, label in zip(copy.rows, DOCX_LABELS, strict=True):
        row.cells[0].text = label
    copy.rows[0].cells[1].text = "Loại lạ"
    copy.rows[1].cells[1].text = "Câu sai?"
    copy.rows[8].cells[1].text = "x"
    buffer = io.BytesIO()
    document.save(buffer)
    body = _upload(client, kl51_campaign, "cau-hoi.docx", buffer.getvalue()).content.decode()
    assert "Câu 2:" in body and "Loại câu hỏi không hợp lệ" in body
    assert "phương án đúng phải là số thứ tự" in body and "Câu 1:" not in body
    assert Question.objects.count() == 0


def test_it_refuses_a_word_file_without_question_tables(kl51_campaign, board_user):
    document = docx.Document()
    document.add_paragraph("Câu 1. OCOP là gì?")
    buffer = io.BytesIO()
    document.save(buffer)
    body = _upload(client_for(board_user), kl51_campaign, "cau-hoi.docx", buffer.getvalue())
    assert "không có bảng câu hỏi theo mẫu" in body.content.decode()
    assert Question.objects.count() == 0


HOSTILE = [c for c in hostile.corpus() if c.filename.endswith((".docx", ".xlsx"))]


@pytest.mark.parametrize("case", HOSTILE, ids=[c.label for c in HOSTILE])
def test_it_refuses_each_hostile_office_file_through_the_upload_pipeline(
    kl51_campaign, board_user, case, settings
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = None
    body = _upload(client_for(board_user), kl51_campaign, case.filename, case.data)
    text = body.content.decode().lower()
    assert any(part.lower() in text for part in case.message.split("|")), case.label
    assert Question.objects.count() == 0


def test_it_reads_short_answers_from_the_last_column_of_the_workbook(kl51_campaign, board_user):
    client = client_for(board_user)
    template = client.get(reverse("awareness:bank_xlsx", args=[kl51_campaign.pk])).content
    workbook = openpyxl.load_workbook(io.BytesIO(template))
    sheet = workbook.worksheets[0]
    assert sheet.cell(1, 12).value.startswith("Đáp án được chấp nhận")
    sheet.append(
        ["Trả lời ngắn", "Cơ quan nào cấp văn bằng bảo hộ?"]
        + [None] * 7
        + ["Nhiệm vụ", "Khó", "Cục Sở hữu trí tuệ; Cuc SHTT"]
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    page = _upload(client, kl51_campaign, "cau-hoi.xlsx", buffer.getvalue()).content.decode()
    assert "Đã nhập 1 câu hỏi mới" in page
    added = Question.objects.get()
    assert added.accepted == ["Cục Sở hữu trí tuệ", "Cuc SHTT"] and added.difficulty == 3
    again = client.get(reverse("awareness:bank_xlsx", args=[kl51_campaign.pk])).content
    cell = openpyxl.load_workbook(io.BytesIO(again)).worksheets[0].cell(2, 12)
    assert cell.value == "Cục Sở hữu trí tuệ; Cuc SHTT"
