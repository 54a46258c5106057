"""A guidance or campaign with the number or title of an existing campaign warns before creating."""

import re

import pytest
from django.urls import reverse

from lantoa.campaigns.models import Campaign
from lantoa.campaigns.selectors import campaigns_same_as
from lantoa.core.text import fold
from tests.conftest import SEED_NAME, client_for, seed_bytes
from tests.guidance.test_review_flow import review_post_data, upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("worker_running")]


def uploaded_seed(client) -> int:  # type: ignore[no-untyped-def]
    return int(re.search(r"(\d+)/$", upload(client, SEED_NAME, seed_bytes())["Location"]).group(1))


def test_it_warns_on_upload_and_links_the_campaign_with_the_same_title(kl51_campaign, board_user):
    client = client_for(board_user)
    document_id = uploaded_seed(client)
    body = client.get(reverse("guidance:review", args=[document_id])).content.decode()
    assert 'id="dot-trung"' in body
    assert "Đã có đợt “" in body and "với cùng tiêu đề." in body
    assert f'href="{reverse("campaigns:detail", args=[kl51_campaign.pk])}">Mở đợt này' in body
    assert 'name="duplicate_ok"' in body


def test_it_refuses_to_confirm_a_duplicate_until_the_user_says_so(kl51_campaign, board_user):
    client = client_for(board_user)
    document_id = uploaded_seed(client)
    data = review_post_data(client, document_id)
    data["action"] = "confirm"
    url = reverse("guidance:review", args=[document_id])
    refused = client.post(url, data)
    assert refused.status_code == 400
    assert "với cùng tiêu đề" in refused.content.decode()
    assert Campaign.objects.count() == 1
    confirmed = client.post(url, {**data, "duplicate_ok": "1"})
    assert confirmed.status_code == 302
    assert Campaign.objects.count() == 2


def test_it_matches_the_number_and_the_title_however_they_are_typed(kl51_campaign, board_user):
    Campaign.objects.filter(pk=kl51_campaign.pk).update(guidance_number="150-HD/BTGDVTU")
    by_number = campaigns_same_as(user=board_user, number="150 - HĐ/btgdvtu", title="Đợt khác")
    assert [(m.campaign.pk, m.same_number, m.same_title) for m in by_number] == [
        (kl51_campaign.pk, True, False)
    ]
    assert by_number[0].message.endswith("với cùng số hiệu.")
    typed = fold(kl51_campaign.title).upper() + "."
    by_title = campaigns_same_as(user=board_user, number="", title=typed)
    assert [(m.campaign.pk, m.same_title) for m in by_title] == [(kl51_campaign.pk, True)]
    both = campaigns_same_as(user=board_user, number="150-HD/BTGDVTU", title=kl51_campaign.title)
    assert both[0].message.endswith("với cùng số hiệu và tiêu đề.")


def test_it_does_not_warn_for_a_different_campaign(kl51_campaign, board_user):
    assert campaigns_same_as(user=board_user, number="", title="") == []
    assert campaigns_same_as(user=board_user, number="05-HD/BTGDVTU", title="Chỉ thị 05") == []
    client = client_for(board_user)
    response = client.post(reverse("guidance:new_blank"))
    body = client.get(response["Location"]).content.decode()
    assert 'id="dot-trung"' not in body and 'name="duplicate_ok"' not in body


def test_it_shows_no_campaign_to_someone_who_may_not_see_it(kl51_campaign, outsider):
    assert campaigns_same_as(user=outsider, number="", title=kl51_campaign.title) == []


def test_it_warns_when_the_same_document_is_uploaded_again_while_its_review_is_open(board_user):
    client = client_for(board_user)
    first = uploaded_seed(client)
    second = uploaded_seed(client)
    body = client.get(reverse("guidance:review", args=[second])).content.decode()
    assert 'id="ban-trung"' in body
    assert "Văn bản này đã được tải lên" in body and "đang rà soát" in body
    assert f'href="{reverse("guidance:review", args=[first])}"' in body
    # The first upload's page names the second too: either may be the one carried on.
    first_body = client.get(reverse("guidance:review", args=[first])).content.decode()
    assert f'href="{reverse("guidance:review", args=[second])}"' in first_body


def test_it_keeps_the_duplicate_tick_when_the_form_comes_back_with_an_error(
    kl51_campaign, board_user
):
    client = client_for(board_user)
    document_id = uploaded_seed(client)
    data = review_post_data(client, document_id)
    data.update({"action": "confirm", "duplicate_ok": "1", "peak_start": "31/02/2026"})
    response = client.post(reverse("guidance:review", args=[document_id]), data)
    assert response.status_code == 400
    assert 'name="duplicate_ok" value="1" checked' in response.content.decode()
