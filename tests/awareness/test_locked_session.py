"""A session whose figures are locked (report accepted, or the board's lock) keeps its tallies."""

import pytest
from django.utils import timezone

from lantoa.audit.context import audit_covered
from lantoa.awareness.models import PaperTally
from lantoa.awareness.services import check_tally_enter
from lantoa.core.errors import Refused
from lantoa.reporting.services import reporting_lock_set
from tests.awareness.helpers import approved_bank, opened, session

pytestmark = pytest.mark.django_db


def test_it_refuses_paper_totals_on_a_locked_session(kl51_campaign, commune_reporter, board_user):
    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    check = opened(activity, bank, "before")
    with audit_covered("test set-up"):
        reporting_lock_set(campaign=kl51_campaign, through=timezone.localdate(), user=board_user)
    with pytest.raises(Refused) as caught:
        check_tally_enter(check=check, totals={q.pk: (20, 15) for q in bank}, user=commune_reporter)
    assert "đã khóa" in caught.value.message
    assert not PaperTally.objects.exists()


def test_it_opens_no_new_check_on_a_locked_session(kl51_campaign, commune_reporter, board_user):
    from lantoa.awareness.models import AwarenessCheck

    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    with audit_covered("test set-up"):
        reporting_lock_set(campaign=kl51_campaign, through=timezone.localdate(), user=board_user)
    with pytest.raises(Refused) as caught:
        opened(activity, bank, "after")
    assert "đã khóa" in caught.value.errors["activity"]
    assert not AwarenessCheck.objects.exists()
