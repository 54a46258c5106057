"""A contest round's sheet (its questions and the units to choose from), cached for the peaks."""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.html import format_html, format_html_join

from lantoa.awareness.models import Contest, ContestRound, Question, QuestionKind
from lantoa.organization.models import Unit, UnitKind
from lantoa.organization.selectors import units_in_force

# A round's questions never change once drawn; the units change rarely. Every entry page and
# every post of a contest's peak (200 a second) reads them: from memory, not the database.
SHEET_SECONDS = 300


@dataclass(frozen=True)
class SheetQuestion:
    """One question of a round as the entry page shows it and the entry is scored by."""

    pk: int
    text: str
    kind: str
    options: tuple[str, ...]
    correct: tuple[int, ...]
    # Each option's label, escaped once: (as shown, as shown ticked).
    labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RoundSheet:
    """What every entry of a round needs: the questions, the units' options and their ids."""

    questions: dict[int, SheetQuestion]
    unit_options: str
    unit_ids: frozenset[int]


def contest_units(*, contest: Contest) -> QuerySet[Unit]:
    """Return the units entrants choose from: those given tasks in the contest's campaign."""
    assigned = Unit.objects.filter(assignments__task__campaign_id=contest.campaign_id).distinct()
    if assigned.exists():
        return assigned
    return units_in_force().exclude(kind=UnitKind.BOARD)


def _labels(question: Question) -> tuple[tuple[str, str], ...]:
    kind = "checkbox" if question.kind == QuestionKind.MULTIPLE else "radio"
    labels = []
    for index, option in enumerate(question.options):
        plain = format_html(
            '<label><input type="{}" name="q{}" value="{}"> {}</label>',
            kind,
            question.pk,
            index,
            option,
        )
        labels.append(
            (str(plain), str(plain).replace(f'value="{index}">', f'value="{index}" checked>', 1))
        )
    return tuple(labels)


# This process's sheets by round, with when each expires: a plain dict, not Django's local
# cache, which pickled and unpickled the whole sheet on every read.
_sheets: dict[tuple[int, str], tuple[float, RoundSheet]] = {}


def round_sheet(*, contest_round: ContestRound) -> RoundSheet:
    """Return the round's sheet, from memory when another entry read it lately."""
    key = (contest_round.pk, contest_round.code)
    now = time.monotonic()
    expires, found = _sheets.get(key, (0.0, None))
    if found is None or expires <= now:
        questions = {
            q.pk: SheetQuestion(
                q.pk, q.text, q.kind, tuple(q.options), tuple(sorted(q.correct)), _labels(q)
            )
            for q in contest_round.questions.all()
        }
        units = list(
            contest_units(contest=contest_round.contest)
            .order_by("sort_key")
            .values_list("pk", "name")
        )
        options = format_html_join("", '<option value="{}">{}</option>', units)
        found = RoundSheet(questions, str(options), frozenset(pk for pk, _ in units))
        for old in [k for k, (until, _) in list(_sheets.items()) if until <= now]:
            _sheets.pop(old, None)
        _sheets[key] = (now + SHEET_SECONDS, found)
    return found
