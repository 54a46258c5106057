"""The review screen shows a task whose deadline is a month or quarter without a due date."""

import datetime

import pytest
from django.urls import reverse

from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.guidance.models import GuidanceDocument
from lantoa.organization.models import Unit, UnitKind
from tests.conftest import client_for
from tests.guidance.test_review_flow import review_post_data

pytestmark = pytest.mark.django_db


def _draft(board_user) -> GuidanceDocument:  # type: ignore[no-untyped-def]
    tasks = [
        TaskProposal(
            text="Xây dựng kế hoạch xong trong tháng 12/2026.",
            deadline_kind="month",
            deadline_text="xong trong tháng 12/2026",
        ),
        TaskProposal(
            text="Sơ kết việc thực hiện quý III/2026.",
            deadline_kind="quarter",
            deadline_text="quý III/2026",
        ),
        TaskProposal(
            text="Báo cáo trước ngày 15/11/2026.",
            deadline_kind="date",
            deadline_text="trước ngày 15/11/2026",
            due_date=datetime.date(2026, 11, 15),
        ),
    ]
    proposal = CampaignProposal(
        title="Đợt thử",
        subject_type="Kết luận",
        groups=[GroupProposal(heading="Các đảng ủy xã", kinds=[UnitKind.COMMUNE], tasks=tasks)],
    )
    return GuidanceDocument.objects.create(
        owner=Unit.objects.get(code="BTGDVTU"),
        proposal=proposal.to_json(),
        uploaded_by=board_user,
    )


def test_it_says_which_period_deadlines_have_no_due_date_and_their_last_day(board_user):
    client = client_for(board_user)
    document = _draft(board_user)
    body = client.get(reverse("guidance:review", args=[document.pk])).content.decode()
    assert "2 nhiệm vụ có thời hạn theo tháng, quý hoặc năm nhưng chưa có ngày hạn" in body
    assert "«xong trong tháng 12/2026» chưa có ngày hạn" in body
    assert "Lấy ngày cuối kỳ (31/12/2026) làm hạn hoàn thành" in body
    assert "Lấy ngày cuối kỳ (30/09/2026) làm hạn hoàn thành" in body
    assert body.count('class="notice period-undated"') == 2


def test_it_sets_the_period_last_day_as_due_date_when_ticked(board_user):
    client = client_for(board_user)
    document = _draft(board_user)
    data = review_post_data(client, document.pk)
    data["tasks-0-due_at_period_end"] = "on"
    data["tasks-1-due_at_period_end"] = "on"
    data["action"] = "save"
    response = client.post(reverse("guidance:review", args=[document.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    document.refresh_from_db()
    tasks = CampaignProposal.from_json(document.proposal).groups[0].tasks
    assert [t.due_date for t in tasks] == [
        datetime.date(2026, 12, 31),
        datetime.date(2026, 9, 30),
        datetime.date(2026, 11, 15),
    ]
    assert tasks[0].deadline_text == "xong trong tháng 12/2026"
    body = client.get(reverse("guidance:review", args=[document.pk])).content.decode()
    assert "period-undated" not in body


def test_it_keeps_a_typed_due_date_over_the_period_end(board_user):
    client = client_for(board_user)
    document = _draft(board_user)
    data = review_post_data(client, document.pk)
    data["tasks-0-due_at_period_end"] = "on"
    data["tasks-0-due_date"] = "20/12/2026"
    data["action"] = "save"
    client.post(reverse("guidance:review", args=[document.pk]), data)
    document.refresh_from_db()
    task = CampaignProposal.from_json(document.proposal).groups[0].tasks[0]
    assert task.due_date == datetime.date(2026, 12, 20)


def test_it_lists_at_the_top_which_task_holds_a_refused_date(board_user):
    client = client_for(board_user)
    document = _draft(board_user)
    data = review_post_data(client, document.pk)
    data["tasks-2-due_date"] = "31/02/2026"
    data["action"] = "save"
    response = client.post(reverse("guidance:review", args=[document.pk]), data)
    assert response.status_code == 400
    body = response.content.decode()
    summary = body[body.index('id="loi-ra-soat"') :]
    assert '<a href="#id_tasks-2-due_date">Nhiệm vụ 3 — Hạn hoàn thành' in summary
    assert "Ngày không hợp lệ" in summary[: summary.index("</ul>")]
    # The corrections made beside it are shown again, not lost.
    assert 'value="31/02/2026"' in body
