"""The uploaded original of a guidance document is sent back as a download, never as a page."""

import pytest
from django.urls import reverse

from lantoa.guidance.models import GuidanceDocument
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_sends_an_html_original_as_an_untyped_download(kl51_campaign, board_user):
    document = GuidanceDocument.objects.filter(campaign=kl51_campaign).exclude(original="").first()
    GuidanceDocument.objects.filter(pk=document.pk).update(filename="huong-dan\u202elmth.html")
    response = client_for(board_user).get(reverse("guidance:original", args=[document.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert "\u202e" not in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
