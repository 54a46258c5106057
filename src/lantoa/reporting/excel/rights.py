"""Who may import what: the uploader's rights, the file's identity, the reads done once."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core import signing
from django.utils import timezone

from lantoa.accounts.selectors import is_board_staff
from lantoa.campaigns.models import Assignment, Campaign
from lantoa.campaigns.window import campaign_start
from lantoa.core.uploads import UploadRefused
from lantoa.organization.figures import figure_histories, in_force
from lantoa.organization.models import FigureKind, Unit, UnitFigure
from lantoa.reporting.excel.layout import INFO_SHEET, Identity, identity_read
from lantoa.reporting.locks import campaign_locks
from lantoa.reporting.selectors import writable_units
from lantoa.reporting.services.activities import Prefetched


@dataclass
class UploadRights:
    """Who uploads and which of the campaign's units they may write for."""

    board: bool
    campaign_units: dict[str, Unit]  # code -> unit with tasks in the campaign
    writable: set[int]


def upload_rights(*, user: User | None, campaign: Campaign) -> UploadRights:
    """Return the uploader's rights; no user (the CLI without --as) acts as the board."""
    units = Unit.objects.filter(assignments__task__campaign=campaign).distinct()
    by_code = {unit.code: unit for unit in units if unit.code}
    if user is None or is_board_staff(user=user):
        return UploadRights(
            board=True, campaign_units=by_code, writable={u.pk for u in by_code.values()}
        )
    own = {unit.pk for unit in writable_units(user=user, campaign=campaign)}
    return UploadRights(board=False, campaign_units=by_code, writable=own)


def prefetch(*, campaign: Campaign, units: list[Unit]) -> Prefetched:
    """Read once what activity_errors would read for every row."""
    members = figure_histories(
        unit_ids=[unit.pk for unit in units], kinds=[FigureKind.PARTY_MEMBERS]
    )

    def members_on(unit: Unit, on: datetime.date) -> UnitFigure | None:
        return in_force(members.get(unit.pk, {}).get(FigureKind.PARTY_MEMBERS, []), on)

    assigned = set(
        Assignment.objects.filter(task__campaign=campaign).values_list("task_id", "unit_id")
    )
    return Prefetched(
        locks=campaign_locks(campaign_id=campaign.pk),
        members=members_on,
        assigned=assigned,
        today=timezone.localdate(),
        start=campaign_start(campaign),
    )


def identity_check(
    *, campaign: Campaign, rights: UploadRights, text: str | None
) -> Identity | None:
    """Refuse a file made for another unit or campaign, unless the board uploads it."""
    if not text:
        if rights.board:
            return None
        raise UploadRefused(
            f"Tệp không có mã nhận dạng của Lan Tỏa (trang '{INFO_SHEET}'); hãy tải mẫu "
            "của đơn vị từ Lan Tỏa, điền rồi tải lên."
        )
    try:
        identity = identity_read(text)
    except signing.BadSignature:
        raise UploadRefused(
            f"Mã nhận dạng ở trang '{INFO_SHEET}' không hợp lệ (đã bị sửa); hãy tải mẫu mới."
        ) from None
    if rights.board:
        return identity if identity.campaign_id == campaign.pk else None
    if identity.campaign_id != campaign.pk:
        raise UploadRefused(
            "Tệp này là mẫu của một đợt tuyên truyền khác; hãy tải mẫu của đợt này."
        )
    if identity.unit_id is None:
        raise UploadRefused("Tệp tổng hợp nhiều đơn vị chỉ chuyên viên Ban được tải lên.")
    if identity.unit_id not in rights.writable:
        raise UploadRefused(
            "Tệp này là mẫu của đơn vị khác; bạn chỉ được tải lên mẫu của đơn vị mình."
        )
    return identity
