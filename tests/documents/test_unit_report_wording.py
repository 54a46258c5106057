"""A unit's own report upward speaks of that unit, not of the province and its units."""

import datetime

import pytest
from django.urls import reverse

from lantoa.organization.models import Unit
from lantoa.reporting.services import ActivityInput, activity_record
from tests.conftest import client_for
from tests.documents.test_official_reports import docx_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def reported(kl51_campaign):
    activity_record(
        campaign=kl51_campaign,
        unit=Unit.objects.get(code="03127"),
        user=None,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị quán triệt",
            figures={"sessions": 1, "party_members_present": 600},
        ),
    )
    return kl51_campaign


def test_it_drafts_a_units_report_in_the_units_own_voice(reported, commune_reporter):
    unit = Unit.objects.get(code="03127")
    url = reverse("reports:unit_report", args=[reported.pk, unit.pk, "docx"])
    text = docx_text(client_for(commune_reporter).get(url).content)
    body = text.split("Nơi nhận")[0]
    assert "toàn tỉnh" not in body
    assert "Các cấp ủy đã tổ chức" not in body and "giao cho 1 đơn vị" not in body
    assert "nhiều đơn vị sử dụng nhất" not in body and "ít đơn vị sử dụng" not in body
    assert "Tỷ lệ đảng viên của đơn vị được nghiên cứu, quán triệt đạt" in body
    tasks = reported.tasks.filter(assignments__unit=unit).distinct().count()
    assert f"được giao {tasks} nhiệm vụ" in body
    assert "Hội nghị quán triệt, chuyên đề: 1 hoạt động" in body


def test_it_dates_a_units_report_at_its_own_place_as_its_plan_is(reported, commune_reporter):
    # Hướng dẫn 36-HD/VPTW: a commune's or ward's committee writes its own commune's or ward's
    # name on the place-date line; a body of the province, the province's.
    unit = Unit.objects.get(code="03127")  # Đảng ủy phường Điện Biên Phủ
    url = reverse("reports:unit_report", args=[reported.pk, unit.pk, "docx"])
    text = docx_text(client_for(commune_reporter).get(url).content)
    assert "Điện Biên Phủ, ngày" in text and "\nĐiện Biên, ngày" not in text
    police = Unit.objects.get(name="Đảng ủy Công an tỉnh")
    from lantoa.campaigns.documents import unit_plan_document
    from lantoa.documents.reports.builder import report_document
    from lantoa.documents.reports.content import report_facts

    for who, place in ((unit, "Điện Biên Phủ"), (police, "Điện Biên")):
        facts = report_facts(campaign=reported, as_of=datetime.date(2026, 7, 1), unit=who)
        document = report_document(
            facts=facts,
            kind="unit",
            sections={},
            number=None,
            issued_on=None,
            signer_name="",
            signer_title="Bí thư",
            signer_mode="T/M",
            issuing_body=who.name,
        )
        assert document.place == place
        assert unit_plan_document(campaign=reported, unit=who, tasks=[]).place == place


def test_it_asks_a_unit_for_its_report_by_its_own_due_date(reported, board_user):
    # The unit's work list gives its extension as its due date; its own report's tasks ahead
    # gave the request's date, and named requests that did not ask the unit at all.
    from lantoa.documents.reports.content import report_facts
    from lantoa.documents.reports.unitdrafting import unit_sections
    from lantoa.reporting.services import extension_grant, report_request_create

    unit = Unit.objects.get(code="03127")
    other = Unit.objects.exclude(pk=unit.pk).filter(kind=unit.kind).first()
    asked = report_request_create(
        campaign=reported,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=board_user,
    )
    extension_grant(
        request=asked,
        unit=unit,
        due_date=datetime.date(2026, 8, 10),
        reason="Bão lũ",
        user=board_user,
    )
    report_request_create(
        campaign=reported,
        title="Báo cáo riêng",
        due_date=datetime.date(2026, 7, 20),
        user=board_user,
        units=[other],
    )
    facts = report_facts(campaign=reported, as_of=datetime.date(2026, 7, 1), unit=unit)
    ahead = unit_sections(facts)["tasks"]
    assert "Gửi Báo cáo tháng 7 trước ngày 10/08/2026." in ahead
    assert "Báo cáo riêng" not in ahead
