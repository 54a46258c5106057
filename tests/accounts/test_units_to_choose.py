"""Unit pickers offer the units in force today that the user may act for, each name once."""

from __future__ import annotations

import pytest
from django.urls import reverse

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.models import Role
from lantoa.accounts.selectors_units import units_to_choose
from lantoa.organization.models import UnitKind
from lantoa.organization.selectors import units_in_force
from lantoa.showcase.forms import EntryForm
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


def test_it_offers_a_collaborator_only_their_own_area(db):
    collaborator = make_user("ctv.chon", "03127", Role.COLLABORATOR)
    chosen = units_to_choose(user=collaborator, can=Capability.OPINION_SEND)
    assert [unit.code for unit in chosen] == ["03127"]


def test_it_lists_current_units_in_the_opinion_import_and_the_showcase(board_user):
    current = units_in_force().count()
    body = client_for(board_user).get(reverse("opinion:imports")).content.decode()
    assert "thị trấn" not in body
    assert body.count('<option value="') == current
    communes = list(EntryForm().fields["commune"].queryset)  # type: ignore[attr-defined]
    assert communes and all(unit.kind in (UnitKind.COMMUNE, UnitKind.WARD) for unit in communes)
    assert len({unit.name for unit in communes}) == len(communes) == 45
