"""Writes of the reporting domain: activities, evidence, summaries, report requests."""

from .activities import (
    ActivityInput,
    ReportingError,
    activity_delete,
    activity_errors,
    activity_record,
    activity_update,
    evidence_add,
    reporting_lock_set,
)
from .practices import practice_mark_submission, practice_unmark
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
]
