"""The leader's inbox: what waits for approval, on the home page and in the navigation."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lantoa.accounts.models import Role
from lantoa.documents.approval import ApprovalState
from lantoa.documents.reports.services import official_report_create, official_report_submit
from lantoa.materials.services import material_submit
from lantoa.opinion.services_claims import claim_approve, claim_save
from lantoa.opinion.services_report import opinion_report_create, opinion_report_submit
from lantoa.organization.models import Unit
from lantoa.project.inbox import leader_inbox
from lantoa.reminders.models import ReminderLetter
from tests.conftest import client_for, make_user
from tests.materials.helpers import material

pytestmark = pytest.mark.django_db


def report_in_review(campaign):  # type: ignore[no-untyped-def]
    report = official_report_create(campaign=campaign, kind="progress", user=None)
    return official_report_submit(report=report)


def version_in_review(campaign, title: str = "Tờ rơi chờ duyệt"):  # type: ignore[no-untyped-def]
    version = material(campaign, approve=False, title=title).versions.get()
    return material_submit(version=version, user=None)


def letter_in_review(campaign):  # type: ignore[no-untyped-def]
    letter = ReminderLetter.objects.create(
        campaign=campaign,
        state=ApprovalState.REVIEW,
        deadline=datetime.date(2026, 12, 10),
        body="Đề nghị các đơn vị khẩn trương báo cáo.",
        submitted_at=timezone.now(),
    )
    letter.units.set(Unit.objects.filter(code__in=["03127", "03160"]))
    return letter


def opinion_report_in_review(staff, subject: str = "Kết luận 51"):  # type: ignore[no-untyped-def]
    today = timezone.localdate()
    report = opinion_report_create(
        start=today.replace(day=1), end=today, subject=subject, user=staff
    )
    return opinion_report_submit(report=report, user=staff)


def drafted_rebuttal(writer, statement: str = "Luận điệu sai lệch về sở hữu trí tuệ"):  # type: ignore[no-untyped-def]
    return claim_save(
        claim=None,
        statement=statement,
        variants=[],
        rebuttal="Thông tin phản bác có căn cứ.",
        materials=[],
        user=writer,
    )


def test_it_lists_everything_waiting_for_a_board_leader_one_click_from_each(
    kl51_campaign, leader_user, board_user
):
    report = report_in_review(kl51_campaign)
    version = version_in_review(kl51_campaign)
    claim = drafted_rebuttal(board_user)
    letter = letter_in_review(kl51_campaign)
    response = client_for(leader_user).get(reverse("home"))
    body = response.content.decode()
    assert response.context["inbox"].total == 4
    assert 'id="cho-duyet"' in body
    assert "Công văn đôn đốc chờ duyệt (1)" in body and "2 đơn vị, hạn mới 10/12/2026" in body
    for url in (
        reverse("reminders:letter_detail", args=[letter.pk]),
        reverse("reports:detail", args=[report.pk]),
        reverse("materials:review", args=[version.pk]),
        reverse("opinion:claim", args=[claim.pk]),
    ):
        assert f'href="{url}"' in body
    assert "Báo cáo chờ duyệt (1)" in body and "Tài liệu tuyên truyền chờ duyệt (1)" in body
    assert "Nội dung phản bác chờ duyệt (1)" in body


def test_it_counts_the_waiting_items_in_the_navigation_of_every_page(
    kl51_campaign, leader_user, board_user
):
    report_in_review(kl51_campaign)
    version_in_review(kl51_campaign)
    body = client_for(leader_user).get(reverse("campaigns:list")).content.decode()
    assert 'aria-label="Việc chờ duyệt: 2"' in body
    assert f'href="{reverse("home")}#cho-duyet"' in body


def test_it_drops_an_item_once_it_is_decided(kl51_campaign, leader_user, board_user):
    claim = drafted_rebuttal(board_user)
    assert leader_inbox(user=leader_user).total == 1
    claim_approve(claim=claim, user=leader_user)
    assert leader_inbox(user=leader_user).total == 0
    body = client_for(leader_user).get(reverse("home")).content.decode()
    assert 'id="cho-duyet"' not in body and "Việc chờ duyệt" not in body


def test_it_shows_board_staff_only_what_they_may_approve(kl51_campaign, board_user):
    report_in_review(kl51_campaign)  # only a leader approves a report
    letter_in_review(kl51_campaign)  # nor a công văn
    version_in_review(kl51_campaign)
    drafted_rebuttal(board_user)  # its writer may not approve it
    inbox = leader_inbox(user=board_user)
    assert [section.title for section in inbox.sections] == ["Tài liệu tuyên truyền chờ duyệt"]
    assert inbox.total == 1


def test_it_shows_a_commune_leader_nothing_of_the_province(
    kl51_campaign, board_user, commune_reporter, outsider
):
    report_in_review(kl51_campaign)
    version_in_review(kl51_campaign)
    drafted_rebuttal(board_user)
    letter_in_review(kl51_campaign)
    commune_leader = make_user("lanhdao.dbp", "03127", Role.LEADER)
    for user in (commune_leader, commune_reporter, outsider):
        assert leader_inbox(user=user).total == 0
        body = client_for(user).get(reverse("home")).content.decode()
        assert "cho-duyet" not in body and "chờ duyệt" not in body.lower()


def drafted_questions(campaign, writer, count: int):  # type: ignore[no-untyped-def]
    from lantoa.awareness.services import question_create

    return [
        question_create(
            campaign=campaign,
            kind="single",
            text=f"Câu hỏi chờ duyệt số {i}?",
            options=["Đúng ý", "Sai ý"],
            correct=[0],
            tag="quan_diem",
            difficulty=2,
            user=writer,
        )
        for i in range(count)
    ]


def test_it_lists_a_banks_draft_questions_for_a_leader_as_one_line(
    kl51_campaign, leader_user, board_user
):
    # A leader approves every question of the awareness checks, yet nothing told them that a
    # bank waited: the inbox listed reports, letters, materials and rebuttals only.
    from lantoa.awareness.services import question_approve

    questions = drafted_questions(kl51_campaign, board_user, 3)
    body = client_for(leader_user).get(reverse("home")).content.decode()
    assert "Câu hỏi kiểm tra nhận thức chờ duyệt (1)" in body
    assert "3 câu hỏi chờ duyệt" in body
    assert f'href="{reverse("awareness:bank", args=[kl51_campaign.pk])}"' in body
    assert [s.title for s in leader_inbox(user=board_user).sections] == []  # staff do not approve
    question_approve(question=questions[0], user=leader_user)
    assert leader_inbox(user=leader_user).sections[0].items[0].detail == "2 câu hỏi chờ duyệt"


def home_queries(client) -> int:  # type: ignore[no-untyped-def]
    client.get(reverse("home"))
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("home"))
    assert response.status_code == 200
    return len(captured)


def test_it_costs_the_same_queries_with_one_or_many_items(kl51_campaign, leader_user, board_user):
    client = client_for(leader_user)
    report_in_review(kl51_campaign)
    version_in_review(kl51_campaign)
    drafted_rebuttal(board_user)
    letter_in_review(kl51_campaign)
    opinion_report_in_review(board_user)
    drafted_questions(kl51_campaign, board_user, 1)
    one = home_queries(client)
    for n in range(4):
        report_in_review(kl51_campaign)
        version_in_review(kl51_campaign, title=f"Tài liệu {n}")
        drafted_rebuttal(board_user, statement=f"Luận điệu sai lệch số {n} về nhãn hiệu")
        letter_in_review(kl51_campaign)
        opinion_report_in_review(board_user, subject=f"Kết luận 51, kỳ {n}")
        drafted_questions(kl51_campaign, board_user, 2)  # one bank: still one line
    assert client.get(reverse("home")).context["inbox"].total == 26
    assert home_queries(client) == one
    # The memberships and the navigation's counts are read once a request (35 before); one
    # query a kind of approval (six kinds since the question bank joined, 17 with five).
    assert one <= 18
