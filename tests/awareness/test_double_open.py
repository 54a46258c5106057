"""A double tap on "Mở kiểm tra" opens one check, not two with two codes for one session."""

import pytest
from django.urls import reverse

from lantoa.awareness.models import AwarenessCheck
from tests.awareness.helpers import approved_bank, session
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_opens_one_check_when_the_open_form_is_posted_twice(kl51_campaign, commune_reporter):
    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    url = reverse("awareness:activity", args=[activity.pk])
    posted = {"action": "open", "phase": "before", "questions": [q.pk for q in bank]}
    client = client_for(commune_reporter)
    assert client.post(url, {**posted, "minutes": "30"}).status_code == 302
    code = AwarenessCheck.objects.get().code
    again = client.post(url, {**posted, "minutes": "30"})
    assert AwarenessCheck.objects.count() == 1
    assert again.status_code == 400
    assert f"đang mở (mã {code})" in again.content.decode()
    # The other phase of the same session opens as before.
    assert client.post(url, {**posted, "phase": "after", "minutes": "30"}).status_code == 302
    assert AwarenessCheck.objects.count() == 2
