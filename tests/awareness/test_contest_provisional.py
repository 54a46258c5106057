"""A round still open has a provisional ranking: nobody is named a prize winner before it closes."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from lantoa.awareness.models import ContestRound
from tests.awareness.contest_helpers import enter, open_round
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _winner_cells(data: bytes) -> list[object]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    page = book["Vòng 1"]
    return [row[-1] for row in page.iter_rows(min_row=3, values_only=True)]


def test_it_names_no_prize_winner_while_the_round_is_open(kl51_campaign, board_user):
    contest_round = open_round(kl51_campaign, winners=1)
    enter(contest_round, name="Lò Văn A", right=5)
    enter(contest_round, name="Quàng Thị B", right=3, unit="03160")
    contest = contest_round.contest
    client = client_for(board_user)
    html = client.get(reverse("awareness:contest_results", args=[contest.pk])).content.decode()
    assert "Đoạt giải" not in html.split("<h2>Vòng 1</h2>")[1]
    assert "Vòng thi đang mở" in html and "tạm thời" in html
    prize = client.get(reverse("awareness:contest_prize_export", args=[contest.pk]))
    assert "Có" not in _winner_cells(prize.content)

    ContestRound.objects.filter(pk=contest_round.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    html = client.get(reverse("awareness:contest_results", args=[contest.pk])).content.decode()
    assert "Đoạt giải" in html.split("<h2>Vòng 1</h2>")[1] and "tạm thời" not in html
    prize = client.get(reverse("awareness:contest_prize_export", args=[contest.pk]))
    assert _winner_cells(prize.content) == ["Có", None]
