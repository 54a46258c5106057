import datetime
import io

import pytest
from django.core.cache import cache
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from lantoa.core.charts import BarChart, LineChart, render_png, render_svg
from lantoa.documents.reports.services import official_report_create
from lantoa.organization.models import Unit
from lantoa.reporting.services import ActivityInput, activity_record
from tests.conftest import client_for


def test_it_draws_the_same_chart_as_svg_for_pages_and_png_for_documents():
    chart = BarChart(
        title="Tỷ lệ quán triệt",
        labels=["Phường Điện Biên Phủ", "Xã Mường Nhé"],
        series={"Tỷ lệ": [92.5, 40.0]},
        value_suffix="%",
        max_value=100,
    )
    svg = render_svg(chart)
    assert svg.startswith("<svg") and "Phường Điện Biên Phủ" in svg
    # Namespace names are identifiers, not fetches; nothing else may point outside.
    namespaces = (
        'xmlns="http://www.w3.org/2000/svg"',
        'xmlns:xlink="http://www.w3.org/1999/xlink"',
    )
    for namespace in namespaces:
        svg = svg.replace(namespace, "")
    assert "http" not in svg
    png = render_png(chart)
    assert png.startswith(b"\x89PNG")


def test_it_draws_lines_over_weeks():
    chart = LineChart(
        title="Hoạt động theo tuần",
        labels=["T1", "T2", "T3"],
        series={"Hội nghị": [1, 4, 2], "Loa": [0, 3, 5]},
    )
    assert "Hội nghị" in render_svg(chart)


MATH_NAME = "Xã $x^{$ thử"


def test_it_draws_dollar_signs_and_braces_as_typed_not_as_mathtext():
    chart = BarChart(
        title=f"Tỷ lệ {MATH_NAME}",
        labels=[MATH_NAME, "Xã Mường Nhé"],
        series={"Tỷ lệ $\\frac{": [50.0, 40.0], "Khác": [1.0, 2.0]},
    )
    svg = render_svg(chart)
    assert svg.count(MATH_NAME) == 2 and "Tỷ lệ $\\frac{" in svg
    assert render_png(chart).startswith(b"\x89PNG")
    line = LineChart(title="$", labels=["$a$", "b"], series={MATH_NAME: [1, 2], "y": [2, 3]})
    assert MATH_NAME in render_svg(line)


@pytest.fixture
def unit_named_like_math(kl51_campaign):  # type: ignore[no-untyped-def]
    unit = Unit.objects.get(code="03127")
    unit.name = MATH_NAME
    unit.save(update_fields=["name"])
    activity_record(
        campaign=kl51_campaign,
        unit=unit,
        user=None,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 6, 25),
            title="Hội nghị quán triệt",
            figures={"sessions": 1, "party_members_present": 600},
        ),
    )
    cache.clear()  # charts are cached per data version, which a renamed unit does not change
    return kl51_campaign


@pytest.mark.django_db
def test_it_shows_a_unit_named_like_mathtext_on_the_dashboard_chart(
    unit_named_like_math, board_user
):
    url = reverse("reporting:dashboard_chart", args=[unit_named_like_math.pk, "bao-phu"])
    response = client_for(board_user).get(url, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert MATH_NAME in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_it_prints_a_progress_report_for_a_unit_named_like_mathtext(
    unit_named_like_math, board_user, fmt
):
    report = official_report_create(campaign=unit_named_like_math, kind="progress", user=board_user)
    url = reverse("reports:download", args=[report.pk, fmt])
    response = client_for(board_user).get(url)
    assert response.status_code == 200
    if fmt == "docx":
        text = "\n".join(
            cell.text
            for table in Document(io.BytesIO(response.content)).tables
            for row in table.rows
            for cell in row.cells
        )
    else:
        pages = PdfReader(io.BytesIO(response.content)).pages
        text = "\n".join(page.extract_text() for page in pages)
    assert MATH_NAME in text


def test_it_draws_unstacked_series_side_by_side_with_interval_whiskers():
    chart = BarChart(
        title="Trước và sau",
        labels=["Xã A", "Xã B"],
        series={"Trước": [40.0, 0.0], "Sau": [80.0, 70.0]},
        intervals={"Trước": [(30.0, 50.0), None], "Sau": [(70.0, 88.0), (60.0, 79.0)]},
        stacked=False,
        value_suffix="%",
        max_value=100,
        counts=False,
    )
    from lantoa.core.charts.render import drawn

    with drawn(chart, document=False, width_in=8.0) as fig:
        ax = fig.axes[0]
        bars = [p for p in ax.patches if p.get_width() > 0]
        # Side by side: each label's two bars do not overlap.
        a_before, a_after = sorted((b for b in bars if b.get_y() < 0.5), key=lambda b: b.get_y())
        assert a_before.get_y() + a_before.get_height() <= a_after.get_y() + 1e-9
        # Three whiskers (the bar without an interval has none), none in the legend.
        whiskers = [c for c in ax.containers if type(c).__name__ == "ErrorbarContainer"]
        assert sum(len(c.lines[2][0].get_segments()) for c in whiskers) == 3
        assert [t.get_text() for t in fig.legends[0].get_texts()] == ["Trước", "Sau"]
    assert render_png(chart).startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("value", "decimals", "written"),
    [
        (1234.5, 1, "1.234,5"),
        (12.0, 1, "12"),
        (-0.04, 1, "0"),
        (0.25, 1, "0,3"),
        (2500.0, 0, "2.500"),
    ],
)
def test_it_writes_a_charts_scale_as_every_number_is_written(value, decimals, written):
    # The scale kept its own copy of the Vietnamese format: it wrote «-0» (format_vn_number
    # never does) and rounded a half down where every table and document rounds it up.
    from lantoa.core.charts.render import vn_number
    from lantoa.core.numbers import format_vn_number

    assert vn_number(value, decimals=decimals) == written
    assert format_vn_number(value, decimals=decimals).removesuffix(",0") == written
    # matplotlib hands its formatter numpy floats, whose repr names numpy.
    numpy = pytest.importorskip("numpy")
    assert vn_number(numpy.float64(value), decimals=decimals) == written
