"""The review screen's unit choices: the units in force, by organization's one rule."""

from __future__ import annotations

import datetime

import pytest

from lantoa.campaigns.proposal import CampaignProposal, group_unit_counts, proposal_from_parse
from lantoa.guidance.forms import review_forms
from lantoa.organization.models import Unit, UnitKind
from lantoa.organization.selectors import units_in_force

pytestmark = pytest.mark.django_db


def _offered(field) -> list[int]:
    return [int(str(value)) for value, _label in field.choices if value != ""]


def test_it_offers_the_groups_and_tasks_the_units_in_force_each_name_once(db):
    ward = Unit.objects.get(code="03127")
    Unit.objects.create(kind=UnitKind.WARD, name=ward.name, code="DUP-1")
    ended = Unit.objects.get(code="03160")
    ended.valid_to = datetime.date.today() - datetime.timedelta(days=1)
    ended.save(update_fields=["valid_to"])
    _campaign, groups, tasks = review_forms(proposal=CampaignProposal())
    expected = [unit.pk for unit in units_in_force()]
    duplicate = Unit.objects.get(code="DUP-1").pk
    for field in (groups.forms[0].fields["units"], tasks.forms[0].fields["unit"]):
        offered = _offered(field)
        assert offered == expected
        assert ended.pk not in offered and duplicate not in offered


def test_it_refuses_a_posted_unit_whose_term_ended(db):
    ended = Unit.objects.get(code="03160")
    ended.valid_to = datetime.date.today() - datetime.timedelta(days=1)
    ended.save(update_fields=["valid_to"])
    data = {
        "groups-TOTAL_FORMS": "1",
        "groups-INITIAL_FORMS": "0",
        "groups-0-heading": "Các đảng ủy xã",
        "groups-0-units": [str(ended.pk)],
        "tasks-TOTAL_FORMS": "0",
        "tasks-INITIAL_FORMS": "0",
    }
    _campaign, groups, _tasks = review_forms(proposal=CampaignProposal(), data=data)
    assert not groups.forms[0].is_valid()
    assert "units" in groups.forms[0].errors


def test_it_matches_a_parsed_unit_name_only_among_the_units_offered(db):
    ended = Unit.objects.get(code="03160")
    ended.valid_to = datetime.date.today() - datetime.timedelta(days=1)
    ended.save(update_fields=["valid_to"])
    ward = Unit.objects.get(code="03127")
    parse = {
        "unit_groups": [
            {"heading": "Các đơn vị", "units": [ended.name, ward.name], "tasks": []},
        ]
    }
    proposal = proposal_from_parse(parse)
    assert proposal.groups[0].unit_ids == [ward.pk]


def test_it_gives_a_group_naming_one_body_to_that_body_not_to_its_whole_kind(db):
    police = Unit.objects.get(code="DU-CA")
    commune = units_in_force().get(name="Đảng ủy xã Mường Nhé")
    parse = {
        "unit_groups": [
            {
                "heading": "Đảng ủy Công an tỉnh",
                "unit_kinds": ["affiliated"],
                "units": ["Đảng ủy Công an tỉnh"],
                "tasks": [{"text": "Phát hiện, xử lý thông tin sai trái."}],
            },
            {
                "heading": "Đảng ủy xã Mường Nhé",
                "unit_kinds": ["commune"],
                "units": ["Đảng ủy xã Mường Nhé"],
                "tasks": [{"text": "Tổ chức hội nghị điểm."}],
            },
            {
                "heading": "Các đảng ủy xã, phường",
                "unit_kinds": ["commune", "ward"],
                "units": [],
                "tasks": [{"text": "Quán triệt đến chi bộ."}],
            },
        ]
    }
    proposal = proposal_from_parse(parse)
    police_group, commune_group, plural = proposal.groups
    assert (police_group.kinds, police_group.unit_ids) == ([], [police.pk])
    assert (commune_group.kinds, commune_group.unit_ids) == ([], [commune.pk])
    assert plural.kinds == ["commune", "ward"]
    assert group_unit_counts(groups=proposal.groups)[:2] == [1, 1]


def test_it_offers_every_group_of_a_long_plan_to_its_tasks(db):
    # A plan with 60 addressed bodies: the tasks of group 51 onward were refused, their group
    # missing from the task's choices (they stopped at 50).
    from lantoa.campaigns.proposal import GroupProposal, TaskProposal

    proposal = CampaignProposal(
        groups=[
            GroupProposal(heading=f"Cơ quan {n}", tasks=[TaskProposal(text=f"Việc {n}")])
            for n in range(1, 61)
        ]
    )
    _campaign, _groups, tasks = review_forms(proposal=proposal)
    offered = [value for value, _label in tasks.forms[59].fields["group"].choices]
    assert 59 in offered
    assert tasks.forms[59].initial["group"] == 59


def test_it_offers_no_more_groups_than_a_formset_takes_whatever_the_post_claims(db):
    # The count comes from the post: a hostile TOTAL_FORMS must not build a million choices.
    from lantoa.guidance.forms import GroupFormSet

    _campaign, _groups, tasks = review_forms(
        proposal=CampaignProposal(),
        data={"groups-TOTAL_FORMS": "10000000", "tasks-TOTAL_FORMS": "1"},
    )
    assert len(tasks.forms[0].fields["group"].choices) <= GroupFormSet.absolute_max
