"""The văn thư keeps ranges of numbers for paper documents; issuing skips them."""

import pytest
from django.urls import reverse

from lantoa.audit.models import AuditEntry
from lantoa.documents.models import OutgoingReservation
from lantoa.documents.services import (
    RegisterError,
    outgoing_counter_set,
    outgoing_number_next,
    outgoing_range_reserve,
)
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _reserve(first: int, last: int, doc_type: str = "CV", year: int = 2026) -> object:
    return outgoing_range_reserve(
        doc_type=doc_type, year=year, first=first, last=last, note="Sổ giấy", user=None
    )


def test_it_skips_reserved_ranges_when_numbering_at_issue():
    _reserve(3, 5)
    _reserve(6, 6)
    _reserve(9, 10)
    taken = [outgoing_number_next(doc_type="CV", year=2026) for _ in range(5)]
    assert taken == [1, 2, 7, 8, 11]
    # Per type and year: another type or year is not held back.
    assert outgoing_number_next(doc_type="BC", year=2026) == 1
    assert [outgoing_number_next(doc_type="CV", year=2027) for _ in range(4)] == [1, 2, 3, 4]


def test_it_skips_a_range_the_counter_was_set_into():
    _reserve(40, 49)
    outgoing_counter_set(doc_type="CV", year=2026, next_number=45)
    assert outgoing_number_next(doc_type="CV", year=2026) == 50


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (2, 4, "đã được cấp"),  # 1 and 2 are given below
        (12, 11, "số đầu không lớn hơn số cuối"),
        (0, 4, "Dải số phải từ 1"),
        (100, 1_200, "tối đa 1.000 số"),
        (18, 22, "trùng với dải đã giữ 20–25"),
        (25, 30, "trùng với dải đã giữ 20–25"),
    ],
)
def test_it_refuses_given_numbers_overlaps_and_bad_ranges_in_vietnamese(first, last, message):
    outgoing_number_next(doc_type="CV", year=2026)
    outgoing_number_next(doc_type="CV", year=2026)
    _reserve(20, 25)
    with pytest.raises(RegisterError, match=message):
        _reserve(first, last)
    assert OutgoingReservation.objects.count() == 1


def test_it_refuses_an_unknown_type_and_year():
    with pytest.raises(RegisterError, match="Loại văn bản"):
        _reserve(1, 2, doc_type="XX")
    with pytest.raises(RegisterError, match="Năm"):
        _reserve(1, 2, year=1999)
    assert not OutgoingReservation.objects.exists()


def test_it_audits_a_reservation(board_user):
    outgoing_range_reserve(
        doc_type="TB", year=2026, first=7, last=9, note="Thông báo giấy", user=board_user
    )
    entry = AuditEntry.objects.get(detail__op="outgoing_range_reserve")
    assert entry.user == board_user
    assert {key: entry.detail[key] for key in ("doc_type", "year", "first", "last")} == {
        "doc_type": "TB",
        "year": 2026,
        "first": 7,
        "last": 9,
    }


def test_it_lets_board_staff_reserve_from_the_register_and_shows_the_range(
    board_user, leader_user, commune_reporter
):
    url = reverse("documents:range_reserve")
    board = client_for(board_user)
    done = board.post(
        url,
        {"nam": "2026", "loai": "CV", "tu_so": "1", "den_so": "10", "ghi_chu": "Quý IV"},
        follow=True,
    )
    page = done.content.decode()
    assert "Đã giữ số 1–10 loại CV năm 2026" in page
    assert "số 1–10" in page and "Quý IV" in page
    assert "Công văn (CV): số 11" in page  # the next number shown skips the range
    assert outgoing_number_next(doc_type="CV", year=2026) == 11

    refused = board.post(url, {"nam": "2026", "loai": "CV", "tu_so": "5", "den_so": "12"})
    assert refused.status_code == 200
    assert "đã được cấp" in refused.content.decode()
    typo = board.post(url, {"nam": "2026", "loai": "CV", "tu_so": "x", "den_so": "12"})
    assert "Số đầu phải là số nguyên" in typo.content.decode()
    assert OutgoingReservation.objects.count() == 1

    for user in (leader_user, commune_reporter):
        answer = client_for(user).post(
            url, {"nam": "2026", "loai": "CV", "tu_so": "50", "den_so": "60"}
        )
        assert answer.status_code == 403
    assert OutgoingReservation.objects.count() == 1


def test_it_names_who_reserved_a_range_as_every_page_names_a_person(board_user):
    # The register named the văn thư by login («chuyenvien») beside «Người lập» columns that
    # give each person's full name (accounts.selectors.person_name).
    from lantoa.accounts.selectors import person_name

    board_user.first_name, board_user.last_name = "Lò Thị", "Hoa"
    board_user.save()
    outgoing_range_reserve(
        doc_type="CV", year=2026, first=1, last=10, note="Sổ giấy", user=board_user
    )
    page = client_for(board_user).get(reverse("documents:register"), {"nam": "2026"})
    assert f"{person_name(user=board_user)}, " in page.content.decode()
    assert person_name(user=board_user) == "Lò Thị Hoa"
