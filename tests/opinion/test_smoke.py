import pytest
from django.urls import reverse

from tests.conftest import client_for
from tests.opinion.helpers import opinion_world

pytestmark = pytest.mark.django_db


def test_it_serves_every_page_to_the_board(board_user):
    w = opinion_world()
    client = client_for(board_user)
    for url in [
        reverse("opinion:dashboard"),
        reverse("opinion:items"),
        reverse("opinion:items") + "?thu_tu=chua-chac",
        reverse("opinion:item", args=[w.item_a.pk]),
        reverse("opinion:imports"),
        reverse("opinion:claims"),
        reverse("opinion:claim", args=[w.claim.pk]),
        reverse("opinion:topics"),
        reverse("opinion:models"),
        reverse("opinion:report"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
