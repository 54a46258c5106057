"""A công văn đôn đốc drafted by a form posted twice (a double click) is one draft."""

import pytest

from lantoa.reminders.models import ReminderLetter
from tests.reminders.test_letter_workflow import _draft, late_campaign

pytestmark = pytest.mark.django_db
__all__ = ["late_campaign"]  # the fixture, used by name


def test_it_keeps_one_draft_when_the_same_letter_is_posted_twice(late_campaign, board_user):
    first = _draft(late_campaign, board_user)
    second = _draft(late_campaign, board_user)
    assert second.pk == first.pk
    assert ReminderLetter.objects.count() == 1


def test_it_drafts_a_second_letter_that_says_something_else(late_campaign, board_user):
    first = _draft(late_campaign, board_user)
    first.body = "Một nội dung khác."
    first.save(update_fields=["body"])
    _draft(late_campaign, board_user)
    assert ReminderLetter.objects.count() == 2
