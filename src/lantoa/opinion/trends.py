"""Weekly volume, sentiment and topics per unit, spikes, and alerts to board staff."""

from __future__ import annotations

import datetime
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, QuerySet
from django.db.models.functions import TruncWeek
from django.urls import reverse
from django.utils import timezone

from lantoa.accounts.capabilities import Capability
from lantoa.core.numbers import format_vn_number
from lantoa.notifications.services import notifications_send
from lantoa.opinion.models import Alert, AlertKind, Cluster, Item, Sentiment, counted
from lantoa.organization.models import Unit
from lantoa.organization.selectors import province_board

SPIKE_MIN_COUNT = 10
SPIKE_HISTORY_WEEKS = 8
CLUSTER_ALERT_MIN = 3


def week_start(day: datetime.date) -> datetime.date:
    """Return the Monday of the day's week."""
    return day - datetime.timedelta(days=day.weekday())


def weeks_back(count: int, *, today: datetime.date | None = None) -> list[datetime.date]:
    """Return the Mondays of the last `count` weeks, oldest first, ending with this week."""
    current = week_start(today or timezone.localdate())
    return [current - datetime.timedelta(weeks=n) for n in range(count - 1, -1, -1)]


def _week_key(value: Any) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def weekly(items: QuerySet[Item], *, by: str | None = None) -> dict[Any, dict[datetime.date, int]]:
    """Return item counts per week, per value of the field `by` (or under None)."""
    fields = ["week"] + ([by] if by else [])
    rows = (
        items.annotate(week=TruncWeek("observed_on"))
        .values(*fields)
        .annotate(n=Count("pk"))
        .order_by()
    )
    out: dict[Any, dict[datetime.date, int]] = defaultdict(dict)
    for row in rows:
        out[row[by] if by else None][_week_key(row["week"])] = row["n"]
    return out


@dataclass
class Trends:
    """What the dashboard and the report draw."""

    weeks: list[datetime.date]
    volume: list[int]
    sentiment: dict[str, list[int]]
    topics: dict[str, list[int]]
    units: list[dict[str, Any]]
    total: int


def trends_compute(*, items: QuerySet[Item], weeks: int = 12, today=None) -> Trends:
    """Return weekly series over the last weeks and a per-unit table of the period."""
    last = today or timezone.localdate()
    mondays = weeks_back(weeks, today=last)
    # Bounded at both ends: a report for a past period must not count what came after it.
    period = items.filter(counted(), observed_on__gte=mondays[0], observed_on__lte=last)
    volume = weekly(period).get(None, {})
    sentiment = weekly(period, by="sentiment")
    topic_counts = weekly(period, by="topic__name")
    labels = dict(Sentiment.choices)
    unit_rows = (
        period.values("unit__name", "sentiment")
        .annotate(n=Count("pk"))
        .order_by("unit__sort_key", "unit__name")
    )
    units: dict[str, dict[str, Any]] = {}
    for row in unit_rows:
        entry = units.setdefault(row["unit__name"], {"name": row["unit__name"], "total": 0})
        entry["total"] += row["n"]
        entry[row["sentiment"] or "none"] = entry.get(row["sentiment"] or "none", 0) + row["n"]
    for entry in units.values():
        entry["negative_share"] = round(100 * entry.get("negative", 0) / entry["total"], 1)
    return Trends(
        weeks=mondays,
        volume=[volume.get(m, 0) for m in mondays],
        sentiment={
            str(labels[key]): [counts.get(m, 0) for m in mondays]
            for key, counts in sentiment.items()
            if key in labels
        },
        topics={
            str(name): [counts.get(m, 0) for m in mondays]
            for name, counts in sorted(topic_counts.items(), key=lambda kv: -sum(kv[1].values()))
            if name
        },
        units=sorted(units.values(), key=lambda e: -e["total"]),
        total=sum(volume.values()),
    )


def is_spike(current: int, history: list[int], *, minimum: int = SPIKE_MIN_COUNT) -> bool:
    """Tell whether this week's count exceeds the mean plus two standard deviations of history."""
    if current < minimum:
        return False
    mean = statistics.fmean(history) if history else 0.0
    spread = statistics.pstdev(history) if len(history) > 1 else 0.0
    return current > mean + 2 * spread


def _board() -> Unit | None:
    return province_board()


def _raise(*, key: str, kind: str, title: str, body: str, **fields: Any) -> Alert | None:
    board = _board()
    try:
        with transaction.atomic():
            alert = Alert.objects.create(key=key, kind=kind, title=title, body=body, **fields)
            if board is not None:
                notifications_send(
                    unit=board,
                    title=title,
                    body=body,
                    url=reverse("opinion:dashboard"),
                    capability=Capability.OPINION_READ,
                )
    except IntegrityError:  # raised already (another worker, or an earlier run)
        return None
    return alert


def alerts_check(
    *, clusters: Iterable[int] = (), today: datetime.date | None = None
) -> list[Alert]:
    """Raise alerts for this week's spikes (province and units) and new claim clusters."""
    today = today or timezone.localdate()
    mondays = weeks_back(SPIKE_HISTORY_WEEKS + 1, today=today)
    current = mondays[-1]
    # The items the dashboard's weekly volume counts, so an alert's figure is the chart's.
    items = Item.objects.filter(counted(), observed_on__gte=mondays[0], observed_on__lte=today)
    raised: list[Alert] = []
    series = {None: weekly(items).get(None, {})}
    series.update(weekly(items, by="unit_id"))
    names = dict(Unit.objects.filter(pk__in=[k for k in series if k]).values_list("pk", "name"))
    for unit_id, counts in series.items():
        history = [counts.get(m, 0) for m in mondays[:-1]]
        count = counts.get(current, 0)
        if not is_spike(count, history):
            continue
        where = names.get(unit_id, "toàn tỉnh") if unit_id else "toàn tỉnh"
        alert = _raise(
            key=f"spike:{unit_id or 'all'}:{current.isoformat()}",
            kind=AlertKind.SPIKE,
            title=f"Dư luận tăng đột biến: {where}",
            body=(
                f"Tuần từ {current:%d/%m/%Y} ghi nhận {count} ý kiến ({where}), "
                f"trung bình {SPIKE_HISTORY_WEEKS} tuần trước: "
                f"{format_vn_number(statistics.fmean(history), 1)}"
            ),
            unit_id=unit_id,
            week_start=current,
        )
        if alert:
            raised.append(alert)
    candidates = Cluster.objects.filter(
        pk__in=list(clusters), claim__isnull=False, alerted_at__isnull=True
    ).filter(count__gte=CLUSTER_ALERT_MIN)
    for cluster in candidates.select_related("claim"):
        claim = cluster.claim
        assert claim is not None  # the query asked for claim__isnull=False
        alert = _raise(
            key=f"cluster:{cluster.pk}",
            kind=AlertKind.NEW_CLUSTER,
            title="Xuất hiện cụm thông tin sai lệch mới",
            body=(
                f"{cluster.count} ý kiến gần trùng nhau, từ {cluster.first_seen:%d/%m/%Y}, "
                f"khớp luận điệu: “{claim.statement[:160]}”"
            ),
            cluster=cluster,
            week_start=current,
        )
        Cluster.objects.filter(pk=cluster.pk).update(alerted_at=timezone.now())
        if alert:
            raised.append(alert)
    return raised
