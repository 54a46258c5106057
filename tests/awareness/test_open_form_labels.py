"""The form that opens a check shows each question whole, not cut at 80 characters."""

import pytest
from django.urls import reverse

from lantoa.audit.context import audit_covered
from lantoa.awareness.services import question_approve, question_create
from tests.awareness.helpers import approved_bank, session
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

LONG = (
    "Sở hữu trí tuệ góp phần thúc đẩy khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
    "số của tỉnh Điện Biên trong giai đoạn mới?"
)


def test_it_lists_each_question_in_full_on_the_open_form(kl51_campaign, commune_reporter):
    approved_bank(kl51_campaign, 5)
    with audit_covered("test set-up"):
        question_approve(
            question=question_create(
                campaign=kl51_campaign,
                kind="true_false",
                text=LONG,
                options=[],
                correct=[0],
                tag="quan_diem",
                difficulty=1,
                user=None,
            ),
            user=None,
        )
    activity = session(kl51_campaign)
    url = reverse("awareness:activity", args=[activity.pk])
    assert LONG in client_for(commune_reporter).get(url).content.decode()
