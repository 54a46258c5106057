"""The review screen names the units each group reaches, as posted, so a too-wide group shows."""

import pytest
from django.urls import reverse

from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.guidance.models import GuidanceDocument
from lantoa.organization.models import Unit, UnitKind
from tests.conftest import client_for
from tests.guidance.test_review_flow import review_post_data

pytestmark = pytest.mark.django_db


def _draft(board_user) -> GuidanceDocument:  # type: ignore[no-untyped-def]
    groups = [
        GroupProposal(
            heading="Đảng ủy Công an tỉnh",
            kinds=[UnitKind.AFFILIATED],
            tasks=[TaskProposal(text="Phát hiện, xử lý thông tin sai trái.")],
        ),
        GroupProposal(
            heading="Các đảng ủy xã, phường",
            kinds=[UnitKind.COMMUNE, UnitKind.WARD],
            tasks=[TaskProposal(text="Quán triệt đến chi bộ.")],
        ),
        GroupProposal(heading="Sở Tư pháp", tasks=[TaskProposal(text="Theo dõi, đôn đốc.")]),
    ]
    proposal = CampaignProposal(title="Đợt thử", subject_type="Kết luận", groups=groups)
    return GuidanceDocument.objects.create(
        owner=Unit.objects.get(code="BTGDVTU"), proposal=proposal.to_json(), uploaded_by=board_user
    )


def test_it_names_the_units_a_group_reaches(board_user):
    client = client_for(board_user)
    document = _draft(board_user)
    body = client.get(reverse("guidance:review", args=[document.pk])).content.decode()
    assert "4 đơn vị nhận nhiệm vụ: " in body
    assert "Đảng ủy Công an tỉnh, " in body and "Đảng ủy Quân sự tỉnh" in body
    assert "45 đơn vị nhận nhiệm vụ: " in body and "và 40 đơn vị khác" in body
    assert "Chưa có đơn vị nào nhận nhiệm vụ của nhóm này" in body


def test_it_counts_the_units_as_posted_when_the_form_comes_back_with_an_error(board_user):
    client = client_for(board_user)
    document = _draft(board_user)
    data = review_post_data(client, document.pk)
    police = Unit.objects.get(code="DU-CA")
    data["groups-0-kinds"] = []
    data["groups-0-units"] = [str(police.pk)]
    data["doc_date"] = "31/02/2026"
    data["action"] = "save"
    response = client.post(reverse("guidance:review", args=[document.pk]), data)
    assert response.status_code == 400
    body = response.content.decode()
    assert "1 đơn vị nhận nhiệm vụ: Đảng ủy Công an tỉnh" in body


def test_it_drops_a_group_and_all_its_tasks_with_one_tick(board_user):
    client = client_for(board_user)
    document = _draft(board_user)
    body = client.get(reverse("guidance:review", args=[document.pk])).content.decode()
    assert 'name="groups-2-remove"' in body and "Bỏ cả nhóm này và các nhiệm vụ của nhóm" in body
    data = review_post_data(client, document.pk)
    data["groups-2-remove"] = "on"
    data["action"] = "save"
    response = client.post(reverse("guidance:review", args=[document.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    document.refresh_from_db()
    groups = CampaignProposal.from_json(document.proposal).groups
    assert [g.heading for g in groups] == ["Đảng ủy Công an tỉnh", "Các đảng ủy xã, phường"]
    assert [len(g.tasks) for g in groups] == [1, 1]
