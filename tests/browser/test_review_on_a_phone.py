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


# The seed read for review, its first task given a due date the reviewer then mistypes.
DATED = """
import datetime
from lantoa.campaigns.proposal import CampaignProposal
from lantoa.guidance.services import guidance_document_create
from lantoa.organization.models import Unit
from tests.conftest import SEED_NAME, seed_bytes
document = guidance_document_create(
    owner=Unit.objects.get(code="BTGDVTU"), filename=SEED_NAME, data=seed_bytes(), user=None
)
proposal = CampaignProposal.from_json(document.proposal)
proposal.groups[0].tasks[0].due_date = datetime.date(2026, 6, 30)
document.proposal = proposal.to_json()
document.save()
print(document.pk)
"""
DUE_DATE = """
from lantoa.guidance.models import GuidanceDocument
print(GuidanceDocument.objects.get(pk={pk}).proposal["groups"][0]["tasks"][0]["due_date"])
"""


def test_it_refuses_an_impossible_due_date_typed_on_a_phone_and_keeps_the_one_saved(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    document_id = int(live_lantoa.shell(DATED).split()[-1])
    phone = Session(chromium_browser, live_lantoa, PHONE, "ra-soat-ngay")
    login(phone, "bantuyengiao", totp=True)
    phone.go(f"/huong-dan/{document_id}/")
    due = phone.page.locator("#id_tasks-0-due_date")
    assert due.input_value() == "30/06/2026"  # shown dd/mm/yyyy, whatever the browser's language
    # Typed as a phone's number pad types it: digits only, 31 February.
    due.fill("")
    due.press_sequentially("31022026")
    phone.page.click("button[value=save]")
    phone.page.wait_for_load_state()
    # Before, the date box sent an empty value for a date it could not hold: saved as no date.
    assert "tháng 02/2026 không có ngày 31" in phone.page.content()
    assert live_lantoa.shell(DUE_DATE.format(pk=document_id)).split()[-1] == "2026-06-30"
    phone.shot("02-ra-soat-ngay-sai")
