"""Reads of the question bank for a user: the current questions and each one's earlier versions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django_stubs_ext import WithAnnotations

from lantoa.accounts.selectors import AnyUser, is_board_leader, is_province_wide, not_drafted_by
from lantoa.awareness.models import Question, QuestionStatus
from lantoa.campaigns.models import Campaign
from lantoa.core.lookups import one_or_404


@dataclass
class BankEntry:
    """A question as the bank shows it: the version, its earlier ones, a newer draft if any."""

    question: Question
    history: list[Question] = field(default_factory=list)  # earlier versions, newest first
    pending: Question | None = None  # a draft version waiting for a leader


def question_for(*, user: AnyUser, pk: int) -> Question:
    """Return one question of any campaign's bank (the province's board and leaders only)."""
    if not is_province_wide(user=user):
        raise Http404
    return one_or_404(Question.objects.select_related("campaign").filter(pk=pk))


def _history(question: Question, by_pk: dict[int, Question]) -> list[Question]:
    earlier = []
    current = by_pk.get(question.previous_id) if question.previous_id else None
    while current is not None:
        earlier.append(current)
        current = by_pk.get(current.previous_id) if current.previous_id else None
    return earlier


def bank_entries(*, user: AnyUser, campaign: Campaign) -> list[BankEntry]:
    """Return the bank's questions in use or waiting, each with its history (one query)."""
    if not is_province_wide(user=user):
        raise Http404
    every = list(
        Question.objects.filter(campaign=campaign).select_related("created_by", "approved_by")
    )
    by_pk = {q.pk: q for q in every}
    drafts = {q.previous_id: q for q in every if q.previous_id and q.status == QuestionStatus.DRAFT}
    entries = []
    for question in every:
        if question.status == QuestionStatus.SUPERSEDED:
            continue
        if question.status == QuestionStatus.DRAFT and question.previous_id:
            previous = by_pk.get(question.previous_id)
            if previous is not None and previous.status == QuestionStatus.APPROVED:
                continue  # shown under the approved version it would replace
        entries.append(BankEntry(question, _history(question, by_pk), drafts.get(question.pk)))
    return entries


def question_history(*, user: AnyUser, question: Question) -> BankEntry:
    """Return one question with its earlier versions and a newer draft, if any."""
    for entry in bank_entries(user=user, campaign=question.campaign):
        if question.pk in {entry.question.pk, getattr(entry.pending, "pk", None)}:
            return entry
        if question.pk in {q.pk for q in entry.history}:
            return entry
    raise Http404


class DraftCount(TypedDict):
    """The number of draft questions a campaign's bank holds for the user to approve."""

    n_drafts: int


def banks_awaiting_approval(*, user: AnyUser) -> QuerySet[WithAnnotations[Campaign, DraftCount]]:
    """Return the campaigns whose bank holds drafts the user may approve, with `n_drafts`."""
    # Only a board leader approves a question, never its writer (question_approve); a bank
    # imported whole waits as one line, not hundreds.
    if not is_board_leader(user=user):
        return Campaign.objects.none().annotate(n_drafts=Count("questions"))
    drafts = not_drafted_by(Question.objects.filter(status=QuestionStatus.DRAFT), user=user)
    counted = Count("questions", filter=Q(questions__pk__in=drafts.values("pk")))
    waiting = Campaign.objects.annotate(n_drafts=counted).filter(n_drafts__gt=0)
    return waiting.order_by("-created_at", "pk")
