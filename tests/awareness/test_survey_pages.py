"""Survey pages: the board creates and opens; phones answer without an account; results."""

import io
import re

import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from lantoa.awareness.models import Survey, SurveyResponse, SurveyState
from tests.awareness.survey_helpers import answered, opened_survey
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_lets_board_staff_create_and_open_a_survey(kl51_campaign, board_user, leader_user):
    url = reverse("awareness:surveys", args=[kl51_campaign.pk])
    board = client_for(board_user)
    assert "Tạo khảo sát" in board.get(url).content.decode()
    unit = kl51_campaign.owner
    created = board.post(
        url,
        {
            "title": "Ý kiến đoàn viên về Kết luận 51",
            "audience": "doan_vien_thanh_nien",
            "unit": unit.pk,
            "target_size": 50,
            "understanding": "Bạn hiểu về sở hữu trí tuệ?\nBạn hiểu về chỉ dẫn địa lý?",
            "support": "Bạn ủng hộ bảo hộ thương hiệu OCOP?",
            "open": "Bạn đề xuất gì?",
        },
    )
    survey = Survey.objects.get()
    assert created.status_code == 302 and created["Location"].endswith(f"/{survey.pk}/")
    assert survey.items.count() == 4 and survey.state == SurveyState.DRAFT
    detail = reverse("awareness:survey", args=[survey.pk])
    assert client_for(leader_user).post(detail, {"action": "open"}).status_code == 403
    board.post(detail, {"action": "open"})
    page = board.get(detail).content.decode()
    assert survey.code in page and "data:image/svg+xml" in page
    assert "Tạo khảo sát" not in client_for(leader_user).get(url).content.decode()


def test_it_shows_the_form_errors_in_vietnamese(kl51_campaign, board_user):
    url = reverse("awareness:surveys", args=[kl51_campaign.pk])
    page = client_for(board_user).post(
        url,
        {
            "title": "Khảo sát",
            "audience": "nhan_dan",
            "unit": kl51_campaign.owner.pk,
            "target_size": 3,
            "open": "Góp ý?",
        },
    )
    text = page.content.decode()
    assert "Cỡ mẫu dự kiến từ 5" in text and "Cần ít nhất một câu hỏi theo thang 1–5" in text
    assert Survey.objects.count() == 0


def test_it_takes_an_answer_without_an_account_once_per_device(kl51_campaign):
    survey = opened_survey(kl51_campaign)
    items = list(survey.items.all())
    phone = Client(enforce_csrf_checks=True)
    typed = phone.get(reverse("awareness:answer_home"), {"ma": survey.code.lower()})
    assert typed["Location"] == reverse("awareness:survey_answer", args=[survey.code])
    page = phone.get(typed["Location"])
    text = page.content.decode()
    assert page.status_code == 200 and "<script" not in text and survey.title in text
    assert "Hiểu rất rõ" in text and "Hoàn toàn đồng tình" in text
    token = page.cookies["csrftoken"].value
    data = {f"i{items[0].pk}": "5", f"i{items[1].pk}": "4", f"i{items[2].pk}": "Nên in thêm"}
    missing = phone.post(typed["Location"], {"csrfmiddlewaretoken": token})
    assert missing.status_code == 400 and "Chọn một mức từ 1 đến 5" in missing.content.decode()
    sent = phone.post(typed["Location"], {**data, "csrfmiddlewaretoken": token})
    assert "Đã ghi nhận" in sent.content.decode()
    again = phone.post(typed["Location"], {**data, "csrfmiddlewaretoken": token})
    assert again.status_code == 400 and "đã trả lời" in again.content.decode()
    assert SurveyResponse.objects.count() == 1
    no_token = Client(enforce_csrf_checks=True).post(typed["Location"], data)
    assert no_token.status_code == 403


def test_it_takes_no_answer_on_a_survey_not_open(kl51_campaign, board_user):
    from lantoa.awareness.surveys.services import survey_close

    survey = survey_close(survey=opened_survey(kl51_campaign), user=board_user)
    url = reverse("awareness:survey_answer", args=[survey.code])
    page = Client().post(url, {f"i{i.pk}": "3" for i in survey.items.all()})
    assert "không nhận trả lời" in page.content.decode() and SurveyResponse.objects.count() == 0
    assert Client().get(reverse("awareness:survey_answer", args=["KHONGCO"])).status_code == 404


def test_it_shows_each_items_figures_and_the_open_answers_to_the_board_only(
    kl51_campaign, board_user, commune_reporter, other_reporter
):
    survey = opened_survey(kl51_campaign, target=20)
    for number, value in enumerate([5, 4, 4, 3, 5, 2]):
        answered(survey, f"t{number}", value, "Gọi 0912345678 để nhận tài liệu" if number else "")
    url = reverse("awareness:survey", args=[survey.pk])
    board = client_for(board_user).get(url).content.decode()
    assert "6/20 phiếu" in board and "30,0%" in board  # progress against the target
    assert "3,83" in board and "66,7%" in board  # mean and share at 4–5
    assert "[số điện thoại]" in board and "0912345678" not in board
    own = client_for(commune_reporter).get(url).content.decode()
    assert "3,83" in own and "Gọi" not in own and "Ý kiến trả lời câu hỏi mở" not in own
    assert client_for(other_reporter).get(url).status_code == 404


def test_it_exports_the_aggregates_only(kl51_campaign, board_user):
    survey = opened_survey(kl51_campaign)
    for number in range(5):
        answered(survey, f"t{number}", 4, "Ý kiến riêng số một")
    url = reverse("awareness:survey_export", args=[survey.pk])
    data = client_for(board_user).get(url).content
    sheet = load_workbook(io.BytesIO(data)).active
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "Ý kiến riêng số một" not in cells and "Đồng chí có đề xuất gì?" not in cells
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[2][3:9] == (5, 0, 0, 0, 5, 0) and rows[2][9] == 4.0
    from lantoa.audit.models import AuditEntry

    assert AuditEntry.objects.filter(action="export", target__contains="khao-sat").exists()


def test_it_lists_the_campaigns_surveys_with_their_progress(
    kl51_campaign, board_user, commune_reporter
):
    own = opened_survey(kl51_campaign, "03127", target=40)
    foreign = opened_survey(kl51_campaign, "03160", target=10)
    answered(own, "t1", 4)
    url = reverse("awareness:surveys", args=[kl51_campaign.pk])
    board = client_for(board_user).get(url).content.decode()
    assert board.count(own.title) == 2 and "1/40" in board and "2,5%" in board
    reporter = client_for(commune_reporter).get(url).content.decode()
    assert reverse("awareness:survey", args=[own.pk]) in reporter
    assert reverse("awareness:survey", args=[foreign.pk]) not in reporter
    assert "Tạo khảo sát" not in reporter


def test_it_sums_an_audience_groups_surveys_and_shows_no_figure_under_five(
    kl51_campaign, board_user, commune_reporter
):
    first = opened_survey(kl51_campaign, "03127")
    second = opened_survey(kl51_campaign, "03160")
    for number in range(3):
        answered(first, f"a{number}", 5)
        answered(second, f"b{number}", 4 if number else 2)
    url = reverse("awareness:surveys", args=[kl51_campaign.pk])
    board = client_for(board_user).get(url).content.decode()
    # Six questionnaires of cadres: five of six at 4–5 on each scale.
    assert "Theo nhóm đối tượng" in board and "83,3% (KTC 95%: 43,6%–97,0%; 5/6)" in board
    reporter = client_for(commune_reporter).get(url).content.decode()
    # The reporter reads only their unit's survey: three questionnaires, no figure.
    groups = reporter.split("Theo nhóm đối tượng")[-1]
    assert "chưa đủ 5 lượt trả lời" in groups and not re.search(r"\d,\d%", groups)
