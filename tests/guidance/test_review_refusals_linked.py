"""A confirm the rules refuse comes back with each problem on the field that causes it."""

import re

import pytest
from django.urls import reverse

from lantoa.campaigns.models import Campaign
from tests.conftest import SEED_NAME, client_for, seed_bytes
from tests.guidance.test_review_flow import review_post_data, upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("worker_running")]


def _uploaded(client) -> int:
    location = upload(client, SEED_NAME, seed_bytes())["Location"]
    return int(re.search(r"(\d+)/$", location).group(1))


def test_it_puts_a_group_refusal_on_the_group_shown_even_after_a_group_removed(board_user):
    client = client_for(board_user)
    document_id = _uploaded(client)
    data = review_post_data(client, document_id)
    # The first group is removed, so the campaign's second group is the screen's third.
    data["groups-0-remove"] = "on"
    data.pop("groups-2-kinds", None)
    data.pop("groups-2-units", None)
    data["subject_type"] = ""
    data["action"] = "confirm"
    response = client.post(reverse("guidance:review", args=[document_id]), data)
    assert response.status_code == 400
    assert not Campaign.objects.exists()
    groups, form = response.context["groups"], response.context["form"]
    assert groups.forms[2].errors["units"] == ["Chưa xác định được đơn vị nào để giao nhiệm vụ."]
    assert "Chưa có loại văn bản chỉ đạo" in " ".join(form.errors["subject_type"])
    assert form.non_field_errors() == []
    anchors = [anchor for anchor, _said in response.context["errors"]]
    assert "id_groups-2-units" in anchors and "id_subject_type" in anchors
    said = dict(response.context["errors"])["id_groups-2-units"]
    assert said.startswith("Nhóm 3 — ")


def test_it_puts_a_missing_group_name_on_that_group(board_user):
    client = client_for(board_user)
    document_id = _uploaded(client)
    data = review_post_data(client, document_id)
    data["groups-1-heading"] = ""
    data["action"] = "confirm"
    response = client.post(reverse("guidance:review", args=[document_id]), data)
    assert response.status_code == 400
    assert response.context["groups"].forms[1].errors["heading"] == ["Chưa có tên nhóm đơn vị."]
    assert response.context["form"].non_field_errors() == []
