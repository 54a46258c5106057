"""The administration pages speak Vietnamese, even where Django's own translation is missing."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_has_no_english_on_the_admin_index(db):
    admin = get_user_model().objects.create_superuser("quantri", password="x")
    body = client_for(admin).get(reverse("admin:index")).content.decode()
    assert "Chuyển đến nội dung chính" in body and "Đổi giao diện sáng/tối" in body
    for english in ("Skip to main content", "Toggle theme", "Toggle navigation"):
        assert english not in body
