"""A collaborator's note posted twice (a double tap on a slow phone) is stored once."""

import pytest
from django.urls import reverse
from django.utils import timezone

from lantoa.opinion.models import Item
from lantoa.organization.models import Unit
from tests.conftest import client_for
from tests.opinion.helpers import opinion_world

pytestmark = pytest.mark.django_db


def test_it_stores_a_note_posted_twice_once():
    w = opinion_world()
    client = client_for(w.collaborator_a)
    note = {
        "text": "Bà con bản Huổi Phạ hỏi đăng ký nhãn hiệu gạo có mất phí không",
        "observed_on": timezone.localdate().strftime("%d/%m/%Y"),
        "unit": Unit.objects.get(code="03127").pk,
        "channel": "Zalo",
    }
    before = Item.objects.count()
    assert client.post(reverse("opinion:submit"), note).status_code == 302
    again = client.post(reverse("opinion:submit"), note)
    assert Item.objects.count() == before + 1
    assert again.status_code == 400
    assert "đã gửi ý kiến này" in again.content.decode()
