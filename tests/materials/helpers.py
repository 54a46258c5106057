"""Helpers of the materials tests: an approved material of a campaign."""

from __future__ import annotations

import datetime

from django.utils import timezone

from lantoa.materials.models import Material
from lantoa.materials.services import (
    VersionContent,
    material_approve,
    material_create,
    material_submit,
)

LEAFLET = VersionContent(
    key_messages="Bảo hộ sở hữu trí tuệ là bảo vệ thương hiệu của bản làng\nĐăng ký nhãn hiệu sớm",
    body="Kết luận số 51-KL/TW của Bộ Chính trị về sở hữu trí tuệ.\n\nNgười dân cần biết.",
    questions="Hỏi: Chỉ dẫn địa lý là gì?\nĐáp: Là dấu hiệu chỉ nguồn gốc địa lý của sản phẩm.",
    contact="Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên",
)


def material(
    campaign, *, approve: bool = True, title: str = "Tờ rơi Kết luận 51", **kw
) -> Material:
    """Create a leaflet (approved, dated early enough to be used in June 2026)."""
    created = material_create(
        campaign=campaign,
        kind=kw.get("kind", "leaflet"),
        audience=kw.get("audience", "ho_san_xuat_kinh_doanh"),
        language=kw.get("language", "vi"),
        title=title,
        content=kw.get("content", LEAFLET),
        user=None,
    )
    if approve:
        version = created.versions.get()
        material_submit(version=version, user=None)
        material_approve(version=version, user=None)
        created.refresh_from_db()
        early = timezone.make_aware(datetime.datetime(2026, 6, 1, 8, 0))
        Material.objects.filter(pk=created.pk).update(first_approved_at=early)
        created.refresh_from_db()
    return created
