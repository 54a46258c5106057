"""The session page's paper-totals form shows the totals already entered, not zeros."""

import pytest
from django.urls import reverse

from lantoa.awareness.services import check_tally_enter
from tests.awareness.helpers import approved_bank, opened, session
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_fills_the_tally_form_with_the_stored_totals(kl51_campaign, commune_reporter):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "before")
    questions = list(check.questions.order_by("pk"))
    check_tally_enter(
        check=check,
        totals={q.pk: (20 + i, 10 + i) for i, q in enumerate(questions)},
        user=commune_reporter,
    )
    url = reverse("awareness:activity", args=[check.activity_id])
    html = client_for(commune_reporter).get(url).content.decode()
    for i, q in enumerate(questions):
        assert f'name="a{q.pk}" value="{20 + i}"' in html
        assert f'name="c{q.pk}" value="{10 + i}"' in html


def test_it_prefills_the_tally_template_with_the_stored_totals(kl51_campaign, commune_reporter):
    import io

    import openpyxl

    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "before")
    questions = list(check.questions.order_by("pk"))
    check_tally_enter(
        check=check,
        totals={q.pk: (20 + i, 10 + i) for i, q in enumerate(questions)},
        user=commune_reporter,
    )
    url = reverse("awareness:tally_template", args=[check.pk])
    data = client_for(commune_reporter).get(url).content
    rows = list(openpyxl.load_workbook(io.BytesIO(data)).worksheets[0].iter_rows(values_only=True))
    assert [row[2:4] for row in rows[1:]] == [(20 + i, 10 + i) for i in range(5)]
