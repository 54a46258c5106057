import io

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from lantoa.organization.models import Unit
from lantoa.reporting.excel.layout import (
    COLUMNS,
    GUIDE_SHEET,
    IDENTITY_LABEL,
    INFO_SHEET,
    LISTS_SHEET,
    SHEET,
    Identity,
    identity_read,
)
from lantoa.reporting.excel.template import board_workbook, unit_template
from lantoa.reporting.figures import ALL_FIGURES
from lantoa.reporting.services import activity_record
from tests.reporting.excel_support import JUNE, column
from tests.reporting.test_activities import conference

pytestmark = pytest.mark.django_db


def _identity(book: openpyxl.Workbook) -> Identity:
    for label, value, *_rest in book[INFO_SHEET].iter_rows(values_only=True):
        if label == IDENTITY_LABEL:
            return identity_read(value)
    raise AssertionError("no identity cell")


def test_it_builds_a_protected_template_with_headers_lists_and_identity(kl51_campaign):
    unit = Unit.objects.get(code="03127")
    activity = activity_record(campaign=kl51_campaign, unit=unit, data=conference(), user=None)
    book = openpyxl.load_workbook(io.BytesIO(unit_template(campaign=kl51_campaign, unit=unit)))
    assert book.sheetnames == [SHEET, GUIDE_SHEET, INFO_SHEET, LISTS_SHEET]
    assert book[LISTS_SHEET].sheet_state == "hidden"
    assert book.security.lockStructure
    sheet = book[SHEET]
    assert [cell.value for cell in sheet[1]] == list(COLUMNS.values())
    assert sheet.protection.sheet and book[INFO_SHEET].protection.sheet
    assert sheet.column_dimensions["A"].hidden
    # The existing activity is pre-filled with its key; headers are locked, data cells are not.
    assert sheet.cell(2, column("key")).value == str(activity.key)
    assert sheet.cell(2, column("date")).value.date() == JUNE
    assert sheet.cell(2, column("party_members_present")).value == 500
    assert sheet.cell(2, column("other_attendees")).value is None
    assert sheet.cell(1, column("title")).protection.locked
    assert not sheet.cell(2, column("title")).protection.locked
    assert sheet.cell(3, column("unit")).value == "03127"
    kinds = {dv.type for dv in sheet.data_validations.dataValidation}
    assert {"date", "list", "whole"} <= kinds
    whole = [dv for dv in sheet.data_validations.dataValidation if dv.type == "whole"]
    assert len(whole) == len(ALL_FIGURES) and all(dv.formula1 == "0" for dv in whole)
    delete = get_column_letter(column("delete"))
    assert any(
        dv.formula1 == '"x"' and f"{delete}2" in str(dv.sqref)
        for dv in sheet.data_validations.dataValidation
    )
    assert not sheet.cell(2, column("delete")).protection.locked
    assert _identity(book) == Identity(campaign_id=kl51_campaign.pk, unit_id=unit.pk)
    info = [row for row in book[INFO_SHEET].iter_rows(values_only=True) if row[0] == unit.name]
    assert info and info[0][1] == "03127"
    guide = " ".join(str(row[0]) for row in book[GUIDE_SHEET].iter_rows(values_only=True))
    assert "chưa báo cáo" in guide


def test_it_builds_the_boards_workbook_for_every_unit(kl51_campaign):
    book = openpyxl.load_workbook(io.BytesIO(board_workbook(campaign=kl51_campaign)))
    assert _identity(book) == Identity(campaign_id=kl51_campaign.pk, unit_id=None)
    codes = [row[2] for row in book[LISTS_SHEET].iter_rows(min_row=2, values_only=True) if row[2]]
    assert (
        len(codes)
        == Unit.objects.filter(assignments__task__campaign=kl51_campaign).distinct().count()
    )
    assert "03127" in codes and "03160" in codes


def test_it_greys_and_keeps_protected_the_rows_of_locked_activities(kl51_campaign, board_user):
    import datetime

    from lantoa.audit.context import audit_covered
    from lantoa.reporting.services import reporting_lock_set

    unit = Unit.objects.get(code="03127")
    early = activity_record(campaign=kl51_campaign, unit=unit, data=conference(), user=None)
    later = conference()
    later.date = JUNE + datetime.timedelta(days=10)
    open_one = activity_record(campaign=kl51_campaign, unit=unit, data=later, user=None)
    with audit_covered("test set-up"):
        reporting_lock_set(campaign=kl51_campaign, through=JUNE, user=board_user)
    book = openpyxl.load_workbook(io.BytesIO(unit_template(campaign=kl51_campaign, unit=unit)))
    sheet = book[SHEET]
    rows = {sheet.cell(r, column("key")).value: r for r in range(2, 4)}
    locked, free = rows[str(early.key)], rows[str(open_one.key)]
    assert sheet.cell(locked, column("title")).protection.locked
    assert sheet.cell(locked, column("title")).fill.fgColor.rgb.endswith("D9D9D9")
    assert not sheet.cell(free, column("title")).protection.locked
    guide = " ".join(str(row[0]) for row in book[GUIDE_SHEET].iter_rows(values_only=True))
    assert "Dòng tô xám" in guide
