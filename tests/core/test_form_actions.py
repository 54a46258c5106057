"""One button row under a form: the submit button, and the "Hủy" link back when there is one."""

import re
from pathlib import Path

from django.template.loader import render_to_string

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "lantoa" / "templates"


def test_it_shows_the_cancel_link_before_the_named_submit_button():
    html = render_to_string(
        "core/_form_actions.html", {"cancel_url": "/dot/3/", "submit": "Gửi yêu cầu"}
    )
    assert html.index('<a class="button" href="/dot/3/">Hủy</a>') < html.index(
        '<button type="submit" class="primary">Gửi yêu cầu</button>'
    )


def test_it_says_luu_and_leaves_out_the_link_when_not_given_them():
    html = render_to_string("core/_form_actions.html", {})
    assert '<button type="submit" class="primary">Lưu</button>' in html
    assert "Hủy" not in html


def test_it_is_the_only_cancel_and_save_row():
    own = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if re.search(r'href="[^"]*"[^>]*>Hủy</a>', path.read_text(encoding="utf-8"))
    ]
    assert own == ["core/_form_actions.html"]
