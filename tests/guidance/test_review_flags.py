"""The review screen's «Cần kiểm tra» list says what the draft still lacks, as it stands now."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lantoa.accounts.selectors import board_unit_for_staff
from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.guidance.models import GuidanceDocument, GuidanceStatus
from lantoa.organization.models import UnitKind
from tests.conftest import client_for, unit

pytestmark = pytest.mark.django_db

NO_DATE = "Chưa xác định được ngày ban hành."


def _draft(user, proposal: CampaignProposal) -> GuidanceDocument:
    return GuidanceDocument.objects.create(
        owner=board_unit_for_staff(user=user),
        proposal=proposal.to_json(),
        status=GuidanceStatus.DRAFT,
        text="Văn bản",
    )


def _flags(client, document: GuidanceDocument) -> list[str]:
    response = client.get(reverse("guidance:review", args=[document.pk]))
    assert response.status_code == 200
    return [message for _anchor, message in response.context["review_flags"]]


def _proposal(**changes) -> CampaignProposal:
    """Return a proposal the parser read with nothing missing, changed as given."""
    values = {
        "title": "Tuyên truyền Kết luận 51",
        "doc_type": "Hướng dẫn",
        "doc_number": "12-HD/BTGDVTU",
        "doc_date": datetime.date(2026, 5, 15),
        "doc_place": "Điện Biên",
        "issuer": "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "signer_name": "Trần Thị Lan Hương",
        "signer_title": "Phó Trưởng ban",
        "subject_type": "Kết luận",
        "subject_number": "51-KL/TW",
        "subject_date": datetime.date(2026, 4, 16),
        "subject_issuer": "Bộ Chính trị",
        "channels": ["conference"],
        "continuous": True,
        "recipients": ["Lưu VP"],
        **changes,
    }
    return CampaignProposal(**values)


def test_it_drops_a_missing_field_flag_once_the_field_is_given(board_user):
    document = _draft(
        board_user,
        _proposal(doc_date=None, review_flags=[NO_DATE, "Văn bản có hai khối chữ ký: kiểm tra."]),
    )
    client = client_for(board_user)
    assert NO_DATE in _flags(client, document)
    document.proposal = _proposal(
        review_flags=[NO_DATE, "Văn bản có hai khối chữ ký: kiểm tra."]
    ).to_json()
    document.save()
    # The date is given now: nothing is left to do. A note on how the text was read stays,
    # apart, so that the list of what is still to do can empty.
    assert _flags(client, document) == []
    page = client.get(reverse("guidance:review", args=[document.pk]))
    assert page.context["reading_notes"] == ["Văn bản có hai khối chữ ký: kiểm tra."]
    body = page.content.decode()
    assert "Cần kiểm tra" not in body and "Văn bản có hai khối chữ ký: kiểm tra." in body


def test_it_asks_no_field_of_a_draft_typed_by_hand(board_user):
    document = _draft(board_user, CampaignProposal())
    page = client_for(board_user).get(reverse("guidance:review", args=[document.pk]))
    assert page.context["review_flags"] == [] and "Cần kiểm tra" not in page.content.decode()


def test_it_flags_a_group_reaching_no_unit_until_its_units_are_chosen(board_user):
    group = GroupProposal(heading="Các cơ quan khác", tasks=[TaskProposal(text="Tuyên truyền")])
    stored = 'Chưa xác định được loại đơn vị của nhóm "Các cơ quan khác" (3).'
    document = _draft(board_user, _proposal(groups=[group], review_flags=[stored]))
    client = client_for(board_user)
    flags = _flags(client, document)
    assert stored not in flags  # the parser's wording, about the text as read
    assert any("Các cơ quan khác" in flag and "Nhóm 1" in flag for flag in flags)
    group.unit_ids = [unit("03127").pk]
    document.proposal = _proposal(groups=[group], review_flags=[stored]).to_json()
    document.save()
    assert not any("Các cơ quan khác" in flag for flag in _flags(client, document))
    group.unit_ids, group.kinds = [], [UnitKind.COMMUNE]
    document.proposal = _proposal(groups=[group], review_flags=[stored]).to_json()
    document.save()
    assert _flags(client, document) == []


def test_it_flags_a_task_within_days_until_its_due_date_is_given(board_user):
    task = TaskProposal(
        text="Báo cáo", ref="2.1", deadline_kind="within_days", deadline_text="trong 15 ngày"
    )
    group = GroupProposal(heading="UBND các xã", kinds=[UnitKind.COMMUNE], tasks=[task])
    stored = (
        'Nhiệm vụ 2.1: thời hạn "trong 15 ngày" chưa quy ra được ngày (không rõ ngày bắt đầu '
        "tính); cần đặt hạn hoàn thành."
    )
    document = _draft(board_user, _proposal(groups=[group], review_flags=[stored]))
    client = client_for(board_user)
    assert any("trong 15 ngày" in flag for flag in _flags(client, document))
    task.due_date = timezone.localdate() + datetime.timedelta(days=30)
    document.proposal = _proposal(groups=[group], review_flags=[stored]).to_json()
    document.save()
    assert _flags(client, document) == []


def test_it_drops_the_no_groups_flag_once_a_group_is_given(board_user):
    stored = 'Không tìm thấy phần "Tổ chức thực hiện": chưa tách được nhóm đơn vị và nhiệm vụ.'
    document = _draft(board_user, _proposal(review_flags=[stored]))
    client = client_for(board_user)
    assert any("nhóm đơn vị" in flag for flag in _flags(client, document))
    group = GroupProposal(
        heading="UBND các xã", kinds=[UnitKind.COMMUNE], tasks=[TaskProposal(text="Tuyên truyền")]
    )
    document.proposal = _proposal(groups=[group], review_flags=[stored]).to_json()
    document.save()
    assert _flags(client, document) == []


def test_it_shows_the_flags_as_the_draft_stands_after_a_save(board_user):
    document = _draft(board_user, _proposal(doc_date=None, review_flags=[NO_DATE]))
    client = client_for(board_user)
    page = client.get(reverse("guidance:review", args=[document.pk])).content.decode()
    assert NO_DATE in page
    from tests.guidance.test_review_flow import review_post_data

    data = review_post_data(client, document.pk)
    data["doc_date"] = "15/05/2026"
    data["action"] = "save"
    response = client.post(reverse("guidance:review", args=[document.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(reverse("guidance:review", args=[document.pk])).content.decode()
    assert NO_DATE not in page and "Cần kiểm tra" not in page


def test_it_flags_no_group_whose_every_task_is_given_to_a_unit_as_confirming_takes_it(board_user):
    # «Các cơ quan khác» reaches no unit, but its one task is given to a commune: confirming
    # takes it (campaigns.services), so the screen must not ask for the group's units.
    task = TaskProposal(text="Tuyên truyền", unit_id=unit("03127").pk)
    group = GroupProposal(heading="Các cơ quan khác", tasks=[task])
    document = _draft(board_user, _proposal(groups=[group]))
    client = client_for(board_user)
    page = client.get(reverse("guidance:review", args=[document.pk]))
    assert page.context["review_flags"] == []
    assert "Chưa có đơn vị nào nhận nhiệm vụ của nhóm này" not in page.content.decode()


def test_it_flags_no_group_left_without_tasks(board_user):
    # A group whose tasks were all removed gives nothing to anyone: nothing to choose for it.
    group = GroupProposal(heading="Các cơ quan khác")
    document = _draft(board_user, _proposal(groups=[group]))
    assert _flags(client_for(board_user), document) == []


def test_it_flags_a_task_whose_due_date_is_past_until_it_is_moved(board_user):
    # A plan read weeks after it was signed: «xong trong tháng 12/2025» would make every unit
    # late on the day it receives the task.
    today = timezone.localdate()
    task = TaskProposal(text="Xây dựng kế hoạch", due_date=today - datetime.timedelta(days=3))
    group = GroupProposal(heading="UBND các xã", kinds=[UnitKind.COMMUNE], tasks=[task])
    document = _draft(board_user, _proposal(groups=[group]))
    client = client_for(board_user)
    flags = _flags(client, document)
    assert len(flags) == 1 and flags[0].startswith("Nhiệm vụ 1: hạn hoàn thành")
    assert f"{task.due_date:%d/%m/%Y} đã qua" in flags[0]
    task.due_date = today
    document.proposal = _proposal(groups=[group]).to_json()
    document.save()
    assert _flags(client, document) == []


def test_it_flags_a_peak_already_over_as_units_could_record_nothing_after_it(board_user):
    # Bắc Ninh's KH 141 read in December 2026: its peak 01–31/12/2025 was the campaign's end,
    # so every activity a unit recorded was refused «sau khi kết thúc đợt».
    today = timezone.localdate()
    ended = today - datetime.timedelta(days=10)
    document = _draft(board_user, _proposal(continuous=False, peak_end=ended))
    client = client_for(board_user)
    flags = _flags(client, document)
    assert len(flags) == 1 and f"{ended:%d/%m/%Y}" in flags[0]
    document.proposal = _proposal(continuous=True, peak_end=ended).to_json()
    document.save()
    assert _flags(client, document) == []


def test_it_leads_each_flag_to_the_field_it_asks_for(board_user):
    task = TaskProposal(text="Báo cáo", deadline_kind="within_days", deadline_text="trong 15 ngày")
    group = GroupProposal(heading="Các cơ quan khác", tasks=[task])
    document = _draft(
        board_user, _proposal(doc_date=None, groups=[group], review_flags=[NO_DATE, "Ghi chú."])
    )
    page = client_for(board_user).get(reverse("guidance:review", args=[document.pk]))
    anchors = [anchor for anchor, _message in page.context["review_flags"]]
    assert anchors == ["id_doc_date", "id_groups-0-kinds", "id_tasks-0-due_date"]
    body = page.content.decode()
    # Each leads to an element of the page, as the refused fields' list does.
    for anchor in anchors:
        assert f'href="#{anchor}"' in body and f'id="{anchor}"' in body
