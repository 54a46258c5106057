"""Property: any valid activity written into the template, imported, exported and imported again
stores exactly what was typed, and the second import changes nothing."""

import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lantoa.campaigns.models import Channel
from lantoa.organization.models import Unit
from lantoa.reporting.excel.template import unit_template
from lantoa.reporting.figures import figures_for
from lantoa.reporting.models import Activity
from tests.reporting.excel_support import edit, run_import

pytestmark = pytest.mark.django_db

LABELS = dict(Channel.choices)
TEXT = (
    st.text(
        alphabet=st.characters(
            codec="utf-8", categories=("L", "N", "Zs"), exclude_characters="\x00"
        ),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(bool)
)


@st.composite
def activities(draw):  # type: ignore[no-untyped-def]
    channel = draw(st.sampled_from([c for c in Channel.values if c != "cell_meeting"]))
    row = {
        "date": datetime.date(2026, 6, 17) + datetime.timedelta(days=draw(st.integers(0, 120))),
        "channel": LABELS[channel],
        "title": draw(TEXT),
        "notes": draw(st.one_of(st.just(""), TEXT)),
    }
    for name in figures_for(channel):
        if name != "party_members_present":  # bounded by the unit's members: not arbitrary
            row[name] = draw(st.one_of(st.none(), st.integers(0, 100_000)))
    return channel, row


@given(rows=st.lists(activities(), min_size=1, max_size=4))
@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_it_round_trips_what_was_typed(kl51_campaign, commune_reporter, rows):
    unit = Unit.objects.get(code="03127")
    # Examples share the test's transaction: earlier ones' rows are in the template already.
    before = Activity.objects.filter(unit=unit).count()
    last_pk = Activity.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    filled = edit(
        unit_template(campaign=kl51_campaign, unit=unit),
        {2 + before + i: row for i, (_channel, row) in enumerate(rows)},
    )
    first = run_import(kl51_campaign, commune_reporter, filled)
    assert first.status == "applied", first.message
    stored = list(Activity.objects.filter(unit=unit, pk__gt=last_pk).order_by("pk"))
    assert len(stored) == len(rows)
    for activity, (channel, row) in zip(stored, rows, strict=True):
        assert activity.channel == channel and activity.title == row["title"]
        assert activity.notes == row["notes"] and activity.date == row["date"]
        for name in figures_for(channel):
            if name in row:
                assert getattr(activity, name) == row[name], name
    again = run_import(
        kl51_campaign, commune_reporter, unit_template(campaign=kl51_campaign, unit=unit)
    )
    assert not (again.plan["counts"].get("new") or again.plan["counts"].get("changed"))
    assert Activity.objects.filter(unit=unit).count() == before + len(rows)
