"""A request not yet due does not replace the figures of the request already due."""

import datetime

import pytest
from django.utils import timezone

from lantoa.documents.reports.builder import coverage_table
from lantoa.documents.reports.content import figures_of, report_facts
from lantoa.documents.reports.drafting import default_sections
from lantoa.organization.models import Unit
from lantoa.reporting.indicators import campaign_status
from lantoa.reporting.models import Submission
from lantoa.reporting.services import report_request_create, submission_accept, submission_submit
from lantoa.reporting.standing import campaign_standing

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 12, 8)
JULY_DUE = datetime.date(2026, 7, 30)
DECEMBER_DUE = datetime.date(2026, 12, 19)


def _at(day):  # type: ignore[no-untyped-def]
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))


@pytest.fixture
def july(kl51_campaign, board_user):  # type: ignore[no-untyped-def]
    request = report_request_create(
        campaign=kl51_campaign, title="Báo cáo tháng 7", due_date=JULY_DUE, user=None
    )
    units = list(request.expected_units.order_by("pk"))
    for unit, day in ((units[0], JULY_DUE), (units[1], JULY_DUE), (units[2], TODAY)):
        sent = submission_submit(request=request, unit=unit, results="Đã làm", user=None)
        Submission.objects.filter(pk=sent.pk).update(submitted_at=_at(day))
    submission_accept(submission=Submission.objects.get(unit=units[0]), user=board_user)
    return request


def _said(campaign):  # type: ignore[no-untyped-def]
    status = campaign_status(campaign=campaign, units=Unit.objects.all(), today=TODAY)
    facts = report_facts(campaign=campaign, as_of=TODAY)
    return {
        "completeness": status.completeness.text,
        "on_time": status.on_time_rate.text,
        "late": status.late_units,
        "figures": figures_of(facts),
        "text": default_sections(facts)["limitations"],
        "appendix": [list(row) for row in coverage_table(facts).rows],
        "behind": len(campaign_standing(campaign=campaign, today=TODAY).behind()),
    }


def test_it_keeps_the_due_requests_figures_when_a_new_request_is_not_yet_due(july):
    campaign = july.campaign
    before = _said(campaign)
    assert before["late"] > 0 and "3/" in before["completeness"]

    report_request_create(
        campaign=campaign, title="Báo cáo tháng 12", due_date=DECEMBER_DUE, user=None
    )

    assert _said(campaign) == before
    status = campaign_status(campaign=campaign, units=Unit.objects.all(), today=TODAY)
    assert {row.report.request.pk for row in status.rows if row.report} == {july.pk}


def test_it_names_on_the_dashboard_card_the_request_its_figures_speak_of(
    july, board_user, monkeypatch
):
    from django.urls import reverse

    from tests.conftest import client_for

    real = timezone.localdate
    monkeypatch.setattr(
        timezone,
        "localdate",
        lambda value=None, tz=None: TODAY if value is None else real(value, tz),
    )
    report_request_create(
        campaign=july.campaign, title="Báo cáo tháng 12", due_date=DECEMBER_DUE, user=None
    )
    status = campaign_status(campaign=july.campaign, units=Unit.objects.all(), today=TODAY)
    assert status.request_in_force == july
    page = client_for(board_user).get(reverse("reporting:dashboard", args=[july.campaign.pk]))
    assert page.status_code == 200
    body = page.content.decode()
    assert "Báo cáo tháng 7 — hạn 30/07/2026" in body


def test_it_names_in_the_status_data_the_request_its_rates_speak_of(july):
    from lantoa.reporting.status_data import status_data

    report_request_create(
        campaign=july.campaign, title="Báo cáo tháng 12", due_date=DECEMBER_DUE, user=None
    )
    status = campaign_status(campaign=july.campaign, units=Unit.objects.all(), today=TODAY)
    data = status_data(status, today=TODAY)
    assert data["report_request"]["id"] == july.pk
    assert data["totals"]["late_units"] > 0
