"""Reads of surveys for a user: scoped to the units they read; open answers for the board only."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q
from django.http import Http404

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, is_province_wide, units_where
from lantoa.awareness.models import (
    Survey,
    SurveyAnswer,
    SurveyItem,
    SurveyItemKind,
    SurveyResponse,
)
from lantoa.awareness.results import MIN_GROUP, Share
from lantoa.awareness.surveys.figures import AGREE_FROM, LikertFigures, likert, progress
from lantoa.campaigns.models import Audience, Campaign
from lantoa.core.masking import masks_vi
from lantoa.core.text import vn_sort_key


@dataclass(frozen=True)
class SurveyRow:
    """A survey on a campaign's list with how many answered it."""

    survey: Survey
    answered: int

    @property
    def progress(self) -> float:
        return progress(responses=self.answered, target=self.survey.target_size)


def surveys_for(*, user: AnyUser, campaign: Campaign) -> list[SurveyRow]:
    """Return the campaign's surveys of the units the user reads, with their answer counts."""
    units = units_where(user=user, can=Capability.REPORTING_READ)
    found = (
        Survey.objects.filter(campaign=campaign, unit__in=units)
        .select_related("unit")
        .annotate(answered=Count("responses"))
    )
    return [SurveyRow(survey, survey.answered) for survey in found]


def survey_for(*, user: AnyUser, pk: int) -> Survey:
    """Return one survey of a unit the user reads, else 404."""
    units = units_where(user=user, can=Capability.REPORTING_READ)
    survey = Survey.objects.filter(pk=pk, unit__in=units).select_related("unit", "campaign").first()
    if survey is None:
        raise Http404("Không tìm thấy khảo sát.")
    return survey


def survey_by_code(*, code: str) -> Survey | None:
    """Return the survey a typed or scanned code names (anyone holding the code may answer)."""
    return Survey.objects.filter(code=code.strip().upper()).first()


@dataclass(frozen=True)
class ItemResult:
    """One scale item's figures (none under five answers)."""

    item: SurveyItem
    figures: LikertFigures


@dataclass(frozen=True)
class SurveyResults:
    """A survey's aggregates: scale items, progress to the target, open answers for the board.

    `open_answers` is None when the reader may not see them or the group is under five; the
    answers are listed by their text, never in the order (or with the time) they came.
    """

    survey: Survey
    responses: int
    progress: float
    items: list[ItemResult]
    open_answers: dict[int, list[str]] | None
    open_items: list[SurveyItem]

    @property
    def shown(self) -> bool:
        return self.responses >= MIN_GROUP


def results_of(*, survey: Survey, with_open: bool) -> SurveyResults:
    """Return a survey's aggregates (the caller has checked access), in three queries."""
    items = list(survey.items.all())
    values: dict[int, list[int]] = defaultdict(list)
    texts: dict[int, list[str]] = defaultdict(list)
    rows = SurveyAnswer.objects.filter(item__survey=survey).values_list("item_id", "value", "text")
    for item_id, value, text in rows:
        if value is not None:
            values[item_id].append(value)
        elif text:
            texts[item_id].append(text)
    responses = survey.responses.count()
    shown = responses >= MIN_GROUP
    open_items = [item for item in items if item.kind == SurveyItemKind.OPEN]
    return SurveyResults(
        survey=survey,
        responses=responses,
        progress=progress(responses=responses, target=survey.target_size),
        items=[
            ItemResult(item, likert(values[item.pk] if shown else []))
            for item in items
            if item.is_likert
        ],
        open_answers=(
            {item.pk: sorted(texts[item.pk], key=vn_sort_key) for item in open_items}
            if with_open and shown
            else None
        ),
        open_items=open_items,
    )


def survey_results(*, user: AnyUser, pk: int) -> SurveyResults:
    """Return the aggregates of a survey the user reads, else 404; open answers for the board."""
    # The page reads the survey here only, from the results' `survey`, not once more before.
    survey = survey_for(user=user, pk=pk)
    return results_of(survey=survey, with_open=is_province_wide(user=user))


def _ends(pair: tuple[float, float] | None) -> tuple[float | None, float | None]:
    return pair if pair is not None else (None, None)


def survey_results_data(results: SurveyResults) -> dict[str, Any]:
    """Return a survey's aggregates as plain data (the CLI's JSON and the API's answer).

    Figures are None under five questionnaires; open answers are None unless the reader is
    the board, and carry no identity, time or order of arrival.
    """
    survey = results.survey
    items = []
    for number, row in enumerate(results.items, start=1):
        f = row.figures
        mean_low, mean_high = _ends(f.mean_interval)
        agree_low, agree_high = _ends(f.agree_interval)
        items.append(
            {
                "number": number,
                "kind": row.item.kind,
                "text": row.item.text,
                "answers": f.answers,
                "counts": list(f.counts) if f.counts is not None else None,
                "mean": f.mean,
                "mean_ci_low": mean_low,
                "mean_ci_high": mean_high,
                "agree": f.agree,
                "agree_share": f.agree_share,
                "agree_ci_low": agree_low,
                "agree_ci_high": agree_high,
            }
        )
    open_answers = None
    if results.open_answers is not None:
        open_answers = [
            {"text": item.text, "answers": [masks_vi(t) for t in results.open_answers[item.pk]]}
            for item in results.open_items
        ]
    return {
        "survey": survey.pk,
        "title": survey.title,
        "unit": survey.unit.code,
        "unit_name": survey.unit.name,
        "audience": survey.audience,
        "state": survey.state,
        "target": survey.target_size,
        "responses": results.responses,
        "progress": results.progress,
        "shown": results.shown,
        "items": items,
        "open_answers": open_answers,
    }


@dataclass(frozen=True)
class GroupRow:
    """One audience group over the campaign's surveys: the shares at 4–5 on each scale."""

    audience: str
    responses: int
    understanding: Share
    support: Share


def groups_for(*, user: AnyUser, campaign: Campaign) -> list[GroupRow]:
    """Return each audience group's shares of answers at 4–5 over the surveys the user reads.

    A group's figures need five questionnaires (Share.shown), whatever its surveys.
    """
    units = units_where(user=user, can=Capability.REPORTING_READ)
    surveys = Survey.objects.filter(campaign=campaign, unit__in=units)
    people = dict(
        SurveyResponse.objects.filter(survey__in=surveys)
        .values("survey__audience")
        .annotate(n=Count("id"))
        .values_list("survey__audience", "n")
    )
    tallies: dict[tuple[str, str], tuple[int, int]] = {
        (row["item__survey__audience"], row["item__kind"]): (row["agree"], row["n"])
        for row in SurveyAnswer.objects.filter(item__survey__in=surveys, value__isnull=False)
        .values("item__survey__audience", "item__kind")
        .annotate(n=Count("id"), agree=Count("id", filter=Q(value__gte=AGREE_FROM)))
    }

    def share(audience: str, kind: str) -> Share:
        agree, n = tallies.get((audience, kind), (0, 0))
        return Share(people[audience], agree, n)

    return [
        GroupRow(
            audience=str(label),
            responses=people[code],
            understanding=share(code, SurveyItemKind.UNDERSTANDING),
            support=share(code, SurveyItemKind.SUPPORT),
        )
        for code, label in Audience.choices
        if people.get(code)
    ]
