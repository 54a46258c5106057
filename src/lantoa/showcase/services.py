"""Writes of the showcase register: entries with their IP assets, checked, in one transaction."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction

from lantoa.audit.services import audit_change
from lantoa.core.errors import Refused
from lantoa.core.text import fold, vn_sort_key
from lantoa.organization.models import LOCAL_KINDS, Unit
from lantoa.showcase.models import AssetKind, AssetStatus, EntryKind, IpAsset, ShowcaseEntry


class ShowcaseError(Refused):
    """Input that cannot be stored; `errors` maps a field (or "") to a Vietnamese message."""


@dataclass
class AssetInput:
    """One IP asset as typed on the form."""

    kind: str
    status: str = AssetStatus.NOT_FILED
    title: str = ""
    number: str = ""
    date: datetime.date | None = None


def entry_search_key(*, name: str, description: str, commune: Unit | None) -> str:
    """Return the folded text a diacritic-free search looks in."""
    return fold(" ".join([name, description, commune.name if commune else ""]))


def _errors(
    *,
    name: str,
    kind: str,
    commune: Unit | None,
    ocop_stars: int,
    assets: list[AssetInput],
    is_demo: bool,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "Chưa nhập tên."
    if kind not in EntryKind.values:
        errors["kind"] = "Loại không hợp lệ."
    if commune is not None and commune.kind not in LOCAL_KINDS:
        errors["commune"] = "Chỉ chọn xã hoặc phường."
    if not 0 <= ocop_stars <= 5:
        errors["ocop_stars"] = "Số sao OCOP từ 0 đến 5."
    for index, asset in enumerate(assets, start=1):
        if asset.kind not in AssetKind.values or asset.status not in AssetStatus.values:
            errors[""] = f"Tài sản trí tuệ thứ {index}: loại hoặc tình trạng không hợp lệ."
        elif (
            asset.status == AssetStatus.GRANTED
            and not is_demo  # demo data leaves unknown numbers blank rather than invent them
            and not (asset.number.strip() and asset.date)
        ):
            errors[""] = (
                f"Tài sản trí tuệ thứ {index} đã được cấp: cần nhập số văn bằng và ngày cấp."
            )
    return errors


@transaction.atomic
def entry_save(
    *,
    name: str,
    kind: str,
    commune: Unit | None,
    description: str = "",
    ocop_stars: int = 0,
    assets: list[AssetInput] | None = None,
    is_demo: bool = False,
    user: User | None,
    entry: ShowcaseEntry | None = None,
) -> ShowcaseEntry:
    """Create or replace an entry and its assets; refuse everything if one part is wrong."""
    assets = assets or []
    errors = _errors(
        name=name,
        kind=kind,
        commune=commune,
        ocop_stars=ocop_stars,
        assets=assets,
        is_demo=is_demo,
    )
    if errors:
        raise ShowcaseError(errors)
    entry = entry or ShowcaseEntry(created_by=user)
    entry.name = name.strip()
    entry.kind = kind
    entry.commune = commune
    entry.description = description.strip()
    entry.ocop_stars = ocop_stars
    entry.is_demo = is_demo
    entry.search_key = entry_search_key(
        name=entry.name, description=entry.description, commune=commune
    )
    entry.sort_key = vn_sort_key(entry.name)[:600]
    entry.save()
    entry.assets.all().delete()
    IpAsset.objects.bulk_create(
        IpAsset(
            entry=entry,
            kind=a.kind,
            status=a.status,
            title=a.title.strip(),
            number=a.number.strip(),
            date=a.date,
        )
        for a in assets
    )
    audit_change(
        op="entry_save",
        user=user,
        target=f"Mô hình {entry.pk}: {entry.name}",
        detail={"entry": entry.pk},
    )
    return entry
