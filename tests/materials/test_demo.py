"""The demo's materials: one in each state of approval, once, marked demo."""

import pytest
from django.urls import reverse

from lantoa.materials.demo import DEMO_MARK, materials_load_demo
from lantoa.materials.models import Material, VersionStatus
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_loads_a_material_in_each_state_once(kl51_campaign):
    materials_load_demo(kl51_campaign)
    materials_load_demo(kl51_campaign)
    materials = Material.objects.filter(campaign=kl51_campaign)
    assert materials.count() == 4
    assert all(material.title.startswith(DEMO_MARK) for material in materials)
    states = {m.versions.get().status for m in materials}
    assert states == {
        VersionStatus.APPROVED,
        VersionStatus.IN_REVIEW,
        VersionStatus.RETURNED,
        VersionStatus.DRAFT,
    }


def test_it_hands_a_unit_only_the_approved_one(kl51_campaign, commune_reporter):
    materials_load_demo(kl51_campaign)
    body = client_for(commune_reporter).get(reverse("materials:list")).content.decode()
    assert "Bảo hộ nhãn hiệu cho gạo Điện Biên" in body
    assert "Đề cương tuyên truyền Kết luận 51-KL/TW cho báo cáo viên" not in body
