"""A unit merged mid-campaign: what it owed passes to its successor, what it did stays its own."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone

from lantoa.audit.models import AuditEntry
from lantoa.campaigns.models import Assignment, CampaignState
from lantoa.notifications.models import Notification
from lantoa.organization.models import Unit, UnitLineage, UnitState
from lantoa.reminders.lateness import late_units
from lantoa.reporting.models import ReportRequest, UnitCampaignSummary
from lantoa.reporting.services import (
    ActivityInput,
    ReportingError,
    activity_record,
    extension_grant,
    report_request_create,
    submission_submit,
    unit_merge,
)
from lantoa.reporting.standing import campaign_standing, request_standing
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
OLD, NEW, THIRD = "03127", "03160", "03151"  # Điện Biên Phủ, Mường Nhé, another commune
MERGED_ON = datetime.date(2026, 7, 1)
TODAY = datetime.date(2026, 12, 4)  # every demo task of KL 51 is past due


def _units() -> tuple[Unit, Unit]:
    return Unit.objects.get(code=OLD), Unit.objects.get(code=NEW)


def _tasks(campaign, unit) -> set[int]:
    return set(
        Assignment.objects.filter(task__campaign=campaign, unit=unit).values_list(
            "task_id", flat=True
        )
    )


def _ask(campaign, units=None) -> ReportRequest:  # type: ignore[no-untyped-def]
    """Ask the campaign's units (or the given ones) for a report due 30/09/2026."""
    return report_request_create(
        campaign=campaign,
        title="Báo cáo sơ kết",
        due_date=datetime.date(2026, 9, 30),
        user=None,
        units=units,
    )


def _carry_out(campaign, unit, task_id) -> None:
    activity_record(
        campaign=campaign,
        unit=unit,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 20),
            title="Hội nghị quán triệt Kết luận 51",
            task_id=task_id,
            figures={"sessions": 1, "party_members_present": 40},
        ),
        user=None,
    )


def _state() -> tuple:
    """Everything a refused merger must leave as it was."""
    return (
        sorted(Assignment.objects.values_list("task_id", "unit_id")),
        sorted(
            ReportRequest.expected_units.through.objects.values_list("reportrequest_id", "unit_id")
        ),
        list(Unit.objects.order_by("pk").values_list("pk", "state", "valid_to")),
        UnitLineage.objects.count(),
    )


def test_it_hands_open_tasks_and_awaited_reports_to_the_successor(kl51_campaign):
    old, new = _units()
    old_tasks, new_tasks = _tasks(kl51_campaign, old), _tasks(kl51_campaign, new)
    done = min(old_tasks)
    _carry_out(kl51_campaign, old, done)
    request = _ask(kl51_campaign)
    assert request.expected_units.filter(pk__in=[old.pk, new.pk]).count() == 2
    AuditEntry.objects.all().delete()

    handover = unit_merge(
        predecessor=old,
        successor=new,
        effective=MERGED_ON,
        source="NQ 1661",
        user=None,
        today=TODAY,
    )

    old.refresh_from_db()
    assert old.state == UnitState.MERGED and old.valid_to == MERGED_ON - datetime.timedelta(days=1)
    assert UnitLineage.objects.get(predecessor=old).successor == new
    # What it carried out stays its own; what it owed is the successor's, once each.
    assert _tasks(kl51_campaign, old) == {done}
    assert _tasks(kl51_campaign, new) == new_tasks | (old_tasks - {done})
    assert handover.tasks_handed == len(old_tasks) - 1 and handover.tasks_kept == 1
    assert list(request.expected_units.filter(pk__in=[old.pk, new.pk])) == [new]
    summary = UnitCampaignSummary.objects.get(campaign=kl51_campaign, unit=old)
    assert summary.tasks_total == 1 and summary.done_tasks == [done]
    # The successor is told what it now carries: the campaign's tasks, the report it now owes.
    told = Notification.objects.filter(unit=new, title__startswith="Tiếp nhận")
    assert set(told.values_list("title", flat=True)) == {
        f"Tiếp nhận nhiệm vụ của {old.name}",
        f"Tiếp nhận yêu cầu báo cáo của {old.name}",
    }
    # One audit entry names the merger and what it handed on.
    entry = AuditEntry.objects.get()
    assert "Sáp nhập" in entry.target and entry.detail["tasks_kept"] == 1


def test_it_stops_counting_the_old_unit_late_everywhere(kl51_campaign):
    old, new = _units()
    _ask(kl51_campaign)
    before = {late.unit.code for late in late_units(campaign=kl51_campaign, today=TODAY)}
    assert {OLD, NEW} <= before

    unit_merge(predecessor=old, successor=new, effective=MERGED_ON, user=None, today=TODAY)

    late = {late.unit.code: late for late in late_units(campaign=kl51_campaign, today=TODAY)}
    assert OLD not in late and NEW in late
    standing = campaign_standing(campaign=kl51_campaign, today=TODAY)
    assert standing.of(old.pk).overdue_tasks == [] and standing.of(old.pk).overdue_reports == []
    assert [report.request.title for report in late[NEW].reports] == ["Báo cáo sơ kết"]


@pytest.mark.parametrize("successor_asked", [False, True])
def test_it_carries_the_old_units_extension_to_a_successor_not_asked(
    kl51_campaign, successor_asked
):
    old, new = _units()
    request = _ask(kl51_campaign, units=[old, new] if successor_asked else [old])
    extension_grant(
        request=request, unit=old, due_date=datetime.date(2026, 12, 31), reason="Mưa lũ", user=None
    )

    unit_merge(predecessor=old, successor=new, effective=MERGED_ON, user=None, today=TODAY)

    standing = request_standing(request=request, today=TODAY)[new.pk]
    # Taking over the old unit's report, the successor has its extension; asked on its own, it
    # keeps its own due date.
    assert standing.extended is not successor_asked and standing.late is successor_asked
    late = {late.unit.code for late in late_units(campaign=kl51_campaign, today=TODAY)}
    assert (NEW in late) is successor_asked and OLD not in late


def test_it_keeps_a_report_the_old_unit_sent(kl51_campaign):
    old, new = _units()
    request = _ask(kl51_campaign)
    submission_submit(request=request, unit=old, results="Đã thực hiện", user=None)

    handover = unit_merge(
        predecessor=old, successor=new, effective=MERGED_ON, user=None, today=TODAY
    )

    assert handover.requests == []
    expected = set(request_standing(request=request, today=TODAY))
    assert {old.pk, new.pk} <= expected


def test_it_leaves_a_closed_campaign_as_it_was(kl51_campaign):
    old, new = _units()
    kl51_campaign.state = CampaignState.CLOSED
    kl51_campaign.save(update_fields=["state"])
    old_tasks = _tasks(kl51_campaign, old)

    handover = unit_merge(
        predecessor=old, successor=new, effective=MERGED_ON, user=None, today=TODAY
    )

    assert handover.tasks_handed == 0 and _tasks(kl51_campaign, old) == old_tasks


@pytest.mark.parametrize(
    ("case", "field"),
    [
        ("itself", "successor"),
        ("future", "effective"),
        ("merged successor", "successor"),
        ("board", ""),
        ("twice", ""),
        ("past its term", ""),
    ],
)
def test_it_refuses_a_merger_that_cannot_be_and_changes_nothing(kl51_campaign, case, field):
    old, new = _units()
    effective = MERGED_ON
    if case == "itself":
        new = old
    elif case == "future":
        effective = TODAY + datetime.timedelta(days=1)
    elif case == "merged successor":
        unit_merge(
            predecessor=new,
            successor=Unit.objects.get(code=THIRD),
            effective=MERGED_ON,
            today=TODAY,
        )
    elif case == "board":
        old = Unit.objects.get(code="BTGDVTU")
    elif case == "twice":
        unit_merge(predecessor=old, successor=new, effective=MERGED_ON, today=TODAY)
    elif case == "past its term":  # still marked active, its term ended yesterday
        Unit.objects.filter(pk=old.pk).update(valid_to=TODAY - datetime.timedelta(days=1))
    before = _state()

    with pytest.raises(ReportingError) as refused:
        unit_merge(predecessor=old, successor=new, effective=effective, user=None, today=TODAY)

    assert field in refused.value.fields and refused.value.fields[field]
    assert _state() == before


def test_board_staff_see_the_handover_then_record_it(kl51_campaign, board_user):
    old, new = _units()
    client = client_for(board_user)
    page = client.get(reverse("organization:unit", args=[old.pk]))
    url = reverse("reporting:unit_merge", args=[old.pk])
    assert url in page.content.decode()

    form = client.get(url)
    assert form.status_code == 200
    assert "nhiệm vụ chưa thực hiện" in form.content.decode()

    effective = timezone.localdate()
    bad = client.post(url, {"successor": new.pk, "effective": "31/02/2026"})
    assert bad.status_code == 400 and "tháng 02/2026 không có ngày 31" in bad.content.decode()
    old.refresh_from_db()
    assert old.state == UnitState.ACTIVE

    done = client.post(
        url, {"successor": new.pk, "effective": effective.strftime("%d/%m/%Y"), "source": "NQ 1661"}
    )
    assert done.status_code == 302
    old.refresh_from_db()
    assert old.state == UnitState.MERGED
    assert _tasks(kl51_campaign, old) == set()
    # The old unit is no longer offered, nor may it be merged again.
    assert url not in client.get(reverse("organization:unit", args=[old.pk])).content.decode()


def test_no_one_but_board_staff_may_record_a_merger(
    kl51_campaign, commune_reporter, other_reporter, leader_user
):
    old, new = _units()
    url = reverse("reporting:unit_merge", args=[old.pk])
    before = _state()
    for user in (commune_reporter, other_reporter, leader_user):
        client = client_for(user)
        assert client.get(url).status_code == 403
        posted = {"successor": new.pk, "effective": timezone.localdate().strftime("%d/%m/%Y")}
        assert client.post(url, posted).status_code == 403
    page = client_for(commune_reporter).get(reverse("organization:unit", args=[old.pk]))
    assert url not in page.content.decode()
    assert _state() == before


def test_it_records_a_merger_from_the_command_line(kl51_campaign):
    old, new = _units()
    out = StringIO()
    call_command("units", "merge", OLD, NEW, "--date", "01/07/2026", "--dry-run", stdout=out)
    assert "nhiệm vụ chưa thực hiện" in out.getvalue()
    assert Unit.objects.get(pk=old.pk).state == UnitState.ACTIVE

    call_command("units", "merge", OLD, NEW, "--date", "01/07/2026", stdout=out)
    assert Unit.objects.get(pk=old.pk).state == UnitState.MERGED
    assert _tasks(kl51_campaign, old) == set()
    with pytest.raises(CommandError, match="đã không còn hoạt động"):
        call_command("units", "merge", OLD, NEW, "--date", "01/07/2026")
    # A date is read as every typed date is (core.dates: 01/07/2026 or 2026-07-01 alike); one
    # that is no date is refused and nothing merges.
    with pytest.raises(CommandError, match="tháng 02/2026 không có ngày 31"):
        call_command("units", "merge", NEW, THIRD, "--date", "31/02/2026")
    assert Unit.objects.get(pk=new.pk).state == UnitState.ACTIVE


def test_it_counts_the_old_units_party_members_with_the_successor_it_passed_them_to(kl51_campaign):
    # Mường Thanh merged into Điện Biên Phủ mid-campaign having done nothing: its members left
    # the province's denominator, and the briefed rate rose by the merger alone (41,3 -> 43,2 %).
    from lantoa.reporting.indicators import campaign_status

    old, new = _units()

    def status():  # type: ignore[no-untyped-def]
        found = campaign_status(campaign=kl51_campaign, units=Unit.objects.all(), today=TODAY)
        return found, {row.unit.code: row for row in found.rows}

    before, rows = status()
    members_old, members_new = rows[OLD].party_members, rows[NEW].party_members
    assert members_old and members_new

    unit_merge(predecessor=old, successor=new, effective=MERGED_ON, user=None, today=TODAY)

    after, rows = status()
    assert OLD not in rows
    assert rows[NEW].party_members == members_old + members_new
    assert after.briefed_rate.whole == before.briefed_rate.whole


def test_it_leaves_the_old_units_members_with_it_while_it_keeps_work_of_its_own(kl51_campaign):
    # Asked for the successor alone (a group's or one unit's page), the old unit that still
    # counts on its own (it carried out a task) must not lend it its members as well.
    from lantoa.reporting.indicators import campaign_status

    old, new = _units()
    _carry_out(kl51_campaign, old, min(_tasks(kl51_campaign, old)))

    def members_of_new() -> int | None:
        alone = Unit.objects.filter(pk=new.pk)
        status = campaign_status(campaign=kl51_campaign, units=alone, today=TODAY)
        return status.rows[0].party_members

    before = members_of_new()
    unit_merge(predecessor=old, successor=new, effective=MERGED_ON, user=None, today=TODAY)
    assert members_of_new() == before


def test_it_snapshots_the_successors_party_members_as_the_dashboard_counts_them(kl51_campaign):
    # The dashboard counts the members of a unit merged in after the campaign's reference date
    # with its successor; the report's snapshot (the review screen's «Đảng viên của đơn vị»)
    # and the unit's Excel template («Số đảng viên») read the successor's own figure, so the
    # screens and the file gave one unit two denominators.
    import io

    import openpyxl

    from lantoa.reporting.excel.layout import INFO_SHEET
    from lantoa.reporting.excel.template import unit_template
    from lantoa.reporting.indicators import campaign_status

    old, new = _units()
    unit_merge(predecessor=old, successor=new, effective=MERGED_ON, user=None, today=TODAY)
    request = _ask(kl51_campaign)
    submission = submission_submit(request=request, unit=new, results="Đã triển khai.", user=None)
    found = campaign_status(campaign=kl51_campaign, units=Unit.objects.all(), today=TODAY)
    (row,) = [row for row in found.rows if row.unit.pk == new.pk]
    assert submission.snapshot["party_members"] == row.party_members
    book = openpyxl.load_workbook(io.BytesIO(unit_template(campaign=kl51_campaign, unit=new)))
    (info,) = [r for r in book[INFO_SHEET].iter_rows(values_only=True) if r[0] == new.name]
    assert info[2] == row.party_members
