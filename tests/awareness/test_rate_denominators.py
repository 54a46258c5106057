"""A rate on the results pages says what it is out of, as the report's sentence does."""

import pytest
from django.urls import reverse

from tests.awareness.helpers import answer, approved_bank, opened, session
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_shows_each_rates_right_answers_out_of_all_answers(kl51_campaign, commune_reporter):
    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    before, after = opened(activity, bank, "before"), opened(activity, bank, "after")
    for i in range(5):
        answer(before, f"b{i}", right=2)
        answer(after, f"a{i}", right=4)
    client = client_for(commune_reporter)
    for url in (
        reverse("awareness:results", args=[kl51_campaign.pk]),
        reverse("reporting:unit_campaign", args=[kl51_campaign.pk, activity.unit_id]),
    ):
        html = client.get(url).content.decode()
        assert '40,0% <span class="muted">(10/25 câu trả lời)</span>' in html, url
        assert '80,0% <span class="muted">(20/25 câu trả lời; KTC 95%' in html, url
