"""Each role's home on a desktop and a 390 px phone: what to do first, the menu folded, dates
picked with the phone's date picker."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import ARTIFACTS, TOTP_SECRET, LiveServer
from tests.browser.test_main_flow import DESKTOP, PHONE, Session

pytestmark = pytest.mark.browser
SETUP = f"""
import datetime
import pyotp
from django.contrib.auth import get_user_model
from lantoa.accounts.mfa import totp_enrol_confirm
from lantoa.guidance.demo import campaign_load_demo
from lantoa.organization.models import Unit
from lantoa.reporting.services import report_request_create, submission_submit
campaign = campaign_load_demo()
request = report_request_create(
    campaign=campaign, title="Báo cáo sơ kết quý", due_date=datetime.date(2026, 1, 5), user=None
)
muongnhe = Unit.objects.get(code="03160")
submission_submit(request=request, unit=muongnhe, results="Đã quán triệt", user=None)
leader = get_user_model().objects.get(username="lanhdao")
totp_enrol_confirm(user=leader, secret="{TOTP_SECRET}", code=pyotp.TOTP("{TOTP_SECRET}").now())
print(campaign.pk)
"""
# Who signs in, whether in two steps, and what their home must show first.
ROLES = [
    ("bantuyengiao", True, "#bao-cao-cho-xem-xet"),
    ("lanhdao", True, "#dot-dang-trien-khai"),
    ("dienbienphu", False, "#sap-den-han"),
    ("ctv.dienbienphu", False, "#gui-y-kien"),
    ("baodienbien", False, "#bao-chi-thang"),
]


def phone_like(browser, live: LiveServer, desktop: Session, who: str) -> Session:  # type: ignore[no-untyped-def]
    """Return a phone window signed in as the desktop one (a TOTP code is good only once)."""
    phone = Session(browser, live, PHONE, who)
    phone.context.close()
    phone.context = browser.new_context(
        viewport=PHONE, locale="vi-VN", storage_state=desktop.context.storage_state()
    )
    phone.page = phone.context.new_page()
    phone.page.on("request", phone._watch)
    return phone


def test_it_opens_each_roles_home_on_a_desktop_and_a_phone(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    campaign_id = int(live_lantoa.shell(SETUP).split()[-1])
    for username, totp, first in ROLES:
        desktop = Session(chromium_browser, live_lantoa, DESKTOP, f"home-{username}-desktop")
        desktop.login(username, totp=totp)
        desktop.go("/")
        assert "Việc cần làm hôm nay" in desktop.page.content()
        assert desktop.page.is_visible(first), f"{username}: {first}"
        assert desktop.page.is_visible("nav.nav") and not desktop.page.is_visible(
            "label.menu-button"
        )
        desktop.shot("10-trang-chu")

        phone = phone_like(chromium_browser, live_lantoa, desktop, f"home-{username}-phone")
        phone.go("/")
        assert phone.page.is_visible(first), f"{username}: {first}"
        # The first screen is the person's work, not navigation: the links fold behind "Menu".
        header = phone.page.locator("header.topbar").bounding_box()
        assert header is not None and header["height"] < PHONE["height"] * 0.15
        assert not phone.page.is_visible("nav.nav")
        phone.shot("10-trang-chu")
        phone.page.click("label.menu-button")
        assert phone.page.is_visible("nav.nav")
        assert phone.page.is_visible("nav.nav >> text=Việc cần làm")
        phone.page.screenshot(path=str(ARTIFACTS / f"10-trang-chu-menu-{phone.who}.png"))
        for session in (desktop, phone):
            assert session.outside == [], f"requests outside the server: {session.outside}"
            session.context.close()

    # The board's dashboard on a phone: the figures and charts come before the 56-row table.
    board = Session(chromium_browser, live_lantoa, DESKTOP, "dashboard-desktop")
    board.login("bantuyengiao", totp=True)
    phone = phone_like(chromium_browser, live_lantoa, board, "dashboard-phone")
    phone.go(f"/bao-cao/theo-doi/dot/{campaign_id}/")
    phone.page.wait_for_selector("table.dashboard")
    totals = phone.page.locator(".dash-totals").bounding_box()
    chart = phone.page.locator("figure.chart").first.bounding_box()
    table = phone.page.locator("table.dashboard").bounding_box()
    assert totals and chart and table and totals["y"] < chart["y"] < table["y"]
    phone.shot("11-bang-theo-doi")
    board.context.close()
    phone.context.close()


def test_it_takes_a_date_picked_on_a_phone_as_dd_mm_yyyy(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    phone = Session(chromium_browser, live_lantoa, PHONE, "ngay-xa")
    phone.login("dienbienphu")
    phone.go("/bao-cao/")
    phone.page.click("text=+ Ghi nhận hoạt động")
    date = phone.page.locator("#id_date")
    assert date.get_attribute("type") == "date"  # the phone's own date picker
    date.focus()
    phone.page.keyboard.type("24062026")  # typed in the order a Vietnamese picker shows
    assert date.input_value() == "2026-06-24"
    phone.page.fill("#id_title", "Tuyên truyền lưu động tại tổ dân phố")
    phone.shot("12-chon-ngay")
    phone.page.click("button.primary")
    phone.page.wait_for_url(re.compile(r"/bao-cao/dot/\d+/don-vi/\d+/$"))
    assert "24/06/2026" in phone.page.content()
    phone.context.close()
