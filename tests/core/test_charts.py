from lantoa.core.charts import BarChart, LineChart, render_png, render_svg


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
