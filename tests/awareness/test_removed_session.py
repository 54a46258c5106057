"""A removed session no longer counts: its checks leave the results, as it leaves the counts."""

import pytest

from lantoa.audit.context import audit_covered
from lantoa.awareness.selectors import check_rows, results_for
from lantoa.reporting.services import activity_delete
from tests.awareness.helpers import answer, approved_bank, opened, session

pytestmark = pytest.mark.django_db


def test_it_leaves_a_removed_sessions_checks_out_of_the_results(kl51_campaign, board_user):
    bank = approved_bank(kl51_campaign, 5)
    kept, removed = session(kl51_campaign), session(kl51_campaign)
    for activity, right in ((kept, 4), (removed, 0)):
        before, after = opened(activity, bank, "before"), opened(activity, bank, "after")
        for i in range(5):
            answer(before, f"b{activity.pk}-{i}", right=2)
            answer(after, f"a{activity.pk}-{i}", right=right)
    with audit_covered("test set-up"):
        activity_delete(activity=removed, user=None)
    found = results_for(user=board_user, campaign=kl51_campaign)
    assert found.checks == 2
    assert found.total.after.correct == 20 and found.total.after.answers == 25
    listed = check_rows(user=board_user, campaign=kl51_campaign)
    assert [row.check.activity_id for row in listed] == [kept.pk, kept.pk]


def test_it_takes_no_answer_for_a_check_of_a_removed_session(kl51_campaign):
    from django.test import Client
    from django.urls import reverse

    from lantoa.awareness.models import Response

    activity = session(kl51_campaign)
    check = opened(activity, approved_bank(kl51_campaign, 5), "before")
    with audit_covered("test set-up"):
        activity_delete(activity=activity, user=None)
    phone = Client()
    url = reverse("awareness:answer", args=[check.code])
    assert phone.get(url).status_code == 404
    posted = {f"q{q.pk}": "0" for q in check.questions.all()}
    assert phone.post(url, posted).status_code == 404
    assert not Response.objects.exists()
