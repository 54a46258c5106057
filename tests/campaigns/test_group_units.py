"""The units a proposed group addresses: its kinds or its named units, counted for all at once."""

from __future__ import annotations

import pytest

from lantoa.campaigns.proposal import GroupProposal, group_unit_counts, group_units
from lantoa.organization.models import Unit, UnitKind, UnitState

pytestmark = pytest.mark.django_db


def test_it_counts_every_group_as_group_units_reads_it_in_one_query(db, django_assert_num_queries):
    ward = Unit.objects.filter(kind=UnitKind.WARD, state=UnitState.ACTIVE).first()
    commune = Unit.objects.filter(kind=UnitKind.COMMUNE, state=UnitState.ACTIVE).first()
    assert ward and commune
    groups = [
        GroupProposal(heading="Các phường", kinds=[UnitKind.WARD]),
        GroupProposal(heading="Một xã", unit_ids=[commune.pk]),
        GroupProposal(heading="Phường và một xã", kinds=[UnitKind.WARD], unit_ids=[commune.pk]),
        GroupProposal(
            heading="Một phường đã có trong loại", kinds=[UnitKind.WARD], unit_ids=[ward.pk]
        ),
        GroupProposal(heading="Chưa rõ", kinds=["khong-co"]),
    ]
    with django_assert_num_queries(1):
        counts = group_unit_counts(groups=groups)
    assert counts == [group_units(group=g).count() for g in groups]
    assert counts[1] == 1 and counts[2] == counts[0] + 1 and counts[3] == counts[0]
    assert counts[4] == 0


def test_it_reads_nothing_for_no_group(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert group_unit_counts(groups=[]) == []
