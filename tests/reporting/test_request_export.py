import datetime

import pytest
from django.urls import reverse

from lantoa.organization.models import Unit
from lantoa.reporting.services import report_request_create, submission_submit
from tests.conftest import client_for
from tests.core.cells_support import HOSTILE_TEXTS, inert_csv_fields, inert_xlsx_cells, typed_texts

pytestmark = pytest.mark.django_db


def test_it_exports_hostile_titles_names_and_summaries_as_inert_text(kl51_campaign, board_user):
    title, name, narrative = '=HYPERLINK("http://x/")', " =1", "\n=cmd"
    Unit.objects.filter(code="03127").update(name=name)
    request = report_request_create(
        campaign=kl51_campaign, title=title, due_date=datetime.date(2026, 7, 30), user=None
    )
    submission_submit(
        request=request, unit=Unit.objects.get(code="03127"), results=narrative, user=None
    )
    stored = set(Unit.objects.filter(code="03127").values_list("name", flat=True))
    stored |= {request.submissions.get().results}
    client = client_for(board_user)
    url = reverse("reporting:request_detail", args=[request.pk])
    fields = inert_csv_fields(client.get(url, {"xuat": "csv"}).content)
    assert {"'" + text for text in stored} <= set(fields)
    cells = inert_xlsx_cells(client.get(url, {"xuat": "xlsx"}).content)
    assert set(typed_texts(cells, [title, *stored, *HOSTILE_TEXTS])) == {title, *stored}
