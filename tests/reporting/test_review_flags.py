"""The review page's flags, counted in SQL, agree with the rules computed over every activity."""

import datetime
import random

import pytest
from django.db import connection
from django.db.models import Exists, OuterRef
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lantoa.organization.figures import figure_histories, in_force
from lantoa.organization.models import FigureKind, Unit
from lantoa.organization.services import unit_figure_set
from lantoa.reporting.locks import covered_through
from lantoa.reporting.models import (
    Activity,
    ActivityOutlier,
    Evidence,
    ReportRequest,
    Submission,
)
from lantoa.reporting.review_flags import PAGE, request_flags
from lantoa.reporting.rules import COLUMNS, soft_flags
from lantoa.reporting.services import (
    ActivityInput,
    activity_delete,
    activity_record,
    activity_update,
    evidence_add,
    outliers_refresh,
    report_request_create,
    submission_submit,
)
from tests.conftest import client_for, module_ground

pytestmark = pytest.mark.django_db
UNITS = ("03127", "03160", "03158")


def every_flag(*, campaign_id, submissions):
    """Return the flags as the review page computed them before: every activity, in Python."""
    pending = [s for s in submissions if s.status == "submitted"]
    through = {s.unit_id: covered_through(s) for s in pending}
    rows = [
        row
        for row in Activity.objects.filter(
            campaign_id=campaign_id, unit_id__in=list(through), is_deleted=False
        )
        .annotate(has_evidence=Exists(Evidence.objects.filter(activity=OuterRef("pk"))))
        .values(*COLUMNS, "has_evidence")
        if row["date"] <= through[row["unit_id"]]
    ]
    histories = figure_histories(unit_ids=through, kinds=[FigureKind.POPULATION])

    def population(unit_id, on):
        figure = in_force(histories.get(unit_id, {}).get(FigureKind.POPULATION, []), on)
        return figure.value if figure else None

    units = {row["pk"]: row["unit_id"] for row in rows}
    found = {s.pk: [] for s in pending}
    by_unit = {s.unit_id: s.pk for s in pending}
    for flag in soft_flags(rows, population=population):
        found[by_unit[units[flag.activity_id]]].append(flag)
    return found


def said(flags):
    return [
        (flag.rule.code, flag.activity_id, flag.date, flag.title, flag.message) for flag in flags
    ]


def record(campaign, unit, date, channel, figures, *, evidence=False, url=""):
    return activity_record(
        campaign=campaign,
        unit=unit,
        data=ActivityInput(
            channel=channel, date=date, title=f"Hoạt động {date:%d/%m}", figures=figures, url=url
        ),
        user=None,
        evidence_link="https://example.vn/anh" if evidence else "",
    )


def varied_build(campaign):
    """Three units' activities over two months, recorded out of date order, some corrected."""
    rng = random.Random(51)  # noqa: S311 - a repeatable fixture, not a secret
    units = [Unit.objects.get(code=code) for code in UNITS]
    # A smaller population from July on: crowds below it in June are above it in July.
    unit_figure_set(
        unit=units[0], kind=FigureKind.POPULATION, value=900, valid_from=datetime.date(2026, 7, 1)
    )
    made = []
    for _ in range(240):
        unit = rng.choice(units)
        date = datetime.date(2026, 6, 1) + datetime.timedelta(days=rng.randrange(60))
        channel, figures = rng.choice(
            [
                ("oral", {"sessions": 1, "listeners": rng.choice([0, 20, 40, 60, 300, 1500])}),
                ("loudspeaker", {"broadcasts": rng.choice([1, 2, 9]), "minutes": 15}),
                (
                    "conference",
                    {
                        "sessions": 1,
                        "party_members_present": rng.choice([5, 30]),
                        "other_attendees": rng.choice([None, 10, 1200]),
                    },
                ),
            ]
        )
        url = "https://example.vn/bai" if rng.random() < 0.1 else ""
        made.append(
            record(campaign, unit, date, channel, figures, evidence=rng.random() < 0.3, url=url)
        )
    for activity in rng.sample(made, 12):  # corrections: a figure, a date, a channel
        activity_update(
            activity=activity,
            data=ActivityInput(
                channel="oral",
                date=activity.date - datetime.timedelta(days=rng.randrange(10)),
                title=activity.title,
                figures={"sessions": 2, "listeners": rng.choice([10, 2000])},
                url=activity.url,
            ),
            user=None,
        )
    for activity in rng.sample(made, 10):
        activity.refresh_from_db()
        if not activity.is_deleted:
            activity_delete(activity=activity, user=None)
    request = report_request_create(
        campaign=campaign,
        title="Báo cáo",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    for unit in units:
        submission_submit(request=request, unit=unit, results="Đã làm.", user=None)
    # One report was sent on 15/07: what is dated later is not part of it.
    Submission.objects.filter(request=request, unit=units[1]).update(
        submitted_at=datetime.datetime(2026, 7, 15, 9, tzinfo=datetime.UTC)
    )
    return request, made


@pytest.fixture(scope="class")
def varied_ground(django_db_setup, django_db_blocker, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Build the varied activities once for the class: each test runs in a savepoint on them."""
    from lantoa.guidance.demo import campaign_load_demo

    # 240 activities took seconds to record for each test that reads them.
    with module_ground(django_db_blocker, tmp_path_factory.mktemp("review-flags")):
        request, made = varied_build(campaign_load_demo())
        yield request.pk, [activity.pk for activity in made]


@pytest.fixture
def varied(varied_ground):  # type: ignore[no-untyped-def]
    """The class's report request and activities, read afresh: no test sees another's in memory."""
    request, made = varied_ground
    activities = Activity.objects.in_bulk(made)
    return ReportRequest.objects.get(pk=request), [activities[pk] for pk in made]


class TestOnVariedActivities:
    """The tests that read the same varied activities (built once for this class, not the module:
    the tests after it count every activity and outlier of their own)."""

    def test_it_counts_and_lists_the_same_flags_as_the_rules_over_every_activity(self, varied):
        request, made = varied
        submissions = list(Submission.objects.filter(request=request).order_by("unit__sort_key"))
        expected = every_flag(campaign_id=request.campaign_id, submissions=submissions)
        found = request_flags(campaign_id=request.campaign_id, submissions=submissions)
        assert set(found) == set(expected)
        rules = set()
        for pk, flags in expected.items():
            assert found[pk].count == len(flags)
            focused = request_flags(
                campaign_id=request.campaign_id, submissions=submissions, focus=pk
            )
            assert focused[pk].count == len(flags)
            assert said(focused[pk].shown) == said(flags[:PAGE])
            assert focused[pk].more == max(0, len(flags) - PAGE)
            rules.update(flag.rule.code for flag in flags)
        # The fixture exercises every soft rule, and more flags than one page for some report.
        assert rules == {"outlier", "above_population", "no_evidence"}
        assert any(len(flags) > PAGE for flags in expected.values())
        # Unfocused, the page lists PAGE flags in all: the first reports', in the order given.
        shown = [flag for s in submissions for flag in found[s.pk].shown]
        assert said(shown) == said([flag for s in submissions for flag in expected[s.pk]][:PAGE])

    def test_it_clears_no_evidence_when_evidence_is_added_later(self, varied):
        request, _ = varied
        submission = Submission.objects.filter(request=request).first()
        before = request_flags(campaign_id=request.campaign_id, submissions=[submission])
        bare = next(flag for flag in before[submission.pk].shown if flag.rule.code == "no_evidence")
        evidence_add(
            activity=Activity.objects.get(pk=bare.activity_id),
            user=None,
            link="https://example.vn/anh-bo-sung",
        )
        after = request_flags(campaign_id=request.campaign_id, submissions=[submission])
        assert after[submission.pk].count == before[submission.pk].count - 1
        assert ("no_evidence", bare.activity_id) not in {
            (flag.rule.code, flag.activity_id) for flag in after[submission.pk].shown
        }


def test_it_judges_later_activities_again_when_an_earlier_one_is_recorded(kl51_campaign):
    ward = Unit.objects.get(code=UNITS[0])

    def day(n):
        return datetime.date(2026, 6, n)

    for n in (2, 3, 4):
        record(kl51_campaign, ward, day(n), "oral", {"sessions": 1, "listeners": 10})
    late = record(kl51_campaign, ward, day(20), "oral", {"sessions": 1, "listeners": 31})
    assert list(ActivityOutlier.objects.values_list("activity_id", "figure")) == [
        (late.pk, "listeners")
    ]
    # Earlier values recorded afterwards raise the median it is judged on (10,5: 31 < 31,5).
    raised = [
        record(kl51_campaign, ward, day(n), "oral", {"sessions": 1, "listeners": 11})
        for n in (5, 6, 7)
    ]
    assert not ActivityOutlier.objects.filter(activity=late).exists()
    activity_delete(activity=raised[0], user=None)
    # Deleting one brings the median back to 10 (over 10, 10, 10, 11, 11).
    stored = ActivityOutlier.objects.get(activity=late)
    assert (stored.value, stored.median, stored.count) == (31, 10.0, 5)
    # Moving an earlier one after it leaves four earlier values.
    activity_update(
        activity=raised[1],
        data=ActivityInput(
            channel="oral", date=day(25), title="Sửa", figures={"sessions": 1, "listeners": 11}
        ),
        user=None,
    )
    assert ActivityOutlier.objects.get(activity=late).count == 4
    # Judging the unit's whole history again finds what the writes kept.
    assert outliers_refresh(campaign_id=kl51_campaign.pk, unit_id=ward.pk) == 1
    assert ActivityOutlier.objects.get().activity_id == late.pk


def test_it_reads_the_flags_in_five_queries_at_any_size(
    kl51_campaign, board_user, django_assert_num_queries
):
    client = client_for(board_user)
    units = [Unit.objects.get(code=code) for code in UNITS]
    request = report_request_create(
        campaign=kl51_campaign, title="Báo cáo", due_date=datetime.date(2026, 7, 30), user=None
    )

    def grow(count):
        for n in range(count):
            for unit in units:
                record(
                    kl51_campaign,
                    unit,
                    datetime.date(2026, 6, 1 + n % 28),
                    "oral",
                    {"sessions": 1, "listeners": 10 if n % 7 else 500},
                )
        for unit in units:
            if not Submission.objects.filter(request=request, unit=unit).exists():
                submission_submit(request=request, unit=unit, results="Đã làm.", user=None)
        return list(Submission.objects.filter(request=request))

    url = reverse("reporting:request_detail", args=[request.pk])
    small = grow(4)
    with django_assert_num_queries(5):
        request_flags(campaign_id=kl51_campaign.pk, submissions=small)
    client.get(url)  # the session and caches
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    large = grow(60)
    with django_assert_num_queries(5):
        found = request_flags(campaign_id=kl51_campaign.pk, submissions=large)
    first, *others = [found[s.pk] for s in large]
    assert first.count > PAGE and len(first.shown) == PAGE
    assert all(flags.count > PAGE and not flags.shown for flags in others)
    with django_assert_num_queries(len(few.captured_queries)):
        page = client.get(url).content.decode()
    assert page.count("<li data-rule=") == PAGE and 'data-rule="outlier"' in page
    assert f"({PAGE} điểm đầu được liệt kê)" in page and "Xem các điểm của báo cáo này" in page
    focused = client.get(url, {"xem_lai": large[1].pk}).content.decode()
    assert focused.count("<li data-rule=") == PAGE
