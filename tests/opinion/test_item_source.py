"""An item's source reads as words: a collaborator's note is not shown by its code."""

import pytest
from django.urls import reverse

from tests.conftest import client_for
from tests.opinion.helpers import opinion_world

pytestmark = pytest.mark.django_db


def test_it_names_a_collaborators_note_source_in_vietnamese():
    w = opinion_world()
    page = client_for(w.collaborator_a).get(reverse("opinion:item", args=[w.item_a.pk]))
    body = page.content.decode()
    assert "cong-tac-vien" not in body
    assert "<dt>Nguồn</dt><dd>Cộng tác viên dư luận xã hội</dd>" in body
