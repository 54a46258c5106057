"""Drafting a report is one click's work: a form posted twice makes one draft."""

import pytest
from django.urls import reverse

from lantoa.documents.models import OfficialReport
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_makes_one_draft_when_the_create_form_is_posted_twice(kl51_campaign, board_user):
    client = client_for(board_user)
    data = {"campaign": kl51_campaign.pk, "kind": "progress"}
    first = client.post(reverse("reports:list"), data)
    second = client.post(reverse("reports:list"), data)
    assert OfficialReport.objects.count() == 1
    assert first["Location"] == second["Location"]  # both land on the one draft


def test_it_still_drafts_another_kind_of_report(kl51_campaign, board_user):
    client = client_for(board_user)
    client.post(reverse("reports:list"), {"campaign": kl51_campaign.pk, "kind": "progress"})
    client.post(reverse("reports:list"), {"campaign": kl51_campaign.pk, "kind": "final"})
    assert OfficialReport.objects.count() == 2
