"""Today's routes × every role, asked for real: opinion alerts, typed dates, foreign ids.

An opinion alert at the board and a reminder to another commune are read by no one else (the
board's own reporter included), and marking them read by id changes nothing; the extension and
lock dates, typed hostile («99999999», «00/00/0000», 1 MB of digits), are refused with a message
to board staff and to every other role before they are read; nothing is written.
"""

import datetime

import pytest
from django.contrib.auth.models import AbstractUser
from django.urls import reverse

from lantoa.accounts.capabilities import Capability
from lantoa.notifications.models import Notification
from lantoa.notifications.services import notifications_send
from lantoa.organization.models import Unit
from lantoa.reporting.models import ReportingLock
from lantoa.reporting.services import report_request_create
from tests.conftest import client_for, make_user
from tests.test_role_matrix_review import PROBED, REFUSED, probe_user

pytestmark = pytest.mark.django_db

ALERT, FOREIGN = "Dư luận tăng đột biến tại xã Mường Phăng", "Nhắc việc riêng của xã khác"
HOSTILE_DATES = ("99999999", "00/00/0000", "31/02/2026", "1" * 1_000_000, "07/12/2026\x00")


@pytest.fixture
def sent() -> tuple[Notification, Notification]:
    board = Unit.objects.get(code="BTGDVTU")
    other = Unit.objects.exclude(code__in=["03127", "BTGDVTU"]).filter(kind="commune")[0]
    alert = notifications_send(
        unit=board, title=ALERT, body="", url="/du-luan/", capability=Capability.OPINION_READ
    )
    foreign = notifications_send(unit=other, title=FOREIGN, body="")
    return alert, foreign


READERS = {**PROBED, "board_reporter": ("BTGDVTU", "reporter")}


def reader(role: str) -> AbstractUser:
    if role == "board_reporter":
        return make_user("probe.board_reporter", "BTGDVTU", "reporter")
    return probe_user(role)


@pytest.mark.parametrize("role", sorted(READERS))
def test_it_shows_and_marks_no_opinion_alert_nor_another_units_notice(role, sent):
    alert, foreign = sent
    user = reader(role)
    client = client_for(user)
    page = client.get(reverse("notifications:list"))
    assert page.status_code == 200
    text = page.content.decode()
    assert FOREIGN not in text
    # Board leaders read the province's opinion; no other probed role does.
    assert (ALERT in text) == (role == "board_leader")
    client.post(reverse("notifications:mark_read"), {"id": [alert.pk, foreign.pk]})
    client.post(reverse("notifications:mark_read"), {"tat_ca": "1"})
    assert not Notification.objects.filter(pk=foreign.pk, read_by=user.pk).exists()
    marked = Notification.objects.filter(pk=alert.pk, read_by=user.pk).exists()
    assert marked == (role == "board_leader")


@pytest.mark.parametrize("role", sorted(PROBED))
def test_it_refuses_extensions_and_locks_to_every_role_but_board_staff(
    role, kl51_campaign, board_user
):
    request = report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo",
        due_date=datetime.date(2026, 7, 30),
        user=board_user,
    )
    client = client_for(probe_user(role))
    unit = Unit.objects.get(code="03127")
    for typed in ("10/08/2026", *HOSTILE_DATES[:2]):
        answer = client.post(
            reverse("reporting:extension_create", args=[request.pk]),
            {"unit": unit.pk, "due_date": typed, "reason": "x"},
        )
        assert answer.status_code in REFUSED
        answer = client.post(
            reverse("reporting:lock_set", args=[kl51_campaign.pk]), {"through": typed}
        )
        assert answer.status_code in REFUSED
    assert not request.extensions.exists()
    assert not ReportingLock.objects.exists()


@pytest.mark.parametrize("typed", HOSTILE_DATES, ids=["digits", "zeros", "31-02", "1MB", "nul"])
def test_it_tells_board_staff_a_hostile_date_is_no_date_and_writes_nothing(
    typed, kl51_campaign, board_user
):
    request = report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo",
        due_date=datetime.date(2026, 7, 30),
        user=board_user,
    )
    client = client_for(board_user)
    unit = Unit.objects.get(code="03127")
    answer = client.post(
        reverse("reporting:extension_create", args=[request.pk]),
        {"unit": unit.pk, "due_date": typed, "reason": "x"},
        follow=True,
    )
    assert answer.status_code == 200
    assert "Hạn mới không hợp lệ" in answer.content.decode() or "Ngày" in answer.content.decode()
    answer = client.post(
        reverse("reporting:lock_set", args=[kl51_campaign.pk]), {"through": typed}, follow=True
    )
    assert answer.status_code == 200
    assert not request.extensions.exists()
    assert not ReportingLock.objects.exists()
