"""`lantoa awareness contest-results` and the daily retention job of contests."""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.utils import timezone

from lantoa.awareness.tasks import contest_retention_enqueue_if_due
from tests.awareness.contest_helpers import enter, open_round

pytestmark = pytest.mark.django_db


def test_it_prints_the_ranking_and_participation_as_json(kl51_campaign):
    contest_round = open_round(kl51_campaign, winners=1)
    enter(contest_round, name="Lò Văn A", right=5, phone="0912345678")
    enter(contest_round, name="Quàng Thị B", right=2, unit="03160")
    out = io.StringIO()
    call_command(
        "awareness",
        "contest-results",
        "--contest",
        str(contest_round.contest_id),
        "--format",
        "json",
        stdout=out,
    )
    data = json.loads(out.getvalue())
    ranking = data["rounds"][0]["ranking"]
    assert [r["name"] for r in ranking] == ["Lò Văn A", "Quàng Thị B"]
    assert ranking[0]["winner"] and not ranking[1]["winner"]
    assert ranking[0]["phone"] == "091****678"
    assert sorted(u["entries"] for u in data["units"]) == [1, 1]


def test_it_enqueues_the_retention_job_once_a_day():
    now = timezone.now()
    assert contest_retention_enqueue_if_due(now=now, last=None)
    assert not contest_retention_enqueue_if_due(now=now, last=timezone.localtime(now).date())
    assert contest_retention_enqueue_if_due(
        now=now, last=timezone.localdate() - datetime.timedelta(days=1)
    )
