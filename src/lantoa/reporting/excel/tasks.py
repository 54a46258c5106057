"""Background jobs of the Excel import: check and plan an upload, then apply it."""

from __future__ import annotations

from django_tasks import task

from lantoa.reporting.excel.importer import excel_import_apply, excel_import_check
from lantoa.reporting.models import ExcelImport


@task()
def excel_import_check_task(upload_id: int) -> str:
    """Check, read and plan one uploaded workbook."""
    upload = ExcelImport.objects.select_related("campaign", "uploaded_by").get(pk=upload_id)
    return excel_import_check(upload=upload).status


@task()
def excel_import_apply_task(upload_id: int) -> str:
    """Apply one previewed workbook, all or nothing."""
    upload = ExcelImport.objects.select_related("campaign", "uploaded_by").get(pk=upload_id)
    return excel_import_apply(upload=upload).status
