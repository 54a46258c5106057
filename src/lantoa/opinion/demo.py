"""The demo's opinion: models trained once into the data folder, and demo claims and items."""

from __future__ import annotations

from pathlib import Path

from lantoa.opinion.claimshape import shape_ensure
from lantoa.opinion.datasets import default_shared_dir
from lantoa.opinion.ml import TASKS
from lantoa.opinion.models import ModelTask, ModelVersion
from lantoa.opinion.training import model_train

# The board staff login the demo creates (accounts.demo): the drafter of the demo report.
DEMO_DRAFTER = "bantuyengiao"


def opinion_models_load_demo() -> str:
    """Train and activate each task that has no active model yet; say what is active."""
    shared = default_shared_dir()
    for task in TASKS:
        if not ModelVersion.objects.filter(task=task, active=True).exists():
            model_train(task=task, shared_dir=shared)
    shape_ensure()
    active = ModelVersion.objects.filter(active=True).order_by("task")
    return (
        "Mô hình dư luận: "
        + ", ".join(f"{ModelTask(m.task).label} bản {m.version}" for m in active)
        + (
            " (có các bộ dữ liệu công khai của ../shared/data)"
            if shared
            else " (chỉ bộ dữ liệu trong lĩnh vực: không thấy ../shared/data)"
        )
    )


# The source every demo item carries, so demo opinion is never taken for what people said.
DEMO_SOURCE = "Dữ liệu minh họa"
# Claims of the shipped set the demo's items repeat (each variant is one item: a cluster).
DEMO_CLAIMS = ("gao-cddl-thu-hoi",)
# The first variants of each: the registry holds more wordings than a demo needs to show.
DEMO_WORDINGS = 3
# What people said about the campaign's subject, without a false claim.
DEMO_REMARKS = [
    "Hội nghị quán triệt Kết luận 51 ở phường rất thiết thực, bà con hiểu thêm về nhãn hiệu",
    "Cán bộ xã hướng dẫn đăng ký nhãn hiệu cà phê Mường Ảng tận tình",
    "Nhiều hộ chưa biết thủ tục đăng ký chỉ dẫn địa lý cho gạo, cần tuyên truyền thêm",
    "Loa phát thanh của bản nói về sở hữu trí tuệ dễ hiểu, nên phát bằng tiếng Thái",
    "Người dân lo hàng giả mang tên gạo Điện Biên bán ở chợ huyện",
    "Tờ rơi về bảo hộ nhãn hiệu chè Tủa Chùa in đẹp nhưng chữ hơi nhỏ",
]


def opinion_items_load_demo() -> str:
    """Load the demo's claims and opinion items once (marked by their source); say how many."""
    import datetime
    import random

    from django.utils import timezone

    from lantoa.audit.context import audit_covered
    from lantoa.opinion.claimsfile import claims_read
    from lantoa.opinion.importers import RawRecord
    from lantoa.opinion.intake import items_ingest
    from lantoa.opinion.models import Item
    from lantoa.opinion.services_claims import claims_load
    from lantoa.organization.models import LOCAL_KINDS
    from lantoa.organization.selectors import units_in_force

    if not Item.objects.filter(source=DEMO_SOURCE).exists():
        shipped = Path(__file__).resolve().parent / "claimdata" / "claims.json"
        claims = [claim for claim in claims_read(shipped) if claim.key in DEMO_CLAIMS]
        rng = random.Random(51)  # noqa: S311 - demo data, deterministic on purpose
        today = timezone.localdate()
        units = list(units_in_force(kinds=list(LOCAL_KINDS)))
        texts = [
            (f"claim-{c.key}-{i}", t)
            for c in claims
            for i, t in enumerate(c.variants[:DEMO_WORDINGS])
        ]
        texts += [(f"claim-{c.key}-s", c.statement) for c in claims]
        texts += [(f"remark-{i}", text) for i, text in enumerate(DEMO_REMARKS)]
        with audit_covered("demo: dư luận"):
            claims_load(claims=claims, demo=True)
            for source_id, text in texts:
                items_ingest(
                    records=[
                        RawRecord(
                            text=text,
                            source_id=source_id,
                            date=today - datetime.timedelta(days=rng.randint(0, 13)),
                        )
                    ],
                    unit=rng.choice(units),
                    source=DEMO_SOURCE,
                )
    count = Item.objects.filter(source=DEMO_SOURCE).count()
    return (
        f"Dư luận: {count} ý kiến minh họa (nguồn '{DEMO_SOURCE}') có một thông tin sai, /du-luan/"
    )


def opinion_report_load_demo() -> str:
    """Have the demo's board staff send a leader the report of the last 14 days, once."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from lantoa.audit.context import audit_covered
    from lantoa.opinion.models import OpinionReport
    from lantoa.opinion.services_report import opinion_report_create, opinion_report_submit

    if not OpinionReport.objects.exists():
        staff = get_user_model().objects.filter(username=DEMO_DRAFTER).first()
        today = timezone.localdate()
        with audit_covered("demo: báo cáo dư luận"):
            report = opinion_report_create(
                start=today - datetime.timedelta(days=13),
                end=today,
                subject="việc triển khai thực hiện Kết luận số 51-KL/TW của Bộ Chính trị",
                user=staff,
            )
            opinion_report_submit(report=report, user=staff)
    return "Báo cáo dư luận: một báo cáo chờ lãnh đạo duyệt, /du-luan/bao-cao/"
