"""One truth for where a unit stands: every reader says the same thing, scenario by scenario."""

import datetime
import json
from dataclasses import dataclass
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lantoa.accounts.models import Membership
from lantoa.api.services import api_token_issue
from lantoa.core.numbers import format_vn_number
from lantoa.documents.reports.builder import coverage_table
from lantoa.documents.reports.content import report_facts
from lantoa.organization.models import FigureKind, Unit
from lantoa.organization.services import unit_figure_set
from lantoa.reminders.lateness import late_units
from lantoa.reminders.letter import reminder_letter_document
from lantoa.reminders.services import _lines
from lantoa.reporting.dashboard.selectors import dashboard_get
from lantoa.reporting.indicators import campaign_status
from lantoa.reporting.models import Submission
from lantoa.reporting.services import (
    ActivityInput,
    activity_record,
    extension_grant,
    report_request_create,
    submission_accept,
    submission_reopen,
    submission_return,
    submission_submit,
)
from lantoa.reporting.standing import REPORT_STATES, campaign_standing
from lantoa.reporting.worklist import worklist_for
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
CODE = "03127"  # the commune_reporter's unit


@dataclass(frozen=True)
class Scenario:
    name: str
    due: datetime.date
    today: datetime.date
    submitted: datetime.date | None = None
    extension: datetime.date | None = None
    returned_then: datetime.date | None = None  # resubmitted on this day after a return
    accepted: bool = False  # the board accepted the (last) submission
    reopened: bool = False  # … and then reopened it
    # what every reader must say
    state: str = ""
    working_days_late: int = 0
    locked: bool = False


SCENARIOS = [
    Scenario(
        "on time",
        due=datetime.date(2026, 7, 30),  # Thursday
        submitted=datetime.date(2026, 7, 30),
        today=datetime.date(2026, 8, 10),
        state="submitted_on_time",
    ),
    Scenario(
        "late by one working day over a weekend",
        due=datetime.date(2026, 7, 31),  # Friday
        submitted=datetime.date(2026, 8, 3),  # Monday
        today=datetime.date(2026, 8, 10),
        state="submitted_late",
        working_days_late=1,
    ),
    Scenario(
        "due on a public holiday, sent the next working day",
        due=datetime.date(2026, 9, 2),  # Quốc khánh (Wednesday)
        submitted=datetime.date(2026, 9, 3),
        today=datetime.date(2026, 9, 10),
        state="submitted_on_time",
    ),
    Scenario(
        "extension granted",
        due=datetime.date(2026, 7, 30),
        extension=datetime.date(2026, 8, 5),
        submitted=datetime.date(2026, 8, 4),  # late by the request, on time by the extension
        today=datetime.date(2026, 8, 10),
        state="submitted_on_time",
    ),
    Scenario(
        "returned then resubmitted after the deadline",
        due=datetime.date(2026, 7, 30),
        submitted=datetime.date(2026, 7, 29),
        returned_then=datetime.date(2026, 8, 4),  # Fri 31/7, Mon 3/8, Tue 4/8
        today=datetime.date(2026, 8, 10),
        state="submitted_late",
        working_days_late=3,
    ),
    Scenario(
        "accepted",
        due=datetime.date(2026, 7, 30),
        submitted=datetime.date(2026, 7, 29),
        accepted=True,
        today=datetime.date(2026, 8, 10),
        state="accepted",
        locked=True,
    ),
    Scenario(
        "accepted then reopened after the deadline",
        due=datetime.date(2026, 7, 30),
        submitted=datetime.date(2026, 7, 29),
        accepted=True,
        reopened=True,
        today=datetime.date(2026, 8, 10),
        # Reopened is returned: owed again, and counted late from the due date like any return.
        state="returned",
        working_days_late=7,
    ),
    Scenario(
        "not submitted",
        due=datetime.date(2026, 7, 30),
        today=datetime.date(2026, 8, 4),
        state="overdue_missing",
        working_days_late=3,
    ),
    Scenario(
        "Friday deadline seen on Saturday",
        due=datetime.date(2026, 7, 31),
        today=datetime.date(2026, 8, 1),
        state="due_soon",
    ),
    Scenario(
        "not due yet",
        due=datetime.date(2026, 8, 31),
        today=datetime.date(2026, 8, 1),
        state="not_due",
    ),
]


def freeze(monkeypatch, today: datetime.date) -> None:
    """Make "today" a given day for the views and the CLI; dates of stored moments stay true."""
    real = timezone.localdate
    monkeypatch.setattr(
        timezone,
        "localdate",
        lambda value=None, tz=None: today if value is None else real(value, tz),
    )


def _at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(15)))


def _submit(request, unit, day):
    submission = submission_submit(request=request, unit=unit, results="Đã thực hiện", user=None)
    Submission.objects.filter(pk=submission.pk).update(submitted_at=_at(day))
    return submission


def _stage(campaign, scenario):
    unit = Unit.objects.get(code=CODE)
    request = report_request_create(
        campaign=campaign, title="Báo cáo sơ kết", due_date=scenario.due, user=None
    )
    if scenario.extension:
        extension_grant(
            request=request, unit=unit, due_date=scenario.extension, reason="Mưa lũ", user=None
        )
    if scenario.submitted:
        submission = _submit(request, unit, scenario.submitted)
        Submission.objects.filter(pk=submission.pk).update(
            first_submitted_at=_at(scenario.submitted)
        )
        if scenario.returned_then:
            submission_return(
                submission=Submission.objects.get(pk=submission.pk),
                reason="Thiếu số liệu",
                user=None,
            )
            _submit(request, unit, scenario.returned_then)
        if scenario.accepted:
            accepted = submission_accept(
                submission=Submission.objects.filter(request=request, unit=unit).get(), user=None
            )
            if scenario.reopened:
                submission_reopen(submission=accepted, reason="Sửa số liệu", user=None)
    return unit, request


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_it_tells_the_same_standing_through_every_reader(
    scenario, kl51_campaign, board_user, commune_reporter, monkeypatch
):
    unit, request = _stage(kl51_campaign, scenario)
    today = scenario.today
    freeze(monkeypatch, today)
    late = scenario.working_days_late > 0
    overdue = scenario.state in ("overdue_missing", "returned") and late
    said: dict[str, tuple] = {}

    # Unit work list
    (item,) = [
        i
        for i in worklist_for(user=commune_reporter, today=today)
        if i.campaign == kl51_campaign and i.unit == unit
    ]
    (line,) = item.requests
    said["work list"] = (line.state, line.working_days_late, line.late)

    # Request page (board)
    response = client_for(board_user).get(reverse("reporting:request_detail", args=[request.pk]))
    (row,) = [r for r in response.context["rows"] if r["unit"] == unit]
    said["request page"] = (
        row["report"].state,
        row["report"].working_days_late,
        row["report"].late,
    )
    assert REPORT_STATES[scenario.state] in response.content.decode()

    # Dashboard and indicators
    dashboard = dashboard_get(
        user=board_user, campaign=kl51_campaign, kind="", sort="", today=today
    )
    (status,) = [r.status for r in dashboard.rows if r.unit == unit]
    said["dashboard"] = (status.report.state, status.working_days_late, status.late)
    html = (
        client_for(board_user)
        .get(reverse("reporting:dashboard", args=[kl51_campaign.pk]))
        .content.decode()
    )
    assert f'data-state="{scenario.state}"' in html
    (row2,) = [
        r
        for r in campaign_status(campaign=kl51_campaign, units=Unit.objects.all(), today=today).rows
        if r.unit == unit
    ]
    said["indicators"] = (row2.report.state, row2.working_days_late, row2.late)

    # Reminders and the công văn đôn đốc: only what is still owed and a working day late
    behind = {item.unit.code: item for item in late_units(campaign=kl51_campaign, today=today)}
    reports = behind[CODE].reports if CODE in behind else []
    assert bool(reports) is overdue
    for report in reports:
        said["reminders"] = (report.state, report.working_days_late, report.late)
        texts = [text for _kind, _id, text in _lines(behind[CODE])]
        assert f"đã trễ {scenario.working_days_late} ngày làm việc" in "\n".join(texts)
    if CODE in behind:
        letter = reminder_letter_document(
            campaign=kl51_campaign,
            late=list(behind.values()),
            number=None,
            day=today,
            signer_title="",
            signer_name="",
        )
        text = json.dumps([str(block) for block in letter.body], ensure_ascii=False)
        assert "trễ 0 ngày làm việc" not in text
    # Report facts and the report's table
    facts = report_facts(campaign=kl51_campaign, as_of=today)
    (row3,) = [r for r in facts.rows if r.unit == unit]
    said["report facts"] = (row3.report.state, row3.working_days_late, row3.late)
    table = coverage_table(facts)
    (cells,) = [cells for cells in table.rows if cells[1] == unit.name]
    assert cells[-1] == row3.report.label

    # API
    membership = Membership.objects.get(user=commune_reporter)
    token = api_token_issue(user=commune_reporter, membership_id=membership.pk, name="Xã").secret
    from django.test import Client

    body = (
        Client(HTTP_AUTHORIZATION=f"Bearer {token}")
        .get(f"/api/v1/campaigns/{kl51_campaign.pk}/status")
        .json()
    )
    (api_unit,) = [u for u in body["units"] if u["code"] == CODE]
    said["api"] = (api_unit["state"], api_unit["working_days_late"], api_unit["late"])

    # CLI
    out = StringIO()
    call_command("campaign", "status", str(kl51_campaign.pk), "--format", "json", stdout=out)
    (cli_unit,) = [u for u in json.loads(out.getvalue())["units"] if u["code"] == CODE]
    said["cli"] = (cli_unit["state"], cli_unit["working_days_late"], cli_unit["late"])
    assert cli_unit["due_date"] == (scenario.extension or scenario.due).isoformat()
    # A returned report has nothing on record until the unit sends it again.
    last = None if scenario.state == "returned" else scenario.returned_then or scenario.submitted
    assert cli_unit["submitted_on"] == (last.isoformat() if last else None)
    assert cli_unit["locked"] is scenario.locked
    assert api_unit["locked"] is scenario.locked

    # The unit's page in the campaign, as the board (from the dashboard) and the unit open it
    page = reverse("reporting:unit_campaign", args=[kl51_campaign.pk, unit.pk])
    for who in (board_user, commune_reporter):
        body = client_for(who).get(page).content.decode()
        assert f'data-report-state="{scenario.state}"' in body, scenario.name
        assert row["report"].label in body, scenario.name

    expected = (scenario.state, scenario.working_days_late, late)
    assert said == dict.fromkeys(said, expected), scenario.name


def _record(campaign, unit, present):
    task = campaign.tasks.filter(assignments__unit=unit).first()
    activity_record(
        campaign=campaign,
        unit=unit,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị quán triệt",
            task_id=task.pk,
            figures={"sessions": 1, "party_members_present": present},
        ),
        user=None,
    )


def test_it_states_the_headline_rate_over_every_expected_unit(kl51_campaign):
    unit = Unit.objects.get(code=CODE)
    _record(kl51_campaign, unit, 100)
    status = campaign_status(
        campaign=kl51_campaign, units=Unit.objects.all(), today=datetime.date(2026, 7, 1)
    )
    rate, reporting = status.briefed_rate, status.briefed_rate_reporting
    # The board asks for reports and does not report to itself: its 38 members are no one's
    # to brief, so they stay out of the rate as the board stays out of the units that submit.
    members = {row.unit.code: row.party_members for row in status.rows if row.unit.kind != "board"}
    assert rate.part == 100 and rate.whole == sum(v for v in members.values() if v)
    assert reporting.part == 100 and reporting.whole == members[CODE] and reporting.units == 1
    assert rate.value < reporting.value
    assert rate.text == "0,2% (100/48.915 đảng viên, 55 đơn vị)"  # the demo province


def test_it_counts_a_unit_briefed_at_most_once_over_its_sessions(kl51_campaign):
    # A conference and then cell meetings brief the same members: the unit's members briefed
    # cannot pass its members, in its row and in the province's rate alike.
    unit = Unit.objects.get(code=CODE)
    status = campaign_status(
        campaign=kl51_campaign, units=Unit.objects.all(), today=datetime.date(2026, 7, 1)
    )
    members = next(row.party_members for row in status.rows if row.unit == unit)
    _record(kl51_campaign, unit, members)
    _record(kl51_campaign, unit, members - 10)
    status = campaign_status(
        campaign=kl51_campaign, units=Unit.objects.all(), today=datetime.date(2026, 7, 1)
    )
    row = next(row for row in status.rows if row.unit == unit)
    assert row.figures["party_members_present"] == 2 * members - 10  # lượt đảng viên
    assert row.briefed == members and row.coverage == 100
    assert status.briefed_rate.part == members
    n = format_vn_number(members)
    assert status.briefed_rate_reporting.text == f"100,0% ({n}/{n} đảng viên, 1 đơn vị)"
    # The figures a unit sends with its report say the same.
    request = report_request_create(
        campaign=kl51_campaign, title="Báo cáo", due_date=datetime.date(2026, 7, 30), user=None
    )
    _submit(request, unit, datetime.date(2026, 7, 1))
    snapshot = Submission.objects.get(unit=unit).snapshot
    assert (snapshot["briefed"], snapshot["party_members"]) == (members, members)


def test_it_states_every_headline_rate_over_the_same_expected_units(kl51_campaign):
    unit = Unit.objects.get(code=CODE)
    _record(kl51_campaign, unit, 100)
    request = report_request_create(
        campaign=kl51_campaign, title="Báo cáo", due_date=datetime.date(2026, 7, 30), user=None
    )
    status = campaign_status(
        campaign=kl51_campaign, units=Unit.objects.all(), today=datetime.date(2026, 7, 1)
    )
    expected = request.expected_units.count()
    assert len(status.rows) == expected + 1  # the board holds tasks but is asked no report
    assert status.completeness.whole == status.on_time_rate.whole == expected
    assert status.briefed_rate.units == expected


def test_it_counts_on_time_over_every_expected_unit(kl51_campaign):
    unit = Unit.objects.get(code=CODE)
    request = report_request_create(
        campaign=kl51_campaign, title="Báo cáo", due_date=datetime.date(2026, 7, 30), user=None
    )
    _submit(request, unit, datetime.date(2026, 7, 29))
    status = campaign_status(
        campaign=kl51_campaign, units=Unit.objects.all(), today=datetime.date(2026, 7, 29)
    )
    expected = request.expected_units.count()
    assert status.on_time_rate.part == 1 and status.on_time_rate.whole == expected
    assert status.on_time_rate.value == pytest.approx(100 / expected)  # not 100 %


def test_it_reads_a_corrected_denominator_live_everywhere(kl51_campaign):
    from lantoa.campaigns.window import campaign_reference_date

    unit = Unit.objects.get(code=CODE)
    _record(kl51_campaign, unit, 100)
    unit_figure_set(
        unit=unit,
        kind=FigureKind.PARTY_MEMBERS,
        value=400,
        valid_from=campaign_reference_date(kl51_campaign),
    )
    today = datetime.date(2026, 7, 1)
    (row,) = [
        r
        for r in campaign_status(campaign=kl51_campaign, units=Unit.objects.all(), today=today).rows
        if r.unit == unit
    ]
    assert row.party_members == 400 and row.coverage == 25.0
    out = StringIO()
    call_command("campaign", "status", str(kl51_campaign.pk), "--format", "json", stdout=out)
    (cli_unit,) = [u for u in json.loads(out.getvalue())["units"] if u["code"] == CODE]
    assert cli_unit["party_members"] == 400


def _many_requests(campaign, count):
    unit = Unit.objects.get(code=CODE)
    # Numbered after the campaign's requests: the same title and due date again is refused.
    start = campaign.report_requests.count()
    for index in range(start, start + count):
        request = report_request_create(
            campaign=campaign,
            title=f"Báo cáo {index}",
            due_date=datetime.date(2026, 7, 1) + datetime.timedelta(days=index),
            user=None,
        )
        _submit(request, unit, datetime.date(2026, 7, 2))


def test_it_reads_a_campaigns_standing_in_a_fixed_number_of_queries(kl51_campaign):
    today = datetime.date(2026, 8, 10)
    _many_requests(kl51_campaign, 1)
    with CaptureQueriesContext(connection) as one:
        standing = campaign_standing(campaign=kl51_campaign, today=today)
    _many_requests(kl51_campaign, 3)
    with CaptureQueriesContext(connection) as four:
        campaign_standing(campaign=kl51_campaign, today=today)
    assert len(standing.units) > 50
    assert len(one) == len(four) <= 8


def test_it_shows_the_dashboard_and_request_page_in_a_fixed_number_of_queries(
    kl51_campaign, board_user, monkeypatch
):
    freeze(monkeypatch, datetime.date(2026, 8, 10))
    client = client_for(board_user)
    _many_requests(kl51_campaign, 1)
    request = kl51_campaign.report_requests.first()
    dashboard = reverse("reporting:dashboard", args=[kl51_campaign.pk])
    page = reverse("reporting:request_detail", args=[request.pk])
    client.get(dashboard)  # warm the session and caches
    with CaptureQueriesContext(connection) as before_dashboard:
        client.get(dashboard)
    with CaptureQueriesContext(connection) as before_page:
        client.get(page)
    for code in ("03160", "03151"):
        _submit(request, Unit.objects.get(code=code), datetime.date(2026, 7, 2))
    _many_requests(kl51_campaign, 2)
    with CaptureQueriesContext(connection) as after_dashboard:
        client.get(dashboard)
    with CaptureQueriesContext(connection) as after_page:
        client.get(page)
    assert len(after_dashboard) == len(before_dashboard)
    assert len(after_page) == len(before_page)
    # The rights checks and the navigation's counts are read once a request (38 and 30 before).
    assert len(before_dashboard) <= 26
    assert len(before_page) <= 19


def test_it_charts_the_briefed_rate_over_the_units_its_headline_counts(kl51_campaign, board_user):
    from lantoa.documents.reports.builder import report_appendices
    from lantoa.reporting.dashboard.charts import coverage_chart

    _record(kl51_campaign, Unit.objects.get(code=CODE), 100)
    dashboard = dashboard_get(
        user=board_user, campaign=kl51_campaign, kind="", sort="", today=datetime.date(2026, 7, 1)
    )
    units = dashboard.status.briefed_rate.units
    chart = coverage_chart(dashboard)
    assert chart.title.endswith(f", {units} đơn vị)") and len(chart.labels) == units
    assert not any(label.startswith("Ban Tuyên giáo") for label in chart.labels)
    facts = report_facts(campaign=kl51_campaign, as_of=datetime.date(2026, 7, 1))
    appendices, _refs = report_appendices(facts)
    captions = [getattr(block, "caption", "") or "" for a in appendices for block in a.blocks]
    assert any(caption.endswith(f"(%, {units} đơn vị)") for caption in captions), captions


def test_it_names_under_the_coverage_table_the_rows_its_total_leaves_out(kl51_campaign):
    facts = report_facts(campaign=kl51_campaign, as_of=datetime.date(2026, 11, 26))
    table = coverage_table(facts)
    counted = {row.unit.pk for row in facts.status.headline_rows}
    outside = [row.unit.name for row in facts.rows if row.unit.pk not in counted]
    assert outside == ["Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên"]
    assert f"không tính {outside[0]}" in table.caption
    members = sum(cells[2] or 0 for cells in table.rows if cells[1] not in outside)
    assert f"/{format_vn_number(members)} đảng viên" in table.caption


def test_it_counts_the_exports_total_over_the_units_its_rates_are_over(kl51_campaign, board_user):
    from lantoa.reporting.dashboard.export import table_rows

    dashboard = dashboard_get(
        user=board_user, campaign=kl51_campaign, kind="", sort="", today=datetime.date(2026, 11, 26)
    )
    _header, rows = table_rows(dashboard)
    total = rows[-1]
    assert total[1] == (
        f"Tổng ({len(dashboard.rows) - 1} đơn vị; không tính Ban Tuyên giáo và Dân vận Tỉnh ủy "
        "Điện Biên, đơn vị không phải báo cáo)"
    )
