"""A change of a contest's terms (how many prizes a round gives) says what it was and became."""

import pytest

from lantoa.audit.models import AuditEntry
from lantoa.awareness.services_contests import contest_update
from tests.awareness.contest_helpers import open_round

pytestmark = pytest.mark.django_db


def test_it_records_the_prizes_before_and_after_a_change_of_terms(kl51_campaign, board_user):
    contest = open_round(kl51_campaign, winners=3).contest
    contest_update(
        contest=contest,
        user=board_user,
        title=contest.title,
        rules=contest.rules,
        consent=contest.consent,
        retention_days=contest.retention_days,
        winners=5,
    )
    entry = AuditEntry.objects.filter(detail__op="contest_update").get()
    assert entry.detail["changed"] == {"winners": [3, 5]}
