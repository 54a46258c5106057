"""Demo press work of the province's agencies: monthly plans and published items, marked demo."""

from __future__ import annotations

import datetime

from django.utils import timezone

from lantoa.audit.context import audit_covered
from lantoa.campaigns.models import Campaign
from lantoa.organization.models import Unit
from lantoa.press.models import PressItem, PressPlan
from lantoa.press.services import PressItemInput, press_item_save, press_plan_save

# Every demo title carries this mark, so a demo item is never taken for a real article.
DEMO_MARK = "[Minh họa] "
# Agency code -> (outlet, items planned a month, what it published: channel, title, issue).
AGENCIES = {
    "BAO-PTTH": (
        "Báo và Phát thanh, Truyền hình Điện Biên",
        8,
        [
            ("print", "Điện Biên quán triệt Kết luận 51-KL/TW đến từng chi bộ", "1125"),
            ("online", "Bảo hộ chỉ dẫn địa lý gạo Điện Biên: việc cần làm ngay", ""),
            ("radio", "Chuyên mục Pháp luật và đời sống: sở hữu trí tuệ cho đặc sản", "PT-47"),
            ("tv", "Phóng sự: nhãn hiệu tập thể cà phê Mường Ảng", "TH-212"),
        ],
    ),
    "CONG-TTDT": (
        "Cổng Thông tin điện tử tỉnh Điện Biên",
        6,
        [
            ("online", "Hỏi – đáp về Kết luận 51-KL/TW của Bộ Chính trị", ""),
            ("online", "Các xã, phường triển khai tuyên truyền sở hữu trí tuệ", ""),
        ],
    ),
}


def _months(today: datetime.date) -> list[datetime.date]:
    """Return the first days of this month and the one before."""
    this = today.replace(day=1)
    return [(this - datetime.timedelta(days=1)).replace(day=1), this]


def press_load_demo(campaign: Campaign) -> str:
    """Plan two months for each agency and record their published items, once."""
    if PressItem.objects.filter(campaign=campaign, title__startswith=DEMO_MARK).exists():
        return _said(campaign)
    today = timezone.localdate()
    with audit_covered("demo: báo chí"):
        for code, (outlet, planned, published) in AGENCIES.items():
            unit = Unit.objects.filter(code=code).first()
            if unit is None:
                continue
            for month in _months(today):
                press_plan_save(
                    unit=unit,
                    campaign=campaign,
                    month=month,
                    planned_items=planned,
                    columns="Chuyên mục Xây dựng Đảng; Pháp luật và đời sống",
                    user=None,
                )
            for index, (channel, title, issue) in enumerate(published):
                # Spread over this month and the last, never after today.
                day = max(today - datetime.timedelta(days=3 * index + 1), _months(today)[0])
                slug = f"kl51-minh-hoa-{code.lower()}-{index + 1}"
                data = PressItemInput(
                    title=DEMO_MARK + title,
                    outlet=outlet,
                    date=day,
                    channel=channel,
                    url="" if issue else f"https://{code.lower()}.dienbien.gov.vn/{slug}",
                    issue_number=issue,
                )
                press_item_save(unit=unit, campaign=campaign, data=data, user=None)
    return _said(campaign)


def _said(campaign: Campaign) -> str:
    plans = PressPlan.objects.filter(campaign=campaign).count()
    items = PressItem.objects.filter(campaign=campaign, title__startswith=DEMO_MARK).count()
    return (
        f"Báo chí: {plans} dòng kế hoạch tháng, {items} tin bài đã đăng (có ghi minh họa), "
        "/bao-chi/"
    )
