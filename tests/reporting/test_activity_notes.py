"""One limit on an activity's notes, the same for the web form, the Excel import and the API."""

import pytest
from django.urls import reverse

from lantoa.api.services import api_token_issue
from lantoa.organization.models import Unit
from lantoa.reporting.excel.template import unit_template
from lantoa.reporting.models import Activity
from lantoa.reporting.services import ActivityInput, ReportingError, activity_record
from lantoa.reporting.services.activities import MAX_NOTES
from tests.conftest import client_for
from tests.reporting.excel_support import JUNE, edit, new_conference, run_import

pytestmark = pytest.mark.django_db
TOO_LONG = "Ghi chú dài. " * (MAX_NOTES // 10)
MESSAGE = "Ghi chú quá dài (tối đa 5.000 ký tự)."


def test_it_keeps_the_limit_the_api_always_had():
    assert MAX_NOTES == 5000 and len(TOO_LONG.strip()) > MAX_NOTES


def test_it_refuses_long_notes_in_the_service(kl51_campaign):
    data = ActivityInput(channel="oral", date=JUNE, title="Nói chuyện", notes=TOO_LONG)
    with pytest.raises(ReportingError) as caught:
        activity_record(
            campaign=kl51_campaign, unit=Unit.objects.get(code="03127"), data=data, user=None
        )
    assert caught.value.errors["notes"] == MESSAGE
    assert not Activity.objects.exists()


def test_it_refuses_long_notes_on_the_web_form(kl51_campaign, commune_reporter):
    unit = Unit.objects.get(code="03127")
    response = client_for(commune_reporter).post(
        reverse("reporting:activity_create", args=[kl51_campaign.pk, unit.pk]),
        {
            "channel": "conference",
            "date": "25/06/2026",
            "title": "Hội nghị quán triệt KL 51",
            "sessions": "1",
            "party_members_present": "600",
            "notes": TOO_LONG,
        },
    )
    assert response.status_code in (200, 400)
    assert MESSAGE in response.content.decode()
    assert not Activity.objects.exists()


def test_it_refuses_long_notes_in_an_excel_import(kl51_campaign, commune_reporter):
    template = unit_template(campaign=kl51_campaign, unit=Unit.objects.get(code="03127"))
    upload = run_import(
        kl51_campaign, commune_reporter, edit(template, {2: new_conference(notes=TOO_LONG)})
    )
    assert upload.status == "failed"
    assert any(MESSAGE in error for error in upload.plan["errors"]), upload.plan["errors"]
    assert not Activity.objects.exists()


def test_it_refuses_long_notes_through_the_api(kl51_campaign, commune_reporter):
    membership = commune_reporter.memberships.get()
    token = api_token_issue(user=commune_reporter, membership_id=membership.pk, name="x").secret
    response = client_for(commune_reporter).post(
        f"/api/v1/campaigns/{kl51_campaign.pk}/activities",
        {
            "channel": "conference",
            "date": "2026-06-25",
            "title": "Hội nghị quán triệt",
            "figures": {"sessions": 1, "party_members_present": 300},
            "notes": "x" * (MAX_NOTES + 1),
        },
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 422
    assert "notes" in str(response.json()["errors"])
    assert not Activity.objects.exists()
