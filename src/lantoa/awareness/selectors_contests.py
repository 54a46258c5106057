"""Reads of study contests: the board's pages, the ranking, participation per unit."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, QuerySet
from django.http import Http404
from django.utils import timezone

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, can_at, is_province_wide
from lantoa.awareness.models import Contest, ContestEntry, ContestRound
from lantoa.campaigns.models import Campaign
from lantoa.core.lookups import PreparedLookup, found_or_404, one_or_404
from lantoa.core.numbers import format_vn_number
from lantoa.organization.models import Unit


def contests_for(*, user: AnyUser, campaign: Campaign) -> QuerySet[Contest]:
    """Return a campaign's contests (the province's board and leaders only, else 404)."""
    if not is_province_wide(user=user):
        raise Http404
    return Contest.objects.filter(campaign=campaign)


def contest_for(*, user: AnyUser, pk: int) -> Contest:
    """Return one contest for the province's board and leaders, else 404."""
    if not is_province_wide(user=user):
        raise Http404
    return one_or_404(Contest.objects.select_related("campaign").filter(pk=pk))


# Every entry page and entry of a contest's peak looks its round up: compiled once, not per call.
_ROUND_BY_CODE = PreparedLookup(
    lambda code: (
        ContestRound.objects.select_related("contest")
        .filter(code=code, contest__erased_at__isnull=True)
        .order_by()
    )
)


def round_by_code(*, code: str) -> ContestRound:
    """Return the round a typed or scanned code names (anyone holding the code may enter)."""
    found = _ROUND_BY_CODE.first(code.strip().upper())
    return found_or_404(found, "Không có vòng thi với mã này.")


def round_state(contest_round: ContestRound) -> str:
    """Return 'waiting', 'open' or 'closed' for the round now."""
    now = timezone.now()
    if now < contest_round.opens_at:
        return "waiting"
    return "open" if now < contest_round.closes_at else "closed"


@dataclass
class Ranked:
    """One entry in its round's ranking, with how far its guess was and whether it won.

    `winner` is a prize place; it is `final` only once the round has closed (before, entries
    still come in and the default tie-break answer, the number of entries, still moves).
    """

    place: int
    entry: ContestEntry
    distance: int
    winner: bool
    final: bool = True

    @property
    def prize(self) -> str:
        """Return what the ranking says of this entry's prize, in words."""
        if not self.winner:
            return ""
        return "Đoạt giải" if self.final else "Tạm dẫn đầu (vòng chưa đóng)"

    @property
    def seconds(self) -> str:
        return format_vn_number(self.entry.duration_ms / 1000, decimals=1)


def round_ranking(*, contest_round: ContestRound, winners: int) -> tuple[list[Ranked], int]:
    """Rank a round's entries: score, then the closest guess, then the shorter answer time.

    The tie-break's answer is the one set by the board, or else the round's number of entries
    (the usual "how many will enter" question). Returns the ranking and that answer.
    """
    entries = list(contest_round.entries.select_related("unit"))
    answer = contest_round.tie_break_answer
    if answer is None:
        answer = len(entries)

    def key(entry: ContestEntry) -> tuple[int, int, int, float, int]:
        distance = abs(entry.tie_break_guess - answer)
        return (-entry.score, distance, entry.duration_ms, entry.submitted_at.timestamp(), entry.pk)

    entries.sort(key=key)
    final = round_state(contest_round) == "closed"
    ranked = [
        Ranked(place, entry, abs(entry.tie_break_guess - answer), place <= winners, final)
        for place, entry in enumerate(entries, start=1)
    ]
    return ranked, answer


@dataclass
class Participation:
    """A contest's entries of one unit, per round and in all."""

    unit_id: int
    name: str
    by_round: list[int]
    total: int


def entry_counts(
    *, contests: list[int], unit: Unit | None = None
) -> dict[tuple[int, int, int], int]:
    """Return the entries of the contests per (contest, round, unit): the one count of entries."""
    entries = ContestEntry.objects.filter(round__contest_id__in=contests)
    if unit is not None:
        entries = entries.filter(unit=unit)
    return {
        (contest_id, round_id, unit_id): n
        for contest_id, round_id, unit_id, n in entries.values_list(
            "round__contest_id", "round_id", "unit_id"
        )
        .annotate(n=Count("pk"))
        .order_by()
    }


def contest_participation(*, contest: Contest) -> list[Participation]:
    """Return each unit's entries per round (units with none left out), most entries first."""
    rounds = list(contest.rounds.order_by("number").values_list("pk", flat=True))
    counts: dict[int, dict[int, int]] = defaultdict(dict)
    for (_, round_id, unit_id), entries in entry_counts(contests=[contest.pk]).items():
        counts[unit_id][round_id] = entries
    names = dict(Unit.objects.filter(pk__in=counts).values_list("pk", "name"))
    rows = [
        Participation(
            unit_id,
            names[unit_id],
            [by_round.get(r, 0) for r in rounds],
            sum(by_round.values()),
        )
        for unit_id, by_round in counts.items()
    ]
    rows.sort(key=lambda p: (-p.total, p.name))
    return rows


@dataclass
class UnitContest:
    """How many of one unit's people entered one contest of the campaign."""

    contest: Contest
    entries: int


def unit_participation(*, user: AnyUser, campaign: Campaign, unit: Unit) -> list[UnitContest]:
    """Return the unit's entry count in each contest of the campaign, for a reader of the unit."""
    if not can_at(user=user, unit=unit, can=Capability.REPORTING_READ):
        return []
    contests = list(Contest.objects.filter(campaign=campaign).order_by("created_at", "pk"))
    # Counted as the contest's own table counts them (entry_counts), for this unit alone.
    per_contest: dict[int, int] = defaultdict(int)
    for (contest_id, _, _), n in entry_counts(contests=[c.pk for c in contests], unit=unit).items():
        per_contest[contest_id] += n
    return [UnitContest(contest, per_contest[contest.pk]) for contest in contests]


def mask_phone(phone: str) -> str:
    """Return a phone number with its middle digits hidden (every export but the prize list)."""
    if len(phone) < 7:
        return "" if not phone else "***"
    return f"{phone[:3]}****{phone[-3:]}"


def contest_results_data(*, contest: Contest) -> dict[str, Any]:
    """Return a contest's participation and rankings as plain data (the CLI's JSON)."""
    rounds = []
    for contest_round in contest.rounds.order_by("number"):
        ranked, answer = round_ranking(contest_round=contest_round, winners=contest.winners)
        rounds.append(
            {
                "round": contest_round.number,
                "code": contest_round.code,
                "opens_at": contest_round.opens_at.isoformat(),
                "closes_at": contest_round.closes_at.isoformat(),
                "entries": len(ranked),
                "final": round_state(contest_round) == "closed",
                "tie_break_answer": answer,
                "ranking": [
                    {
                        "place": r.place,
                        "name": r.entry.name,
                        "unit": r.entry.unit.code,
                        "phone": mask_phone(r.entry.phone),
                        "score": r.entry.score,
                        "questions": len(r.entry.order),
                        "guess": r.entry.tie_break_guess,
                        "distance": r.distance,
                        "seconds": r.entry.duration_ms / 1000,
                        "winner": r.winner,
                    }
                    for r in ranked
                ],
            }
        )
    units = [
        {"unit_id": p.unit_id, "name": p.name, "by_round": p.by_round, "entries": p.total}
        for p in contest_participation(contest=contest)
    ]
    return {"contest": contest.pk, "title": contest.title, "units": units, "rounds": rounds}
