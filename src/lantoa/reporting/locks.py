"""The one rule for which activities are locked: an ended campaign, the board's date, each report.

An ended campaign (campaigns.services.campaign_close) locks all its activities until the board
reopens it: its figures are final.

An accepted report covers the unit's activities in that campaign dated on or before the day
its accepted version was sent (its figures were taken then from everything recorded to date;
a later entry dated in that period would change them). The board's campaign lock
(ReportingLock) covers every unit's activities on or before its date. A locked activity cannot
be recorded, edited, deleted or given evidence, on the web, in Excel or through the API, until
board staff reopen the report (services.submissions.submission_reopen) with a reason.

Changes to activities a reopened report covered, until it is accepted again, are audited.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils import timezone

from lantoa.campaigns.models import Campaign, CampaignState
from lantoa.reporting.models import Submission, SubmissionStatus

LOCKED_BADGE = "Số liệu đã khóa"
CLOSED_REASON = (
    f"{LOCKED_BADGE}: đợt tuyên truyền đã kết thúc; cần Ban Tuyên giáo và Dân vận mở lại đợt "
    "mới ghi nhận, sửa được."
)


@dataclass(frozen=True)
class Locks:
    """The locks in force on one campaign's activities, read once for many checks."""

    campaign_id: int
    closed: bool = False  # the campaign has ended: every activity is locked
    board_through: datetime.date | None = None  # the board's campaign-wide lock
    # unit id -> the last day its accepted reports cover
    accepted_through: dict[int, datetime.date] = field(default_factory=dict)
    # unit id -> the last day a reopened (not yet accepted again) report covered
    reopened_through: dict[int, datetime.date] = field(default_factory=dict)

    def reason(self, *, unit_id: int, date: datetime.date | None) -> str | None:
        """Return why an activity of the unit on that date cannot change, or None."""
        if self.closed:
            return CLOSED_REASON
        if date is None:
            return None
        accepted = self.accepted_through.get(unit_id)
        if accepted and date <= accepted:
            return (
                f"{LOCKED_BADGE}: báo cáo của đơn vị đến hết ngày {accepted:%d/%m/%Y} đã được "
                "Ban chấp nhận; cần Ban Tuyên giáo và Dân vận mở lại mới sửa được."
            )
        if self.board_through and date <= self.board_through:
            return f"Số liệu đến hết ngày {self.board_through:%d/%m/%Y} đã khóa (Ban khóa số liệu)."
        return None

    def locked(self, *, unit_id: int, date: datetime.date | None) -> bool:
        """Tell whether an activity of the unit on that date is locked."""
        return self.reason(unit_id=unit_id, date=date) is not None

    def unit_locked(self, unit_id: int) -> bool:
        """Tell whether an ended campaign or an accepted report locks some of its activities."""
        return self.closed or unit_id in self.accepted_through

    def audited(self, *, unit_id: int, date: datetime.date | None) -> bool:
        """Tell whether a change falls in a reopened report's period (so it is audited)."""
        reopened = self.reopened_through.get(unit_id)
        return bool(reopened and date and date <= reopened)


def covered_through(submission: Submission) -> datetime.date:
    """Return the last day a submission covers: the day its version on record was sent."""
    return timezone.localdate(submission.submitted_at)


def campaign_locks(*, campaign_id: int, unit_ids: Iterable[int] | None = None) -> Locks:
    """Return the locks on a campaign's activities (of some units only, if given): 2 queries."""
    state, board = (
        Campaign.objects.filter(pk=campaign_id).values_list("state", "lock__locked_through").first()
    ) or (None, None)
    # A unit has one submission per request: a few rows per unit, read whole.
    submissions = Submission.objects.filter(request__campaign_id=campaign_id).only(
        "unit_id", "status", "submitted_at", "reopened_through"
    )
    if unit_ids is not None:
        submissions = submissions.filter(unit_id__in=list(unit_ids))
    accepted: dict[int, datetime.date] = {}
    reopened: dict[int, datetime.date] = {}
    for submission in submissions.order_by():
        unit_id = submission.unit_id
        if submission.status == SubmissionStatus.ACCEPTED:
            through = covered_through(submission)
            accepted[unit_id] = max(through, accepted.get(unit_id, through))
        elif submission.reopened_through is not None:
            through = submission.reopened_through
            reopened[unit_id] = max(through, reopened.get(unit_id, through))
    return Locks(
        campaign_id=campaign_id,
        closed=state != CampaignState.ACTIVE,  # the test of campaigns.models.running, on one value
        board_through=board,
        accepted_through=accepted,
        reopened_through=reopened,
    )


def lock_reason(*, campaign_id: int, unit_id: int, date: datetime.date | None) -> str | None:
    """Return why an activity of the unit on that date cannot change now, or None."""
    if date is None:
        return None
    return campaign_locks(campaign_id=campaign_id, unit_ids=[unit_id]).reason(
        unit_id=unit_id, date=date
    )
