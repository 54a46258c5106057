"""Issued documents speak as an office does: no product name, lateness in working days."""

import datetime
import io
import re

import pytest
from docx import Document

from lantoa.core.partydoc import render_docx
from lantoa.documents.reports.services import official_report_create, official_report_document
from lantoa.reminders.letter import reminder_letter_issue
from lantoa.reporting.services import report_request_create

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.fixture
def late_campaign(kl51_campaign):
    report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    return kl51_campaign


def assert_official(text: str) -> None:
    assert "Lan Tỏa" not in text and "Lan Toả" not in text
    assert not re.findall(r"(?:trễ|chậm) \d+ ngày(?! làm việc)", text, flags=re.IGNORECASE)
    closing = text[text.index("Nơi nhận:") :].splitlines()[1:]
    recipients = [line for line in closing if line.startswith("- ")]
    assert recipients and all(line.endswith(";") for line in recipients[:-1])
    assert recipients[-1].endswith(".")


def test_it_keeps_the_product_name_out_of_an_official_report(late_campaign, board_user):
    report = official_report_create(
        campaign=late_campaign, kind="progress", user=board_user, as_of=TODAY
    )
    text = docx_text(render_docx(official_report_document(report=report)))
    assert "ngày làm việc" in text
    assert_official(text)


def test_it_keeps_the_product_name_out_of_a_reminder_letter(late_campaign, board_user):
    document = reminder_letter_issue(campaign=late_campaign, day=TODAY, user=board_user)
    with document.file.open("rb") as handle:
        text = docx_text(handle.read())
    assert "ngày làm việc" in text
    assert_official(text)
