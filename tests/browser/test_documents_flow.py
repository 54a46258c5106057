"""Documents a leader signs, in a real browser at desktop and phone width: the công văn đôn đốc
from the staff's draft through the leader's inbox to the unit, and a progress report approved
after its rendered pages were seen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser.conftest import TOTP_SECRET, LiveServer
from tests.browser.test_main_flow import DESKTOP, PHONE, Session

pytestmark = pytest.mark.browser
GROUND = "activities"  # the demo campaign and its activities, loaded once (conftest.GROUNDS)
WIDTHS = {"desktop": DESKTOP, "phone": PHONE}
# The demo campaign with its activities and report round; the leader signs in in two steps too.
SETUP = f"""
import pyotp
from django.contrib.auth import get_user_model
from django.utils import timezone
from lantoa.accounts.mfa import totp_enrol_confirm
from lantoa.guidance.demo import campaign_load_demo
from lantoa.reporting.calendar import work_calendar
from lantoa.reporting.demo import activities_load_demo
campaign = campaign_load_demo()
activities_load_demo(campaign)
leader = get_user_model().objects.get(username="lanhdao")
totp_enrol_confirm(user=leader, secret="{TOTP_SECRET}", code=pyotp.TOTP("{TOTP_SECRET}").now())
today = timezone.localdate()
print(campaign.pk, *(f"{{work_calendar().add_working_days(today, n):%d/%m/%Y}}" for n in (5, 7)))
"""
# A report round every unit has let pass (its own per run, so each run has units behind).
OVERDUE = """
import datetime
from django.utils import timezone
from lantoa.campaigns.models import Campaign
from lantoa.reporting.services import report_request_create
report_request_create(
    campaign=Campaign.objects.get(pk={campaign}),
    title="{title}",
    due_date=timezone.localdate() - datetime.timedelta(days=14),
    user=None,
)
"""
LEFT_OUT = "Đảng ủy xã Mường Nhé"
OWN_UNIT = "Đảng ủy phường Điện Biên Phủ"


@pytest.fixture(scope="module")
def people(chromium_browser, live_lantoa: LiveServer):  # type: ignore[no-untyped-def]
    """The campaign id, two new deadlines, and the staff, leader and reporter signed in once."""
    campaign, *deadlines = live_lantoa.shell(SETUP).split()[-3:]
    staff = Session(chromium_browser, live_lantoa, DESKTOP, "vb-chuyen-vien")
    staff.login("bantuyengiao", totp=True)
    leader = Session(chromium_browser, live_lantoa, DESKTOP, "vb-lanh-dao")
    leader.login("lanhdao", totp=True)
    reporter = Session(chromium_browser, live_lantoa, DESKTOP, "vb-xa")
    reporter.login("dienbienphu")
    yield int(campaign), deadlines, staff, leader, reporter
    for session in (staff, leader, reporter):
        assert session.outside == [], f"requests outside the server: {session.outside}"
        session.context.close()


def _width(sessions: tuple[Session, ...], viewport: dict[str, int]) -> None:
    for session in sessions:
        session.page.set_viewport_size(viewport)


def _preview_text(session: Session) -> str:
    """Return the text of the A4 sheets framed on the page, once they are laid out."""
    frame = session.page.frame_locator("iframe.document-preview")
    frame.locator("body").wait_for()
    # The sheets shrink to the frame: a phone shows each page's whole width, none cropped.
    sideways = frame.locator("html").evaluate("h => h.scrollWidth - h.clientWidth")
    assert sideways <= 1, f"the framed sheets are {sideways} px too wide"
    return frame.locator("body").inner_text()


@pytest.mark.parametrize("width", list(WIDTHS))
def test_it_takes_a_cong_van_from_the_staffs_draft_through_the_leader_to_the_unit(
    people, live_lantoa: LiveServer, width: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    campaign, deadlines, staff, leader, reporter = people
    _width((staff, leader, reporter), WIDTHS[width])
    deadline = deadlines[0] if width == "desktop" else deadlines[1]
    title = f"Báo cáo nhanh kết quả tuần ({width})"
    live_lantoa.shell(OVERDUE.format(campaign=campaign, title=title))

    # 1. Staff open the letter from the campaign: the units behind are ticked, with what they owe.
    staff.go(f"/dot/{campaign}/")
    staff.page.click("text=Công văn đôn đốc")
    staff.page.wait_for_selector("input[name=don_vi]")
    boxes = staff.page.locator("input[name=don_vi]")
    assert boxes.count() > 1 and all(boxes.nth(i).is_checked() for i in range(boxes.count()))
    assert title in staff.page.content()
    staff.shot(f"cv-01-soan-{width}")
    # One unit left out, the new deadline, an edited request.
    staff.page.get_by_label(LEFT_OUT, exact=True).uncheck()
    staff.page.fill("#id_han_moi", deadline)  # typed dd/mm/yyyy, as it is shown
    staff.page.fill("#id_noi_dung", f"Đề nghị các đơn vị hoàn thành và báo cáo ({width}).")
    staff.page.click("main form.card button[type=submit]")
    staff.page.wait_for_url(re.compile(r"/cong-van/\d+/$"))
    letter_url = staff.page.url.removeprefix(live_lantoa.url)

    # 2. The preview is the letter as it will be issued: new deadline, edited text, unit left out.
    sheets = _preview_text(staff)
    assert f"chậm nhất ngày {deadline}" in sheets
    assert f"hoàn thành và báo cáo ({width})" in sheets
    assert LEFT_OUT not in sheets and OWN_UNIT in sheets
    staff.shot(f"cv-02-xem-truoc-{width}")
    staff.press("button[value=submit]")
    assert "Đã gửi lãnh đạo duyệt" in staff.page.content()

    # 3. The leader finds it on the home page and approves it: only now is a number taken.
    leader.go("/")
    inbox = leader.page.locator("#cho-duyet")
    assert "Công văn đôn đốc chờ duyệt" in inbox.inner_text()
    leader.shot(f"cv-03-hop-cho-duyet-{width}")
    inbox.locator(f"a[href='{letter_url}']").click()
    leader.page.wait_for_url(re.compile(re.escape(letter_url) + "$"))
    assert f"chậm nhất ngày {deadline}" in _preview_text(leader)
    leader.shot(f"cv-04-duyet-{width}")
    leader.press("button[value=approve]")
    issued = re.search(r"Công văn số (\d+-CV/[\w]+)", leader.page.content())
    assert issued, "no number taken at approval"
    code = issued.group(1)
    leader.shot(f"cv-05-da-ban-hanh-{width}")

    # 4. The unit is told the new date, stays late by the deadline it missed, downloads the letter.
    reporter.go("/")
    assert f"Công văn đôn đốc số {code}: hạn mới {deadline}" in reporter.page.content()
    reporter.shot(f"cv-06-thong-bao-{width}")
    reporter.go("/bao-cao/")
    row = reporter.page.locator("li", has_text=title).first
    assert "Quá hạn" in row.inner_text() and "gia hạn" not in row.inner_text()
    letter = reporter.page.locator("ul.letters li", has_text=code)
    assert deadline in letter.inner_text()
    reporter.shot(f"cv-07-viec-cua-don-vi-{width}")
    with reporter.page.expect_download() as download_info:
        letter.locator("text=Tải .pdf").click()
    pdf = Path(download_info.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF-") and download_info.value.suggested_filename.endswith(".pdf")


@pytest.mark.parametrize("width", list(WIDTHS))
def test_it_has_a_leader_approve_a_progress_report_after_seeing_its_pages(
    people, width: str
) -> None:  # type: ignore[no-untyped-def]
    campaign, _deadlines, staff, leader, _reporter = people
    _width((staff, leader), WIDTHS[width])

    # 1. Staff draft the progress report from the data and send it to a leader.
    staff.go(f"/bao-cao-chinh-thuc/?dot={campaign}")
    staff.page.select_option("select[name=kind]", "progress")
    staff.page.click("main button.primary")
    staff.page.wait_for_url(re.compile(r"/bao-cao-chinh-thuc/\d+/$"))
    report_url = staff.page.url.removeprefix(staff.live.url)
    staff.press("button[value=submit]")
    assert "Đã gửi lãnh đạo duyệt" in staff.page.content()

    # 2. The leader opens it from the inbox and sees the whole document as it will be issued.
    leader.go("/")
    leader.page.locator(f"#cho-duyet a[href='{report_url}']").click()
    leader.page.wait_for_url(re.compile(re.escape(report_url) + "$"))
    sheets = leader.page.frame_locator("iframe.document-preview")
    text = _preview_text(leader)
    for part in ("BÁO CÁO", "II- KẾT QUẢ", "Nơi nhận", "Phụ lục 1", "Phụ lục 3"):
        assert part in text, part
    charts = sheets.locator("img")
    assert charts.count() >= 1
    charts.first.scroll_into_view_if_needed()
    drawn = charts.first.evaluate("img => img.complete && img.naturalWidth")
    assert drawn and drawn > 100, "the chart images are not drawn"
    leader.shot(f"bc-01-xem-toan-van-{width}")
    leader.press("button[value=approve]")
    assert "Đã phê duyệt báo cáo" in leader.page.content()
    assert "Lãnh đạo đã duyệt" in leader.page.content()
    leader.shot(f"bc-02-da-duyet-{width}")
