"""A check's pre-filled .xlsx tally template: download, fill the counts, upload back."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from lantoa.audit.models import AuditEntry
from lantoa.awareness.models import PaperTally
from lantoa.awareness.tallies import TALLY_HEADERS, TALLY_SHEET
from lantoa.awareness.tallysheet import tally_template
from tests.awareness.helpers import approved_bank, opened, session
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def check(kl51_campaign):  # type: ignore[no-untyped-def]
    return opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "after")


def _filled(check, counts) -> bytes:  # type: ignore[no-untyped-def]
    """Return the check's template with (answered, correct) typed in each question's row."""
    book = openpyxl.load_workbook(io.BytesIO(tally_template(check)))
    sheet = book[TALLY_SHEET]
    for row, (answered, correct) in enumerate(counts, start=2):
        sheet.cell(row, 3).value = answered
        sheet.cell(row, 4).value = correct
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _upload(client, check, data: bytes, name: str = "tong-hop.xlsx"):  # type: ignore[no-untyped-def]
    url = reverse("awareness:tally_upload", args=[check.pk])
    return client.post(url, {"tep": SimpleUploadedFile(name, data)})


def test_it_prefills_the_questions_options_and_key_and_leaves_the_counts(check, commune_reporter):
    url = reverse("awareness:tally_template", args=[check.pk])
    response = client_for(commune_reporter).get(url)
    assert response.status_code == 200 and f"{check.code}.xlsx" in response["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book[TALLY_SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0][:4]) == TALLY_HEADERS and rows[0][4] == "Nội dung câu hỏi"
    questions = list(check.questions.order_by("pk"))
    assert len(rows) == 1 + len(questions)
    for number, (row, question) in enumerate(zip(rows[1:], questions, strict=True), start=1):
        assert row[:4] == (check.code, number, None, None)
        assert row[4] == question.text and "1. Đúng ý" in row[5] and "Đúng ý" in row[6]
    assert sheet.protection.sheet and not sheet.cell(2, 3).protection.locked
    assert sheet.cell(2, 5).protection.locked
    assert "Mã kiểm tra" in [c.value for c in book["Thông tin"]["A"]]


def test_it_stores_the_filled_template_and_the_results_count_it(check, commune_reporter):
    response = _upload(client_for(commune_reporter), check, _filled(check, [(20, 18)] * 5))
    assert response.status_code == 302
    assert response["Location"] == reverse("awareness:activity", args=[check.activity_id])
    assert PaperTally.objects.filter(check_ref=check, answered=20, correct=18).count() == 5
    assert AuditEntry.objects.filter(detail__op="check_tally_upload").count() == 1
    assert not AuditEntry.objects.filter(detail__op="check_tally_enter").exists()
    # Uploading again replaces the totals; it does not add to them.
    _upload(client_for(commune_reporter), check, _filled(check, [(10, 5)] * 5))
    assert list(PaperTally.objects.values_list("answered", "correct").distinct()) == [(10, 5)]


def test_it_names_every_bad_row_in_vietnamese_and_stores_nothing(check, commune_reporter):
    counts = [(20, 18), ("hai mươi", 3), (10, 11), (None, None), (-1, 0)]
    response = _upload(client_for(commune_reporter), check, _filled(check, counts))
    text = response.content.decode()
    assert response.status_code == 400 and "chưa lưu gì" in text
    assert "Dòng 3, cột &#x27;Số người trả lời&#x27;: phải là số nguyên" in text
    assert "Dòng 4: số trả lời đúng lớn hơn số người trả lời." in text
    assert "Dòng 5: số người phải là số nguyên không âm." in text
    assert "Dòng 6: số người phải là số nguyên không âm." in text
    assert "Dòng 2" not in text
    assert not PaperTally.objects.exists()
    assert not AuditEntry.objects.filter(detail__op__startswith="check_tally").exists()


def test_it_refuses_a_count_larger_than_any_unit_by_its_row(check, commune_reporter):
    counts = [(20, 18), (10_000_001, 3), (20, 18), (20, 18), (20, 18)]
    response = _upload(client_for(commune_reporter), check, _filled(check, counts))
    assert response.status_code == 400
    assert "Dòng 3: số người quá lớn (tối đa 10.000.000)." in response.content.decode()
    assert not PaperTally.objects.exists()


def test_it_refuses_a_sheet_missing_a_question_and_keeps_the_stored_totals(check, commune_reporter):
    client = client_for(commune_reporter)
    assert _upload(client, check, _filled(check, [(20, 18)] * 5)).status_code == 302
    book = openpyxl.load_workbook(io.BytesIO(_filled(check, [(10, 5)] * 5)))
    book[TALLY_SHEET].delete_rows(3)  # question 2's row
    out = io.BytesIO()
    book.save(out)
    response = _upload(client, check, out.getvalue())
    assert response.status_code == 400
    assert f"Mã {check.code}: thiếu câu 2" in response.content.decode()
    stored = PaperTally.objects.filter(check_ref=check).values_list("answered", "correct")
    assert sorted(stored) == [(20, 18)] * 5
    # A word in a count names that row only: its question is not missing.
    response = _upload(client, check, _filled(check, [(9, 9), ("chín", 9), (9, 9), (9, 9), (9, 9)]))
    text = response.content.decode()
    assert response.status_code == 400 and "thiếu câu" not in text
    assert text.count("<li>") == 1 and "Dòng 3, cột &#x27;Số người trả lời&#x27;" in text


def test_it_refuses_a_row_of_another_check(check, kl51_campaign, commune_reporter):
    other = opened(check.activity, list(check.questions.all()), "before")
    book = openpyxl.load_workbook(io.BytesIO(_filled(check, [(5, 5)] * 5)))
    book[TALLY_SHEET].cell(3, 1).value = other.code
    out = io.BytesIO()
    book.save(out)
    text = _upload(client_for(commune_reporter), check, out.getvalue()).content.decode()
    assert f"Dòng 3: mã {other.code} không phải mã của lượt kiểm tra này" in text
    assert not PaperTally.objects.exists()


def test_it_quotes_a_long_foreign_code_shortened(check, commune_reporter):
    book = openpyxl.load_workbook(io.BytesIO(_filled(check, [(5, 5)] * 5)))
    book[TALLY_SHEET].cell(3, 1).value = "X" * 5000
    out = io.BytesIO()
    book.save(out)
    text = _upload(client_for(commune_reporter), check, out.getvalue()).content.decode()
    assert f"Dòng 3: mã {'X' * 20}… không phải mã của lượt kiểm tra này" in text
    assert "X" * 21 not in text and not PaperTally.objects.exists()


def test_it_refuses_a_file_the_upload_pipeline_refuses(check, commune_reporter):
    client = client_for(commune_reporter)
    macro = _upload(client, check, _filled(check, [(1, 1)] * 5), name="tong-hop.xlsm")
    assert macro.status_code == 400 and "macro" in macro.content.decode()
    fake = _upload(client, check, b"not a workbook at all", name="tong-hop.xlsx")
    assert fake.status_code == 400 and not PaperTally.objects.exists()


def test_it_lets_only_the_checks_own_unit_writers_upload(
    check, leader_user, other_reporter, board_user
):
    data = _filled(check, [(5, 5)] * 5)
    template = reverse("awareness:tally_template", args=[check.pk])
    assert client_for(other_reporter).get(template).status_code == 404
    assert _upload(client_for(other_reporter), check, data).status_code == 404
    commune_leader = make_user("ld.tally", "03127", "leader")
    assert client_for(commune_leader).get(template).status_code == 200
    assert _upload(client_for(commune_leader), check, data).status_code == 403
    assert not PaperTally.objects.exists()
    # A board leader reads only; the board's staff may enter any unit's sheet.
    assert _upload(client_for(leader_user), check, data).status_code == 403
    assert not PaperTally.objects.exists()
    assert _upload(client_for(board_user), check, data).status_code == 302
    assert PaperTally.objects.filter(check_ref=check).count() == 5


def test_it_reads_the_filled_template_with_lantoa_awareness_import_too(check, tmp_path, capsys):
    path = tmp_path / "tong-hop.xlsx"
    path.write_bytes(_filled(check, [(12, 6)] * 5))
    call_command("awareness", "import", str(path))
    assert "1 lượt kiểm tra (5 dòng)" in capsys.readouterr().out
    assert PaperTally.objects.filter(check_ref=check, answered=12, correct=6).count() == 5
