import pytest
from django.urls import reverse

from lantoa.organization.models import Unit, UnitState
from tests.conftest import client_for
from tests.core.cells_support import HOSTILE_TEXTS, inert_csv_fields, inert_xlsx_cells, typed_texts

pytestmark = pytest.mark.django_db


def test_it_exports_unit_names_that_look_like_formulas_as_inert_text(board_user):
    active = Unit.objects.filter(state=UnitState.ACTIVE).exclude(code="").order_by("code")
    codes = active.values_list("code", flat=True)
    for code, name in zip(list(codes), HOSTILE_TEXTS, strict=False):
        Unit.objects.filter(code=code).update(name=name)
    client = client_for(board_user)
    url = reverse("organization:directory")
    fields = inert_csv_fields(client.get(url, {"xuat": "csv"}).content)
    assert {"'" + name for name in HOSTILE_TEXTS if name != "#N/A"} <= set(fields)
    cells = inert_xlsx_cells(client.get(url, {"xuat": "xlsx"}).content)
    assert set(typed_texts(cells, HOSTILE_TEXTS)) == set(HOSTILE_TEXTS)
