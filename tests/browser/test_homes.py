"""Each role's home on a desktop and a 390 px phone: what to do first, the menu folded, dates
typed dd/mm/yyyy on the phone's number pad."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.conftest import ARTIFACTS, TOTP_SECRET, LiveServer
from tests.browser.test_main_flow import DESKTOP, PHONE, Session

pytestmark = pytest.mark.browser
GROUND = "campaign"  # the demo campaign, loaded once a session (conftest.GROUNDS)
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


# Each two-step sign-in made on a server, by (its data folder, username): the window's cookies.
# A code is good once and the server takes no later step than the next one, so a second two-step
# sign-in of the same person on the same server would wait up to 30 s for the clock.
_SIGNED_IN: dict[tuple[str, str], dict[str, Any]] = {}


def login(session: Session, username: str, *, totp: bool) -> None:
    """Sign in; a person already signed in in two steps on this server reuses that sign-in."""
    key = (str(session.live.data_dir), username)  # a module's own copy: a port may come again
    if totp and key in _SIGNED_IN:
        session.reopen(_SIGNED_IN[key])
        return
    session.login(username, totp=totp)
    if totp:
        _SIGNED_IN[key] = session.context.storage_state()


def phone_like(browser, live: LiveServer, desktop: Session, who: str) -> Session:  # type: ignore[no-untyped-def]
    """Return a phone window signed in as the desktop one (a TOTP code is good only once)."""
    return Session(browser, live, PHONE, who, storage_state=desktop.context.storage_state())


def test_it_opens_each_roles_home_on_a_desktop_and_a_phone(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    campaign_id = int(live_lantoa.shell(SETUP).split()[-1])
    for username, totp, first in ROLES:
        desktop = Session(chromium_browser, live_lantoa, DESKTOP, f"home-{username}-desktop")
        login(desktop, username, totp=totp)
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
    login(board, "bantuyengiao", totp=True)
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


def test_it_takes_a_date_typed_on_a_phone_and_shows_it_dd_mm_yyyy(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    phone = Session(chromium_browser, live_lantoa, PHONE, "ngay-xa")
    phone.login("dienbienphu")
    phone.go("/bao-cao/")
    phone.page.click("text=+ Ghi nhận hoạt động")
    date = phone.page.locator("#id_date")
    # A text box typed dd/mm/yyyy on the phone's number pad (the picker sent 31/02 empty).
    assert date.get_attribute("type") == "text"
    assert date.get_attribute("inputmode") == "numeric"
    date.fill("")
    date.press_sequentially("24062026")  # digits only: the number pad has no "/"
    assert date.input_value() == "24062026"
    phone.page.fill("#id_title", "Tuyên truyền lưu động tại tổ dân phố")
    phone.shot("12-chon-ngay")
    phone.page.click("button.primary")
    phone.page.wait_for_url(re.compile(r"/bao-cao/dot/\d+/don-vi/\d+/$"))
    assert "24/06/2026" in phone.page.content()
    phone.context.close()


REVIEW_SETUP = """
import datetime
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from lantoa.guidance.demo import campaign_load_demo
from lantoa.organization.models import Unit
from lantoa.reporting.services import (
    ActivityInput, activity_record, evidence_add, report_request_create, submission_submit,
)
from PIL import Image
import io
campaign = campaign_load_demo()
request = report_request_create(
    campaign=campaign, title="Báo cáo có ảnh", due_date=timezone.localdate(), user=None
)
for code in ("03127", "03160"):
    unit = Unit.objects.get(code=code)
    activity = activity_record(
        campaign=campaign, unit=unit, user=None,
        data=ActivityInput(channel="conference", date=timezone.localdate(),
                           title=f"Hội nghị quán triệt {code}", figures={"sessions": 1}),
    )
    out = io.BytesIO()
    Image.new("RGB", (800, 600), (30, 120, 200)).save(out, "PNG")
    evidence_add(activity=activity, user=None, upload=SimpleUploadedFile("anh.png", out.getvalue()))
    submission_submit(request=request, unit=unit, results=f"Kết quả {code}", user=None)
print(request.pk)
"""


def test_it_reviews_a_submission_with_its_thumbnails_and_returns_it(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    request_id = int(live_lantoa.shell(REVIEW_SETUP).split()[-1])
    board = Session(chromium_browser, live_lantoa, DESKTOP, "duyet-desktop")
    login(board, "bantuyengiao", totp=True)
    queue = f"/bao-cao/yeu-cau/{request_id}/duyet/"
    # The worker makes the thumbnails in the background: wait until both are on record.
    for _ in range(240):  # a minute at most, looked at four times a second
        board.go(queue)
        if board.page.locator("img[data-thumbnail]").count() == 1:
            break
        board.page.wait_for_timeout(250)
    assert board.page.locator("img[data-thumbnail]").count() == 1
    first = board.page.locator(".queue-list li.current").inner_text()
    # The image loads lazily, after the page's own load event: wait until it has loaded.
    thumbnail = board.page.locator("img[data-thumbnail]").element_handle()
    thumbnail.scroll_into_view_if_needed()
    board.page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=thumbnail)
    # The thumbnail, not the 800 px photo.
    assert thumbnail.evaluate("img => img.naturalWidth") == 320
    board.shot("13-duyet-bao-cao")
    board.page.fill("#ly-do", "Bổ sung số đảng viên tham dự")
    board.press("button[value=return]")
    assert "Đã trả lại báo cáo" in board.page.content()
    # The next waiting report opens by itself: no going back to the list.
    assert board.page.locator(".queue-list li.current").inner_text() != first
    phone = phone_like(chromium_browser, live_lantoa, board, "duyet-phone")
    phone.go(queue + "?trang_thai=tra_lai")
    assert "Bổ sung số đảng viên tham dự" in phone.page.content()
    phone.shot("13-duyet-bao-cao")
    phone.go(queue)
    phone.press("button[value=accept]")
    assert "Đã chấp nhận báo cáo" in phone.page.content()
    phone.shot("14-hang-doi-trong")
    for session in (board, phone):
        assert session.outside == [], f"requests outside the server: {session.outside}"
        session.context.close()


def test_it_counts_a_press_item_once_on_the_press_overview_and_the_dashboard(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    ids = live_lantoa.shell(
        "from lantoa.guidance.demo import campaign_load_demo\n"
        "from lantoa.organization.models import Unit\n"
        "print(campaign_load_demo().pk, Unit.objects.get(code='BAO-PTTH').pk)\n"
    )
    campaign_id, newspaper_id = (int(n) for n in ids.split()[-2:])
    editor = Session(chromium_browser, live_lantoa, PHONE, "tin-bai")
    editor.login("baodienbien")
    editor.go("/bao-chi/")  # an editor of one agency lands on it
    editor.page.click("text=Ghi nhận tin, bài")
    editor.page.select_option("select[name=campaign]", str(campaign_id))
    editor.page.fill("#id_title", "Hội nghị quán triệt Kết luận 51 tại Điện Biên Phủ")
    editor.page.fill("#id_outlet", "Báo Điện Biên Phủ điện tử")
    editor.page.fill("#id_date", "2026-07-03")
    editor.page.select_option("#id_channel", "online")
    editor.page.fill("#id_url", "https://baodienbienphu.info.vn/bai-viet/kl51-mot-lan")
    editor.page.click("main button.primary")
    editor.page.wait_for_url(re.compile(rf"/bao-chi/co-quan/{newspaper_id}/$"))
    editor.shot("15-tin-bai-da-ghi")
    board = Session(chromium_browser, live_lantoa, DESKTOP, "tin-bai-ban")
    login(board, "bantuyengiao", totp=True)
    board.go(f"/bao-chi/tong-hop/?dot={campaign_id}")
    assert "(mỗi bài tính một lần): <strong>1</strong>" in board.page.content()
    assert "báo cáo trùng" not in board.page.content()
    board.go(f"/bao-cao/theo-doi/dot/{campaign_id}/?loai=press")
    row = board.page.locator("table.dashboard tr", has_text="Báo và Phát thanh, Truyền hình")
    assert row.locator("td[data-label='Hoạt động']").inner_text().strip() == "1"
    board.shot("15-tin-bai-bang-theo-doi")
    for session in (editor, board):
        assert session.outside == [], f"requests outside the server: {session.outside}"
        session.context.close()
