"""A worker killed while applying an import: restarting finishes it exactly once."""

from unittest import mock

import pytest

from lantoa.organization.models import Unit
from lantoa.reporting.excel import importer
from lantoa.reporting.excel.importer import (
    excel_import_apply,
    excel_import_apply_start,
    excel_import_check,
    excel_import_start,
    excel_imports_resume,
)
from lantoa.reporting.excel.template import unit_template
from lantoa.reporting.models import Activity, ExcelImportStatus
from tests.reporting.excel_support import edit, new_conference

pytestmark = pytest.mark.django_db


class WorkerKilled(BaseException):
    """Stands for SIGKILL: nothing after it runs, no handler catches it."""


def previewed(campaign, user):  # type: ignore[no-untyped-def]
    template = unit_template(campaign=campaign, unit=Unit.objects.get(code="03127"))
    rows = {2: new_conference(), 3: new_conference(title="Hội nghị lần 2")}
    upload = excel_import_start(
        campaign=campaign,
        user=user,
        filename="bao-cao.xlsx",
        content=edit(template, rows),
        enqueue=False,
    )
    excel_import_check(upload=upload)
    excel_import_apply_start(upload=upload, user=user, enqueue=False)
    return upload


@pytest.mark.parametrize("moment", ["while writing rows", "while marking it applied"])
def test_it_finishes_a_killed_apply_exactly_once_after_a_restart(
    settings, kl51_campaign, commune_reporter, moment
):
    upload = previewed(kl51_campaign, commune_reporter)
    real_apply, real_progress = importer.plan_apply, importer._progress

    def killed_while_writing(**kwargs):  # type: ignore[no-untyped-def]
        real_apply(**kwargs)  # the rows are written, the transaction is still open…
        raise WorkerKilled

    def killed_while_marking(target, **fields):  # type: ignore[no-untyped-def]
        if fields.get("status") == ExcelImportStatus.APPLIED:
            raise WorkerKilled  # …the rows are written, the import not yet marked applied
        real_progress(target, **fields)

    patch = (
        mock.patch.object(importer, "plan_apply", killed_while_writing)
        if moment == "while writing rows"
        else mock.patch.object(importer, "_progress", killed_while_marking)
    )
    with patch, pytest.raises(WorkerKilled):
        excel_import_apply(upload=upload)
    upload.refresh_from_db()
    assert upload.status == ExcelImportStatus.APPLYING and not Activity.objects.exists()

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert excel_imports_resume() == 1  # what `lantoa serve` does when it starts again
    upload.refresh_from_db()
    assert upload.status == ExcelImportStatus.APPLIED
    assert Activity.objects.count() == 2
    excel_import_apply(upload=upload)  # a duplicate task: nothing more
    assert excel_imports_resume() == 0
    assert Activity.objects.count() == 2


def test_it_ends_an_apply_that_meets_a_fault_as_failed_with_nothing_written(
    kl51_campaign, commune_reporter
):
    # Before, an unexpected error left the upload «Đang áp dụng» for ever: every restart
    # queued it again and met the same error.
    upload = previewed(kl51_campaign, commune_reporter)

    def faulty(**kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("a fault of the code, not of the file")

    with mock.patch.object(importer, "plan_apply", faulty):
        excel_import_apply(upload=upload)
    upload.refresh_from_db()
    assert upload.status == ExcelImportStatus.FAILED
    assert upload.message == importer.IMPORT_FAULT
    assert not Activity.objects.exists()
    assert excel_imports_resume() == 0


def test_it_ends_a_check_that_meets_a_fault_as_failed(kl51_campaign, commune_reporter):
    template = unit_template(campaign=kl51_campaign, unit=Unit.objects.get(code="03127"))
    upload = excel_import_start(
        campaign=kl51_campaign,
        user=commune_reporter,
        filename="bao-cao.xlsx",
        content=edit(template, {2: new_conference()}),
        enqueue=False,
    )

    def faulty(**kwargs):  # type: ignore[no-untyped-def]
        raise KeyError("a fault of the code, not of the file")

    with mock.patch.object(importer, "plan_build", faulty):
        excel_import_check(upload=upload)
    upload.refresh_from_db()
    assert (upload.status, upload.message) == (ExcelImportStatus.FAILED, importer.IMPORT_FAULT)
    assert excel_imports_resume() == 0
