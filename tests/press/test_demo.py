"""The demo's press work: both agencies plan this month and publish, once, marked demo."""

import pytest
from django.urls import reverse
from django.utils import timezone

from lantoa.accounts.models import Role
from lantoa.press.demo import DEMO_MARK, press_load_demo
from lantoa.press.models import PressItem, PressPlan
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


def test_it_loads_plans_and_published_items_once_marked_as_demo(kl51_campaign):
    press_load_demo(kl51_campaign)
    press_load_demo(kl51_campaign)  # a second run changes nothing
    items = PressItem.objects.filter(campaign=kl51_campaign)
    assert items.count() == 6 and all(item.title.startswith(DEMO_MARK) for item in items)
    assert all(item.date <= timezone.localdate() for item in items)
    month = timezone.localdate().replace(day=1)
    assert PressPlan.objects.filter(month=month).count() == 2


def test_it_shows_the_editor_this_months_plan_against_what_was_published(kl51_campaign):
    press_load_demo(kl51_campaign)
    editor = make_user("bientap.demo", "BAO-PTTH", Role.PRESS)
    body = client_for(editor).get(reverse("home")).content.decode()
    assert '<td class="num">8</td>' in body and "[Minh họa]" not in body
