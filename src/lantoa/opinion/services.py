"""Writes of opinion monitoring: submissions, imports and corrections (claims: services_claims)."""

from __future__ import annotations

import datetime
import hashlib
import logging
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import can_at
from lantoa.audit.services import audit_change
from lantoa.core.errors import Refused
from lantoa.core.masking import names_person
from lantoa.core.text import fold
from lantoa.core.uploads import UploadRefused, check_name, check_size
from lantoa.opinion.importers import MAX_IMPORT_BYTES, RawRecord, records_in_child
from lantoa.opinion.models import (
    COLLABORATOR_SOURCE,
    Alert,
    Correction,
    ImportJob,
    ImportState,
    Item,
    ModelTask,
    Sentiment,
    Topic,
)
from lantoa.opinion.privacy import mask_text
from lantoa.opinion.textnorm import clean_text, has_letters
from lantoa.organization.models import Unit

if TYPE_CHECKING:
    from lantoa.opinion.intake import IngestStats

logger = logging.getLogger(__name__)
IMPORT_STALE = (
    "Quá trình nhập bị dừng giữa chừng (tiến trình nhập đã tắt hoặc máy chủ khởi động lại). "
    "Hãy tải tệp lên để nhập lại: các mục đã nhập sẽ được nhận ra là trùng."
)
# A running job whose worker said nothing for this long is dead; a batch takes seconds.
IMPORT_STALE_AFTER = datetime.timedelta(minutes=15)
IMPORT_CRASHED = (
    "Nhập dữ liệu bị lỗi ngoài dự kiến; chưa rõ phần nào đã được lưu. Hãy kiểm tra tệp rồi "
    "nhập lại (các mục đã có sẽ được nhận ra là trùng) hoặc báo quản trị hệ thống."
)
MAX_SUBMISSION_CHARS = 5000
TOXICITY_LABELS = ("toxic", "clean")


class OpinionError(Refused):
    """A refused opinion operation; the message is Vietnamese."""


def item_submit(
    *,
    user: Any,
    unit: Unit,
    text: str,
    observed_on: datetime.date,
    audience: str = "",
    channel: str = "",
    link: str = "",
) -> Item:
    """Store a collaborator's note for a unit they serve; masked and classified like imports."""
    if not can_at(user=user, unit=unit, can=Capability.OPINION_SEND):
        raise PermissionDenied("Bạn không phải cộng tác viên của địa bàn này.")
    text = clean_text(text)
    if not has_letters(text):
        raise OpinionError(
            {"text": "Nội dung trống hoặc chỉ có biểu tượng; hãy ghi lại ý kiến bằng chữ."}
        )
    if len(text) > MAX_SUBMISSION_CHARS:
        raise OpinionError({"text": f"Nội dung quá dài (tối đa {MAX_SUBMISSION_CHARS} ký tự)."})
    if observed_on > timezone.localdate():
        raise OpinionError({"observed_on": "Ngày ghi nhận không được sau ngày hôm nay."})
    if names_person(link, handles=False):
        raise OpinionError(
            {
                "link": "Đường dẫn có số điện thoại, số định danh hoặc thư điện tử của một người; "
                "hãy dán đường dẫn của bài viết, không dán trang cá nhân hay số Zalo."
            }
        )
    # The same note of the same day, unit and link sent again (a double tap on a slow phone, the
    # page reloaded) is known by its content, as a re-imported row is, and stored once.
    source_id = _note_id(user=user, unit=unit, text=text, observed_on=observed_on, link=link)
    sent = Item.objects.filter(source=COLLABORATOR_SOURCE, source_id=source_id).first()
    if sent is not None:
        raise OpinionError({"": _sent_already(sent.pk)})
    record = RawRecord(
        text=text,
        source_id=source_id,
        date=observed_on,
        link=link.strip(),
        audience=audience.strip(),
        channel=channel.strip(),
    )
    # Imported here: the classifiers behind intake load scikit-learn, which pages do not need.
    from lantoa.opinion.intake import items_ingest

    stats = items_ingest(records=[record], unit=unit, source=COLLABORATOR_SOURCE, submitted_by=user)
    if not stats.item_ids:  # the same note stored by a request running alongside this one
        raise OpinionError({"": _sent_already(None)})
    _after_intake(stats)
    audit_change(
        op="item_submit",
        user=user,
        target=f"Ý kiến {stats.item_ids[0]} của đơn vị {unit.pk}",
        detail={"item": stats.item_ids[0], "unit": unit.pk},
    )
    return Item.objects.get(pk=stats.item_ids[0])


def _note_id(*, user: Any, unit: Unit, text: str, observed_on: datetime.date, link: str) -> str:
    """Return a collaborator's note's id from what it says (masked, as it is stored)."""
    basis = f"{user.pk}|{unit.pk}|{observed_on.isoformat()}|{fold(mask_text(text))}|{link.strip()}"
    return "ctv:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:40]


def _sent_already(item_id: int | None) -> str:
    number = f" (số {item_id})" if item_id is not None else ""
    return (
        f"Đồng chí đã gửi ý kiến này{number} rồi; hệ thống chỉ ghi một lần. "
        "Nếu là ý kiến của người khác, hãy ghi thêm nơi nghe hoặc nội dung khác."
    )


def _imports_dir() -> Path:
    path = Path(settings.DATA_DIR) / "opinion-imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def import_start(*, user: Any, unit: Unit, source: str, upload: Any) -> ImportJob:
    """Save an uploaded export and queue its import; refuse oversize files before reading them."""
    source = " ".join(source.split())[:200]
    if not source:
        raise OpinionError("Hãy ghi tên nguồn (ví dụ: “Fanpage Báo Điện Biên Phủ”).")
    # The table's types and cap, refused before anything is written; the worker checks the rest.
    check_name(upload.name or "", kind="opinion")
    check_size(upload.size if upload.size is not None else upload, max_bytes=MAX_IMPORT_BYTES)
    path = _imports_dir() / uuid.uuid4().hex
    written = 0
    with path.open("wb") as handle:
        for chunk in upload.chunks():
            written += len(chunk)
            if written > MAX_IMPORT_BYTES:
                handle.close()
                path.unlink(missing_ok=True)
                check_size(written, max_bytes=MAX_IMPORT_BYTES)
            handle.write(chunk)
    path.chmod(0o600)
    with transaction.atomic():
        job = ImportJob.objects.create(
            unit=unit,
            source=source,
            filename=(upload.name or "tep")[:255],
            path=str(path),
            size=written,
            created_by=user,
        )
        from lantoa.opinion.tasks import opinion_import

        transaction.on_commit(lambda: opinion_import.enqueue(job.pk))
    return job


def import_run(*, job: ImportJob) -> IngestStats | None:
    """Read a queued export into items, recording progress; the file is deleted afterwards."""
    from lantoa.opinion.intake import items_ingest

    if job.state not in (ImportState.QUEUED, ImportState.RUNNING):
        return None
    job.state, job.heartbeat_at = ImportState.RUNNING, timezone.now()
    job.save(update_fields=["state", "heartbeat_at"])

    def progress(stats: IngestStats) -> None:
        ImportJob.objects.filter(pk=job.pk).update(
            heartbeat_at=timezone.now(),
            processed=stats.processed,
            created=stats.created,
            duplicates=stats.duplicates,
            skipped=stats.skipped,
        )

    path = Path(job.path)
    stats: IngestStats | None = None
    try:
        ingested = items_ingest(
            records=records_in_child(path, filename=job.filename),
            unit=job.unit,
            source=job.source,
            import_job=job,
            progress=progress,
        )
    except UploadRefused as exc:
        job.state, job.error = ImportState.FAILED, exc.message
        stats = None
    except Exception:  # noqa: BLE001 - whatever fails, the job must end, never stay "running"
        logger.exception("opinion import %s failed", job.pk)
        job.state, job.error = ImportState.FAILED, IMPORT_CRASHED
        stats = None
    else:
        job.state, stats = ImportState.DONE, ingested
        job.processed, job.created = stats.processed, stats.created
        job.duplicates, job.skipped = stats.duplicates, stats.skipped
    finally:
        path.unlink(missing_ok=True)
    job.finished_at = timezone.now()
    job.save()
    # One entry for the job with its counts, not one per item; run by the worker for its creator.
    audit_change(
        op="import_run",
        user=job.created_by,
        target=f"Nhập ý kiến {job.pk}: {job.filename}",
        detail={
            "job": job.pk,
            "unit": job.unit_id,
            "state": job.state,
            "created": job.created,
            "duplicates": job.duplicates,
            "skipped": job.skipped,
        },
    )
    if stats is not None:
        _after_intake(stats)
    return stats


def stale_imports_fail(
    *, now: datetime.datetime | None = None, after: datetime.timedelta = IMPORT_STALE_AFTER
) -> list[int]:
    """Mark failed the running imports whose worker went silent; return their ids.

    A killed worker leaves its job "running" forever; failing it says so and lets the user
    import the file again (its items already stored are recognised as duplicates). The file
    left behind is deleted, as a finished import's is.
    """
    now = now or timezone.now()
    limit = now - after
    failed = []
    with transaction.atomic():
        for job in ImportJob.objects.select_for_update().filter(state=ImportState.RUNNING):
            if (job.heartbeat_at or job.created_at) >= limit:
                continue
            job.state, job.error, job.finished_at = ImportState.FAILED, IMPORT_STALE, now
            job.save(update_fields=["state", "error", "finished_at"])
            Path(job.path).unlink(missing_ok=True)
            failed.append(job.pk)
        if failed:
            audit_change(
                op="stale_imports_fail",
                user=None,
                target=f"Nhập ý kiến bị dừng: {len(failed)} lần nhập",
                detail={"jobs": failed},
            )
    return failed


def _after_intake(stats: IngestStats) -> None:
    from lantoa.opinion.trends import alerts_check

    if stats.created:
        alerts_check(clusters=stats.touched_clusters)


def correction_save(*, item: Item, task: str, label: str, user: Any) -> Correction:
    """Record a staff label for an item and apply it; the next training run learns from it."""
    if task == ModelTask.SENTIMENT and label not in Sentiment.values:
        raise OpinionError({task: "Sắc thái không hợp lệ."})
    if task == ModelTask.TOXICITY and label not in TOXICITY_LABELS:
        raise OpinionError({task: "Nhãn độc hại không hợp lệ."})
    topic = None
    if task == ModelTask.TOPIC:
        topic = Topic.objects.filter(slug=label).first()
        if topic is None:
            raise OpinionError({task: "Chủ đề không có trong danh mục."})
    with transaction.atomic():
        correction, _ = Correction.objects.update_or_create(
            item=item, task=task, defaults={"label": label, "by": user}
        )
        if task == ModelTask.SENTIMENT:
            item.sentiment, item.sentiment_score = label, 1.0
        elif task == ModelTask.TOPIC:
            item.topic, item.topic_score = topic, 1.0
        else:
            item.toxic, item.toxicity_score = label == "toxic", 1.0
        item.corrected = True
        item.confidence = 1.0 if item.corrections.count() >= 3 else item.confidence
        item.save()
    audit_change(
        op="correction_save",
        user=user,
        target=f"Sửa nhãn ý kiến {item.pk}",
        detail={"item": item.pk, "task": task, "label": label},
    )
    return correction


@transaction.atomic
def item_labels_correct(*, item: Item, labels: dict[str, str], user: Any) -> list[Correction]:
    """Record the staff's labels of one item (task -> label; empty ones skipped), all or none."""
    return [
        correction_save(item=item, task=task, label=label, user=user)
        for task, label in labels.items()
        if label
    ]


def alert_dismiss(*, alert: Alert, user: Any) -> Alert:
    """Hide an alert from the dashboard; it stays stored so the same one is not raised again."""
    with transaction.atomic():
        if alert.dismissed_at is None:
            alert.dismissed_at, alert.dismissed_by = timezone.now(), user
            alert.save(update_fields=["dismissed_at", "dismissed_by"])
        audit_change(
            op="alert_dismiss",
            user=user,
            target=f"Cảnh báo dư luận {alert.pk}: {alert.title}",
            detail={"alert": alert.pk},
        )
    return alert
