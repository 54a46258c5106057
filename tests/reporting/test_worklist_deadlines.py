"""A unit's work list shows a task's deadline as printed when it has no due date."""

from __future__ import annotations

import pytest
from django.urls import reverse

from lantoa.campaigns.models import Assignment, DeadlineKind
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_shows_a_quarter_deadline_the_task_text_would_cut_off(kl51_campaign, commune_reporter):
    assignment = Assignment.objects.filter(
        task__campaign=kl51_campaign, unit__memberships__user=commune_reporter
    ).first()
    task = assignment.task
    task.text = "Tổ chức sơ kết việc thực hiện kế hoạch ở cơ sở. " * 6 + "Hoàn thành quý III/2027."
    task.deadline_kind = DeadlineKind.QUARTER
    task.deadline_text = "quý III/2027"
    task.due_date = None
    task.save()
    client = client_for(commune_reporter)
    home = client.get(reverse("reporting:unit_home")).content.decode()
    assert "thời hạn: quý III/2027" in home
    page = client.get(
        reverse("reporting:unit_campaign", args=[kl51_campaign.pk, assignment.unit_id])
    ).content.decode()
    assert "thời hạn: quý III/2027" in page
