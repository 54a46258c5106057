import pytest
from django.urls import reverse

from lantoa.organization.models import Unit, UnitState
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def directory(user, **params):
    return client_for(user).get(reverse("organization:directory"), params)


@pytest.mark.parametrize(
    "query", ["dien bien phu", "Điện Biên Phủ", "ĐIỆN BIÊN PHỦ", "điện bien phu"]
)
def test_it_finds_the_ward_with_or_without_diacritics(board_user, query):
    response = directory(board_user, q=query)
    assert response.status_code == 200
    assert "Đảng ủy phường Điện Biên Phủ" in response.content.decode()


def test_it_lists_units_in_vietnamese_order(board_user):
    wards = [u.locality for u in directory(board_user, loai="ward").context["page"].object_list]
    # Code-point order would put "Điện Biên Phủ" last; Vietnamese order puts Đ right after D.
    assert wards == ["Phường Điện Biên Phủ", "Phường Mường Lay", "Phường Mường Thanh"]
    communes = [
        u.locality
        for u in directory(board_user, q="muong").context["page"].object_list
        if u.kind == "commune"
    ]
    assert communes.index("Xã Mường Ảng") < communes.index("Xã Mường Chà")
    assert communes.index("Xã Mường Lạn") < communes.index("Xã Mường Luân")


def test_it_finds_merged_units_only_when_asked(board_user):
    assert "Phường Him Lam" not in directory(board_user, q="him lam").content.decode()
    assert "Phường Him Lam" in directory(board_user, q="him lam", ca_cu="1").content.decode()


def test_it_answers_htmx_with_the_rows_only(board_user):
    response = client_for(board_user).get(
        reverse("organization:directory"), {"q": "muong"}, HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert "<html" not in body and "Mường Nhé" in body


def test_it_shows_a_reporter_only_their_own_unit_in_the_directory(commune_reporter):
    response = directory(commune_reporter)
    assert [u.code for u in response.context["page"].object_list] == ["03127"]


def test_it_shows_a_unit_with_lineage_and_demo_figures(board_user):
    ward = Unit.objects.get(code="03127")
    body = client_for(board_user).get(reverse("organization:unit", args=[ward.pk])).content.decode()
    assert "Phường Him Lam" in body and "Xã Thanh Minh" in body
    assert "Số liệu minh họa" in body and "Số đảng viên" in body


def test_it_shows_a_merged_unit_where_it_went(board_user):
    former = Unit.objects.get(locality="Phường Him Lam", state=UnitState.MERGED)
    body = (
        client_for(board_user).get(reverse("organization:unit", args=[former.pk])).content.decode()
    )
    assert "Đã sáp nhập vào" in body and "Đảng ủy phường Điện Biên Phủ" in body


def test_it_sends_anonymous_visitors_to_the_login_page(client):
    response = client.get(reverse("organization:directory"))
    assert response.status_code == 302 and "/tai-khoan/dang-nhap/" in response["Location"]


def test_it_exports_the_directory_as_the_user_sees_it(commune_reporter, board_user):
    import io

    from openpyxl import load_workbook

    from lantoa.audit.models import AuditAction, AuditEntry

    own = client_for(commune_reporter).get(reverse("organization:directory"), {"xuat": "csv"})
    body = own.content.decode("utf-8-sig")
    assert "Đảng ủy phường Điện Biên Phủ" in body and "Mường Nhé" not in body
    board = client_for(board_user).get(
        reverse("organization:directory"), {"q": "muong", "xuat": "xlsx"}
    )
    sheet = load_workbook(io.BytesIO(board.content)).active
    assert sheet.max_row > 5 and sheet["B1"].value == "Tên đơn vị"
    assert AuditEntry.objects.filter(action=AuditAction.EXPORT, user=board_user).exists()


def test_it_keeps_the_search_and_kind_in_the_directory_pager(board_user):
    body = directory(board_user, q="xa", loai="commune", ca_cu="1").content.decode()
    assert "?q=xa&amp;loai=commune&amp;ca_cu=1&amp;trang=2" in body
