"""Re-score stored items with the active models (after training); staff corrections are kept."""

from __future__ import annotations

from django.db import transaction

from lantoa.opinion.classify import Classifier
from lantoa.opinion.models import Claim, Cluster, Item, ItemState, Topic, cluster_claim

BATCH = 1000
FIELDS = [
    "sentiment",
    "sentiment_score",
    "topic",
    "topic_score",
    "toxic",
    "toxicity_score",
    "claim",
    "claim_score",
    "claim_stance",
    "confidence",
    "abstained",
]


def items_reclassify(*, limit: int | None = None) -> int:
    """Re-score uncorrected items, newest first; return how many were updated."""
    classifier = Classifier()
    topics = dict(Topic.objects.values_list("slug", "pk"))
    # Results name a claim by the id given at load (the registry's "ld-<pk>" when none).
    claims = {key or f"ld-{pk}": pk for pk, key in Claim.objects.values_list("pk", "key")}
    queryset = Item.objects.filter(state=ItemState.OK, corrected=False).order_by("-pk")
    ids = list(
        queryset.values_list("pk", flat=True)[:limit]
        if limit
        else queryset.values_list("pk", flat=True)
    )
    done = 0
    for start in range(0, len(ids), BATCH):
        items = list(Item.objects.filter(pk__in=ids[start : start + BATCH]))
        results = classifier.classify([item.text for item in items])
        for item, result in zip(items, results, strict=True):
            if result.sentiment:
                item.sentiment, item.sentiment_score = (
                    result.sentiment.label,
                    result.sentiment.score,
                )
            if result.topic:
                item.topic_id, item.topic_score = topics.get(result.topic.label), result.topic.score
            if result.toxicity:
                item.toxic = result.toxicity.label == "toxic"
                item.toxicity_score = result.toxicity.score
            claim = result.claim
            item.claim_id = claims.get(str(claim["id"])) if claim else None
            item.claim_score = claim["score"] if claim and item.claim_id else None
            item.claim_stance = claim.get("stance", "") if claim and item.claim_id else ""
            item.confidence = result.confidence
            item.abstained = result.abstained
        with transaction.atomic():
            Item.objects.bulk_update(items, FIELDS)
            clusters_claim_refresh(cluster_ids={i.cluster_id for i in items if i.cluster_id})
        done += len(items)
    return done


def clusters_claim_refresh(*, cluster_ids: set[int]) -> None:
    """Give each cluster the claim its members now spread (models.cluster_claim), or none."""
    members: dict[int, list[tuple[int | None, str]]] = {pk: [] for pk in cluster_ids}
    rows = Item.objects.filter(cluster_id__in=cluster_ids).order_by("pk")
    for cluster_id, member_claim, stance in rows.values_list(
        "cluster_id", "claim_id", "claim_stance"
    ):
        members[cluster_id].append((member_claim, stance))
    by_claim: dict[int | None, list[int]] = {}
    for cluster_id, pairs in members.items():
        by_claim.setdefault(cluster_claim(pairs), []).append(cluster_id)
    for claim, ids in by_claim.items():  # one update per claim, not per cluster
        Cluster.objects.filter(pk__in=ids).update(claim_id=claim)
