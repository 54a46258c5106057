"""The audit log page is board staff's: filters, the integrity check, the anchored head."""

import re

import pytest
from django.urls import reverse

from lantoa.accounts.selectors_audit import audit_targets_shown
from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.audit.services import audit_record
from lantoa.organization.models import Unit
from tests.audit.chain_support import committed_entries
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
LOG = reverse("audit:log")


def test_it_shows_board_staff_the_log_with_filters_and_the_integrity_check(board_user):
    client = client_for(board_user)
    client_for(board_user).get(reverse("guidance:review", args=[999999]))
    page = client.get(LOG, {"hanh_dong": AuditAction.ACCESS_DENIED}).content.decode()
    assert "Truy cập bị từ chối" in page and "/huong-dan/999999/" in page
    assert "Đăng nhập" not in page.split("<tbody>")[1]
    checked = client.get(LOG, {"kiem_tra": "1"}).content.decode()
    assert "Toàn vẹn" in checked
    AuditEntry.objects.filter(pk=AuditEntry.objects.order_by("pk").first().pk).update(
        target="đã sửa"
    )
    assert "Phát hiện sai lệch" in client.get(LOG, {"kiem_tra": "1"}).content.decode()


@pytest.mark.parametrize(
    "filters", [{"tu_ngay": "01/01/0001"}, {"den_ngay": "31/12/9999"}, {"tu_ngay": "0001-01-01"}]
)
def test_it_answers_a_date_beyond_any_record_in_vietnamese(board_user, filters):
    page = client_for(board_user).get(LOG, filters)
    assert page.status_code == 200
    assert "Ngày không hợp lệ: năm" in page.content.decode()
    assert "nằm ngoài khoảng 1900–2200." in page.content.decode()


def test_it_keeps_the_log_from_everyone_else(commune_reporter, leader_user):
    for user in (commune_reporter, leader_user):
        assert client_for(user).get(LOG).status_code == 403


def test_it_shows_the_head_and_whether_the_anchor_agrees(
    board_user, django_capture_on_commit_callbacks
):
    client = client_for(board_user)
    entries = committed_entries(django_capture_on_commit_callbacks, board_user, 3)
    head = entries[-1]
    page = client.get(LOG).content.decode()
    assert f"số {head.seq}, mã <code>{head.entry_hash[:12]}</code>" in page
    assert "Mốc neo khớp" in page
    AuditEntry.objects.filter(pk=head.pk).delete()
    page = client.get(LOG).content.decode()
    assert "các dòng cuối đã bị xóa" in page and "Mốc neo khớp" not in page
    checked = client.get(LOG, {"kiem_tra": "1"}).content.decode()
    assert f"thiếu các dòng từ số {head.seq} đến số {head.seq}" in checked


def test_it_finds_who_changed_one_units_figures(board_user, commune_reporter):
    # «Ai đã sửa số liệu của Điện Biên Phủ hôm qua?»: an activity's entry is named «Hoạt động
    # 12 (sửa)» and a report's «… của đơn vị 2», so no filter on the page could find the unit.
    import datetime

    from lantoa.audit.services import audit_change
    from lantoa.organization.models import Unit
    from lantoa.organization.services import unit_figure_set

    ours, other = Unit.objects.get(code="03127"), Unit.objects.get(code="03160")
    audit_change(
        op="activity_update",
        user=commune_reporter,
        target="Hoạt động 12 (sửa)",
        detail={"activity": 12, "unit": ours.pk},
    )
    audit_change(
        op="activity_update",
        user=board_user,
        target="Hoạt động 13 (sửa)",
        detail={"activity": 13, "unit": other.pk},
    )
    since = datetime.date(2026, 12, 1)
    unit_figure_set(unit=ours, kind="party_members", value=1600, valid_from=since)
    page = client_for(board_user).get(LOG, {"don_vi": ours.pk})
    rows = page.content.decode().split("<tbody>")[1]
    assert "Hoạt động 12 (sửa)" in rows and "baocao.dbp" in rows
    assert f"Đơn vị 03127: {ours.name}" in rows
    assert "Hoạt động 13" not in rows


def test_it_finds_an_entry_by_its_target_typed_without_diacritics(board_user):
    # Every search of the product ignores diacritics; the log's matched them exactly.
    from lantoa.audit.services import audit_change

    audit_change(op="unit_update", user=board_user, target="Đơn vị Đảng ủy xã Mường Ảng")
    audit_change(op="unit_update", user=board_user, target="Đơn vị Đảng ủy phường Him Lam")
    client = client_for(board_user)
    for typed in ("muong ang", "MƯỜNG ẢNG", "Muong Ảng"):
        rows = client.get(LOG, {"doi_tuong": typed}).content.decode().split("<tbody>")[1]
        assert "Mường Ảng" in rows and "Him Lam" not in rows, typed


def test_it_tells_apart_units_of_one_name_in_the_unit_filter(board_user):
    # The old ward merged on 30/06/2025 and the new one of the same name, in force since.
    page = client_for(board_user).get(LOG).content.decode()
    options = re.findall(r"<option value=\"\d+\">([^<]*Mường Thanh[^<]*)</option>", page)
    assert "Đảng ủy phường Mường Thanh (đã sáp nhập, đến 30/06/2025)" in options
    assert "Đảng ủy phường Mường Thanh" in options and len(set(options)) == len(options)


def test_it_shows_page_and_unit_names_for_the_stored_targets(board_user):
    unit = Unit.objects.get(code="03127")
    for target in ("opinion:items", "opinion:dashboard", f"Báo cáo 1 của đơn vị {unit.pk}"):
        audit_record(action=AuditAction.VIEW_RAW, username="x", target=target)
    page = client_for(board_user).get(LOG).content.decode()
    rows = page.split("<tbody>")[1]
    assert ">opinion:items<" not in rows and ">opinion:dashboard<" not in rows
    assert "Trang “Ý kiến dư luận”" in rows and "Trang “Dư luận xã hội”" in rows
    assert f"Báo cáo 1 của đơn vị {unit.name}" in rows
    # What is stored (and what the filter searches) stays as it was, shown on hover.
    assert 'title="opinion:items"' in rows
    assert AuditEntry.objects.filter(target="opinion:items").exists()


def test_it_names_the_units_and_records_of_keyed_targets():
    unit = Unit.objects.get(code="03127")
    stored = [
        f"excel-template:7:{unit.code}",
        f"press-workbook:{unit.pk}:7",
        "opinion:item:12",
        "awareness.check:3,4",
        "/huong-dan/5/",
    ]
    shown = audit_targets_shown([AuditEntry(pk=i, target=t) for i, t in enumerate(stored)])
    assert shown == {
        0: f"Mẫu Excel của đợt số 7 cho {unit.name}",
        1: f"Sổ báo chí (Excel) của {unit.name}, đợt số 7",
        2: "Ý kiến số 12",
        3: "Lượt kiểm tra nhận thức số 3,4",
        4: "/huong-dan/5/",
    }
