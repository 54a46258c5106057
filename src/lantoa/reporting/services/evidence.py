"""Evidence of an activity: a checked photo or PDF, or a link."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from lantoa.core.uploads import UploadRefused
from lantoa.core.userfiles import CleanFile, clean_upload, user_file_store
from lantoa.reporting.locks import campaign_locks
from lantoa.reporting.models import Activity, Evidence
from lantoa.reporting.services.base import ReportingError, _audit_activity
from lantoa.reporting.services.review import review_days_refresh
from lantoa.reporting.tasks import evidence_thumbnail_task
from lantoa.reporting.thumbnails import is_photo


def evidence_check(upload: UploadedFile) -> CleanFile:
    """Run a file through the "evidence" upload point's checks; refuse it in Vietnamese."""
    try:
        return clean_upload(upload, point="evidence", fallback="minh-chung")
    except UploadRefused as exc:
        raise ReportingError({"evidence": exc.message}) from None


@transaction.atomic
def evidence_add(
    *,
    activity: Activity,
    user: User | None,
    upload: UploadedFile | None = None,
    link: str = "",
    checked: CleanFile | None = None,
) -> Evidence:
    """Attach a photo or PDF or a link to an activity.

    The file goes through the "evidence" upload point (core.userfiles): a photo is stored
    re-encoded, without its location; a PDF with active content is refused. `checked` is
    the upload's evidence_check, when the caller ran it already.
    """
    if upload is None and not link.strip():
        raise ReportingError({"evidence": "Chưa chọn tệp hoặc nhập đường dẫn minh chứng."})
    locks = campaign_locks(campaign_id=activity.campaign_id, unit_ids=[activity.unit_id])
    refused = locks.reason(unit_id=activity.unit_id, date=activity.date)
    if refused:
        raise ReportingError({"evidence": refused})
    evidence = Evidence(activity=activity, uploaded_by=user, link=link.strip())
    if upload is not None:
        clean = checked or evidence_check(upload)
        try:
            user_file_store(evidence, clean, upload)
        except UploadRefused as exc:
            raise ReportingError({"evidence": exc.message}) from None
    evidence.save()
    # Evidence clears the activity's "no evidence" flag: its day is counted again.
    review_days_refresh(
        campaign_id=activity.campaign_id, unit_id=activity.unit_id, dates=[activity.date]
    )
    if is_photo(evidence):
        # The worker makes the thumbnail once the photo is committed: no page waits for Pillow.
        evidence_id = evidence.pk
        transaction.on_commit(lambda: evidence_thumbnail_task.enqueue(evidence_id))
    _audit_activity(
        op="evidence_add",
        locks=locks,
        activity=activity,
        dates=(activity.date,),
        user=user,
        what="thêm minh chứng",
        detail={"evidence": evidence.pk},
    )
    return evidence
