import datetime

import pytest

from lantoa.organization.models import Unit
from lantoa.reporting.models import Activity, ActivityChange
from lantoa.reporting.services import (
    ActivityInput,
    ReportingError,
    activity_delete,
    activity_record,
    activity_update,
    reporting_lock_set,
)

pytestmark = pytest.mark.django_db
JUNE = datetime.date(2026, 6, 25)


def conference(**figures):
    return ActivityInput(
        channel="conference",
        date=JUNE,
        title="Hội nghị quán triệt KL 51",
        figures={"sessions": 1, "party_members_present": 500, **figures},
    )


def test_it_records_an_activity_and_keeps_its_summary(kl51_campaign, commune_reporter):
    unit = Unit.objects.get(code="03127")
    activity = activity_record(
        campaign=kl51_campaign, unit=unit, data=conference(), user=commune_reporter
    )
    summary = kl51_campaign.summaries.get(unit=unit)
    assert summary.activities == 1 and summary.briefed == 500
    assert summary.figures == {"sessions": 1, "party_members_present": 500}
    assert "other_attendees" not in summary.figures  # not reported is not zero
    assert activity.other_attendees is None


def test_it_keeps_zero_apart_from_not_reported(kl51_campaign, commune_reporter):
    unit = Unit.objects.get(code="03127")
    activity_record(
        campaign=kl51_campaign, unit=unit, data=conference(other_attendees=0), user=None
    )
    assert kl51_campaign.summaries.get(unit=unit).figures["other_attendees"] == 0


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (
            ActivityInput(channel="conference", date=JUNE, title="x", figures={"sessions": -1}),
            "sessions",
        ),
        (
            ActivityInput(
                channel="conference",
                date=JUNE,
                title="x",
                figures={"party_members_present": 999_999},
            ),
            "party_members_present",
        ),
        (ActivityInput(channel="conference", date=datetime.date(2026, 1, 2), title="x"), "date"),
        (ActivityInput(channel="conference", date=datetime.date(2099, 1, 2), title="x"), "date"),
        (
            ActivityInput(channel="print", date=JUNE, title="x", figures={"listeners": 4}),
            "listeners",
        ),
        (ActivityInput(channel="tivi", date=JUNE, title="x"), "channel"),
        (ActivityInput(channel="oral", date=JUNE, title=""), "title"),
    ],
)
def test_it_refuses_invalid_figures_and_stores_nothing(kl51_campaign, data, field):
    with pytest.raises(ReportingError) as caught:
        activity_record(
            campaign=kl51_campaign, unit=Unit.objects.get(code="03127"), data=data, user=None
        )
    assert field in caught.value.errors
    assert not Activity.objects.exists()


def test_it_refuses_a_task_of_another_unit(kl51_campaign):
    police_task = kl51_campaign.tasks.get(named_unit__code="DU-CA")
    data = conference()
    data.task_id = police_task.pk
    with pytest.raises(ReportingError) as caught:
        activity_record(
            campaign=kl51_campaign, unit=Unit.objects.get(code="03127"), data=data, user=None
        )
    assert "task" in caught.value.errors


def test_it_keeps_every_change_old_to_new(kl51_campaign, commune_reporter):
    unit = Unit.objects.get(code="03127")
    activity = activity_record(
        campaign=kl51_campaign, unit=unit, data=conference(), user=commune_reporter
    )
    changes = activity_update(
        activity=activity, data=conference(party_members_present=480), user=commune_reporter
    )
    assert [(c.field, c.old, c.new) for c in changes] == [("party_members_present", "500", "480")]
    assert (
        activity_update(activity=activity, data=conference(party_members_present=480), user=None)
        == []
    )
    assert kl51_campaign.summaries.get(unit=unit).briefed == 480


def test_it_refuses_changes_in_a_locked_period_and_deletes_softly(kl51_campaign, board_user):
    unit = Unit.objects.get(code="03127")
    activity = activity_record(campaign=kl51_campaign, unit=unit, data=conference(), user=None)
    other = activity_record(
        campaign=kl51_campaign,
        unit=unit,
        data=ActivityInput(
            channel="oral",
            date=datetime.date(2026, 7, 5),
            title="Tuyên truyền miệng",
            figures={"listeners": 40},
        ),
        user=None,
    )
    reporting_lock_set(campaign=kl51_campaign, through=datetime.date(2026, 6, 30), user=board_user)
    with pytest.raises(ReportingError):
        activity_update(activity=activity, data=conference(sessions=2), user=None)
    activity_delete(activity=other, user=None)
    other.refresh_from_db()
    assert (
        other.is_deleted
        and ActivityChange.objects.filter(activity=other, field="is_deleted").exists()
    )
    assert kl51_campaign.summaries.get(unit=unit).activities == 1


def test_it_counts_only_kept_activities_wherever_they_are_read(kl51_campaign):
    unit = Unit.objects.get(code="03127")
    kept = activity_record(campaign=kl51_campaign, unit=unit, data=conference(), user=None)
    withdrawn = activity_record(
        campaign=kl51_campaign, unit=unit, data=conference(sessions=2), user=None
    )
    activity_delete(activity=withdrawn, user=None)
    assert set(Activity.objects.kept().filter(unit=unit)) == {kept}
    assert set(kl51_campaign.activities.kept().filter(unit=unit)) == {kept}
    assert Activity.objects.filter(unit=unit).count() == 2  # the withdrawn one stays as history
    assert kl51_campaign.summaries.get(unit=unit).activities == 1
