"""Request and response shapes of the JSON API (Pydantic, via django-ninja)."""

from __future__ import annotations

import datetime
from typing import Any

from ninja import Schema
from pydantic import Field, model_validator

from lantoa.campaigns.models import Channel
from lantoa.reporting.services.activities import MAX_NOTES


class ErrorOut(Schema):
    """An error: a Vietnamese message, and per-field messages when input was refused."""

    detail: str
    errors: dict[str, str] = {}


class UnitOut(Schema):
    id: int
    code: str | None
    name: str
    kind: str


class MeOut(Schema):
    username: str
    role: str
    unit: UnitOut


class TaskOut(Schema):
    campaign_id: int
    campaign_title: str
    task_id: int
    text: str
    ref: str
    due_date: datetime.date | None
    deadline_text: str
    done: bool


class ActivityIn(Schema):
    """An activity as a unit reports it; omitted figures are "not reported", 0 means zero."""

    channel: Channel = Field(examples=["conference"])
    date: datetime.date
    title: str = Field(min_length=1, max_length=300)
    task_id: int | None = None
    figures: dict[str, int | None] = Field(default_factory=dict)
    url: str = Field(default="", max_length=500)
    notes: str = Field(default="", max_length=MAX_NOTES)


class ActivityOut(Schema):
    id: int
    key: str
    campaign_id: int
    unit_id: int
    task_id: int | None
    channel: str
    date: datetime.date
    title: str
    figures: dict[str, int | None]
    url: str
    notes: str


class EvidenceOut(Schema):
    id: int
    activity_id: int
    original_name: str
    content_type: str
    size: int
    link: str


class ReportRequestOut(Schema):
    id: int
    campaign_id: int
    title: str
    due_date: datetime.date
    submission_status: str | None
    return_reason: str


class SubmissionIn(Schema):
    """A unit's report in four passages; `narrative` is the old single field, for old clients."""

    results: str = Field(min_length=1, max_length=20000)
    good_practices: str = Field(default="", max_length=20000)
    difficulties: str = Field(default="", max_length=20000)
    proposals: str = Field(default="", max_length=20000)
    narrative: str | None = Field(
        default=None,
        max_length=20000,
        deprecated=True,
        description="Đã thay bằng `results`; gửi mà thiếu `results` thì được dùng làm `results`.",
    )

    @model_validator(mode="before")
    @classmethod
    def _narrative_as_results(cls, data: Any) -> Any:
        # Clients written before the split send only `narrative`: it was the results passage.
        # Ninja's own validator has already wrapped the body in a DjangoGetter (`_obj`).
        body = getattr(data, "_obj", data)
        if isinstance(body, dict) and "results" not in body and body.get("narrative"):
            return {**body, "results": body["narrative"]}
        return data


class SubmissionOut(Schema):
    id: int
    request_id: int
    unit_id: int
    status: str
    version: int
    submitted_at: datetime.datetime
    results: str
    good_practices: str
    difficulties: str
    proposals: str
    narrative: str = Field(
        deprecated=True, description="Đã thay bằng `results` (chỉ đọc, bằng `results`)."
    )

    @staticmethod
    def resolve_narrative(submission: Any) -> str:
        """Answer the old single field with the results passage, as before the split."""
        return str(submission.results)


class UnitStatusOut(Schema):
    """A unit's figures and its standing on the latest report it owes (reporting.standing)."""

    unit_id: int
    code: str | None
    name: str
    tasks_done: int
    tasks_total: int
    overdue_tasks: int
    party_members: int | None
    briefed: int | None
    coverage: float | None
    people_reached: int | None
    activities: int
    due_date: datetime.date | None
    submitted_on: datetime.date | None
    working_days_late: int
    late: bool
    state: str | None
    state_label: str | None
    locked: bool


class CampaignTotalsOut(Schema):
    """The campaign's rates, each with what it is counted over."""

    completeness: float | None
    on_time_rate: float | None
    units_expected: int
    party_members_briefed: int
    party_members_expected: int
    party_members_reporting: int
    briefed_rate: float | None
    briefed_rate_reporting: float | None
    briefed_rate_text: str
    late_units: int


class CampaignStatusOut(CampaignTotalsOut):
    campaign_id: int
    title: str
    units: list[UnitStatusOut]


class SurveyItemOut(Schema):
    """One scale item of a survey: its spread over 1–5 and figures, all None under five."""

    number: int
    kind: str
    text: str
    answers: int
    counts: list[int] | None
    mean: float | None
    mean_ci_low: float | None
    mean_ci_high: float | None
    agree: int | None
    agree_share: float | None
    agree_ci_low: float | None
    agree_ci_high: float | None


class SurveyOpenOut(Schema):
    """An open question's answers, masked, in alphabetical order (never by arrival)."""

    text: str
    answers: list[str]


class SurveyResultsOut(Schema):
    """A survey's aggregates: participation against the target, each scale, open answers."""

    survey: int
    title: str
    unit: str | None
    unit_name: str
    audience: str
    state: str
    target: int
    responses: int
    progress: float
    shown: bool
    items: list[SurveyItemOut]
    open_answers: list[SurveyOpenOut] | None
