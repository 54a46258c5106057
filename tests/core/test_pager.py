"""One pager for every paginated list: filters kept, pages named in Vietnamese."""

from pathlib import Path

from django.core.paginator import Paginator
from django.template.loader import render_to_string

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "lantoa" / "templates"


def test_it_keeps_the_lists_filters_in_both_links():
    page = Paginator(range(60), 20).get_page(2)
    html = render_to_string("core/_pager.html", {"page": page, "query": "q=xa&loai=commune"})
    assert '?q=xa&amp;loai=commune&amp;trang=1">‹ Trang trước' in html
    assert '?q=xa&amp;loai=commune&amp;trang=3">Trang sau ›' in html
    assert "Trang 2/3" in html
    alone = render_to_string("core/_pager.html", {"page": Paginator(range(5), 20).get_page(1)})
    assert "pager" not in alone


def test_it_is_the_only_pager_template():
    own = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if 'class="pager"' in path.read_text(encoding="utf-8")
    ]
    assert own == ["core/_pager.html"]
