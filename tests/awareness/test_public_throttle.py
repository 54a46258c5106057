"""The answer pages' throttle counts posts in the database, so the limit holds across processes."""

from __future__ import annotations

from lantoa.awareness.public import POSTS_PER_WINDOW
from tests.accounts.two_processes import allowed_in_two_processes

# One server process: posts 100 times from one address.
POSTER_SETUP = """
from django.test import RequestFactory
from lantoa.awareness.public import throttled
request = RequestFactory().post("/cuoc-thi/ABCDEF/", REMOTE_ADDR="10.1.2.3")
"""


def test_it_holds_the_limit_across_two_processes(tmp_path):
    allowed = allowed_in_two_processes(
        tmp_path,
        setup=POSTER_SETUP,
        count='sum(not throttled(request, code="contest-ABCDEF") for _ in range(100))',
    )
    assert sum(allowed) == POSTS_PER_WINDOW, allowed
    assert all(allowed), "both processes posted"
