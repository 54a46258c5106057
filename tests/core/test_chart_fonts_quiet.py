"""Charts name an installed family, so matplotlib never logs "findfont: … not found"."""

import logging

import pytest
from matplotlib import font_manager

from lantoa.core.charts import BarChart, render_png, render_svg
from lantoa.core.charts.render import font_family

CHART = BarChart(
    title="Độ phủ theo đơn vị",
    labels=["Phường Điện Biên Phủ", "Xã Mường Ảng"],
    series={"Hội nghị": [3, 5], "Tuyên truyền miệng": [1, 2]},
)


@pytest.fixture
def without(monkeypatch):
    """Return a helper that hides a family from matplotlib's cached list (a stale font cache)."""

    def hide(family):
        manager = font_manager.fontManager
        monkeypatch.setattr(
            manager, "ttflist", [entry for entry in manager.ttflist if entry.name != family]
        )
        manager._findfont_cached.cache_clear()
        font_family.cache_clear()

    yield hide
    font_manager.fontManager._findfont_cached.cache_clear()
    font_family.cache_clear()


@pytest.mark.parametrize("hidden", [None, "Liberation Sans", "Liberation Serif"])
def test_it_draws_pages_and_documents_without_a_font_warning(caplog, without, hidden):
    if hidden:
        without(hidden)
    with caplog.at_level(logging.DEBUG, logger="matplotlib.font_manager"):
        render_svg(CHART)
        render_png(CHART)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    for document in (False, True):  # the family named is one matplotlib has files for
        family = font_family(document=document)
        font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
