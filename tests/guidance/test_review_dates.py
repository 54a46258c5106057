"""The review screen's dates: shown and typed dd/mm/yyyy; an impossible one changes nothing."""

import datetime

import pytest
from django.urls import reverse

from lantoa.campaigns.proposal import CampaignProposal
from lantoa.guidance.models import GuidanceDocument
from tests.conftest import SEED_NAME, client_for, seed_bytes
from tests.guidance.test_review_flow import review_post_data, upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("worker_running")]


def _dated_draft(client) -> GuidanceDocument:
    upload(client, SEED_NAME, seed_bytes())
    document = GuidanceDocument.objects.get()
    proposal = CampaignProposal.from_json(document.proposal)
    proposal.peak_end = datetime.date(2026, 12, 31)
    proposal.groups[0].tasks[0].due_date = datetime.date(2026, 6, 30)
    document.proposal = proposal.to_json()
    document.save()
    return document


def test_it_shows_every_date_of_the_review_as_a_box_typed_dd_mm_yyyy(board_user):
    client = client_for(board_user)
    document = _dated_draft(client)
    page = client.get(reverse("guidance:review", args=[document.pk])).content.decode()
    assert 'type="date"' not in page
    assert 'name="tasks-0-due_date" value="30/06/2026"' in page
    assert 'name="peak_end" value="31/12/2026"' in page
    assert page.count('inputmode="numeric"') >= 5


@pytest.mark.parametrize(
    ("field", "typed", "said"),
    [
        ("tasks-0-due_date", "31/02/2026", "tháng 02/2026 không có ngày 31"),
        ("tasks-0-due_date", "31022026", "tháng 02/2026 không có ngày 31"),
        ("peak_end", "30/13/2026", "không có tháng 13"),
    ],
)
def test_it_refuses_an_impossible_date_and_keeps_the_one_saved(board_user, field, typed, said):
    client = client_for(board_user)
    document = _dated_draft(client)
    saved = dict(document.proposal)
    data = review_post_data(client, document.pk)
    data[field] = typed
    data["action"] = "save"
    response = client.post(reverse("guidance:review", args=[document.pk]), data)
    assert response.status_code == 400
    body = response.content.decode()
    assert said in body and f'value="{typed}"' in body  # given back as typed, to mend
    document.refresh_from_db()
    assert document.proposal == saved


def test_it_saves_a_date_typed_as_digits_on_a_phone(board_user):
    client = client_for(board_user)
    document = _dated_draft(client)
    data = review_post_data(client, document.pk)
    data["tasks-0-due_date"] = "15072026"
    data["action"] = "save"
    assert client.post(reverse("guidance:review", args=[document.pk]), data).status_code == 302
    document.refresh_from_db()
    assert document.proposal["groups"][0]["tasks"][0]["due_date"] == "2026-07-15"
