"""Taking items in: mask, pseudonymise, skip re-imports, classify, cluster and store, in batches."""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import numpy as np
from django.db import connection, models, transaction
from django.utils import timezone

from lantoa.core.masking import names_person
from lantoa.core.text import fold
from lantoa.opinion.classify import Classification, Classifier
from lantoa.opinion.importers import RawRecord
from lantoa.opinion.matching import NearDuplicateIndex, signature
from lantoa.opinion.models import (
    Claim,
    Cluster,
    ClusterBand,
    Item,
    ItemState,
    Topic,
    cluster_claim,
)
from lantoa.opinion.privacy import mask_text, names_author, pseudonym
from lantoa.opinion.textnorm import Language
from lantoa.organization.models import Unit

# Classifying 1,000 at a time keeps scikit-learn above 1,000 items per second per core.
BATCH = 1000
MAX_LINK = 500


@dataclass
class IngestStats:
    """What one intake did."""

    processed: int = 0
    created: int = 0
    duplicates: int = 0
    skipped: int = 0
    touched_clusters: set[int] = field(default_factory=set)
    item_ids: list[int] = field(default_factory=list)


# A row number ("Mã" 1, 2, 3 … of a file a clerk numbered) is no id at the source: next week's
# file numbers its rows 1, 2, 3 again, and its comments were skipped as the first file's. Such a
# row is known by its content, as a row without an id is; a platform's ids are longer.
_ROW_NUMBER = re.compile(r"\d{1,6}")


def _source_id(record: RawRecord, author_key: str) -> str:
    given = record.source_id.strip()
    if given and not _ROW_NUMBER.fullmatch(given):
        return given[:200]
    basis = f"{fold(record.text)}|{record.date}|{author_key}|{record.link}"
    return "h:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:40]


def _state(result: Classification) -> str:
    if not result.has_text:
        return ItemState.EMPTY
    if result.language == Language.OTHER:
        return ItemState.OTHER_LANGUAGE
    return ItemState.OK


def _chunks(records: Iterable[RawRecord | None], size: int) -> Iterator[list[RawRecord | None]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


class StoredIndex(NearDuplicateIndex):
    """The near-duplicate clusterer with its members kept as ClusterBand rows and clusters stored.

    Each batch reads only the members under its own band keys, so memory stays one batch's.
    """

    def __init__(self) -> None:
        super().__init__()
        self.drafts: list[dict[str, Any]] = []
        self.new_bands: list[tuple[str, int, bytes]] = []

    def fetch(self, keys: set[str]) -> None:
        self.buckets = {}
        for key, cluster_id, member_sig, cluster_sig in _bands_under(sorted(keys)):
            raw = bytes(member_sig if member_sig is not None else cluster_sig)
            self.buckets.setdefault(key, []).append(
                (cluster_id, np.frombuffer(raw, dtype=np.uint64))
            )

    def open_cluster(self, position: int) -> int:
        draft = self.drafts[position]
        cluster = Cluster.objects.create(
            representative=draft["text"][:1000],
            count=0,
            first_seen=draft["date"],
            last_seen=draft["date"],
            signature=draft["sig"].tobytes(),
        )
        return cluster.pk

    def keep(self, key: str, cluster: int, sig: np.ndarray) -> None:
        self.new_bands.append((key, cluster, sig.tobytes()))

    def resolve(self, drafts: list[dict[str, Any]]) -> None:
        """Set each draft's cluster_id (inside the caller's transaction) and store new bands."""
        self.drafts, self.new_bands = drafts, []
        for draft, cluster_id in zip(drafts, self.place([d["sig"] for d in drafts]), strict=True):
            draft["cluster_id"] = cluster_id
        _bands_insert(self.new_bands)
        self.drafts, self.new_bands = [], []


# Up to 32 band rows an item: as model instances through bulk_create and a filter over tens of
# thousands of keys, building and compiling them cost more than classifying the items
# (benchmarks/opinion_import.py), so the rows go to the database as plain parameter tuples.
_KEYS_PER_QUERY = 900


def _bands_insert(rows: list[tuple[str, int, bytes]]) -> None:
    """Store new band rows (key, cluster id, member signature)."""
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(_band_sql("insert"), rows)


def _bands_under(keys: list[str]) -> Iterator[tuple[str, int, Any, Any]]:
    """Yield (key, cluster id, member signature, cluster signature) of the bands under keys."""
    with connection.cursor() as cursor:
        for start in range(0, len(keys), _KEYS_PER_QUERY):
            part = keys[start : start + _KEYS_PER_QUERY]
            cursor.execute(_band_sql("select") + ", ".join(["%s"] * len(part)) + ")", part)
            yield from cursor.fetchall()


def _band_sql(kind: str) -> str:
    """Return the insert of a band row, or the select of bands up to its "IN (" list."""
    name = connection.ops.quote_name
    key, member, sig = (_column(ClusterBand, f) for f in ("key", "cluster", "signature"))
    table, clusters = name(ClusterBand._meta.db_table), name(Cluster._meta.db_table)
    # Every name is a model's, quoted by the database's own rule; values are parameters.
    if kind == "insert":
        return f"INSERT INTO {table} ({key}, {member}, {sig}) VALUES (%s, %s, %s)"  # noqa: S608
    cluster_sig, cluster_id = _column(Cluster, "signature"), _column(Cluster, "id")
    return (
        f"SELECT b.{key}, b.{member}, b.{sig}, c.{cluster_sig} FROM {table} b "  # noqa: S608
        f"JOIN {clusters} c ON c.{cluster_id} = b.{member} WHERE b.{key} IN ("
    )


def _column(model: type[models.Model], field_name: str) -> str:
    """Return a model field's column name, quoted for the database."""
    field = model._meta.get_field(field_name)
    assert isinstance(field, models.Field) and field.column  # a concrete field, never a relation
    return connection.ops.quote_name(field.column)


def items_ingest(
    *,
    records: Iterable[RawRecord | None],
    unit: Unit,
    source: str,
    submitted_by: Any = None,
    import_job: Any = None,
    classifier: Classifier | None = None,
    progress: Any = None,
) -> IngestStats:
    """Store new items from records in batches; re-imports of a known (source, id) are skipped."""
    stats = IngestStats()
    topics = dict(Topic.objects.values_list("slug", "pk"))
    today = timezone.localdate()
    resolver = StoredIndex()
    seen: set[str] = set()
    for chunk in _chunks(records, BATCH):
        drafts: list[dict[str, Any]] = []
        for record in chunk:
            stats.processed += 1
            if record is None or not record.text.strip() and not record.link:
                stats.skipped += 1
                continue
            author_key = pseudonym(record.author) if record.author else ""
            source_id = _source_id(record, author_key)
            if source_id in seen:
                stats.duplicates += 1
                continue
            seen.add(source_id)
            drafts.append(
                {
                    "text": mask_text(record.text, author=record.author),
                    "source_id": source_id,
                    "author_key": author_key,
                    "date": min(record.date or today, today),
                    "record": record,
                }
            )
        existing = set(
            Item.objects.filter(
                source=source, source_id__in=[d["source_id"] for d in drafts]
            ).values_list("source_id", flat=True)
        )
        stats.duplicates += len(existing)
        drafts = [d for d in drafts if d["source_id"] not in existing]
        if not drafts:
            continue
        # Loaded at the first item to classify: a refused or empty file never waits for models.
        classifier = classifier or Classifier()
        results = classifier.classify([d["text"] for d in drafts])
        claim_rows = _claim_rows(results)
        for draft, result in zip(drafts, results, strict=True):
            draft["claim"] = _claim_of(result, claim_rows)
            draft["result"] = result
            usable = result.language == Language.VIETNAMESE
            draft["sig"] = signature(draft["text"]) if usable else None
            draft["cluster_id"] = None
        with transaction.atomic():
            resolver.resolve(drafts)
            created = Item.objects.bulk_create(
                _item(d, unit, source, submitted_by, import_job, topics) for d in drafts
            )
            _clusters_update(drafts)
        stats.created += len(created)
        stats.item_ids.extend(i.pk for i in created if i.pk)
        stats.touched_clusters.update(d["cluster_id"] for d in drafts if d["cluster_id"])
        if progress is not None:
            progress(stats)
    return stats


def _item(draft: dict[str, Any], unit, source, submitted_by, import_job, topics) -> Item:
    record: RawRecord = draft["record"]
    result: Classification = draft["result"]
    link = record.link if record.link.startswith(("http://", "https://")) else ""
    if names_author(link, author=record.author) or names_person(link, handles=False):
        link = ""  # a link to the author's own page or profile, or their number, names them
    return Item(
        unit=unit,
        source=source[:200],
        source_id=draft["source_id"],
        author_key=draft["author_key"],
        submitted_by=submitted_by,
        import_job=import_job,
        text=draft["text"],
        search_key=fold(draft["text"]),
        observed_on=draft["date"],
        audience=record.audience[:120],
        channel=record.channel[:200],
        link=link[:MAX_LINK],
        state=_state(result),
        language=result.language,
        no_diacritics=result.no_diacritics,
        sentiment=result.sentiment.label if result.sentiment else "",
        sentiment_score=result.sentiment.score if result.sentiment else None,
        topic_id=topics.get(result.topic.label) if result.topic else None,
        topic_score=result.topic.score if result.topic else None,
        toxic=bool(result.toxicity and result.toxicity.label == "toxic"),
        toxicity_score=result.toxicity.score if result.toxicity else None,
        claim_id=draft["claim"][0] if draft["claim"] else None,
        claim_score=result.claim["score"] if draft["claim"] and result.claim else None,
        claim_stance=draft["claim"][1] if draft["claim"] else "",
        cluster_id=draft["cluster_id"],
        confidence=result.confidence,
        abstained=result.abstained,
    )


def _claim_rows(results: list[Classification]) -> dict[str, int]:
    """Return the registry row of each claim id the results name (an id given at load)."""
    keys = {str(r.claim["id"]) for r in results if r.claim}
    rows = {
        key: pk
        for key, pk in Claim.objects.filter(key__in=keys).values_list("key", "pk")
        if key is not None  # always: the filter names non-null keys
    }
    # A claim stored without an id is named "ld-<pk>" by the matcher (a bare pk before that).
    numeric = {
        k: int(k.removeprefix("ld-")) for k in keys - rows.keys() if k.removeprefix("ld-").isdigit()
    }
    known = set(Claim.objects.filter(pk__in=numeric.values()).values_list("pk", flat=True))
    rows.update({k: pk for k, pk in numeric.items() if pk in known})
    return rows


def _claim_of(result: Classification, rows: dict[str, int]) -> tuple[int, str] | None:
    """Return (registry row, stance) of the result's matched claim, or None."""
    if not result.claim:
        return None
    pk = rows.get(str(result.claim["id"]))
    return (pk, result.claim.get("stance") or "spreads") if pk else None


def _clusters_update(drafts: list[dict[str, Any]]) -> None:
    grouped: dict[int, list[dict[str, Any]]] = {}
    for draft in drafts:
        if draft["cluster_id"]:
            grouped.setdefault(draft["cluster_id"], []).append(draft)
    # Locked in one order (by id) for the transaction, so two imports never wait on each other
    # crosswise; one update a cluster (bulk_update's CASE over a thousand rows cost more).
    clusters = list(Cluster.objects.select_for_update().filter(pk__in=grouped).order_by("pk"))
    for cluster in clusters:
        members = grouped[cluster.pk]
        dates: list[datetime.date] = [m["date"] for m in members]
        claim = cluster_claim(m["claim"] for m in members if m["claim"])
        cluster.count += len(members)
        cluster.first_seen = min(cluster.first_seen, *dates)
        cluster.last_seen = max(cluster.last_seen, *dates)
        if claim and cluster.claim_id is None:
            cluster.claim_id = claim
        Cluster.objects.filter(pk=cluster.pk).update(
            count=cluster.count,
            first_seen=cluster.first_seen,
            last_seen=cluster.last_seen,
            claim_id=cluster.claim_id,
        )
