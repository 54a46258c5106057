"""The Django admin shows a unit's figures but changes them only through the audited unit page."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from lantoa.organization.models import Unit, UnitFigure
from lantoa.organization.services import unit_figure_set
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_keeps_the_admins_unit_page_from_changing_figures_unaudited():
    # A figure typed into the inline on /quan-tri/ was saved with no audit entry, so «who
    # changed Điện Biên Phủ's party members?» had no answer in the audit log.
    unit = Unit.objects.get(code="03127")
    figure = unit_figure_set(
        unit=unit, kind="party_members", value=1557, valid_from=datetime.date(2026, 1, 1)
    )
    root = get_user_model().objects.create_superuser("goc", password="x")
    page = client_for(root).get(reverse("admin:organization_unit_change", args=[unit.pk]))
    body = page.content.decode()
    assert page.status_code == 200
    assert 'name="figures-0-value"' not in body and "1557" in body.replace(".", "")
    assert UnitFigure.objects.get(pk=figure.pk).value == 1557
