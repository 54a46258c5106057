"""Shared builders for opinion tests: collaborators, items, claims, files."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from lantoa.accounts.models import Role
from lantoa.opinion.datasets import indomain_rows, seed_topics
from lantoa.opinion.importers import RawRecord
from lantoa.opinion.intake import items_ingest
from lantoa.opinion.models import Alert, AlertKind, Claim, ImportJob, Item, OpinionReport
from lantoa.opinion.services import item_submit
from lantoa.opinion.services_claims import claim_save
from lantoa.opinion.services_report import opinion_report_create
from lantoa.opinion.textnorm import is_folded
from lantoa.organization.models import Unit
from tests.conftest import make_user


def collaborator(username: str, unit_code: str):  # type: ignore[no-untyped-def]
    """Return a new opinion collaborator of a unit."""
    return make_user(username, unit_code, Role.COLLABORATOR)


def ingest(texts: list[str], *, unit_code: str = "03127", source: str = "test", day=None):  # type: ignore[no-untyped-def]
    """Store texts as imported items and return the intake statistics."""
    day = day or datetime.date.today()
    records = [RawRecord(text=t, source_id=f"{source}-{i}", date=day) for i, t in enumerate(texts)]
    return items_ingest(records=records, unit=Unit.objects.get(code=unit_code), source=source)


def claim(statement: str, *variants: str, rebuttal: str = "") -> Claim:
    """Return a new claim with variants."""
    return claim_save(
        claim=None,
        statement=statement,
        variants=list(variants),
        rebuttal=rebuttal,
        materials=[],
        user=None,
    )


@dataclass
class OpinionWorld:
    """Two collaborators of two units with one submission each."""

    collaborator_a: object
    collaborator_b: object
    item_a: Item
    item_b: Item
    claim: Claim
    job: ImportJob
    alert: Alert
    report: OpinionReport


def opinion_world() -> OpinionWorld:
    """Create two collaborators (03127, 03160), an item each, and a claim."""
    a = collaborator("ctv.dbp", "03127")
    b = collaborator("ctv.muongnhe", "03160")
    today = datetime.date.today()
    item_a = item_submit(
        user=a,
        unit=Unit.objects.get(code="03127"),
        text="Bà con hỏi phí đăng ký nhãn hiệu gạo",
        observed_on=today,
    )
    item_b = item_submit(
        user=b,
        unit=Unit.objects.get(code="03160"),
        text="Chợ huyện bán nhiều phân bón giả",
        observed_on=today,
    )
    job = ImportJob.objects.create(
        unit=Unit.objects.get(code="BTGDVTU"), source="s", filename="f.csv", path="/nonexistent"
    )
    alert = Alert.objects.create(kind=AlertKind.SPIKE, key="test", title="Thử")
    report = opinion_report_create(
        start=today.replace(day=1), end=today, subject="Kết luận số 51-KL/TW", user=None
    )
    rumour = claim("Đăng ký nhãn hiệu phải nộp phí năm mươi triệu")
    return OpinionWorld(a, b, item_a, item_b, rumour, job, alert, report)


def assert_labelled_round(
    split: str,
    *,
    earlier: tuple[str, ...],
    claim_ids: set[str],
    at_least: int,
    folded_share: tuple[float, float] = (0.25, 0.40),
) -> list[dict]:
    """Check a labelled round: rows new to the earlier splits, labels the guide knows."""
    rows = indomain_rows(split)
    others = {r["text"].lower() for s in earlier for r in indomain_rows(s)}
    assert len(rows) >= at_least and not others & {r["text"].lower() for r in rows}
    topics = {str(t["slug"]) for t in seed_topics()}
    for row in rows:
        assert row["topic"] in topics and row["toxicity"] in {"toxic", "clean"}, row
        assert row["sentiment"] in {"positive", "neutral", "negative"}, row
        assert (row["claim"] is None) == (row["stance"] is None), row
        assert row["claim"] is None or row["claim"] in claim_ids, row
    vietnamese = [r for r in rows if r["language"] == "vi"]
    # About 30 % typed without diacritics, as the issue asks of the in-domain set; a round written
    # to teach folded words says its own share.
    low, high = folded_share
    assert low <= sum(is_folded(r["text"]) for r in vietnamese) / len(vietnamese) <= high
    return rows
