"""One rule for the units a campaign addresses: those in force today, wherever they are counted."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from lantoa.accounts.selectors_units import unit_search
from lantoa.campaigns.models import Assignment, Campaign
from lantoa.campaigns.proposal import (
    CampaignProposal,
    GroupProposal,
    TaskProposal,
    group_unit_counts,
    group_units,
)
from lantoa.campaigns.services import CampaignError, campaign_create
from lantoa.organization.matching import unit_match_name
from lantoa.organization.models import Unit, UnitKind
from lantoa.organization.selectors import units_in_force

pytestmark = pytest.mark.django_db

ENDED = "03160"
NAMED_ENDED = "03127"


@pytest.fixture
def out_of_force(db) -> tuple[Unit, Unit, Unit]:
    """A ward whose term ended yesterday, a ward that starts tomorrow, a named unit that ended."""
    today = timezone.localdate()
    ended = Unit.objects.get(code=ENDED)
    Unit.objects.filter(pk=ended.pk).update(valid_to=today - datetime.timedelta(days=1))
    future = Unit.objects.create(
        kind=UnitKind.WARD,
        name="Đảng ủy phường Tương Lai",
        code="FUTURE-1",
        valid_from=today + datetime.timedelta(days=1),
    )
    named = Unit.objects.get(code=NAMED_ENDED)
    Unit.objects.filter(pk=named.pk).update(valid_to=today - datetime.timedelta(days=1))
    return ended, future, named


def _commune() -> Unit:
    commune = units_in_force(kinds=[UnitKind.COMMUNE]).first()
    assert commune
    return commune


def _proposal(named: Unit) -> CampaignProposal:
    return CampaignProposal(
        title="Đợt kiểm tra đơn vị còn hiệu lực",
        subject_type="Kết luận",
        groups=[
            GroupProposal(
                heading="Các phường",
                kinds=[UnitKind.WARD],
                tasks=[TaskProposal(text="Quán triệt nội dung Kết luận")],
            ),
            GroupProposal(
                heading="Một phường đã hết hiệu lực và một xã",
                unit_ids=[named.pk, _commune().pk],
                tasks=[TaskProposal(text="Báo cáo kết quả")],
            ),
        ],
    )


def test_it_assigns_a_group_only_to_units_in_force(out_of_force):
    ended, future, named = out_of_force
    board = Unit.objects.get(code="BTGDVTU")
    campaign = campaign_create(owner=board, proposal=_proposal(named), user=None)
    assigned = set(
        Assignment.objects.filter(task__campaign=campaign).values_list("unit_id", flat=True)
    )
    wards = set(units_in_force(kinds=[UnitKind.WARD]).values_list("pk", flat=True))
    assert wards and assigned == wards | {_commune().pk}
    assert not {ended.pk, future.pk, named.pk} & assigned


def test_it_counts_on_the_review_screen_what_the_campaign_will_assign(out_of_force):
    ended, future, named = out_of_force
    groups = _proposal(named).groups
    counts = group_unit_counts(groups=groups)
    assert counts == [group_units(group=g).count() for g in groups]
    assert counts[0] == units_in_force(kinds=[UnitKind.WARD]).count()
    assert counts[1] == 1


def test_it_refuses_a_group_whose_only_unit_is_no_longer_in_force(out_of_force):
    _, _, named = out_of_force
    proposal = _proposal(named)
    proposal.groups = proposal.groups[1:]
    proposal.groups[0].unit_ids = [named.pk]
    board = Unit.objects.get(code="BTGDVTU")
    with pytest.raises(CampaignError, match="chưa xác định được đơn vị nào"):
        campaign_create(owner=board, proposal=proposal, user=None)


def test_it_refuses_a_task_named_for_a_unit_no_longer_in_force_and_creates_nothing(
    out_of_force,
):
    ended, _, _ = out_of_force
    board = Unit.objects.get(code="BTGDVTU")
    proposal = _proposal(ended)
    proposal.groups[0].tasks.append(TaskProposal(text="Việc riêng", unit_id=ended.pk))
    before = Campaign.objects.count(), Assignment.objects.count()
    with pytest.raises(CampaignError, match="“Việc riêng” giao cho một đơn vị không còn hoạt động"):
        campaign_create(owner=board, proposal=proposal, user=None)
    assert (Campaign.objects.count(), Assignment.objects.count()) == before


def test_it_finds_no_unit_out_of_force_by_name_or_search(out_of_force, board_user):
    ended, future, _ = out_of_force
    assert unit_match_name(name=future.name) is None
    assert unit_match_name(name=ended.name) is None
    found = {unit.pk for unit in unit_search(user=board_user, query="phuong")}
    assert found and not {ended.pk, future.pk} & found
