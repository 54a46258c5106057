import datetime

import pytest
from django.utils import timezone

from lantoa.opinion.models import Item, ItemState
from lantoa.opinion.tasks import retention_enqueue_if_due
from lantoa.organization.models import Unit

pytestmark = pytest.mark.django_db
NOW = timezone.make_aware(datetime.datetime(2026, 11, 26, 8, 0))


def test_it_runs_the_opinion_retention_once_a_day(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.LANTOA_OPINION_RETENTION_DAYS = 30
    unit = Unit.objects.get(code="03127")
    old, fresh = (
        Item.objects.create(
            unit=unit, source="thử", source_id=text, text=text, observed_on=day, state=ItemState.OK
        )
        for text, day in (
            ("Ý kiến cũ về nhãn hiệu", datetime.date(2026, 1, 5)),
            ("Ý kiến mới", datetime.date(2026, 11, 20)),
        )
    )
    assert retention_enqueue_if_due(now=NOW, last=None)
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert (old.state, old.text) == (ItemState.ANONYMISED, "")
    assert fresh.state == ItemState.OK and fresh.text == "Ý kiến mới"
    assert not retention_enqueue_if_due(now=NOW, last=NOW.date())  # done today already
