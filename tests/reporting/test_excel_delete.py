import pytest

from lantoa.organization.models import Unit
from lantoa.reporting.excel.importer import excel_import_apply, excel_import_apply_start
from lantoa.reporting.excel.preview import plan_preview, preview_text
from lantoa.reporting.excel.template import unit_template
from lantoa.reporting.models import Activity, ActivityChange
from lantoa.reporting.services import (
    ActivityInput,
    activity_record,
    activity_update,
    reporting_lock_set,
)
from tests.reporting.excel_support import JUNE, edit, new_conference, run_import
from tests.reporting.test_activities import conference

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_unit():
    return Unit.objects.get(code="03127")


@pytest.fixture
def recorded(kl51_campaign, own_unit, commune_reporter):
    return activity_record(
        campaign=kl51_campaign, unit=own_unit, data=conference(), user=commune_reporter
    )


def _marked(campaign, unit, mark="x", row=2):
    return edit(unit_template(campaign=campaign, unit=unit), {row: {"delete": mark}})


@pytest.mark.parametrize("mark", ["x", "X", "xóa", "Có"])
def test_it_deletes_a_marked_activity_with_history(
    kl51_campaign, commune_reporter, own_unit, recorded, mark
):
    upload = run_import(kl51_campaign, commune_reporter, _marked(kl51_campaign, own_unit, mark))
    assert upload.status == "applied", (upload.message, upload.plan.get("errors"))
    assert upload.plan["counts"]["deleted"] == 1 and "xóa 1" in upload.message
    recorded.refresh_from_db()
    assert recorded.is_deleted  # withdrawn, still stored
    change = ActivityChange.objects.filter(activity=recorded).first()
    assert (change.field, change.new, change.source, change.changed_by) == (
        "is_deleted",
        "đã xóa",
        "excel",
        commune_reporter,
    )
    assert kl51_campaign.summaries.get(unit=own_unit).activities == 0


def test_it_previews_the_deletion_before_applying(
    kl51_campaign, commune_reporter, own_unit, recorded
):
    upload = run_import(
        kl51_campaign, commune_reporter, _marked(kl51_campaign, own_unit), apply=False
    )
    preview = plan_preview(upload)
    assert [(d.row, d.title) for d in preview.deleted] == [(2, recorded.title)]
    assert "xóa: 1" in preview_text(preview)
    assert not Activity.objects.get(pk=recorded.pk).is_deleted


def test_it_changes_nothing_when_the_marked_file_comes_again(
    kl51_campaign, commune_reporter, own_unit, recorded
):
    marked = _marked(kl51_campaign, own_unit)
    run_import(kl51_campaign, commune_reporter, marked)
    before = ActivityChange.objects.count()
    again = run_import(kl51_campaign, commune_reporter, marked)
    assert again.status == "preview", again.plan.get("errors")
    assert again.plan["counts"]["deleted"] == 0 and again.plan["counts"]["unchanged"] == 1
    assert ActivityChange.objects.count() == before


def test_it_refuses_a_mark_on_a_new_row(kl51_campaign, commune_reporter, own_unit):
    data = edit(
        unit_template(campaign=kl51_campaign, unit=own_unit), {2: new_conference(delete="x")}
    )
    upload = run_import(kl51_campaign, commune_reporter, data)
    assert upload.status == "failed" and not Activity.objects.exists()
    assert "chưa có trên Lan Tỏa" in upload.plan["errors"][0]
    assert "cột 'Xóa hoạt động'" in upload.plan["errors"][0]


def test_it_refuses_a_strange_mark(kl51_campaign, commune_reporter, own_unit, recorded):
    upload = run_import(kl51_campaign, commune_reporter, _marked(kl51_campaign, own_unit, "có lẽ"))
    assert upload.status == "failed"
    assert "cột 'Xóa hoạt động': Chỉ gõ 'x'" in upload.plan["errors"][0]
    assert not Activity.objects.get(pk=recorded.pk).is_deleted


def test_it_refuses_to_delete_in_a_locked_period(
    kl51_campaign, commune_reporter, own_unit, recorded, board_user
):
    reporting_lock_set(campaign=kl51_campaign, through=JUNE, user=board_user)
    upload = run_import(kl51_campaign, commune_reporter, _marked(kl51_campaign, own_unit))
    assert upload.status == "failed" and "đã khóa" in upload.plan["errors"][0]
    assert not Activity.objects.get(pk=recorded.pk).is_deleted


def test_it_refuses_to_delete_another_units_activity(
    kl51_campaign, commune_reporter, own_unit, recorded
):
    other = Unit.objects.get(code="03160")
    foreign = activity_record(campaign=kl51_campaign, unit=other, data=conference(), user=None)
    data = edit(
        unit_template(campaign=kl51_campaign, unit=own_unit),
        {2: {"key": str(foreign.key), "delete": "x"}},
    )
    upload = run_import(kl51_campaign, commune_reporter, data)
    assert upload.status == "failed" and "đơn vị khác" in " ".join(upload.plan["errors"])
    assert not Activity.objects.filter(is_deleted=True).exists()
    assert recorded.pk  # the reporter's own activity is there and untouched


def test_it_refuses_when_the_activity_changed_after_the_preview(
    kl51_campaign, commune_reporter, own_unit, recorded
):
    upload = run_import(
        kl51_campaign, commune_reporter, _marked(kl51_campaign, own_unit), apply=False
    )
    activity_update(
        activity=recorded,
        data=ActivityInput(
            channel="conference", date=JUNE, title="Đã sửa trên web", figures={"sessions": 2}
        ),
        user=commune_reporter,
    )
    excel_import_apply_start(upload=upload, user=commune_reporter, enqueue=False)
    excel_import_apply(upload=upload)
    assert upload.status == "failed" and "đã thay đổi sau khi xem trước" in upload.message
    recorded.refresh_from_db()
    assert not recorded.is_deleted and recorded.title == "Đã sửa trên web"
