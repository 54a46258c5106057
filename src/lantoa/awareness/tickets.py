"""A contest round's signed sheet (question order, when it was given) and phone numbers typed."""

from __future__ import annotations

import datetime
import random
import re

from django.core import signing
from django.utils import timezone

from lantoa.awareness.models import ContestRound
from lantoa.awareness.sheets import round_sheet
from lantoa.core.errors import Refused

TICKET_SALT = "lantoa.awareness.contest-ticket"
# A sheet fetched longer ago than this is refused: the entrant reloads and starts again.
TICKET_MAX_AGE = datetime.timedelta(hours=3)


def ticket_issue(*, contest_round: ContestRound, now: datetime.datetime | None = None) -> str:
    """Return a signed sheet naming the round, the shuffled question order and when it was given."""
    now = now or timezone.now()
    order = list(round_sheet(contest_round=contest_round).questions)
    random.SystemRandom().shuffle(order)
    payload = f"{contest_round.pk}:{int(now.timestamp() * 1000)}:{'.'.join(map(str, order))}"
    return signing.Signer(salt=TICKET_SALT).sign(payload)


def ticket_read(*, contest_round: ContestRound, ticket: str) -> tuple[datetime.datetime, list[int]]:
    """Return when the sheet was given and its question order, or refuse a forged one."""
    refused = Refused("Phiếu dự thi không hợp lệ hoặc đã quá hạn; vui lòng tải lại trang.")
    try:
        round_id, millis, order = signing.Signer(salt=TICKET_SALT).unsign(ticket).split(":")
    except (signing.BadSignature, ValueError) as exc:
        raise refused from exc
    if round_id != str(contest_round.pk):
        raise refused
    started = datetime.datetime.fromtimestamp(int(millis) / 1000, tz=datetime.UTC)
    return started, [int(pk) for pk in order.split(".") if pk]


def phone_clean(phone: str) -> str:
    """Return a phone number as ten digits from 0, from spaces, dots and +84 written as typed."""
    digits = re.sub(r"[\s.\-()]", "", phone)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits
