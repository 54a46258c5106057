import datetime

import pytest

from lantoa.organization.models import Unit
from lantoa.reporting.excel.importer import excel_import_apply, excel_import_apply_start
from lantoa.reporting.excel.template import board_workbook, unit_template
from lantoa.reporting.models import Activity, ActivityChange, ActivitySource
from lantoa.reporting.services import activity_record, reporting_lock_set
from tests.reporting.excel_support import edit, new_conference, run_import
from tests.reporting.test_activities import conference

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_unit():
    return Unit.objects.get(code="03127")


def test_it_round_trips_a_new_row_with_history(kl51_campaign, commune_reporter, own_unit):
    template = unit_template(campaign=kl51_campaign, unit=own_unit)
    upload = run_import(kl51_campaign, commune_reporter, edit(template, {2: new_conference()}))
    assert upload.status == "applied", upload.message
    activity = Activity.objects.get()
    assert (activity.unit, activity.source, activity.created_by) == (
        own_unit,
        ActivitySource.EXCEL,
        commune_reporter,
    )
    assert (activity.sessions, activity.party_members_present, activity.other_attendees) == (
        1,
        120,
        None,
    )
    assert list(activity.changes.values_list("field", "new", "source")) == [
        ("*", "tạo mới", "excel")
    ]
    assert kl51_campaign.summaries.get(unit=own_unit).briefed == 120


def test_it_changes_nothing_when_the_same_file_comes_twice(
    kl51_campaign, commune_reporter, own_unit
):
    filled = edit(unit_template(campaign=kl51_campaign, unit=own_unit), {2: new_conference()})
    run_import(kl51_campaign, commune_reporter, filled)
    before = (Activity.objects.count(), ActivityChange.objects.count())
    # The same file again: its new row carries no key, so it would be a duplicate; a fresh
    # download (which carries the keys) uploaded unchanged is the real "same file twice".
    again = unit_template(campaign=kl51_campaign, unit=own_unit)
    first = run_import(kl51_campaign, commune_reporter, again)
    second = run_import(kl51_campaign, commune_reporter, again)
    for upload in (first, second):
        assert upload.status == "preview"
        assert upload.plan["counts"] | {"rows": 0} == {
            "new": 0,
            "changed": 0,
            "cells": 0,
            "deleted": 0,
            "unchanged": 1,
            "errors": 0,
            "rows": 0,
        }
    assert (Activity.objects.count(), ActivityChange.objects.count()) == before


def test_it_changes_one_value_for_one_changed_cell(kl51_campaign, commune_reporter, own_unit):
    activity = activity_record(
        campaign=kl51_campaign, unit=own_unit, data=conference(), user=commune_reporter
    )
    other = activity_record(
        campaign=kl51_campaign,
        unit=own_unit,
        data=conference(other_attendees=3),
        user=commune_reporter,
    )
    template = unit_template(campaign=kl51_campaign, unit=own_unit)
    upload = run_import(
        kl51_campaign, commune_reporter, edit(template, {2: {"party_members_present": 480}})
    )
    assert upload.status == "applied", upload.message
    assert upload.plan["counts"]["changed"] == 1 and upload.plan["counts"]["cells"] == 1
    changes = ActivityChange.objects.filter(source=ActivitySource.EXCEL)
    assert list(changes.values_list("activity", "field", "old", "new")) == [
        (activity.pk, "party_members_present", "500", "480")
    ]
    other.refresh_from_db()
    assert other.party_members_present == 500 and other.other_attendees == 3
    assert kl51_campaign.summaries.get(unit=own_unit).briefed == 980


def test_it_clears_a_figure_to_not_reported_and_keeps_zero(
    kl51_campaign, commune_reporter, own_unit
):
    activity_record(
        campaign=kl51_campaign, unit=own_unit, data=conference(other_attendees=5), user=None
    )
    template = unit_template(campaign=kl51_campaign, unit=own_unit)
    upload = run_import(
        kl51_campaign,
        commune_reporter,
        edit(template, {2: {"other_attendees": None, "connection_points": 0}}),
    )
    assert upload.status == "applied", upload.message
    activity = Activity.objects.get()
    assert activity.other_attendees is None and activity.connection_points == 0


def test_it_applies_nothing_when_one_row_is_wrong(kl51_campaign, commune_reporter, own_unit):
    template = unit_template(campaign=kl51_campaign, unit=own_unit)
    bad = edit(template, {2: new_conference(), 3: new_conference(sessions=-2)})
    upload = run_import(kl51_campaign, commune_reporter, bad)
    assert upload.status == "failed"
    assert upload.plan["errors"] == [
        "Trang 'Hoạt động', dòng 3, cột 'Số buổi': Số buổi không được âm."
    ]
    assert not Activity.objects.exists()


def test_it_refuses_to_apply_a_preview_gone_stale(kl51_campaign, commune_reporter, own_unit):
    from lantoa.reporting.excel.importer import (
        excel_import_apply,
        excel_import_apply_start,
        excel_import_check,
        excel_import_start,
    )
    from lantoa.reporting.services import activity_update

    activity = activity_record(campaign=kl51_campaign, unit=own_unit, data=conference(), user=None)
    data = edit(
        unit_template(campaign=kl51_campaign, unit=own_unit),
        {2: {"party_members_present": 480}, 3: new_conference()},
    )
    upload = excel_import_start(
        campaign=kl51_campaign,
        user=commune_reporter,
        filename="a.xlsx",
        content=data,
        enqueue=False,
    )
    excel_import_check(upload=upload)
    assert upload.status == "preview"
    activity_update(activity=activity, data=conference(party_members_present=490), user=None)
    excel_import_apply_start(upload=upload, user=commune_reporter, enqueue=False)
    excel_import_apply(upload=upload)
    assert upload.status == "failed" and "đã thay đổi sau khi xem trước" in upload.message
    assert Activity.objects.count() == 1
    activity.refresh_from_db()
    assert activity.party_members_present == 490


def test_it_keeps_locked_rows_unchanged_and_refuses_changing_them(
    kl51_campaign, commune_reporter, board_user, own_unit
):
    activity_record(campaign=kl51_campaign, unit=own_unit, data=conference(), user=None)
    template = unit_template(campaign=kl51_campaign, unit=own_unit)
    reporting_lock_set(campaign=kl51_campaign, through=datetime.date(2026, 6, 30), user=board_user)
    assert run_import(kl51_campaign, commune_reporter, template).status == "preview"
    changed = run_import(
        kl51_campaign, commune_reporter, edit(template, {2: {"party_members_present": 1}})
    )
    assert changed.status == "failed"
    assert "đã khóa" in changed.plan["errors"][0]


def test_it_takes_many_units_from_the_boards_workbook(kl51_campaign, board_user):
    data = edit(
        board_workbook(campaign=kl51_campaign),
        {
            2: {"unit": "03127", **new_conference()},
            3: {"unit": "03160", **new_conference(title="Hội nghị ở Mường Nhé")},
        },
    )
    upload = run_import(kl51_campaign, board_user, data)
    assert upload.status == "applied", upload.message
    assert set(Activity.objects.values_list("unit__code", flat=True)) == {"03127", "03160"}


def test_it_changes_nothing_when_the_very_same_filled_file_comes_twice(
    kl51_campaign, commune_reporter, own_unit
):
    filled = edit(unit_template(campaign=kl51_campaign, unit=own_unit), {2: new_conference()})
    first = run_import(kl51_campaign, commune_reporter, filled)
    assert first.status == "applied", first.message
    before = (Activity.objects.count(), ActivityChange.objects.count())
    # The new row carries the key the template gave it: the second upload finds it stored.
    second = run_import(kl51_campaign, commune_reporter, filled)
    assert second.plan["counts"]["new"] == 0 and second.plan["counts"]["unchanged"] == 1
    assert (Activity.objects.count(), ActivityChange.objects.count()) == before


def test_it_refuses_rows_repeating_stored_activities_when_the_key_column_is_gone(
    kl51_campaign, commune_reporter, own_unit
):
    import io

    import openpyxl

    from lantoa.reporting.excel.layout import SHEET

    first = edit(unit_template(campaign=kl51_campaign, unit=own_unit), {2: new_conference()})
    assert run_import(kl51_campaign, commune_reporter, first).status == "applied"
    # The clerk removes the hidden 'Mã dòng' column, then uploads the pre-filled rows back.
    book = openpyxl.load_workbook(io.BytesIO(unit_template(campaign=kl51_campaign, unit=own_unit)))
    book[SHEET].delete_cols(1)
    out = io.BytesIO()
    book.save(out)
    upload = run_import(kl51_campaign, commune_reporter, out.getvalue())
    assert upload.status == "failed"
    (error,) = upload.plan["errors"]
    assert error.startswith("Trang 'Hoạt động', dòng 2") and "giống hệt" in error, error
    assert Activity.objects.count() == 1


def test_it_refuses_a_new_row_typed_twice_in_one_file(kl51_campaign, commune_reporter, own_unit):
    template = unit_template(campaign=kl51_campaign, unit=own_unit)
    twice = edit(template, {2: new_conference(), 3: new_conference()})
    upload = run_import(kl51_campaign, commune_reporter, twice)
    assert upload.status == "failed"
    (error,) = upload.plan["errors"]
    assert error.startswith("Trang 'Hoạt động', dòng 3") and "giống hệt dòng 2" in error, error
    assert not Activity.objects.exists()


@pytest.mark.parametrize("typed", ["25/6/26", "25.06.2026", "25-06-2026", "2026-06-25 08:30"])
def test_it_reads_a_date_typed_as_text_as_the_web_form_does(
    kl51_campaign, commune_reporter, own_unit, typed
):
    template = unit_template(campaign=kl51_campaign, unit=own_unit)
    upload = run_import(
        kl51_campaign, commune_reporter, edit(template, {2: new_conference(date=typed)})
    )
    assert upload.status == "applied", upload.plan.get("errors") or upload.message
    assert Activity.objects.get().date == datetime.date(2026, 6, 25)


def test_it_refuses_rows_sorted_without_their_hidden_keys(
    kl51_campaign, commune_reporter, own_unit
):
    # The protected template lets a clerk sort only the open columns (C onwards): the hidden
    # 'Mã dòng' stays put, so a reported activity's key ends up beside another row's values.
    reported = activity_record(
        campaign=kl51_campaign, unit=own_unit, data=conference(), user=commune_reporter
    )
    template = unit_template(campaign=kl51_campaign, unit=own_unit)
    newer = new_conference(date=datetime.date(2026, 6, 20), title="Hội nghị mới")
    as_reported = new_conference(title=reported.title, party_members_present=500)
    upload = run_import(kl51_campaign, commune_reporter, edit(template, {2: newer, 3: as_reported}))
    assert upload.status == "failed"
    (error,) = upload.plan["errors"]
    assert error.startswith(
        "Trang 'Hoạt động', dòng 3, cột 'Mã dòng': Dòng này có đúng số liệu của hoạt động đã có "
        "ở dòng 2"
    ), error
    assert "sắp xếp" in error
    reported.refresh_from_db()
    assert (Activity.objects.count(), reported.title) == (1, "Hội nghị quán triệt KL 51")


def test_it_keeps_two_alike_activities_each_on_its_own_row(
    kl51_campaign, commune_reporter, own_unit
):
    # The web form takes the same activity twice; the unchanged download must still go back.
    for _ in range(2):
        activity_record(
            campaign=kl51_campaign, unit=own_unit, data=conference(), user=commune_reporter
        )
    upload = run_import(
        kl51_campaign, commune_reporter, unit_template(campaign=kl51_campaign, unit=own_unit)
    )
    assert upload.status == "preview", upload.plan.get("errors")
    assert upload.plan["counts"]["unchanged"] == 2


def test_it_refuses_the_second_of_two_previews_of_one_file_instead_of_hanging(
    kl51_campaign, commune_reporter, own_unit
):
    # The clerk uploads the filled file in two tabs, then presses «Áp dụng» in both.
    filled = edit(unit_template(campaign=kl51_campaign, unit=own_unit), {2: new_conference()})
    first = run_import(kl51_campaign, commune_reporter, filled, apply=False)
    second = run_import(kl51_campaign, commune_reporter, filled, apply=False)
    for upload in (first, second):
        excel_import_apply_start(upload=upload, user=commune_reporter, enqueue=False)
        excel_import_apply(upload=upload)
        upload.refresh_from_db()
    assert first.status == "applied"
    assert second.status == "failed"
    assert second.message.startswith("Số liệu trên Lan Tỏa đã thay đổi sau khi xem trước (dòng 2")
    assert Activity.objects.count() == 1
