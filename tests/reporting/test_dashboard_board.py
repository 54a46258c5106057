import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.core.cells import neutralise
from lantoa.organization.models import Unit
from lantoa.reporting.dashboard.selectors import dashboard_get
from lantoa.reporting.models import UnitWeekChannelCount
from lantoa.reporting.services import (
    ActivityInput,
    activity_record,
    report_request_create,
    submission_submit,
)
from tests.conftest import client_for
from tests.core.cells_support import HOSTILE_TEXTS, inert_csv_fields, inert_xlsx_cells, typed_texts

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)


def record(campaign, code, channel="conference", day=datetime.date(2026, 6, 25), **figures):
    unit = Unit.objects.get(code=code)
    task = campaign.tasks.filter(assignments__unit=unit).order_by("position").first()
    return activity_record(
        campaign=campaign,
        unit=unit,
        data=ActivityInput(
            channel=channel, date=day, title="Hội nghị", task_id=task.pk, figures=figures
        ),
        user=None,
    )


@pytest.fixture
def reported(kl51_campaign):
    record(kl51_campaign, "03127", sessions=1, party_members_present=300)
    record(
        kl51_campaign, "03127", channel="loudspeaker", day=datetime.date(2026, 7, 7), broadcasts=4
    )
    record(kl51_campaign, "03160", sessions=1, party_members_present=0)  # zero, reported
    return kl51_campaign


def url(campaign, **params):
    base = reverse("reporting:dashboard", args=[campaign.pk])
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{base}?{query}" if query else base


def test_it_shows_a_row_per_unit_with_totals_and_charts(reported, board_user):
    response = client_for(board_user).get(url(reported))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Phường Điện Biên Phủ" in html or "Điện Biên Phủ" in html
    assert (
        reverse("reporting:unit_campaign", args=[reported.pk, Unit.objects.get(code="03127").pk])
        in html
    )
    for which in ("bao-phu", "hoat-dong"):
        chart_url = reverse("reporting:dashboard_chart", args=[reported.pk, which])
        assert chart_url in html
        chart = client_for(board_user).get(chart_url, HTTP_HX_REQUEST="true")
        assert chart.content.decode().count("<svg") == 1
        assert "<script" not in chart.content.decode()
    dashboard = response.context["dashboard"]
    assert (
        len(dashboard.rows)
        == Unit.objects.filter(assignments__task__campaign=reported).distinct().count()
    )
    assert dashboard.activities == 3
    assert "Tổng (" in html


def test_it_keeps_zero_apart_from_not_reported(reported, board_user):
    dashboard = dashboard_get(user=board_user, campaign=reported, kind="", sort="", today=TODAY)
    by_code = {row.unit.code: row.status for row in dashboard.rows}
    assert by_code["03160"].coverage == 0.0
    assert by_code["03158"].coverage is None
    html = client_for(board_user).get(url(reported)).content.decode()
    assert "chưa báo cáo" in html


def test_it_filters_by_unit_kind_with_an_htmx_swap(reported, board_user):
    response = client_for(board_user).get(url(reported, loai="press"), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "<html" not in response.content.decode()
    kinds = {row.unit.kind for row in response.context["dashboard"].rows}
    assert kinds == {"press"}


def test_it_sorts_server_side_with_unknowns_last(reported, board_user):
    dashboard = dashboard_get(
        user=board_user, campaign=reported, kind="", sort="-bao_phu", today=TODAY
    )
    codes = [row.unit.code for row in dashboard.rows]
    assert codes[:2] == ["03127", "03160"]
    ascending = dashboard_get(
        user=board_user, campaign=reported, kind="", sort="bao_phu", today=TODAY
    )
    assert [row.unit.code for row in ascending.rows][:2] == ["03160", "03127"]
    by_name = dashboard_get(user=board_user, campaign=reported, kind="", sort="don_vi", today=TODAY)
    from lantoa.core.text import vn_sort_key

    names = [row.unit.name for row in by_name.rows]
    assert names == sorted(names, key=vn_sort_key)


def test_it_keeps_a_weekly_channel_table_current(reported):
    rows = UnitWeekChannelCount.objects.filter(campaign=reported)
    weeks = {(r.unit.code, r.week_start, r.channel): r.count for r in rows}
    assert weeks[("03127", datetime.date(2026, 6, 22), "conference")] == 1
    assert weeks[("03127", datetime.date(2026, 7, 6), "loudspeaker")] == 1


def test_it_computes_completeness_and_on_time(reported, board_user):
    request = report_request_create(
        campaign=reported, title="Báo cáo", due_date=datetime.date(2026, 7, 30), user=None
    )
    submission_submit(
        request=request, unit=Unit.objects.get(code="03127"), results="Xong", user=None
    )
    dashboard = dashboard_get(user=board_user, campaign=reported, kind="", sort="", today=TODAY)
    expected = request.expected_units.count()
    assert dashboard.status.completeness.value == pytest.approx(100 / expected)
    assert dashboard.status.on_time_rate.value == 0.0  # submitted today, months after the due date


def test_it_is_404_for_reporters_and_open_to_leaders(reported, commune_reporter, leader_user):
    assert client_for(commune_reporter).get(url(reported)).status_code == 404
    assert client_for(leader_user).get(url(reported)).status_code == 200


def test_it_exports_csv_with_bom_neutralised_and_audited(reported, board_user):
    Unit.objects.filter(code="03127").update(name='=HYPERLINK("x")')
    before = AuditEntry.objects.filter(action=AuditAction.EXPORT).count()
    response = client_for(board_user).get(
        reverse("reporting:dashboard_export", args=[reported.pk, "csv"])
    )
    assert response.status_code == 200
    body = response.content
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][0] == "Mã đơn vị"
    names = [row[1] for row in rows[1:]]
    assert '\'=HYPERLINK("x")' in names
    assert AuditEntry.objects.filter(action=AuditAction.EXPORT).count() == before + 1


def test_it_exports_xlsx_with_numeric_cells(reported, board_user):
    response = client_for(board_user).get(
        reverse("reporting:dashboard_export", args=[reported.pk, "xlsx"])
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [c.value for c in sheet[2]]
    col = header.index("Số hoạt động")
    values = {row[0].value: row[col].value for row in sheet.iter_rows(min_row=3)}
    assert values["03127"] == 2 and isinstance(values["03127"], int)


@pytest.mark.parametrize(
    "value", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "\n=cmd", " =1", " \t@x"]
)
def test_it_neutralises_formula_like_text(value):
    assert neutralise(value).startswith("'")
    assert neutralise(12) == 12


def test_it_exports_hostile_unit_names_as_inert_text_in_both_formats(reported, board_user):
    names = HOSTILE_TEXTS
    units = Unit.objects.filter(assignments__task__campaign=reported).distinct().order_by("code")
    for code, name in zip(units.values_list("code", flat=True), names, strict=False):
        Unit.objects.filter(code=code).update(name=name)
    client = client_for(board_user)
    body = client.get(reverse("reporting:dashboard_export", args=[reported.pk, "csv"])).content
    assert {"'" + name for name in names if name != "#N/A"} <= set(inert_csv_fields(body))
    data = client.get(reverse("reporting:dashboard_export", args=[reported.pk, "xlsx"])).content
    # In .xlsx the name is kept exactly, as a text cell that Excel keeps as text when edited.
    assert set(typed_texts(inert_xlsx_cells(data), names)) == set(names)


def test_it_names_the_kind_a_filtered_headline_rate_covers(reported, board_user):
    # Filtered to the communes, the headline rate is over the communes, not "every unit".
    body = client_for(board_user).get(url(reported, loai="commune")).content.decode()
    assert "Tỷ lệ đảng viên được quán triệt (toàn bộ Đảng ủy xã)" in body
    assert "(toàn bộ đơn vị)" not in body
    whole = client_for(board_user).get(url(reported)).content.decode()
    assert "Tỷ lệ đảng viên được quán triệt (toàn bộ đơn vị)" in whole


def test_it_writes_the_headline_rates_as_every_other_rate_is_written(reported, board_user):
    # The cards wrote "41,3 %" beside their own line's "43,2% (…)", the table's and the
    # report's "41,3%": one percent style (core.numbers.format_vn_percent) everywhere.
    import re

    from lantoa.core.numbers import format_vn_percent

    report_request_create(
        campaign=reported, title="Báo cáo", due_date=datetime.date(2026, 7, 30), user=None
    )
    body = client_for(board_user).get(url(reported)).content.decode()
    status = dashboard_get(user=board_user, campaign=reported, kind="", sort="", today=TODAY).status
    cards = re.findall(
        r'<div class="card"[^>]*><span class="muted">[^<]*</span><strong>([^<]*)<', body
    )
    for rate in (status.completeness, status.briefed_rate):
        assert format_vn_percent(rate.value) in cards
    assert not [card for card in cards if card.endswith(" %")]
