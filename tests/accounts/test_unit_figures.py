"""Board staff keep a unit's denominators on its page: from a date on, earlier values kept as
history, audited; anyone else is refused and nothing changes (before, only /quan-tri/ could)."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from lantoa.audit.models import AuditEntry
from lantoa.organization.figures import unit_figure_at
from lantoa.organization.models import FigureKind, UnitFigure
from tests.conftest import client_for, unit

pytestmark = pytest.mark.django_db
WARD = "03127"
POSTED = {
    "kind": FigureKind.PARTY_MEMBERS,
    "value": "1234",
    "valid_from": "01/03/2026",
    "source": "Báo cáo thống kê đảng viên năm 2025",
}


def _save(user, data, code=WARD):  # type: ignore[no-untyped-def]
    url = reverse("organization:figure_save", args=[unit(code).pk])
    return client_for(user).post(url, data, follow=True)


def test_it_sets_a_figure_from_a_date_and_keeps_the_demo_one_as_history(board_user):
    ward = unit(WARD)
    demo = unit_figure_at(unit=ward, kind=FigureKind.PARTY_MEMBERS, on=datetime.date(2026, 2, 1))
    page = _save(board_user, POSTED)
    assert "Đã cập nhật số đảng viên của Đảng ủy phường Điện Biên Phủ: 1.234" in (
        page.content.decode()
    )
    march = datetime.date(2026, 3, 1)
    now = unit_figure_at(unit=ward, kind=FigureKind.PARTY_MEMBERS, on=march)
    then = unit_figure_at(unit=ward, kind=FigureKind.PARTY_MEMBERS, on=march.replace(month=2))
    assert now is not None and now.value == 1234
    assert then == demo and demo is not None and demo.is_demo
    saved = UnitFigure.objects.get(unit=ward, valid_from=march)
    assert not saved.is_demo and saved.source == POSTED["source"]
    entry = AuditEntry.objects.filter(detail__op="unit_figure_set").latest("pk")
    assert entry.user == board_user and entry.detail["value"] == 1234


def test_it_says_a_press_agencys_name_as_it_is_written(board_user):
    page = _save(board_user, POSTED | {"value": "152000"}, code="BAO-PTTH")
    assert "của Báo và Phát thanh, Truyền hình Điện Biên: 152.000 từ ngày 01/03/2026" in (
        page.content.decode()
    )


def test_it_shows_the_form_to_board_staff_only(board_user, commune_reporter, leader_user):
    url = reverse("organization:unit", args=[unit(WARD).pk])
    assert "Cập nhật số liệu của đơn vị" in client_for(board_user).get(url).content.decode()
    for user in (commune_reporter, leader_user):
        assert "Cập nhật số liệu" not in client_for(user).get(url).content.decode()


@pytest.mark.parametrize(
    "changed",
    [
        {"value": "-5"},
        {"value": "mười"},
        {"value": "99999999999999999999999"},
        {"valid_from": "31/02/2026"},
        {"kind": "voters"},
        {"source": ""},
    ],
)
def test_it_refuses_a_wrong_value_in_vietnamese_and_changes_nothing(board_user, changed):
    before = list(UnitFigure.objects.order_by("pk").values_list())
    page = _save(board_user, POSTED | changed)
    assert "Số liệu không hợp lệ" in page.content.decode()
    assert list(UnitFigure.objects.order_by("pk").values_list()) == before


def test_it_refuses_a_reporter_and_a_leader_even_on_their_own_unit(commune_reporter, leader_user):
    before = UnitFigure.objects.count()
    for user in (commune_reporter, leader_user):
        url = reverse("organization:figure_save", args=[unit(WARD).pk])
        assert client_for(user).post(url, POSTED).status_code == 403
    assert UnitFigure.objects.count() == before


def test_it_shows_a_population_only_for_a_commune_or_ward(board_user):
    from lantoa.organization.models import LOCAL_KINDS, Unit, UnitKind
    from lantoa.organization.selectors import unit_figures

    today = datetime.date(2026, 11, 26)
    ward = unit(WARD)
    body = Unit.objects.filter(kind=UnitKind.AFFILIATED).first()
    assert ward.kind in LOCAL_KINDS and body is not None
    assert FigureKind.POPULATION in {row.kind for row in unit_figures(unit=ward, on=today)}
    # A body of the province (the police's committee) has members and cells, no population.
    kinds = [row.kind for row in unit_figures(unit=body, on=today)]
    assert kinds == [FigureKind.PARTY_MEMBERS, FigureKind.PARTY_CELLS]
    page = client_for(board_user).get(reverse("organization:unit", args=[body.pk]))
    assert "Dân số" not in page.content.decode()


def test_it_refuses_a_population_for_a_body_and_reads_a_count_as_typed(board_user):
    from lantoa.organization.models import Unit, UnitKind

    body = Unit.objects.filter(kind=UnitKind.AFFILIATED).first()
    before = UnitFigure.objects.count()
    _save(board_user, POSTED | {"kind": FigureKind.POPULATION}, code=body.code)
    assert UnitFigure.objects.count() == before
    page = _save(board_user, POSTED | {"value": "1.234"})
    assert "Đảng ủy phường Điện Biên Phủ: 1.234" in page.content.decode()
