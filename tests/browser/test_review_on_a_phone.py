"""The review screen on a 390 px phone: the form is reached without scrolling the whole text."""

from __future__ import annotations

import pytest

from tests.browser.conftest import LiveServer
from tests.browser.test_homes import login
from tests.browser.test_main_flow import PHONE, Session

pytestmark = pytest.mark.browser
# A long plan (the seed five times over, as a provincial plan of 20 pages is) read for review.
SETUP = """
from lantoa.guidance.services import guidance_document_create
from lantoa.organization.models import Unit
from tests.conftest import SEED_NAME, seed_bytes
document = guidance_document_create(
    owner=Unit.objects.get(code="BTGDVTU"), filename=SEED_NAME, data=seed_bytes() * 5, user=None
)
print(document.pk)
"""


def test_it_reaches_the_review_form_within_two_screens_on_a_phone(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    document_id = int(live_lantoa.shell(SETUP).split()[-1])
    phone = Session(chromium_browser, live_lantoa, PHONE, "ra-soat")
    login(phone, "bantuyengiao", totp=True)
    phone.go(f"/huong-dan/{document_id}/")
    form_top = phone.page.evaluate(
        "document.querySelector('form.proposal').getBoundingClientRect().top + window.scrollY"
    )
    # Before, the whole original came first: the form began some 30 screens down.
    assert form_top < 2 * PHONE["height"]
    # The original is still all there, in its own scrolling box.
    assert phone.page.evaluate(
        "(() => { const o = document.querySelector('section.original');"
        " return o.scrollHeight > o.clientHeight && getComputedStyle(o).overflowY === 'auto'; })()"
    )
    phone.shot("01-ra-soat-dien-thoai")
