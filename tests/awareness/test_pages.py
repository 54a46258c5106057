"""Staff pages of awareness checks: bank, a session's checks, results; nothing individual."""

import re

import pytest
from django.urls import reverse

from lantoa.awareness.models import AwarenessCheck, PaperTally, Question, QuestionStatus
from tests.awareness.helpers import answer, approved_bank, opened, session
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_lets_staff_write_and_a_leader_approve_on_the_bank_page(
    kl51_campaign, board_user, leader_user
):
    url = reverse("awareness:bank", args=[kl51_campaign.pk])
    written = client_for(board_user).post(
        url,
        {
            "action": "create",
            "kind": "single",
            "text": "Nhãn hiệu chứng nhận nào bảo hộ gạo Điện Biên?",
            "options": "Gạo Điện Biên\nGạo ST25",
            "correct": "1",
            "tag": "nhiem_vu",
            "difficulty": "2",
        },
    )
    assert written.status_code == 302
    q = Question.objects.get()
    refused = client_for(board_user).post(url, {"action": "approve", "question": q.pk}, follow=True)
    assert "Chỉ lãnh đạo Ban" in refused.content.decode()
    client_for(leader_user).post(url, {"action": "approve", "question": q.pk})
    assert Question.objects.get().status == QuestionStatus.APPROVED


def test_it_opens_a_check_from_the_sessions_page_with_its_qr_code(kl51_campaign, commune_reporter):
    bank = approved_bank(kl51_campaign, 6)
    activity = session(kl51_campaign)
    url = reverse("awareness:activity", args=[activity.pk])
    client = client_for(commune_reporter)
    client.post(
        url,
        {"action": "open", "phase": "before", "questions": [q.pk for q in bank[:5]], "minutes": 30},
    )
    check = AwarenessCheck.objects.get()
    page = client.get(url).content.decode()
    assert check.code in page and "data:image/svg+xml" in page


def test_it_shows_no_figure_under_five_and_no_single_sheet_anywhere(
    kl51_campaign, commune_reporter, board_user
):
    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    before, after = opened(activity, bank, "before"), opened(activity, bank, "after")
    for i in range(4):
        answer(before, f"b{i}", right=i)
    for i in range(6):
        answer(after, f"a{i}", right=5)
    pages = [
        client_for(user).get(url).content.decode()
        for user in (commune_reporter, board_user)
        for url in (
            reverse("awareness:activity", args=[activity.pk]),
            reverse("awareness:results", args=[kl51_campaign.pk]),
        )
    ]
    for page in pages:
        assert "chưa đủ 5 lượt trả lời" in page
        # The before check's four sheets: no share of theirs, no score of one sheet.
        assert "37,5%" not in page and "score" not in page and "thiet" not in page
        assert not re.search(r"\b[0-5]/5\b", page)
    assert "100,0%" in pages[1]


def test_it_shows_each_units_rate_in_the_dashboards_column_and_links_the_pages(
    kl51_campaign, board_user, commune_reporter
):
    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    before, after = opened(activity, bank, "before"), opened(activity, bank, "after")
    for i in range(5):
        answer(before, f"b{i}", right=2)
        answer(after, f"a{i}", right=4)
    board = client_for(board_user)
    dashboard = board.get(reverse("reporting:dashboard", args=[kl51_campaign.pk])).content
    assert "Nhận thức sau buổi học" in dashboard.decode() and "80,0%" in dashboard.decode()
    campaign_page = board.get(reverse("campaigns:detail", args=[kl51_campaign.pk])).content
    assert reverse("awareness:bank", args=[kl51_campaign.pk]) in campaign_page.decode()
    own = client_for(commune_reporter)
    detail = own.get(reverse("reporting:activity_detail", args=[activity.pk])).content.decode()
    assert reverse("awareness:activity", args=[activity.pk]) in detail
    page = own.get(reverse("campaigns:detail", args=[kl51_campaign.pk])).content.decode()
    assert reverse("awareness:results", args=[kl51_campaign.pk]) in page
    assert reverse("awareness:bank", args=[kl51_campaign.pk]) not in page


def test_it_shows_the_units_results_on_its_campaign_page(kl51_campaign, commune_reporter):
    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    before, after = opened(activity, bank, "before"), opened(activity, bank, "after")
    for i in range(5):
        answer(before, f"b{i}", right=2)
        answer(after, f"a{i}", right=4)
    url = reverse("reporting:unit_campaign", args=[kl51_campaign.pk, activity.unit_id])
    page = client_for(commune_reporter).get(url).content.decode()
    assert "Kiểm tra nhận thức" in page and "40,0%" in page and "80,0%" in page


def test_it_stores_a_paper_tally_typed_on_the_sessions_page(kl51_campaign, commune_reporter):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "before")
    questions = list(check.questions.order_by("pk"))
    posted: dict[str, object] = {"action": "tally", "check": check.pk}
    for q in questions:
        posted[f"a{q.pk}"], posted[f"c{q.pk}"] = 20, 15
    url = reverse("awareness:activity", args=[check.activity_id])
    response = client_for(commune_reporter).post(url, posted, follow=True)
    assert response.redirect_chain == [(url, 302)]
    assert "Đã lưu tổng hợp phiếu giấy." in response.content.decode()
    stored = PaperTally.objects.filter(check_ref=check).values_list("answered", "correct")
    assert sorted(stored) == [(20, 15)] * 5


@pytest.mark.parametrize("count", [10**20, 10_000_001])
def test_it_refuses_a_paper_tally_larger_than_any_unit_and_stores_nothing(
    kl51_campaign, commune_reporter, count
):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "before")
    posted: dict[str, object] = {"action": "tally", "check": check.pk}
    for q in check.questions.all():
        posted[f"a{q.pk}"], posted[f"c{q.pk}"] = count, 1
    url = reverse("awareness:activity", args=[check.activity_id])
    response = client_for(commune_reporter).post(url, posted)
    assert response.status_code == 400
    assert "Số người quá lớn (tối đa 10.000.000)." in response.content.decode()
    assert not PaperTally.objects.exists()


def test_it_takes_a_paper_tally_only_for_a_check_of_the_sessions_own(
    kl51_campaign, commune_reporter
):
    bank = approved_bank(kl51_campaign, 5)
    own = session(kl51_campaign)
    foreign = opened(session(kl51_campaign, "03160"), bank, "before")
    other_own = opened(session(kl51_campaign), bank, "before")
    for check in (foreign, other_own):
        posted: dict[str, object] = {"action": "tally", "check": check.pk}
        for q in check.questions.all():
            posted[f"a{q.pk}"], posted[f"c{q.pk}"] = 20, 15
        url = reverse("awareness:activity", args=[own.pk])
        assert client_for(commune_reporter).post(url, posted).status_code == 404
    assert not PaperTally.objects.exists()
