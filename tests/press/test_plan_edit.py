"""Editing a plan line: audited like filing one; counts typed as units type them."""

import datetime

import pytest
from django.urls import reverse

from lantoa.audit.models import AuditEntry
from lantoa.organization.models import Unit
from lantoa.press.models import PressPlan
from lantoa.press.services import press_plan_save
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db
JULY = datetime.date(2026, 7, 1)


@pytest.fixture
def plan(kl51_campaign):
    newspaper = Unit.objects.get(code="BAO-PTTH")
    return press_plan_save(
        unit=newspaper, campaign=kl51_campaign, month=JULY, planned_items=4, user=None
    )


def test_it_audits_a_changed_plan_line(plan):
    editor = make_user("bientap.sua", "BAO-PTTH", "press")
    before = AuditEntry.objects.filter(detail__plan=plan.pk).count()
    press_plan_save(
        unit=plan.unit, campaign=plan.campaign, month=JULY, planned_items=9, user=editor, plan=plan
    )
    entries = AuditEntry.objects.filter(detail__plan=plan.pk)
    assert entries.count() == before + 1
    assert entries.latest("pk").user == editor


def test_it_reads_planned_items_typed_with_a_thousands_dot(kl51_campaign):
    editor = make_user("bientap.nghin", "BAO-PTTH", "press")
    newspaper = Unit.objects.get(code="BAO-PTTH")
    posted = client_for(editor).post(
        reverse("press:plan_save", args=[newspaper.pk]),
        {"campaign": kl51_campaign.pk, "month": "08/2026", "planned_items": "1.200"},
    )
    assert posted.status_code == 302
    saved = PressPlan.objects.get(unit=newspaper, month=datetime.date(2026, 8, 1))
    assert saved.planned_items == 1200
