"""The demo's awareness checks: an approved KL 51 bank, before/after checks, loaded once."""

import pytest
from django.utils import timezone

from lantoa.awareness.demo import DEMO_MARK, QUESTIONS, awareness_load_demo
from lantoa.awareness.models import AwarenessCheck, Question, QuestionStatus, Response
from lantoa.awareness.selectors import results_for
from tests.awareness.helpers import session

pytestmark = pytest.mark.django_db


def test_it_loads_an_approved_bank_and_closed_checks_with_a_rise_once(kl51_campaign, board_user):
    session(kl51_campaign, "03127")
    session(kl51_campaign, "03160")
    awareness_load_demo(kl51_campaign)
    awareness_load_demo(kl51_campaign)
    bank = Question.objects.filter(campaign=kl51_campaign)
    assert bank.count() == len(QUESTIONS) >= 12
    assert set(bank.values_list("status", flat=True)) == {QuestionStatus.APPROVED}
    checks = AwarenessCheck.objects.all()
    assert checks.count() == 4 and all(c.title.startswith(DEMO_MARK) for c in checks)
    assert all(c.closes_at <= timezone.now() for c in checks)
    assert Response.objects.count() == 4 * 24
    for row in results_for(user=board_user, campaign=kl51_campaign).units:
        assert row.change.change is not None and row.change.change > 0
