import datetime
import json
import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from lantoa.organization.models import Unit
from lantoa.reporting.services import ActivityInput, activity_record
from lantoa.reporting.standing import REPORT_STATES

pytestmark = pytest.mark.django_db


def test_it_prints_the_campaign_status_as_json(kl51_campaign):
    unit = Unit.objects.get(code="03127")
    activity_record(
        campaign=kl51_campaign,
        unit=unit,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị",
            task_id=kl51_campaign.tasks.filter(assignments__unit=unit).first().pk,
            figures={"sessions": 1, "party_members_present": 100},
        ),
        user=None,
    )
    out = StringIO()
    call_command("campaign", "status", str(kl51_campaign.pk), "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    units = {u["code"]: u for u in data["units"]}
    assert set(units["03127"]) >= {
        "code",
        "name",
        "tasks_done",
        "tasks_total",
        "coverage",
        "due_date",
        "submitted_on",
        "working_days_late",
        "late",
        "state",
        "locked",
    }
    assert units["03127"]["tasks_done"] == 1 and units["03127"]["tasks_total"] == 3
    assert units["03127"]["coverage"] > 0
    assert units["03160"]["coverage"] is None  # not reported, not zero
    assert units["03160"]["state"] is None  # no report request yet
    assert units["03160"]["late"] is False and units["03160"]["working_days_late"] == 0
    assert data["totals"]["activities"] == 1


def test_it_prints_text_and_refuses_an_unknown_campaign(kl51_campaign):
    from lantoa.reporting.services import report_request_create

    due = datetime.date(2026, 9, 30)
    report_request_create(campaign=kl51_campaign, title="Báo cáo quý III", user=None, due_date=due)
    out = StringIO()
    call_command("campaign", "status", str(kl51_campaign.pk), stdout=out)
    assert "Tổng cộng:" in out.getvalue()
    # People read dates as dd/mm/yyyy and states in words, not the JSON's ISO dates and codes.
    table = out.getvalue().split("Tổng cộng:")[0]
    assert "30/09/2026" in table
    assert any(f"  {label}" in table for label in REPORT_STATES.values())
    assert not re.search(r"\d{4}-\d{2}-\d{2}|_", table)
    # Rates as every page and document writes them ("41,3%"), not "41.3%".
    assert re.search(r"đã nộp báo cáo \d+(,\d)?%", out.getvalue())
    assert not re.search(r"\d\.\d%", out.getvalue())
    with pytest.raises(CommandError):
        call_command("campaign", "status", "999999")
