"""Writes of the claim registry and the topic list: claims, their rebuttals, topics."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from lantoa.accounts.selectors import drafted_by, own_draft_refusal
from lantoa.audit.services import audit_change
from lantoa.core.jobs import enqueue_unless_waiting
from lantoa.core.text import fold
from lantoa.opinion.models import Claim, ClaimState, Topic
from lantoa.opinion.services import OpinionError

if TYPE_CHECKING:
    from lantoa.opinion.claimsfile import ClaimInput


def _lines(values: list[str] | str) -> list[str]:
    if isinstance(values, str):
        values = values.splitlines()
    return [" ".join(v.split()) for v in values if v.strip()]


@transaction.atomic
def claim_save(
    *,
    claim: Claim | None,
    statement: str,
    variants: list[str] | str,
    rebuttal: str,
    materials: list[str] | str,
    user: Any,
    topic: Topic | None = None,
) -> Claim:
    """Create or edit a claim; an edited rebuttal goes back to draft until approved again."""
    statement = " ".join(statement.split())
    if len(fold(statement).split()) < 3:
        raise OpinionError({"statement": "Luận điệu cần ít nhất 3 từ để đối chiếu."})
    claim = claim or Claim()
    wording = (claim.statement, claim.variants) if claim.pk else None
    if not claim.pk or claim.rebuttal.strip() != rebuttal.strip():
        claim.rebuttal_by = user
    if claim.pk and claim.rebuttal.strip() != rebuttal.strip():
        claim.state, claim.approved_by, claim.approved_at = ClaimState.DRAFT, None, None
    claim.statement = statement
    claim.variants = _lines(variants)
    claim.rebuttal = rebuttal.strip()
    claim.materials = _lines(materials)
    claim.topic = topic
    claim.save()
    if not claim.key:
        # Claims written on the page get an id too, as claims loaded from a file have theirs.
        claim.key = f"ld-{claim.pk}"
        claim.save(update_fields=["key"])
    if wording != (claim.statement, claim.variants):
        _items_rematch()
    audit_change(
        op="claim_save",
        user=user,
        target=f"Luận điệu {claim.pk}",
        detail={"claim": claim.pk},
    )
    return claim


@dataclass(frozen=True)
class ClaimsLoaded:
    """What loading a claims file did."""

    created: int
    updated: int
    unchanged: int
    demo_retired: int = 0


@transaction.atomic
def claims_load(*, claims: list[ClaimInput], user: Any = None, demo: bool = False) -> ClaimsLoaded:
    """Create or update claims by their id (a second load of the same file changes nothing)."""
    # The demo's sample claims are the rumours a board's own registry names first; left in
    # force they would take its items under the sample's id. A real registry retires them.
    demo_retired = 0
    if not demo:
        demo_retired = (
            Claim.objects.filter(is_demo=True)
            .exclude(state=ClaimState.RETIRED)
            .exclude(key__in=[c.key for c in claims])
            .update(state=ClaimState.RETIRED)
        )
    existing = {c.key: c for c in Claim.objects.filter(key__in=[c.key for c in claims])}
    created = updated = 0
    for entry in claims:
        claim = existing.get(entry.key)
        variants = list(entry.variants)
        if claim is None:
            Claim.objects.create(
                key=entry.key,
                statement=entry.statement,
                variants=variants,
                rebuttal=entry.rebuttal,
                rebuttal_by=user,
                is_demo=demo,
            )
            created += 1
            continue
        if (claim.statement, claim.variants, claim.rebuttal) == (
            entry.statement,
            variants,
            entry.rebuttal,
        ) and claim.state != ClaimState.RETIRED:
            continue
        if claim.rebuttal.strip() != entry.rebuttal:
            # A changed rebuttal is a new text: it waits for approval again.
            claim.state, claim.approved_by, claim.approved_at = ClaimState.DRAFT, None, None
            claim.rebuttal_by = user
        elif claim.state == ClaimState.RETIRED:
            claim.state = ClaimState.DRAFT
        claim.statement, claim.variants, claim.rebuttal = entry.statement, variants, entry.rebuttal
        claim.save()
        updated += 1
    result = ClaimsLoaded(created, updated, len(claims) - created - updated, demo_retired)
    if created or updated or demo_retired:
        _items_rematch()
        audit_change(
            op="claims_load",
            user=user,
            target=f"Nạp {len(claims)} luận điệu từ tệp",
            detail={"created": created, "updated": updated, "demo_retired": demo_retired},
        )
    return result


def _items_rematch() -> None:
    """Queue the stored items' matching against the changed registry (they were matched at
    intake, against the claims of that day)."""
    from lantoa.opinion.tasks import opinion_claims_rematch

    transaction.on_commit(lambda: enqueue_unless_waiting(opinion_claims_rematch))


@transaction.atomic
def claim_approve(*, claim: Claim, user: Any) -> Claim:
    """Approve a claim's rebuttal (board staff or leader, not its writer); never an empty one."""
    # Read under a lock: a second approval (another leader, a double click) must not replace
    # who approved the rebuttal first and when.
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if claim.state == ClaimState.APPROVED:
        when = claim.approved_at and f" ngày {timezone.localdate(claim.approved_at):%d/%m/%Y}"
        raise OpinionError(f"Nội dung phản bác này đã được duyệt{when or ''}.")
    if not claim.rebuttal.strip():
        raise OpinionError("Chưa có nội dung phản bác để duyệt.")
    if user is not None and drafted_by(user=user, drafter_id=claim.rebuttal_by_id):
        raise OpinionError(
            own_draft_refusal(
                noun="nội dung phản bác", approvers="một chuyên viên khác hoặc lãnh đạo Ban"
            )
        )
    claim.state = ClaimState.APPROVED
    claim.approved_by = user
    claim.approved_at = timezone.now()
    claim.save(update_fields=["state", "approved_by", "approved_at", "updated_at"])
    audit_change(
        op="claim_approve",
        user=user,
        target=f"Luận điệu {claim.pk} (duyệt)",
        detail={"claim": claim.pk},
    )
    return claim


def topic_save(
    *, topic: Topic | None, name: str, keywords: list[str] | str, active: bool = True
) -> Topic:
    """Create or edit a topic of the board-editable list."""
    from django.utils.text import slugify

    name = " ".join(name.split())
    if not name:
        raise OpinionError({"name": "Tên chủ đề không được để trống."})
    if topic is None:
        slug = slugify(fold(name))[:40] or "chu-de"
        if Topic.objects.filter(slug=slug).exists():
            raise OpinionError({"name": "Đã có chủ đề trùng tên."})
        topic = Topic(slug=slug, position=Topic.objects.count())
    topic.name = name
    topic.keywords = _lines(keywords)
    topic.active = active
    topic.save()
    audit_change(
        op="topic_save",
        target=f"Chủ đề {topic.pk}: {topic.name}",
        detail={"topic": topic.pk, "active": topic.active},
    )
    return topic
