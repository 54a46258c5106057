"""Reads of opinion data, scoped by who asks: board and leaders see all, collaborators their own."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, QuerySet, Value, When

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import not_drafted_by, unit_ids_where
from lantoa.accounts.selectors_units import units_to_choose
from lantoa.core.lookups import one_or_404
from lantoa.core.numbers import whole_number
from lantoa.core.text import fold
from lantoa.opinion.models import Claim, ClaimState, Cluster, ImportJob, Item, ItemState
from lantoa.organization.models import Unit

REFUSED = "Trang này dành cho Ban Tuyên giáo và Dân vận và lãnh đạo."


def collaborator_units(*, user: Any) -> QuerySet[Unit]:
    """Return the units in force where the user is an opinion collaborator, in Vietnamese order."""
    return units_to_choose(user=user, can=Capability.OPINION_SEND)


def can_read_opinion(*, user: Any) -> bool:
    """Tell whether the user reads the whole province's opinion data (board staff, leaders)."""
    return unit_ids_where(user=user, can=Capability.OPINION_READ)[0]


def require_opinion_reader(*, user: Any) -> None:
    """Refuse with 403 anyone who is not board staff or a leader."""
    if not can_read_opinion(user=user):
        raise PermissionDenied(REFUSED)


def items_visible(*, user: Any) -> QuerySet[Item]:
    """Return the items the user may read: all for the board and leaders, own submissions else."""
    base = Item.objects.select_related("unit", "topic", "claim")
    if can_read_opinion(user=user):
        return base
    if not user.is_authenticated:
        return base.none()
    return base.filter(submitted_by=user, unit__in=collaborator_units(user=user))


def items_sent_by(*, user: Any, limit: int = 10) -> QuerySet[Item]:
    """Return the user's own latest submissions as a collaborator, newest first."""
    if not user.is_authenticated:
        return Item.objects.none()
    base = Item.objects.select_related("unit", "topic")
    return base.filter(submitted_by=user, unit__in=collaborator_units(user=user)).order_by(
        "-created_at", "-pk"
    )[:limit]


def item_get(*, user: Any, item_id: int) -> Item:
    """Return one visible item, or 404 (another collaborator's item does not exist for you)."""
    return one_or_404(items_visible(user=user).filter(pk=item_id), "Không tìm thấy ý kiến.")


# The query parameters items_filter reads.
ITEM_FILTERS = frozenset(
    {"q", "don_vi", "chu_de", "sac_thai", "luan_dieu", "cum", "trang_thai", "doc_hai", "thu_tu"}
)


def items_filter(*, user: Any, params: dict[str, str]) -> QuerySet[Item]:
    """Return visible items narrowed by the list's filters; "uncertain" sorts least sure first."""
    items = items_visible(user=user)
    # Words typed with or without diacritics, each anywhere in the text.
    for word in fold(params.get("q", ""))[:200].split():
        items = items.filter(search_key__contains=word)
    if (unit_id := whole_number(params.get("don_vi"))) is not None:
        items = items.filter(unit_id=unit_id)
    if (topic_id := whole_number(params.get("chu_de"))) is not None:
        items = items.filter(topic_id=topic_id)
    if params.get("sac_thai") in {"positive", "neutral", "negative"}:
        items = items.filter(sentiment=params["sac_thai"])
    if (claim_id := whole_number(params.get("luan_dieu"))) is not None:
        items = items.filter(claim_id=claim_id)
    if (cluster_id := whole_number(params.get("cum"))) is not None:
        items = items.filter(cluster_id=cluster_id)
    if params.get("trang_thai") in ItemState.values:
        items = items.filter(state=params["trang_thai"])
    else:
        items = items.exclude(state=ItemState.ANONYMISED)
    if params.get("doc_hai") == "1":
        items = items.filter(toxic=True)
    if params.get("thu_tu") == "chua-chac":
        # Items a model abstained on first, then the least sure.
        return (
            items.filter(state=ItemState.OK, corrected=False, confidence__isnull=False)
            .annotate(sure=Case(When(abstained=[], then=Value(1)), default=Value(0)))
            .order_by("sure", "confidence", "-pk")
        )
    return items.order_by("-observed_on", "-pk")


def clusters_top(*, user: Any, limit: int = 20, minimum: int = 2) -> list[dict[str, Any]]:
    """Return the largest clusters with where they were seen (units and counts)."""
    require_opinion_reader(user=user)
    clusters = list(
        Cluster.objects.filter(count__gte=minimum)
        .select_related("claim")
        .order_by("-count")[:limit]
    )
    where = (
        Item.objects.filter(cluster__in=clusters)
        .values("cluster_id", "unit__name")
        .annotate(n=Count("pk"))
        .order_by("-n")
    )
    places: dict[int, list[str]] = {}
    for row in where:
        places.setdefault(row["cluster_id"], []).append(f"{row['unit__name']} ({row['n']})")
    return [{"cluster": c, "places": places.get(c.pk, [])[:5]} for c in clusters]


def claims_list(*, user: Any) -> QuerySet[Claim]:
    """Return the claim registry with item counts (board staff and leaders)."""
    require_opinion_reader(user=user)
    return Claim.objects.select_related("topic", "approved_by").annotate(n_items=Count("items"))


def claim_get(*, user: Any, claim_id: int) -> Claim:
    """Return one claim, or 404."""
    return one_or_404(claims_list(user=user).filter(pk=claim_id), "Không tìm thấy luận điệu.")


def claims_awaiting_approval(*, user: Any) -> QuerySet[Claim]:
    """Return the drafted rebuttals the user may approve: readers of opinion, not the writer."""
    if not can_read_opinion(user=user):
        return Claim.objects.none()
    # claim_approve refuses an empty rebuttal: it does not wait here.
    drafted = Claim.objects.filter(state=ClaimState.DRAFT).exclude(rebuttal="")
    return not_drafted_by(drafted, user=user, field="rebuttal_by").order_by("updated_at", "pk")


def imports_recent(*, user: Any, limit: int = 20) -> QuerySet[ImportJob]:
    """Return the latest imports (board staff and leaders)."""
    require_opinion_reader(user=user)
    return ImportJob.objects.select_related("unit").order_by("-created_at")[:limit]


def import_get(*, user: Any, job_id: int) -> ImportJob:
    """Return one import, or 404."""
    require_opinion_reader(user=user)
    return one_or_404(
        ImportJob.objects.select_related("unit").filter(pk=job_id), "Không tìm thấy lần nhập."
    )
