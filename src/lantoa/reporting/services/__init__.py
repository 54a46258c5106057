"""Writes of the reporting domain: activities, evidence, summaries, review counts, requests."""

from .activities import (
    ActivityInput,
    activity_delete,
    activity_errors,
    activity_record,
    activity_update,
)
from .base import ReportingError
from .evidence import evidence_add
from .locks import reporting_lock_set
from .mergers import unit_merge
from .practices import practice_mark_submission, practice_unmark
from .review import outliers_refresh, review_days_refresh, review_refresh
from .submissions import (
    extension_grant,
    report_request_create,
    submission_accept,
    submission_reopen,
    submission_return,
    submission_submit,
)
from .summaries import summaries_refresh, summary_refresh

__all__ = [
    "ActivityInput",
    "ReportingError",
    "activity_delete",
    "activity_errors",
    "activity_record",
    "activity_update",
    "evidence_add",
    "outliers_refresh",
    "review_days_refresh",
    "review_refresh",
    "practice_mark_submission",
    "practice_unmark",
    "extension_grant",
    "report_request_create",
    "reporting_lock_set",
    "submission_accept",
    "submission_reopen",
    "submission_return",
    "submission_submit",
    "summaries_refresh",
    "summary_refresh",
    "unit_merge",
]
