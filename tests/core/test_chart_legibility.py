import io
import re
from types import SimpleNamespace

import pytest
from matplotlib.text import Text
from PIL import Image
from pypdf import PdfReader

from lantoa.core.charts import BarChart, LineChart, document_figures, render_svg
from lantoa.core.charts.document import CONTINUED, MAX_FIGURE_MM
from lantoa.core.charts.render import (
    HATCHES,
    PALETTE,
    covers_vietnamese,
    drawn,
    font_family,
    grouped_series,
)
from lantoa.reporting.dashboard.charts import coverage_chart_for

WHOLE = re.compile(r"^\d{1,3}(\.\d{3})*$")
CHANNELS = [
    "Hội nghị",
    "Loa truyền thanh",
    "Báo in",
    "Trang thông tin điện tử",
    "Mạng xã hội",
    "Pa-nô, áp phích",
    "Sinh hoạt chi bộ",
    "Văn nghệ",
    "Tờ rơi",
    "Truyền hình",
    "Khác",
]


def _weekly(counts: list[list[float]]) -> BarChart:
    return BarChart(
        title="Số hoạt động theo tuần và hình thức",
        labels=["01/06", "08/06", "15/06"],
        series={CHANNELS[i]: values for i, values in enumerate(counts)},
        horizontal=False,
    )


def _value_ticks(fig, *, axis: str) -> list[str]:  # type: ignore[no-untyped-def]
    fig.canvas.draw()
    ax = fig.axes[0]
    labels = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    return [label.get_text() for label in labels if label.get_text()]


def test_it_puts_only_whole_numbers_on_a_count_axis():
    chart = _weekly([[1, 0, 1], [0, 1, 0]])
    with drawn(chart, document=True, width_in=6.3) as fig:
        ticks = _value_ticks(fig, axis="y")
    assert ticks and all(WHOLE.match(tick) for tick in ticks), ticks


def test_it_writes_thousands_with_a_dot_on_a_count_axis():
    chart = LineChart(title="Lượt tiếp cận", labels=["T1", "T2"], series={"Lượt": [0, 12500]})
    with drawn(chart, document=True, width_in=6.3) as fig:
        ticks = _value_ticks(fig, axis="y")
    assert "12.000" in ticks or any("." in tick for tick in ticks)
    assert all(WHOLE.match(tick) for tick in ticks), ticks


def test_it_groups_channels_beyond_five_as_khac_keeping_every_activity():
    counts = [[float(i + 1), 0.0, float(i)] for i in range(len(CHANNELS))]
    grouped = grouped_series(_weekly(counts).series)
    assert len(grouped) == 6 and list(grouped)[-1] == "Khác"
    assert [sum(week) for week in zip(*grouped.values(), strict=True)] == [
        sum(week) for week in zip(*counts, strict=True)
    ]
    with drawn(_weekly(counts), document=True, width_in=6.3) as fig:
        legend = [text.get_text() for text in fig.legends[0].get_texts()]
    assert len(legend) <= 6 and "Khác" in legend


def test_it_draws_document_charts_untitled_in_the_serif_font_at_ten_points_or_more():
    counts = [[float(i + 1), 2.0, 3.0] for i in range(len(CHANNELS))]
    with drawn(_weekly(counts), document=True, width_in=6.3) as fig:
        assert fig._suptitle is None
        assert all(not ax.get_title(loc) for ax in fig.axes for loc in ("left", "center", "right"))
        texts = [t for t in fig.findobj(Text) if t.get_text().strip()]
        assert {t.get_fontfamily()[0] for t in texts} == {font_family(document=True)}
        assert min(t.get_fontsize() for t in texts) >= 10
    assert font_family(document=True) in ("Liberation Serif", "DejaVu Serif")


def _luma(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue


def test_it_keeps_the_colours_apart_in_greyscale_print():
    lumas = sorted(_luma(colour) for colour in PALETTE)
    assert len(PALETTE) == 6
    assert min(b - a for a, b in zip(lumas, lumas[1:], strict=False)) >= 0.1
    assert len(set(HATCHES)) == len(HATCHES)


def _placed_png_width_mm(png: bytes) -> float:
    with Image.open(io.BytesIO(png)) as image:
        return image.size[0] / image.info["dpi"][0] * 25.4


def test_it_draws_a_document_chart_at_the_width_it_is_placed_captioned_by_its_title():
    chart = _weekly([[1, 2, 3]])
    (figure,) = document_figures(chart, width_mm=150)
    assert figure.caption == chart.title and figure.width_mm == 150
    # Drawn at the placed width, the 10 pt type is printed at 10 pt, not shrunk.
    assert _placed_png_width_mm(figure.png) == pytest.approx(150, abs=0.5)
    (wide,) = document_figures(chart, width_mm=400)
    assert wide.width_mm == 160 and _placed_png_width_mm(wide.png) == pytest.approx(160, abs=0.5)


def test_it_splits_a_unit_chart_too_tall_for_a_page_keeping_every_unit():
    names = [f"Đảng ủy xã số {i}" for i in range(56)]
    chart = BarChart(title="Tỷ lệ quán triệt", labels=names, series={"Tỷ lệ": [50.0] * 56})
    figures = document_figures(chart)
    assert len(figures) == 2
    assert [f.caption for f in figures] == ["Tỷ lệ quán triệt", "Tỷ lệ quán triệt" + CONTINUED]
    for figure in figures:
        with Image.open(io.BytesIO(figure.png)) as image:
            height_mm = image.size[1] / image.info["dpi"][1] * 25.4
        assert height_mm <= MAX_FIGURE_MM


def test_it_keeps_units_that_have_not_reported_on_the_coverage_chart_as_zero():
    statuses = [
        SimpleNamespace(unit=SimpleNamespace(name="Xã A"), coverage=80.0),
        SimpleNamespace(unit=SimpleNamespace(name="Xã B"), coverage=None),
    ]
    chart = coverage_chart_for(statuses)  # type: ignore[arg-type]
    assert chart is not None
    assert chart.labels == ["Xã A", "Xã B (chưa báo cáo)"]
    assert chart.series == {"Tỷ lệ (%)": [80.0, 0]}


def test_it_keeps_the_title_inside_a_page_chart_which_has_no_caption():
    svg = render_svg(_weekly([[1, 2, 3]]))
    assert "Số hoạt động theo tuần và hình thức" in svg


def test_it_finds_the_installed_liberation_serif_even_when_matplotlib_cached_its_list_before():
    from matplotlib import font_manager

    installed = any(
        path.endswith("LiberationSerif-Regular.ttf") and covers_vietnamese(path)
        for path in font_manager.findSystemFonts()
    )
    assert font_family(document=True) == ("Liberation Serif" if installed else "DejaVu Serif")


@pytest.mark.parametrize("document", [True, False])
def test_it_draws_chart_text_from_a_font_file_that_has_every_vietnamese_letter(document):
    # Liberation 1.x and 2.x share the family name; 1.x lacks ơ, ư, ả… (boxes in the report).
    from matplotlib import font_manager

    family = font_family(document=document)
    for weight in ("normal", "bold"):
        found = font_manager.findfont(font_manager.FontProperties(family=family, weight=weight))
        assert covers_vietnamese(found), found


def test_it_tells_a_font_file_lacking_vietnamese_letters():
    from matplotlib import font_manager

    files = font_manager.findSystemFonts()
    lacking = [
        path for path in files if path.endswith("truetype/liberation/LiberationSerif-Regular.ttf")
    ]
    if not lacking:
        pytest.skip("Liberation 1.x (fonts-liberation) is not installed here")
    assert not covers_vietnamese(lacking[0])


def test_it_keeps_long_channel_names_in_the_legend_inside_the_image():
    counts = [[float(i + 1), 2.0, 3.0] for i in range(len(CHANNELS))]
    chart = _weekly(counts)
    chart.series = {
        f"{name}, tài liệu, pa-nô, cổng thông tin": v for name, v in chart.series.items()
    }
    with drawn(chart, document=True, width_in=6.3) as fig:
        fig.canvas.draw()
        box = fig.legends[0].get_window_extent()
        page = fig.bbox
        assert box.x0 >= page.x0 and box.x1 <= page.x1 and box.y0 >= page.y0


def test_it_keeps_the_first_part_of_a_split_chart_on_the_page_of_its_appendix_title():
    from lantoa.core.partydoc import Appendix, Paragraph, PartyDocument
    from lantoa.core.partydoc.pdf_writer import render_pdf

    names = [f"Đảng ủy xã số {i}" for i in range(56)]
    figures = document_figures(
        BarChart(title="Tỷ lệ quán triệt", labels=names, series={"Tỷ lệ": [50.0] * 56})
    )
    doc = PartyDocument(
        parent_body="TỈNH ỦY ĐIỆN BIÊN",
        issuing_body="BAN TUYÊN GIÁO VÀ DÂN VẬN",
        number=None,
        symbol="BC/BTGDVTU",
        place="Điện Biên",
        date=None,
        doc_type="BÁO CÁO",
        subject="thử",
        body=[Paragraph("Nội dung.")],
        recipients=["Lưu Văn phòng"],
        signature=None,
        appendices=[Appendix(title="Biểu đồ kết quả", blocks=list(figures))],
    )
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(render_pdf(doc))).pages]
    assert len(pages) == 3
    assert "Phụ lục" in pages[1] and "Tỷ lệ quán triệt" in pages[1]
    assert "(tiếp theo)" in pages[2]


def test_it_gives_the_parts_of_a_split_chart_the_same_ticks_whatever_their_label_widths():
    from lantoa.core.charts.document import _parts

    short = [f"Đảng ủy xã Mường Toong {i}" for i in range(28)]
    long = [f"Cơ quan thường trú Đài Tiếng nói Việt Nam (VOV) {i} (chưa báo cáo)" for i in "ab"]
    long = long * 14  # 28 long names, as the demo province's unreported units
    names = short + long
    chart = BarChart(
        title="Tỷ lệ",
        labels=names,
        series={"Tỷ lệ": [50.0] * 28 + [0.0] * 28},
        value_suffix="%",
        max_value=100,
        counts=False,
    )
    ticks = []
    for part in _parts(chart):
        with drawn(part, document=True, width_in=6.3) as fig:
            ticks.append(_value_ticks(fig, axis="x"))
    assert len(ticks) == 2 and ticks[0] == ticks[1], ticks
