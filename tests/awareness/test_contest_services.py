"""Study contest writes: rounds from the approved bank, entries once a round, ranking, erasing."""

import datetime

import pytest
from django.utils import timezone

from lantoa.audit.models import AuditEntry
from lantoa.awareness.models import ContestEntry
from lantoa.awareness.selectors_contests import mask_phone, round_ranking
from lantoa.awareness.services_contests import (
    ERASED_NAME,
    contest_create,
    contest_enter,
    contest_entries_erase,
    contest_round_add,
    contest_round_close,
)
from lantoa.awareness.tickets import ticket_issue
from lantoa.core.errors import Refused
from lantoa.organization.models import Unit
from tests.awareness.contest_helpers import enter, open_round
from tests.awareness.helpers import approved_bank
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def test_it_draws_a_round_from_the_approved_bank_only(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    assert contest_round.questions.count() == 5
    assert set(contest_round.questions.values_list("status", flat=True)) == {"approved"}
    with pytest.raises(Refused) as refused:
        contest_round_add(
            contest=contest_round.contest,
            opens_at=timezone.now(),
            closes_at=timezone.now() + datetime.timedelta(hours=1),
            draw=20,
            tie_break="Dự đoán?",
            tie_break_answer=None,
            user=None,
        )
    assert "draw" in refused.value.fields


def test_it_refuses_a_contest_to_a_reporter_and_without_a_consent_notice(
    kl51_campaign, commune_reporter, board_user
):
    with pytest.raises(Refused):
        contest_create(
            campaign=kl51_campaign,
            title="X",
            rules="",
            consent="Đồng ý",
            retention_days=30,
            winners=3,
            user=commune_reporter,
        )
    with pytest.raises(Refused) as refused:
        contest_create(
            campaign=kl51_campaign,
            title="X",
            rules="",
            consent=" ",
            retention_days=30,
            winners=3,
            user=board_user,
        )
    assert "consent" in refused.value.fields


def test_it_takes_one_entry_per_person_and_per_device_in_a_round(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    entry = enter(contest_round, name="Lò Văn A", right=5, phone="0912 345 678")
    assert entry.score == 5 and entry.phone == "0912345678"
    assert 59_000 <= entry.duration_ms <= 70_000
    with pytest.raises(Refused, match="đã dự thi"):
        enter(contest_round, name="lo van  a", right=3, phone="+84912345678", token="khac")
    with pytest.raises(Refused, match="đã dự thi"):
        enter(contest_round, name="Quàng Thị B", right=3, token="thiet-bi-Lò Văn A")
    assert ContestEntry.objects.count() == 1


def test_it_names_each_missing_field_in_vietnamese(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    with pytest.raises(Refused) as refused:
        contest_enter(
            contest_round=contest_round,
            ticket=ticket_issue(contest_round=contest_round),
            token="t",
            name="",
            unit_id=0,
            phone="123",
            consent=False,
            answers={},
            tie_break_guess=None,
        )
    fields = refused.value.fields
    assert {"name", "unit", "phone", "consent", "tie_break"} <= set(fields)
    assert sum(key.startswith("q") for key in fields) == 5


@pytest.mark.parametrize("name", ["Lò Văn Pọm 0912 345 678", "Quàng Thị Dung zalo 0987.654.321"])
def test_it_refuses_a_phone_typed_into_the_name_and_stores_nothing(kl51_campaign, name):
    # The name is shown whole on the results page and in the exports, the phone field masked.
    contest_round = open_round(kl51_campaign)
    with pytest.raises(Refused) as refused:
        enter(contest_round, name=name, right=5)
    assert "số điện thoại ghi ở ô riêng" in refused.value.fields["name"]
    assert not ContestEntry.objects.exists()
    assert enter(contest_round, name="Lò Văn Pọm", right=5).name == "Lò Văn Pọm"


def test_it_refuses_a_forged_ticket_and_a_closed_round(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    unit = Unit.objects.get(code="03127")
    with pytest.raises(Refused, match="không hợp lệ"):
        contest_enter(
            contest_round=contest_round,
            ticket="1:2:3:gia",
            token="t",
            name="Lò Văn A",
            unit_id=unit.pk,
            phone="",
            consent=True,
            answers={},
            tie_break_guess=1,
        )
    contest_round_close(contest_round=contest_round, user=None)
    contest_round.refresh_from_db()
    with pytest.raises(Refused, match="đã đóng"):
        enter(contest_round, name="Lò Văn A", right=5)


def test_it_ranks_by_score_then_the_closest_guess_then_the_time(kl51_campaign):
    contest_round = open_round(kl51_campaign, winners=2)
    enter(contest_round, name="Chậm mà đúng", right=5, guess=9, seconds=200)
    enter(contest_round, name="Nhanh mà đúng", right=5, guess=9, seconds=50)
    enter(contest_round, name="Đoán trúng", right=5, guess=4, seconds=300)
    enter(contest_round, name="Sai nhiều", right=2, guess=4, seconds=10)
    ranked, answer = round_ranking(contest_round=contest_round, winners=2)
    assert answer == 4  # no answer set: the round's number of entries
    assert [r.entry.name for r in ranked] == [
        "Đoán trúng",
        "Nhanh mà đúng",
        "Chậm mà đúng",
        "Sai nhiều",
    ]
    assert [r.winner for r in ranked] == [True, True, False, False]


def test_it_erases_names_and_phones_after_the_retention_period(kl51_campaign):
    contest_round = open_round(kl51_campaign)
    enter(contest_round, name="Lò Văn A", right=5, phone="0912345678")
    enter(contest_round, name="Quàng Thị B", right=4)
    assert contest_entries_erase() == 0
    later = contest_round.closes_at + datetime.timedelta(days=31)
    before = AuditEntry.objects.count()
    assert contest_entries_erase(now=later) == 2
    assert set(ContestEntry.objects.values_list("name", "phone")) == {(ERASED_NAME, "")}
    assert ContestEntry.objects.filter(score=5).exists()  # the counts and scores stay
    assert AuditEntry.objects.count() == before + 1
    assert contest_entries_erase(now=later) == 0


def test_it_masks_phones_for_ordinary_exports():
    assert mask_phone("0912345678") == "091****678"
    assert mask_phone("") == ""


def test_it_only_lets_board_staff_run_a_round(kl51_campaign, leader_user):
    contest_round = open_round(kl51_campaign)
    approved_bank(kl51_campaign, 1)
    with pytest.raises(Refused):
        contest_round_close(contest_round=contest_round, user=leader_user)
    reporter = make_user("bc.contest", "03127", "reporter")
    with pytest.raises(Refused):
        contest_round_close(contest_round=contest_round, user=reporter)


def test_it_writes_an_entrys_answer_time_as_every_number_is_written():
    # The results page wrote «1234,5 giây»: no thousands dot, a half rounded as binary floats
    # do; every other figure is written by core.numbers.format_vn_number.
    from lantoa.awareness.selectors_contests import Ranked

    def seconds(ms: int) -> str:
        entry = ContestEntry(duration_ms=ms)
        return Ranked(place=1, entry=entry, distance=0, winner=False).seconds

    assert [seconds(1_234_500), seconds(2_250), seconds(61_000)] == ["1.234,5", "2,3", "61,0"]
