"""The Excel import: store the upload, check and read it safely, plan, then apply all or nothing."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.core.files.base import ContentFile, File
from django.db import transaction
from django.utils import timezone

from lantoa.audit.context import audit_covered
from lantoa.audit.services import audit_change
from lantoa.campaigns.models import Campaign
from lantoa.core.bulk import ids_by_value, insert_many
from lantoa.core.memory import collector_paused
from lantoa.core.uploads import UploadRefused, check_name, check_size
from lantoa.organization.models import Unit
from lantoa.reporting.excel.layout import MAX_BYTES, reader_spec
from lantoa.reporting.excel.plan import from_json, input_from, plan_build
from lantoa.reporting.excel.rights import prefetch, upload_rights
from lantoa.reporting.excel.stored import FIELDS, stored_activities
from lantoa.reporting.models import (
    Activity,
    ActivityChange,
    ActivitySource,
    ExcelImport,
    ExcelImportStatus,
)
from lantoa.reporting.services.activities import (
    _values,
    activity_delete,
    activity_errors,
    activity_update,
)
from lantoa.reporting.services.base import ReportingError
from lantoa.reporting.services.review import review_refresh
from lantoa.reporting.services.summaries import summaries_refresh

logger = logging.getLogger(__name__)

IMPORT_FAULT = (
    "Lan Tỏa gặp lỗi ngoài dự kiến khi xử lý tệp này; chưa có số liệu nào thay đổi. Hãy tải "
    "tệp lên lại; nếu vẫn lỗi, báo cho quản trị hệ thống."
)
STALE = (
    "Số liệu trên Lan Tỏa đã thay đổi sau khi xem trước ({detail}); hãy tải mẫu mới "
    "hoặc tải tệp lên lại để xem trước lần nữa."
)


class ImportRefused(UploadRefused):
    """An import that cannot go ahead (applied already, or stale); the message is Vietnamese."""


def excel_read(*, path: Path, filename: str) -> dict[str, Any]:
    """Check an uploaded workbook before parsing, then read it in a limited child process."""
    # openpyxl is slow to import: not at start-up
    from lantoa.reporting.excel.reader import workbook_read

    return workbook_read(source=path, filename=filename, kind="excel", spec=reader_spec())


@transaction.atomic
def excel_import_start(
    *,
    campaign: Campaign,
    user: User | None,
    filename: str,
    content: File | bytes,
    enqueue: bool = True,
) -> ExcelImport:
    """Store an uploaded workbook and queue its check; nothing else changes yet."""
    size = len(content) if isinstance(content, bytes) else (content.size or 0)
    # The upload pipeline's own checks, now on the name and size; on the content in the check.
    check_name(filename, kind="excel")
    check_size(size, max_bytes=MAX_BYTES)
    upload = ExcelImport(
        campaign=campaign, uploaded_by=user, original_name=filename[:255], size=size
    )
    body = ContentFile(content) if isinstance(content, bytes) else content
    upload.file.save("bang-tinh.xlsx", body, save=False)
    upload.stage = "Đang chờ kiểm tra"
    upload.save()
    if enqueue:
        from lantoa.reporting.excel.tasks import excel_import_check_task

        transaction.on_commit(lambda: excel_import_check_task.enqueue(upload.pk))
    return upload


def _progress(upload: ExcelImport, **fields: Any) -> None:
    ExcelImport.objects.filter(pk=upload.pk).update(**fields)
    for name, value in fields.items():
        setattr(upload, name, value)


def _every_half_second(report: Callable[[int], None]) -> Callable[[int, int], None]:
    """Return a progress callback that writes at most twice a second (each write commits)."""
    last = time.monotonic()

    def progress(done: int, total: int) -> None:
        nonlocal last
        if time.monotonic() - last >= 0.5 or done == total:
            last = time.monotonic()
            report(done)

    return progress


def excel_import_check(*, upload: ExcelImport, parsed: dict[str, Any] | None = None) -> ExcelImport:
    """Check, read and plan an upload; it ends in preview (ready to apply) or failed."""
    if upload.status != ExcelImportStatus.CHECKING:
        return upload
    try:
        with collector_paused():
            if parsed is None:
                _progress(upload, stage="Đang kiểm tra an toàn tệp")
                parsed = excel_read(path=Path(upload.file.path), filename=upload.original_name)
            _progress(upload, stage="Đang đối chiếu từng dòng", rows_total=len(parsed["rows"]))
            plan = plan_build(
                campaign=upload.campaign,
                user=upload.uploaded_by,
                parsed=parsed,
                progress=_every_half_second(lambda done: _progress(upload, rows_done=done)),
            )
    except UploadRefused as exc:
        _progress(
            upload,
            status=ExcelImportStatus.FAILED,
            stage="",
            message=exc.message,
            checked_at=timezone.now(),
        )
        return upload
    except Exception:  # noqa: BLE001 - a fault of the code: the upload must not wait for ever
        logger.exception("checking Excel import %s failed", upload.pk)
        _progress(
            upload,
            status=ExcelImportStatus.FAILED,
            stage="",
            message=IMPORT_FAULT,
            checked_at=timezone.now(),
        )
        return upload
    _progress(
        upload,
        status=ExcelImportStatus.FAILED if plan["error_count"] else ExcelImportStatus.PREVIEW,
        stage="",
        plan=plan,
        rows_done=upload.rows_total,
        message="Tệp có lỗi; chưa có gì được lưu. Hãy sửa các dòng dưới đây rồi tải lên lại."
        if plan["error_count"]
        else "",
        checked_at=timezone.now(),
    )
    return upload


def has_changes(upload: ExcelImport) -> bool:
    """Tell whether applying the upload would change anything."""
    counts = upload.plan.get("counts", {})
    return bool(counts.get("new") or counts.get("changed") or counts.get("deleted"))


@transaction.atomic
def excel_import_apply_start(
    *, upload: ExcelImport, user: User | None, enqueue: bool = True
) -> ExcelImport:
    """Mark a previewed upload for applying (once) and queue the work."""
    if upload.uploaded_by_id != getattr(user, "pk", None):
        raise ImportRefused("Chỉ người đã tải tệp lên mới được áp dụng.")
    if not has_changes(upload):
        raise ImportRefused("Tệp không có thay đổi nào so với số liệu trên Lan Tỏa.")
    moved = ExcelImport.objects.filter(pk=upload.pk, status=ExcelImportStatus.PREVIEW).update(
        status=ExcelImportStatus.APPLYING, stage="Đang áp dụng thay đổi"
    )
    if not moved:
        raise ImportRefused("Tệp này đã được áp dụng hoặc đang được áp dụng.")
    upload.refresh_from_db(fields=["status", "stage"])
    if enqueue:
        from lantoa.reporting.excel.tasks import excel_import_apply_task

        transaction.on_commit(lambda: excel_import_apply_task.enqueue(upload.pk))
    return upload


def excel_import_apply(*, upload: ExcelImport) -> ExcelImport:
    """Apply an upload's plan exactly once: the rows and the "applied" mark commit together."""
    try:
        with collector_paused(), transaction.atomic():
            # Locked and re-read: a second run (a retry after a killed worker) finds it applied.
            status = (
                ExcelImport.objects.select_for_update()
                .filter(pk=upload.pk)
                .values_list("status", flat=True)
                .first()
            )
            if status != ExcelImportStatus.APPLYING:
                upload.refresh_from_db()
                return upload
            # The plan is fixed once an upload is applying; the caller has usually loaded it.
            plan = upload.plan or ExcelImport.objects.values_list("plan", flat=True).get(
                pk=upload.pk
            )
            with audit_covered("excel_import_apply"):  # one entry for the import, below
                counts = plan_apply(campaign=upload.campaign, user=upload.uploaded_by, plan=plan)
            audit_change(
                op="excel_import_apply",
                user=upload.uploaded_by,
                target=f"excel-import:{upload.pk}",
                detail={"campaign": upload.campaign_id, **counts},
            )
            _progress(
                upload,
                status=ExcelImportStatus.APPLIED,
                stage="",
                applied_at=timezone.now(),
                message=applied_message(counts),
            )
    except (ImportRefused, ReportingError) as exc:
        message = exc.message if isinstance(exc, ImportRefused) else str(exc)
        _progress(upload, status=ExcelImportStatus.FAILED, stage="", message=message)
    except Exception:  # noqa: BLE001 - rolled back; a restart would only meet it again
        logger.exception("applying Excel import %s failed", upload.pk)
        _progress(upload, status=ExcelImportStatus.FAILED, stage="", message=IMPORT_FAULT)
    return upload


def excel_imports_resume() -> int:
    """Queue again the imports a stopped worker left half-way; return how many.

    Safe to run while workers are alive: checking is repeatable and applying happens once.
    """
    from lantoa.reporting.excel.tasks import excel_import_apply_task, excel_import_check_task

    resumed = 0
    for pk, status in ExcelImport.objects.filter(
        status__in=[ExcelImportStatus.CHECKING, ExcelImportStatus.APPLYING]
    ).values_list("pk", "status"):
        task = (
            excel_import_apply_task
            if status == ExcelImportStatus.APPLYING
            else excel_import_check_task
        )
        task.enqueue(pk)
        resumed += 1
    return resumed


def plan_apply(*, campaign: Campaign, user: User | None, plan: dict[str, Any]) -> dict[str, int]:
    """Write a plan (inside the caller's transaction); raise ImportRefused if it went stale."""
    rights = upload_rights(user=user, campaign=campaign)
    units = {unit.pk: unit for unit in rights.campaign_units.values()}
    prefetched = prefetch(campaign=campaign, units=list(units.values()))
    touched: set[int] = set()
    changed = plan.get("changed", [])
    current = Activity.objects.select_for_update().in_bulk([item["activity"] for item in changed])
    for item in changed:
        activity = current.get(item["activity"])
        if activity is None or activity.is_deleted or activity.unit_id not in rights.writable:
            raise ImportRefused(STALE.format(detail=f"dòng {item['row']}"))
        values = {name: getattr(activity, name) for name in FIELDS}
        for name, (old, new) in item["changes"].items():
            if values[name] != from_json(name, old):
                raise ImportRefused(STALE.format(detail=f"dòng {item['row']}"))
            values[name] = from_json(name, new)
        activity_update(
            activity=activity,
            data=input_from(values),
            user=user,
            source=ActivitySource.EXCEL,
            refresh_summary=False,
            prefetched=prefetched,
        )
        touched.add(activity.unit_id)
    created = _record_many(
        campaign=campaign,
        user=user,
        items=plan.get("new", []),
        units=units,
        rights=rights,
        prefetched=prefetched,
    )
    touched.update(created)
    touched.update(_delete_many(user=user, items=plan.get("deleted", []), rights=rights))
    summaries_refresh(campaign=campaign, units=[units[unit_id] for unit_id in touched])
    # Whole units, once each: the medians read the unit's whole history however few rows changed.
    for unit_id in sorted(touched):
        review_refresh(campaign_id=campaign.pk, unit_id=unit_id)
    return {
        "new": len(plan.get("new", [])),
        "changed": len(changed),
        "deleted": len(plan.get("deleted", [])),
    }


def applied_message(counts: dict[str, int]) -> str:
    """Return what an applied import did, in Vietnamese."""
    done = [f"thêm {counts.get('new', 0)} hoạt động", f"cập nhật {counts.get('changed', 0)}"]
    if counts.get("deleted"):
        done.append(f"xóa {counts['deleted']}")
    return f"Đã {', '.join(done)}."


def _delete_many(*, user: User | None, items: list[dict[str, Any]], rights: Any) -> set[int]:
    """Withdraw the activities the plan marks, refusing any that changed since the preview."""
    current = Activity.objects.select_for_update().in_bulk([item["activity"] for item in items])
    for item in items:
        activity = current.get(item["activity"])
        if (
            activity is None
            or activity.is_deleted
            or activity.unit_id not in rights.writable
            or activity.updated_at.isoformat() != item["updated_at"]
        ):
            raise ImportRefused(STALE.format(detail=f"dòng {item['row']}"))
        activity_delete(
            activity=activity, user=user, source=ActivitySource.EXCEL, refresh_summary=False
        )
    return {activity.unit_id for activity in current.values()}


def _record_many(
    *,
    campaign: Campaign,
    user: User | None,
    items: list[dict[str, Any]],
    units: dict[int, Unit],
    rights: Any,
    prefetched: Any,
) -> set[int]:
    """Create many activities like activity_record does (same checks, same history), in bulk."""
    rows = []
    user_id = getattr(user, "pk", None)
    for item in items:
        unit = units.get(item["unit"])
        if unit is None or unit.pk not in rights.writable:
            raise ImportRefused(STALE.format(detail=f"dòng {item['row']}"))
        data = input_from({name: from_json(name, value) for name, value in item["values"].items()})
        errors = activity_errors(campaign=campaign, unit=unit, data=data, prefetched=prefetched)
        if errors:
            raise ImportRefused(
                STALE.format(detail=f"dòng {item['row']}: {'; '.join(errors.values())}")
            )
        rows.append(
            {
                **_values(data),
                "campaign_id": campaign.pk,
                "unit_id": unit.pk,
                "source": ActivitySource.EXCEL,
                "created_by_id": user_id,
                "key": uuid.UUID(item["key"]) if item.get("key") else uuid.uuid4(),
                "is_deleted": False,
            }
        )
    # The same file previewed twice and applied twice: its new rows' keys are taken now.
    taken = stored_activities([str(row["key"]) for row in rows])
    for item, row in zip(items, rows, strict=True):
        if str(row["key"]) in taken:
            raise ImportRefused(
                STALE.format(detail=f"dòng {item['row']} đã được thêm bởi một lần tải lên khác")
            )
    insert_many(Activity, rows)
    ids = ids_by_value(Activity, "key", [row["key"] for row in rows])
    insert_many(
        ActivityChange,
        [
            {
                "activity_id": ids[row["key"]],
                "field": "*",
                "old": "",
                "new": "tạo mới",
                "changed_by_id": user_id,
                "source": ActivitySource.EXCEL,
            }
            for row in rows
        ],
    )
    return {row["unit_id"] for row in rows}
