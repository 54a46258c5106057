"""The printable paper answer sheet of a check: A4 PDF with questions, boxes and the tally."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from lantoa.awareness.paper import paper_sheet_html
from tests.awareness.helpers import approved_bank, opened, session
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_prints_the_checks_title_questions_boxes_and_tally_on_a4(
    kl51_campaign, commune_reporter
):
    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    check = opened(activity, bank, "before")
    url = reverse("awareness:paper_sheet", args=[check.pk])
    response = client_for(commune_reporter).get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert f"phieu-giay-{check.code}.pdf" in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.content))
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert round(width / 72 * 25.4) == 210 and round(height / 72 * 25.4) == 297
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "PHIẾU TRẢ LỜI KIỂM TRA NHẬN THỨC" in text.upper() and check.code in text
    assert "Câu hỏi số 4?" in text and "Sai ý" in text
    assert "BẢNG TỔNG HỢP PHIẾU GIẤY" in text.upper() and "Số người trả lời đúng" in text
    # The sheet handed out has one box per option; the answer key is on the unit's page only.
    html = paper_sheet_html(check)
    answers_part, tally_part = html.split('<div class="tally">')
    assert answers_part.count('class="box"') == 15 and "1. Đúng ý" not in answers_part
    assert tally_part.count("1. Đúng ý") == 5


def test_it_links_the_sheet_from_the_sessions_page_and_hides_a_foreign_one(
    kl51_campaign, commune_reporter, other_reporter
):
    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    check = opened(activity, bank, "after")
    url = reverse("awareness:paper_sheet", args=[check.pk])
    page = client_for(commune_reporter).get(reverse("awareness:activity", args=[activity.pk]))
    assert url in page.content.decode()
    assert client_for(other_reporter).get(url).status_code == 404
