import datetime

import pytest

from lantoa.materials.models import MaterialVersion, VersionStatus
from lantoa.materials.selectors import approved_materials, materials_for
from lantoa.materials.services import (
    MaterialError,
    VersionContent,
    material_approve,
    material_edit,
    material_return,
    material_submit,
)
from lantoa.organization.models import Unit
from lantoa.reporting.models import Activity
from lantoa.reporting.services import (
    ActivityInput,
    ReportingError,
    activity_record,
    activity_update,
)
from tests.conftest import client_for
from tests.materials.helpers import LEAFLET, material

pytestmark = pytest.mark.django_db
JUNE = datetime.date(2026, 6, 20)


def test_it_uses_only_approved_materials(kl51_campaign, commune_reporter, board_user):
    draft = material(kl51_campaign, approve=False, title="Bản nháp")
    approved = material(kl51_campaign)
    assert list(approved_materials(campaign=kl51_campaign)) == [approved]
    assert list(materials_for(user=commune_reporter)) == [approved]
    assert set(materials_for(user=board_user)) == {draft, approved}


def test_it_makes_a_new_version_when_an_approved_material_is_edited(kl51_campaign):
    leaflet = material(kl51_campaign)
    first = leaflet.versions.get()
    version = material_edit(
        material=leaflet, content=VersionContent(body="Nội dung mới có dấu"), user=None
    )
    assert version.number == 2 and version.status == VersionStatus.DRAFT
    first.refresh_from_db()
    assert first.status == VersionStatus.APPROVED and first.body == LEAFLET.body
    leaflet.refresh_from_db()
    assert leaflet.approved_version == first  # units keep using version 1 until 2 is approved
    material_submit(version=version, user=None)
    with pytest.raises(MaterialError):
        material_edit(material=leaflet, content=VersionContent(body="x"), user=None)
    material_approve(version=version, user=None)
    leaflet.refresh_from_db()
    assert leaflet.approved_version == version


def test_it_returns_a_version_with_a_reason_and_edits_it_in_place(kl51_campaign):
    leaflet = material(kl51_campaign, approve=False)
    version = leaflet.versions.get()
    with pytest.raises(MaterialError):
        material_approve(version=version, user=None)  # not sent for review
    material_submit(version=version, user=None)
    with pytest.raises(MaterialError, match="Cần nêu lý do trả lại."):
        material_return(version=version, user=None, reason=" ")
    material_return(version=version, user=None, reason="Sửa câu hỏi 2")
    edited = material_edit(material=leaflet, content=VersionContent(body="Đã sửa"), user=None)
    assert edited.pk == version.pk and edited.status == VersionStatus.DRAFT
    assert MaterialVersion.objects.filter(material=leaflet).count() == 1


def _input(material_id):
    return ActivityInput(
        channel="leaflet",
        date=JUNE,
        title="Phát tờ rơi",
        figures={"titles": 1, "copies": 200},
        material_id=material_id,
    )


def test_it_refuses_an_activity_naming_an_unapproved_material(kl51_campaign):
    unit = Unit.objects.get(code="03127")
    draft = material(kl51_campaign, approve=False)
    with pytest.raises(ReportingError) as caught:
        activity_record(campaign=kl51_campaign, unit=unit, data=_input(draft.pk), user=None)
    assert caught.value.errors["material"].startswith("Tài liệu chưa được duyệt")
    assert not Activity.objects.filter(unit=unit).exists()


def test_it_refuses_a_material_used_before_its_approval_date(kl51_campaign):
    from django.utils import timezone

    from lantoa.materials.models import Material

    unit = Unit.objects.get(code="03127")
    leaflet = material(kl51_campaign)
    later = timezone.make_aware(datetime.datetime(2026, 6, 25, 9, 0))
    Material.objects.filter(pk=leaflet.pk).update(first_approved_at=later)
    with pytest.raises(ReportingError) as caught:
        activity_record(campaign=kl51_campaign, unit=unit, data=_input(leaflet.pk), user=None)
    assert caught.value.errors == {
        "material": "Tài liệu chưa được duyệt vào ngày thực hiện (duyệt ngày 25/06/2026)."
    }


def test_it_records_the_material_used_and_keeps_it_through_excel_updates(kl51_campaign):
    unit = Unit.objects.get(code="03127")
    leaflet = material(kl51_campaign)
    activity = activity_record(
        campaign=kl51_campaign, unit=unit, data=_input(leaflet.pk), user=None
    )
    assert activity.material == leaflet
    without = _input(None)
    without.material_id = ActivityInput.__dataclass_fields__["material_id"].default
    without.title = "Phát tờ rơi (sửa từ Excel)"
    activity_update(activity=activity, data=without, user=None)
    activity.refresh_from_db()
    assert activity.material == leaflet


def test_it_offers_approved_materials_on_the_activity_form(kl51_campaign, commune_reporter):
    material(kl51_campaign, approve=False, title="Tờ rơi bản nháp")
    material(kl51_campaign, title="Tờ rơi đã duyệt")
    unit = Unit.objects.get(code="03127")
    from django.urls import reverse

    url = reverse("reporting:activity_create", args=[kl51_campaign.pk, unit.pk])
    body = client_for(commune_reporter).get(url).content.decode()
    assert "Tờ rơi đã duyệt" in body and "Tờ rơi bản nháp" not in body


def test_it_lets_a_leader_approve_but_not_a_reporter(kl51_campaign, leader_user, commune_reporter):
    from django.urls import reverse

    leaflet = material(kl51_campaign, approve=False)
    version = leaflet.versions.get()
    material_submit(version=version, user=None)
    url = reverse("materials:review", args=[version.pk])
    assert client_for(commune_reporter).post(url, {"action": "approve"}).status_code in (403, 404)
    version.refresh_from_db()
    assert version.status == VersionStatus.IN_REVIEW
    response = client_for(leader_user).post(url, {"action": "approve"})
    assert response.status_code == 302
    version.refresh_from_db()
    assert version.status == VersionStatus.APPROVED


def test_it_refuses_the_writer_approving_their_own_material(kl51_campaign, board_user, leader_user):
    from django.urls import reverse

    from lantoa.materials.services import MaterialError, material_create
    from lantoa.project.inbox import leader_inbox
    from tests.materials.helpers import LEAFLET

    leaflet = material_create(
        campaign=kl51_campaign,
        kind="leaflet",
        audience="ho_san_xuat_kinh_doanh",
        language="vi",
        title="Tờ rơi của chính chuyên viên",
        content=LEAFLET,
        user=board_user,
    )
    version = material_submit(version=leaflet.versions.get(), user=board_user)
    with pytest.raises(MaterialError, match="không được tự phê duyệt"):
        material_approve(version=version, user=board_user)
    url = reverse("materials:review", args=[version.pk])
    page = client_for(board_user).get(url).content.decode()
    assert "không được tự phê duyệt" in page and 'value="approve"' not in page
    assert client_for(board_user).post(url, {"action": "approve"}).status_code == 400
    version.refresh_from_db()
    assert version.status == VersionStatus.IN_REVIEW
    assert leader_inbox(user=board_user).total == 0 and leader_inbox(user=leader_user).total == 1
    assert material_approve(version=version, user=leader_user).status == VersionStatus.APPROVED


def test_it_offers_the_writer_only_the_return_on_the_materials_version_list(
    kl51_campaign, board_user, leader_user
):
    # The version list offered its writer «Duyệt / trả lại», whose approval is then refused.
    from django.urls import reverse

    from lantoa.materials.services import material_create
    from tests.materials.helpers import LEAFLET

    leaflet = material_create(
        campaign=kl51_campaign,
        kind="leaflet",
        audience="ho_san_xuat_kinh_doanh",
        language="vi",
        title="Tờ rơi của chính chuyên viên",
        content=LEAFLET,
        user=board_user,
    )
    material_submit(version=leaflet.versions.get(), user=board_user)
    url = reverse("materials:detail", args=[leaflet.pk])
    writer = client_for(board_user).get(url).content.decode()
    assert "Duyệt / trả lại" not in writer and ">Trả lại</a>" in writer
    assert "Duyệt / trả lại" in client_for(leader_user).get(url).content.decode()
