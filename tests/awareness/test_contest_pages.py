"""Contest pages: the board runs contests and rounds, anyone with the code enters once."""

import datetime
import io
import re

import openpyxl
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.awareness.models import Contest, ContestEntry
from lantoa.awareness.public import POSTS_PER_WINDOW
from lantoa.organization.models import Unit
from tests.awareness.contest_helpers import enter, open_round
from tests.awareness.helpers import approved_bank
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _form(page) -> tuple[str, list[str], dict[str, str]]:
    """Return the page's signed sheet, its question fields in order, and the csrf token."""
    html = page.content.decode()
    ticket = re.search(r'name="phieu" value="([^"]+)"', html).group(1)
    fields = list(dict.fromkeys(re.findall(r'name="(q\d+)"', html)))
    return ticket, fields, {"csrfmiddlewaretoken": page.cookies["csrftoken"].value}


def _entry(page, *, name: str, unit: Unit, phone: str = "") -> dict[str, object]:
    ticket, fields, csrf = _form(page)
    return {
        **csrf,
        "phieu": ticket,
        "ho_ten": name,
        "don_vi": str(unit.pk),
        "dien_thoai": phone,
        "dong_y": "1",
        "du_doan": "3",
        **dict.fromkeys(fields, "0"),
    }


def test_it_lets_board_staff_create_a_contest_and_a_round(kl51_campaign, board_user):
    approved_bank(kl51_campaign, 6)
    board = client_for(board_user)
    created = board.post(
        reverse("awareness:contests", args=[kl51_campaign.pk]),
        {
            "title": "Tìm hiểu Kết luận 51",
            "rules": "Mỗi vòng 5 câu.",
            "consent": "Chỉ dùng để trao giải.",
            "retention_days": "90",
            "winners": "3",
        },
    )
    contest = Contest.objects.get()
    assert created.status_code == 302 and created["Location"].endswith(f"/{contest.pk}/")
    added = board.post(
        reverse("awareness:contest", args=[contest.pk]),
        {
            "action": "round",
            "opens_at": "01/12/2026 08:00",
            "closes_at": "31/12/2099 17:00",
            "draw": "5",
            "tie_break": "Dự đoán số lượt dự thi?",
        },
    )
    assert added.status_code == 302
    page = board.get(reverse("awareness:contest", args=[contest.pk])).content.decode()
    assert contest.rounds.get().code in page and "Đang mở" in page


def test_it_refuses_a_leader_and_a_reporter_the_board_writes(
    kl51_campaign, leader_user, commune_reporter
):
    contest_round = open_round(kl51_campaign)
    url = reverse("awareness:contest", args=[contest_round.contest_id])
    assert client_for(leader_user).get(url).status_code == 200
    closing = {"action": "close", "round": contest_round.pk}
    assert client_for(leader_user).post(url, closing).status_code == 403
    assert client_for(commune_reporter).get(url).status_code == 404
    assert client_for(commune_reporter).post(url, closing).status_code == 404
    contest_round.refresh_from_db()
    assert contest_round.entries.count() == 0 and contest_round.closes_at > contest_round.opens_at


def test_it_takes_an_entry_without_an_account_once_per_device(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    unit = Unit.objects.get(code="03127")
    phone = Client(enforce_csrf_checks=True)
    url = reverse("awareness:contest_enter", args=[contest_round.code.lower()])
    page = phone.get(url)
    html = page.content.decode()
    assert page.status_code == 200 and "<script" not in html and len(page.content) < 40_000
    assert "Tôi đồng ý" in html and "Câu 5." in html and unit.name in html
    sent = phone.post(url, _entry(page, name="Lò Văn A", unit=unit))
    assert "Đã ghi nhận" in sent.content.decode()
    again = phone.post(url, _entry(phone.get(url), name="Quàng Thị B", unit=unit))
    assert again.status_code == 400 and "đã dự thi" in again.content.decode()
    assert ContestEntry.objects.count() == 1


def test_it_shows_each_entry_its_own_random_order(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    url = reverse("awareness:contest_enter", args=[contest_round.code])
    orders = {tuple(_form(Client().get(url))[1]) for _ in range(12)}
    assert len(orders) > 1


def test_it_keeps_the_answers_and_names_the_missing_consent(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    unit = Unit.objects.get(code="03127")
    phone = Client()
    url = reverse("awareness:contest_enter", args=[contest_round.code])
    posted = _entry(phone.get(url), name="Lò Văn A", unit=unit)
    del posted["dong_y"]
    refused = phone.post(url, posted)
    html = refused.content.decode()
    assert refused.status_code == 400 and "Cần đồng ý" in html
    assert 'value="Lò Văn A"' in html and html.count(" checked") == 5
    assert ContestEntry.objects.count() == 0


def test_the_error_summary_names_and_links_each_unanswered_question(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    unit = Unit.objects.get(code="03127")
    phone = Client()
    url = reverse("awareness:contest_enter", args=[contest_round.code])
    page = phone.get(url)
    posted = _entry(page, name="Lò Văn A", unit=unit)
    fields = _form(page)[1]
    for field in (fields[0], fields[2]):
        del posted[field]
    del posted["dong_y"]
    html = phone.post(url, posted).content.decode()
    summary = html[html.index('id="loi"') : html.index("</ul>", html.index('id="loi"'))]
    assert '<a href="#cau-1">Câu 1: Chưa trả lời câu hỏi này.</a>' in summary
    assert '<a href="#cau-3">Câu 3: Chưa trả lời câu hỏi này.</a>' in summary
    assert '<a href="#dong_y">Cần đồng ý' in summary and "Câu 2:" not in summary
    # Each link leads to its question on the page.
    assert 'id="cau-1"' in html and 'id="cau-3"' in html and 'id="dong_y"' in html
    assert "Chưa trả lời câu hỏi này. Chưa trả lời câu hỏi này." not in html


def test_it_refuses_a_post_without_the_csrf_token(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    phone = Client(enforce_csrf_checks=True)
    url = reverse("awareness:contest_enter", args=[contest_round.code])
    posted = _entry(phone.get(url), name="Lò Văn A", unit=Unit.objects.get(code="03127"))
    del posted["csrfmiddlewaretoken"]
    assert phone.post(url, posted).status_code == 403
    assert ContestEntry.objects.count() == 0


def test_it_slows_down_a_flood_from_one_address(kl51_campaign, throttle_minute_held):
    contest_round = open_round(kl51_campaign)
    url = reverse("awareness:contest_enter", args=[contest_round.code])
    flood = Client()
    answers = [flood.post(url, {}).status_code for _ in range(POSTS_PER_WINDOW + 1)]
    assert answers[-1] == 429 and 429 not in answers[:-1]


def test_it_ranks_the_round_and_exports_masked_and_whole_phones(
    kl51_campaign, board_user, leader_user
):
    contest_round = open_round(kl51_campaign, winners=1)
    enter(contest_round, name="Lò Văn A", right=5, phone="0912345678")
    enter(contest_round, name="Quàng Thị B", right=3, unit="03160")
    # Prizes are named once the round has closed (tests/awareness/test_contest_provisional.py).
    contest_round.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    contest_round.save(update_fields=["closes_at"])
    contest = contest_round.contest
    page = client_for(leader_user).get(reverse("awareness:contest_results", args=[contest.pk]))
    html = page.content.decode()
    assert "Lò Văn A" in html and "Đoạt giải" in html and "0912345678" not in html
    masked = client_for(leader_user).get(reverse("awareness:contest_export", args=[contest.pk]))
    cells = _cells(masked.content)
    assert "091****678" in cells and "0912345678" not in cells
    prize_url = reverse("awareness:contest_prize_export", args=[contest.pk])
    assert client_for(leader_user).get(prize_url).status_code == 403
    prize = client_for(board_user).get(prize_url)
    assert "0912345678" in _cells(prize.content)
    assert AuditEntry.objects.filter(action=AuditAction.EXPORT, target=prize_url).exists()


def _cells(data: bytes) -> set[object]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return {cell.value for sheet in book for row in sheet.iter_rows() for cell in row}


def test_it_shows_a_unit_only_its_own_participation(kl51_campaign, commune_reporter):
    contest_round = open_round(kl51_campaign)
    enter(contest_round, name="Lò Văn A", right=5)
    enter(contest_round, name="Lò Văn C", right=4)
    enter(contest_round, name="Quàng Thị B", right=3, unit="03160")
    own = Unit.objects.get(code="03127")
    url = reverse("reporting:unit_campaign", args=[kl51_campaign.pk, own.pk])
    html = client_for(commune_reporter).get(url).content.decode()
    assert "Cuộc thi tìm hiểu" in html and "Lò Văn" not in html
    assert re.search(r"Lượt dự thi của đơn vị\">2<", html)
    results = reverse("awareness:contest_results", args=[contest_round.contest_id])
    assert client_for(commune_reporter).get(results).status_code == 404
