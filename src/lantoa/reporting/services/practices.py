"""The board marks passages of units' reports as "cách làm hay"."""

from __future__ import annotations

import re

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from lantoa.audit.services import audit_change
from lantoa.reporting.models import SUBMISSION_PASSAGES, PracticeMark, Submission
from lantoa.reporting.services.base import ReportingError

MAX_PASSAGE = 2000
_SPACES = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _passage_of(text: str, sources: list[str]) -> str:
    """Return the chosen passage when it is the unit's own words; the board invents nothing."""
    passage = _squash(text)
    if not passage:
        raise ReportingError({"text": "Chưa chọn đoạn nào để đánh dấu."})
    if len(passage) > MAX_PASSAGE:
        raise ReportingError({"text": f"Đoạn được chọn dài quá {MAX_PASSAGE} ký tự."})
    if not any(passage in _squash(source) for source in sources):
        raise ReportingError(
            {"text": "Đoạn được chọn phải là nguyên văn lời của đơn vị trong báo cáo."}
        )
    return passage


@transaction.atomic
def practice_mark_submission(
    *, submission: Submission, text: str, user: User | None
) -> PracticeMark:
    """Mark a passage of a unit's report as good practice, for section III of the board's report."""
    sources = [getattr(submission, name) for name in SUBMISSION_PASSAGES]
    passage = _passage_of(text, sources)
    # The submission's row serialises marks on it: a double click marks the passage once, or
    # the drafted report would quote the unit twice.
    Submission.objects.select_for_update().get(pk=submission.pk)
    if marked := PracticeMark.objects.filter(submission=submission, text=passage).first():
        return marked
    mark = PracticeMark.objects.create(
        campaign_id=submission.request.campaign_id,
        unit_id=submission.unit_id,
        submission=submission,
        text=passage,
        marked_by_id=user.pk if user is not None else None,
        marked_at=timezone.now(),
    )
    audit_change(
        op="practice_mark",
        user=user,
        target=f"Cách làm hay {mark.pk} trong báo cáo {submission.pk}",
        detail={"submission": submission.pk, "unit": submission.unit_id},
    )
    return mark


@transaction.atomic
def practice_unmark(*, mark: PracticeMark, user: User | None) -> None:
    """Take a mark back: the passage no longer counts as good practice."""
    audit_change(
        op="practice_unmark",
        user=user,
        target=f"Cách làm hay {mark.pk}",
        detail={"unit": mark.unit_id, "text": mark.text[:200]},
    )
    mark.delete()
