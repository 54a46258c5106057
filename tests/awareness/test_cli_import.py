"""`lantoa awareness import FILE.xlsx`: paper tallies or a question bank, all or nothing."""

import io
import json

import docx
import openpyxl
import pytest
from django.core.management import CommandError, call_command

from lantoa.audit.models import AuditEntry
from lantoa.awareness.bank.xlsx import bank_template
from lantoa.awareness.models import PaperTally, Question
from lantoa.awareness.tallies import TALLY_HEADERS, TALLY_SHEET
from tests.awareness.helpers import approved_bank, opened, session

pytestmark = pytest.mark.django_db


def _tally_file(tmp_path, rows, title=TALLY_SHEET):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(TALLY_HEADERS)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "phieu-giay.xlsx"
    workbook.save(path)
    return path


def test_it_imports_the_paper_totals_of_two_checks_and_the_results_count_them(
    kl51_campaign, tmp_path, capsys
):
    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    before, after = opened(activity, bank, "before"), opened(activity, bank, "after")
    rows = [[before.code.lower(), n, 20, 8] for n in range(1, 6)]
    rows += [[after.code, n, 20.0, "18"] for n in range(1, 6)]
    call_command("awareness", "import", str(_tally_file(tmp_path, rows)))
    assert "2 lượt kiểm tra (10 dòng)" in capsys.readouterr().out
    assert PaperTally.objects.filter(check_ref=after, correct=18).count() == 5
    assert AuditEntry.objects.filter(detail__op="check_tallies_import").count() == 1
    call_command("awareness", "results", "--campaign", str(kl51_campaign.pk), "--format", "json")
    data = json.loads(capsys.readouterr().out)
    row = data["units"][0]
    keys = {"checks", "answers", "pre_rate", "post_rate", "ci_low", "ci_high", "change"}
    assert keys | {"significant"} <= set(row) and keys | {"significant"} <= set(data["totals"])
    assert row["pre_rate"] == pytest.approx(0.4) and row["post_rate"] == pytest.approx(0.9)
    assert row["ci_low"] < 0.9 < row["ci_high"] and row["significant"] is True


def test_it_names_each_bad_row_stores_nothing_and_exits_non_zero(kl51_campaign, tmp_path, capsys):
    bank = approved_bank(kl51_campaign, 5)
    check = opened(session(kl51_campaign), bank, "after")
    rows = [
        [check.code, 1, 10, 9],
        [check.code, 6, 10, 9],
        ["KHONGCO", 1, 10, 9],
        [check.code, 2, 10, 11],
        [check.code, 3, "mười", 1],
        [check.code, 1, 10, 9],
    ]
    with pytest.raises(CommandError, match="Không nhập gì"):
        call_command("awareness", "import", str(_tally_file(tmp_path, rows)))
    err = capsys.readouterr().err
    assert "Dòng 3: số câu phải từ 1 đến 5" in err
    assert "Dòng 4: không có lượt kiểm tra mã KHONGCO" in err
    assert "Dòng 5: số trả lời đúng lớn hơn số người trả lời" in err
    assert "Dòng 6: số người phải là số nguyên không âm" in err
    assert "Dòng 7: câu 1 của mã" in err and "Dòng 2" not in err
    assert PaperTally.objects.count() == 0


def test_it_imports_a_question_bank_workbook_for_the_named_campaign(
    kl51_campaign, tmp_path, capsys
):
    approved_bank(kl51_campaign, 1)
    data = bank_template(questions=list(Question.objects.all()))
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    workbook.worksheets[0].append(
        ["Trả lời ngắn", "Tên chương trình OCOP?"]
        + [None] * 7
        + ["Mục tiêu", "Dễ", "Mỗi xã một sản phẩm"]
    )
    path = tmp_path / "ngan-hang.xlsx"
    workbook.save(path)
    with pytest.raises(CommandError, match="--campaign"):
        call_command("awareness", "import", str(path))
    call_command("awareness", "import", str(path), "--campaign", str(kl51_campaign.pk))
    assert "Đã nhập 1 câu hỏi mới" in capsys.readouterr().out
    assert Question.objects.get(kind="short").accepted == ["Mỗi xã một sản phẩm"]


def test_it_refuses_a_workbook_it_does_not_recognise_or_a_hostile_file(tmp_path):
    path = _tally_file(tmp_path, [["A", 1, 1, 1]], title="Trang khác")
    openpyxl_book = openpyxl.load_workbook(path)
    openpyxl_book.worksheets[0]["A1"] = "Cột lạ"
    openpyxl_book.save(path)
    with pytest.raises(CommandError, match="Không nhập gì"):
        call_command("awareness", "import", str(path))
    fake = tmp_path / "gia.xlsx"
    fake.write_bytes(b"=cmd|' /C calc'!A0")
    with pytest.raises(CommandError):
        call_command("awareness", "import", str(fake))
    assert PaperTally.objects.count() == 0 and Question.objects.count() == 0


def test_it_imports_a_word_bank_and_names_a_bad_question(kl51_campaign, tmp_path, capsys):
    from lantoa.awareness.bank.word import bank_docx

    path = tmp_path / "ngan-hang.docx"
    document = docx.Document(io.BytesIO(bank_docx(campaign=kl51_campaign, questions=[])))
    values = ["Trả lời ngắn", "Cơ quan nào cấp văn bằng?", *[""] * 7, "Cục SHTT", "Nhiệm vụ", "Khó"]
    for row, value in zip(document.tables[-1].rows, values, strict=True):
        row.cells[1].text = value
    document.save(path)
    call_command("awareness", "import", str(path), "--campaign", str(kl51_campaign.pk))
    assert "Đã nhập 1 câu hỏi mới" in capsys.readouterr().out
    document.tables[-1].rows[11].cells[1].text = "Rất khó"
    document.tables[-1].rows[1].cells[1].text = "Câu khác?"
    document.save(path)
    with pytest.raises(CommandError):
        call_command("awareness", "import", str(path), "--campaign", str(kl51_campaign.pk))
    assert "Câu 1: Độ khó là Dễ, Trung bình hoặc Khó" in capsys.readouterr().err
    assert Question.objects.count() == 1
