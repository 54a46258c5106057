"""The periodic opinion report ("Báo cáo tình hình dư luận xã hội") as a Party document."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from lantoa.core.charts import BarChart, LineChart, document_figures
from lantoa.core.masking import masks_vi
from lantoa.core.numbers import format_vn_percent
from lantoa.core.partydoc import (
    Block,
    Bullet,
    Heading,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
    render_docx,
    render_pdf,
)
from lantoa.core.partydoc.recipients import FILED, reported_to
from lantoa.documents.reports.services import SYMBOL
from lantoa.opinion.models import (
    Claim,
    ClaimStance,
    ClaimState,
    Cluster,
    Item,
    Sentiment,
    counted,
)
from lantoa.opinion.privacy import mask_text
from lantoa.opinion.textnorm import OTHER_TOPIC
from lantoa.opinion.trends import trends_compute, week_start

QUOTE_CHARS = 180
CHART_WEEKS = 26  # a longer period's weekly chart shows its last weeks, readable on A4
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_D = "%d/%m/%Y"


@dataclass(frozen=True)
class OpinionPeriod:
    """The period and subject of a report."""

    start: datetime.date
    end: datetime.date
    subject: str = "việc triển khai thực hiện Kết luận số 51-KL/TW của Bộ Chính trị"


def quote(text: str) -> str:
    """Return a short, masked quotation of an item, its masks named in Vietnamese."""
    # A signed document speaks Vietnamese: "<PHONE>" reads "[số điện thoại]", as on pages.
    text = " ".join(masks_vi(mask_text(text)).split())
    if len(text) <= QUOTE_CHARS:
        return text
    # A signed document has no ellipsis (DESIGN): a long comment is quoted by its first whole
    # sentences, or a first sentence longer than that up to its last clause within the limit.
    kept = ""
    for sentence in _SENTENCE_END.split(text):
        if len(kept) + len(sentence) + 1 > QUOTE_CHARS:
            break
        kept = f"{kept} {sentence}".strip()
    if kept:
        return kept
    head = text[:QUOTE_CHARS]
    clause = max(head.rfind(mark) for mark in ",;:")
    return head[:clause] if clause > QUOTE_CHARS // 3 else head.rsplit(" ", 1)[0]


def _pct(part: int, whole: int) -> str:
    return format_vn_percent(100 * part / whole) if whole else format_vn_percent(0, 0)


def opinion_report_document(
    *,
    period: OpinionPeriod,
    number: int | None = None,
    issued_on: datetime.date | None = None,
    signer_name: str = "",
) -> PartyDocument:
    """Return the report filled with the period's figures, clusters, claims and rebuttals.

    Without a number it is a draft; the number, date and signer are written when it is issued.
    """
    province = settings.LANTOA_PROVINCE_NAME
    items = Item.objects.filter(
        counted(), observed_on__gte=period.start, observed_on__lte=period.end
    )
    total = items.count()
    counts = dict(items.values_list("sentiment").annotate(n=Count("pk")).order_by())
    pos, neu, neg = (counts.get(k, 0) for k in Sentiment.values)
    body: list[Block] = [
        Paragraph(
            f"Thực hiện nhiệm vụ theo dõi, nắm bắt, báo cáo tình hình dư luận xã hội, Ban "
            f"Tuyên giáo và Dân vận Tỉnh ủy báo cáo tình hình dư luận xã hội về {period.subject} "
            f"từ ngày {period.start:{_D}} đến ngày {period.end:{_D}} như sau:"
        ),
        Heading("Tình hình chung", level=1),
        Paragraph(
            f"Trong kỳ, đội ngũ cộng tác viên và bộ phận theo dõi đã ghi nhận {total} ý kiến, "
            f"bình luận, bài viết; trong đó tích cực {pos} ({_pct(pos, total)}), "
            f"trung lập {neu} ({_pct(neu, total)}), tiêu cực {neg} ({_pct(neg, total)})."
            if total
            # A signed document says what was seen, not "0 (0%)" three times.
            else "Trong kỳ, đội ngũ cộng tác viên và bộ phận theo dõi chưa ghi nhận ý kiến, "
            "bình luận, bài viết nào về nội dung này."
        ),
    ]
    topics = list(
        items.values("topic__name", "topic__slug")
        .annotate(n=Count("pk"), neg=Count("pk", filter=Q(sentiment=Sentiment.NEGATIVE)))
        .order_by("-n")
    )
    if topics:
        body.append(
            Table(
                columns=["Chủ đề", "Số ý kiến", "Tỷ lệ", "Tiêu cực"],
                rows=[
                    [t["topic__name"] or "Chưa phân loại", t["n"], _pct(t["n"], total), t["neg"]]
                    for t in topics
                ],
                caption="Ý kiến theo chủ đề",
            )
        )
    end = min(period.end, timezone.localdate())
    # The period's own items, as the total above counts them: the table by place covers every
    # week the period touches; the chart and the forecast its last CHART_WEEKS weeks at most.
    weeks = max(2, (end - week_start(period.start)).days // 7 + 1)
    trend = trends_compute(items=items, weeks=min(weeks, CHART_WEEKS), today=end)
    by_place = (
        trend.units
        if weeks <= CHART_WEEKS
        else trends_compute(items=items, weeks=weeks, today=end).units
    )
    if trend.total:
        chart = LineChart(
            title="Diễn biến số ý kiến theo tuần và theo sắc thái"
            + (f" ({CHART_WEEKS} tuần cuối kỳ)" if weeks > CHART_WEEKS else ""),
            labels=[m.strftime("%d/%m") for m in trend.weeks],
            series={"Tổng số": [float(v) for v in trend.volume]}
            | {k: [float(x) for x in v] for k, v in trend.sentiment.items()},
        )
        body.extend(document_figures(chart))
    body.append(Heading("Những luồng dư luận nổi bật", level=1))
    clusters = (
        Cluster.objects.filter(items__in=items)
        .annotate(in_period=Count("items"))
        .filter(in_period__gte=2)
        .order_by("-in_period")[:5]
    )
    if not clusters:
        body.append(Paragraph("Trong kỳ chưa ghi nhận luồng thông tin lặp lại đáng chú ý."))
    for cluster in clusters:
        places = ", ".join(
            items.filter(cluster=cluster)
            .values_list("unit__name", flat=True)
            .distinct()
            .order_by("unit__name")[:4]
        )
        body.append(
            Bullet(
                f"“{quote(cluster.representative)}” — {cluster.in_period} lượt, từ ngày "
                f"{cluster.first_seen:{_D}} đến ngày {cluster.last_seen:{_D}}; địa bàn: {places}."
            )
        )
    body.append(Heading("Tâm tư, băn khoăn của cán bộ, đảng viên và Nhân dân ở cơ sở", level=1))
    if by_place:
        body.append(
            Table(
                columns=["Địa bàn", "Số ý kiến", "Tỷ lệ tiêu cực"],
                rows=[
                    [u["name"], u["total"], format_vn_percent(u["negative_share"])]
                    for u in by_place[:15]
                ],
                caption="Ý kiến theo địa bàn (15 địa bàn nhiều ý kiến nhất)",
            )
        )
        body.extend(
            document_figures(
                BarChart(
                    title="Số ý kiến theo địa bàn (10 địa bàn nhiều ý kiến nhất)",
                    labels=[u["name"] for u in by_place[:10]],
                    series={"Số ý kiến": [float(u["total"]) for u in by_place[:10]]},
                )
            )
        )
    else:
        body.append(Paragraph("Trong kỳ chưa ghi nhận tâm tư, băn khoăn nào ở cơ sở."))
    negative = items.filter(sentiment=Sentiment.NEGATIVE).exclude(toxic=True).order_by("-pk")[:3]
    for item in negative:
        body.append(Bullet(f"{item.unit.name}: “{quote(item.text)}”"))
    body.append(Heading("Thông tin sai lệch, xuyên tạc và việc đấu tranh, phản bác", level=1))
    # A comment calling the story false ("tin sai, đừng tin") is matched to it too: counted
    # apart, never as one more time the story was spread.
    refuting = Q(items__claim_stance=ClaimStance.REFUTES)
    claims = (
        Claim.objects.filter(items__in=items)
        .annotate(spread=Count("items", filter=~refuting), refuted=Count("items", filter=refuting))
        .order_by("-spread", "-refuted", "pk")
        .distinct()
    )
    if not claims:
        body.append(Paragraph("Trong kỳ chưa phát hiện thông tin sai lệch đã được đăng ký."))
    for claim in claims[:8]:
        body.append(Bullet(f"Luận điệu: “{quote(claim.statement)}” ({_claim_counts(claim)})."))
        if claim.state == ClaimState.APPROVED and claim.rebuttal:
            body.append(Paragraph(f"Thông tin phản bác: {claim.rebuttal}", italic=True))
        else:
            body.append(Paragraph("Nội dung phản bác đang chờ duyệt.", italic=True))
    body.append(Heading("Dự báo tình hình", level=1))
    body.append(Paragraph(_forecast(trend.volume, topics)))
    body.append(Heading("Đề xuất, kiến nghị", level=1))
    body.extend(Bullet(p) for p in _proposals(topics, claims.count()))
    return PartyDocument(
        parent_body=f"TỈNH ỦY {province.upper()}",
        issuing_body="BAN TUYÊN GIÁO VÀ DÂN VẬN",
        number=number,
        symbol=SYMBOL,
        place=province,
        date=issued_on if number is not None else None,
        doc_type="BÁO CÁO",
        subject=f"tình hình dư luận xã hội về {period.subject}",
        body=body,
        recipients=[
            reported_to("Thường trực Tỉnh ủy"),
            reported_to("Ban Tuyên giáo và Dân vận Trung ương"),
            FILED,
        ],
        signature=Signature(
            mode="K/T", authority="TRƯỞNG BAN", title="PHÓ TRƯỞNG BAN", name=signer_name
        ),
        draft=number is None,
    )


# The catch-all topic: a signed report never names "Khác" as the matter people care most about
# (seen on the rendered report: "vấn đề được quan tâm nhiều nhất là “Khác”").

# One topic's row of the period: its name and slug, how many items and how many negative.
TopicRow = Mapping[str, Any]


def _named(topics: Sequence[TopicRow]) -> list[TopicRow]:
    """Return the topics a sentence may name: classified, and not the catch-all."""
    return [t for t in topics if t["topic__name"] and t["topic__slug"] != OTHER_TOPIC]


def _forecast(volume: list[int], topics: Sequence[TopicRow]) -> str:
    recent, before = sum(volume[-2:]), sum(volume[-4:-2])
    if before and recent > before * 1.2:
        trend = "có xu hướng tăng"
    elif before and recent < before * 0.8:
        trend = "có xu hướng giảm"
    else:
        trend = "cơ bản ổn định"
    main = next((t["topic__name"] for t in _named(topics)), None)
    text = f"Thời gian tới, dư luận xã hội về nội dung này {trend}"
    if main:
        text += f"; vấn đề được quan tâm nhiều nhất là “{main}”"
    return text + "; cần tiếp tục theo dõi, kịp thời định hướng thông tin."


def _claim_counts(claim: Any) -> str:
    """Return how often a claim was spread and refuted in the period, in words."""
    refuted = f"{claim.refuted} ý kiến phản bác" if claim.refuted else ""
    if not claim.spread:
        return f"{refuted}, chưa thấy lan truyền"
    return f"{claim.spread} lượt lan truyền" + (f"; {refuted}" if refuted else "")


def _proposals(topics: Sequence[TopicRow], claim_count: int) -> list[str]:
    proposals = []
    worst = max(_named(topics), key=lambda t: t["neg"], default=None)
    if worst and worst["neg"]:
        proposals.append(
            f"Các cơ quan chuyên môn giải đáp, hướng dẫn cụ thể về “{worst['topic__name']}”, "
            "nội dung có nhiều ý kiến băn khoăn nhất trong kỳ."
        )
    if claim_count:
        proposals.append(
            "Các cơ quan báo chí, trang thông tin điện tử đăng tải thông tin phản bác đã được "
            "duyệt, cung cấp thông tin chính thống kịp thời."
        )
    proposals.append(
        "Cấp ủy cơ sở tiếp tục chỉ đạo đội ngũ cộng tác viên dư luận xã hội nắm bắt, phản ánh "
        "kịp thời tâm tư, nguyện vọng của cán bộ, đảng viên và Nhân dân."
    )
    return proposals


def report_docx(*, period: OpinionPeriod) -> bytes:
    """Return the report as .docx bytes."""
    return render_docx(opinion_report_document(period=period))


def report_pdf(*, period: OpinionPeriod) -> bytes:
    """Return the report as .pdf bytes."""
    return render_pdf(opinion_report_document(period=period))
