"""The admin's unit screens: figures shown, not edited; units and groups saved audited."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from lantoa.organization.models import Unit, UnitFigure
from lantoa.organization.services import unit_figure_set
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_keeps_the_admins_unit_page_from_changing_figures_unaudited():
    # A figure typed into the inline on /quan-tri/ was saved with no audit entry, so «who
    # changed Điện Biên Phủ's party members?» had no answer in the audit log.
    unit = Unit.objects.get(code="03127")
    figure = unit_figure_set(
        unit=unit, kind="party_members", value=1557, valid_from=datetime.date(2026, 1, 1)
    )
    root = get_user_model().objects.create_superuser("goc", password="x")
    page = client_for(root).get(reverse("admin:organization_unit_change", args=[unit.pk]))
    body = page.content.decode()
    assert page.status_code == 200
    assert 'name="figures-0-value"' not in body and "1557" in body.replace(".", "")
    assert UnitFigure.objects.get(pk=figure.pk).value == 1557


def test_it_audits_a_unit_renamed_or_added_in_the_admin(rf):
    # A unit renamed, or its state changed, on /quan-tri/ left no audit entry.
    from types import SimpleNamespace

    from django.contrib import admin

    from lantoa.audit.models import AuditAction, AuditEntry
    from lantoa.organization.admin import UnitAdmin

    root = get_user_model().objects.create_superuser("goc", password="x")
    request = rf.post("/quan-tri/")
    request.user = root
    unit = Unit.objects.get(code="03127")
    unit.name = "Đảng ủy phường Điện Biên Phủ (mới)"
    UnitAdmin(Unit, admin.site).save_model(
        request, unit, SimpleNamespace(changed_data=["name"]), True
    )
    unit.refresh_from_db()
    assert unit.name.endswith("(mới)") and "dien bien phu (moi)" in unit.search_key
    entry = AuditEntry.objects.filter(action=AuditAction.CHANGE).order_by("-pk").first()
    assert entry is not None and entry.detail["op"] == "unit_admin_save"
    assert entry.detail["fields"] == ["name"] and "(mới)" in entry.target


def test_it_audits_a_unit_group_changed_in_the_admin(rf):
    # A group's units (whom a guidance's «các xã, phường» reaches) changed on /quan-tri/ left
    # no audit entry.
    from types import SimpleNamespace

    from django.contrib import admin

    from lantoa.audit.models import AuditAction, AuditEntry
    from lantoa.organization.admin import UnitGroupAdmin
    from lantoa.organization.models import UnitGroup

    root = get_user_model().objects.create_superuser("goc", password="x")
    request = rf.post("/quan-tri/")
    request.user = root
    group = UnitGroup(name="Các xã biên giới", kinds=[])
    units = list(Unit.objects.filter(code__in=["03127", "03160"]))
    form = SimpleNamespace(changed_data=["name", "units"], cleaned_data={"units": units})
    UnitGroupAdmin(UnitGroup, admin.site).save_model(request, group, form, False)
    assert set(UnitGroup.objects.get(name="Các xã biên giới").units.all()) == set(units)
    entry = AuditEntry.objects.filter(action=AuditAction.CHANGE).order_by("-pk").first()
    assert entry is not None and entry.detail["op"] == "unit_group_admin_save"
    assert sorted(entry.detail["units"]) == sorted(u.pk for u in units)
