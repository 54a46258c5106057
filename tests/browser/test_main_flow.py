"""The main flow in a real browser: guidance → campaign → a commune reports from a phone →
the board returns it → the commune resubmits → the dashboard changes."""

from __future__ import annotations

import datetime
import re
import struct
import time
import zlib
from pathlib import Path
from typing import Any

import pyotp
import pytest

from tests.browser.conftest import ARTIFACTS, TOTP_SECRET, LiveServer

pytestmark = pytest.mark.browser
# This module's server starts as an operator's does, with its migrate and its daily jobs; the
# other modules' skip both (tests/browser/served.py).
AS_DEPLOYED = True
SEED = Path(__file__).resolve().parents[2] / "src/lantoa/guidance/demo/kl51-huong-dan-dien-bien.txt"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PASSWORD = "lantoa-demo-2026"


def photo(path: Path) -> Path:
    """Write a small real PNG (a red square) to stand in for a phone photo."""
    width = height = 32
    raw = b"".join(b"\x00" + b"\xb3\x14\x1b" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


class Session:
    """One person's browser window, recording every request that leaves the server."""

    def __init__(
        self,
        browser,
        live: LiveServer,
        viewport: dict[str, int],
        who: str,
        *,
        storage_state: dict[str, Any] | None = None,
    ) -> None:  # type: ignore[no-untyped-def]
        """Open a window; with storage_state, it carries another window's sign-in (cookies)."""
        self.live = live
        self.who = who
        self.outside: list[str] = []
        self._open(browser, viewport, storage_state)

    def _open(self, browser, viewport, storage_state: dict[str, Any] | None) -> None:  # type: ignore[no-untyped-def]
        self.context = browser.new_context(
            viewport=viewport, locale="vi-VN", accept_downloads=True, storage_state=storage_state
        )
        self.page = self.context.new_page()
        self.page.on("request", self._watch)

    def reopen(self, storage_state: dict[str, Any]) -> None:
        """Open this window again carrying the sign-in another window made (its cookies)."""
        browser, viewport = self.context.browser, self.page.viewport_size
        self.context.close()
        self._open(browser, viewport, storage_state)

    def _watch(self, request) -> None:  # type: ignore[no-untyped-def]
        if not request.url.startswith((self.live.url, "data:", "blob:", "about:")):
            self.outside.append(request.url)

    def go(self, path: str) -> None:
        self.page.goto(self.live.url + path)

    def shot(self, step: str) -> None:
        self.page.screenshot(path=str(ARTIFACTS / f"{step}-{self.who}.png"), full_page=True)
        # Nothing may push the page wider than the screen (a phone would scroll sideways).
        width = self.page.evaluate("document.documentElement.scrollWidth")
        assert width <= self.page.viewport_size["width"], f"{step}: {width} px wide"

    def press(self, selector: str) -> None:
        """Click a form's button and wait for the page the server answers with."""
        button = self.page.locator(selector)
        # Back up to the button (the reader may have scrolled down through the framed sheets).
        button.scroll_into_view_if_needed()
        # The answer's own load, not half a second of quiet after whichever page was showing.
        with self.page.expect_navigation():
            button.click()

    def login(self, username: str, *, totp: bool = False) -> None:
        self.go("/tai-khoan/dang-nhap/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", PASSWORD)
        self.press("main button[type=submit]")
        if totp:
            self.page.wait_for_url(re.compile("xac-thuc-hai-buoc"))
            # The next step's code: the enrolment already used the current one.
            code = pyotp.TOTP(TOTP_SECRET).at(time.time() + 30)
            self.page.fill("input[name=ma]", code)
            self.press("main button[type=submit]")


def test_it_runs_the_whole_campaign_flow(
    chromium_browser, live_lantoa: LiveServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    board = Session(chromium_browser, live_lantoa, DESKTOP, "ban")
    board.login("bantuyengiao", totp=True)
    assert "Xin chào" in board.page.content()

    # 1. The board uploads the seed guidance and reviews what Lan Tỏa read.
    board.go("/huong-dan/tai-len/")
    board.page.set_input_files("#tep", str(SEED))
    board.page.click("form[enctype] button[type=submit]")
    board.page.wait_for_url(re.compile(r"/huong-dan/\d+/$"))
    # The worker reads the file while the page waits, then the page opens the review itself.
    board.page.wait_for_selector("button[value=confirm]", timeout=60_000)
    body = board.page.content()
    assert "51-KL/TW" in body and "Trần Thị Lan Hương" in body
    board.shot("01-ra-soat")
    board.page.click("button[value=confirm]")
    board.page.wait_for_url(re.compile(r"/dot/\d+/$"))
    campaign_id = int(re.search(r"/dot/(\d+)/$", board.page.url).group(1))
    assert "Nhiệm vụ (12)" in board.page.content()
    board.shot("02-dot-tuyen-truyen")

    # 2. The board asks the units for a report.
    board.go(f"/bao-cao/dot/{campaign_id}/yeu-cau/them/")
    board.page.fill("#id_title", "Báo cáo kết quả quán triệt Kết luận 51")
    # A date typed dd/mm/yyyy, as the box shows it whatever the browser's language.
    due = datetime.date.today() + datetime.timedelta(days=30)  # the form refuses a past one
    board.page.fill("#id_due_date", f"{due:%d/%m/%Y}")
    board.page.click("button.primary")
    board.page.wait_for_url(re.compile(r"/bao-cao/yeu-cau/\d+/$"))
    request_url = board.page.url

    # 3. A commune reporter, on a phone, records a conference with a photo.
    phone = Session(chromium_browser, live_lantoa, PHONE, "xa")
    phone.login("dienbienphu")
    phone.go("/bao-cao/")
    phone.shot("03-viec-cua-don-vi")
    phone.page.click("text=+ Ghi nhận hoạt động")
    phone.page.wait_for_selector("#figures")
    # Switching the channel swaps in that channel's figures (htmx): oral, then conference.
    phone.page.select_option("select[name=channel]", "oral")
    phone.page.wait_for_selector("input[name=listeners]")
    phone.page.select_option("select[name=channel]", "conference")
    phone.page.wait_for_selector("input[name=listeners]", state="detached")
    phone.page.wait_for_selector("input[name=party_members_present]")
    phone.page.fill("#id_date", "2026-06-25")
    phone.page.fill("#id_title", "Hội nghị quán triệt Kết luận 51-KL/TW")
    phone.page.fill("input[name=sessions]", "1")
    phone.page.fill("input[name=party_members_present]", "640")
    phone.page.set_input_files("input[name=file]", str(photo(tmp_path / "hoi-nghi.png")))
    phone.shot("04-ghi-nhan-hoat-dong")
    phone.page.click("button.primary")
    phone.page.wait_for_url(re.compile(r"/bao-cao/dot/\d+/don-vi/\d+/$"))
    assert "Đã ghi nhận hoạt động" in phone.page.content()
    assert "640" in phone.page.content()
    phone.shot("05-hoat-dong-da-luu")

    # 4. The reporter submits the report.
    phone.go("/bao-cao/")
    phone.page.click("text=Nộp báo cáo")
    phone.page.fill("#id_results", "Đã tổ chức hội nghị quán triệt cho toàn thể đảng viên.")
    phone.page.click("button.primary")
    phone.page.wait_for_url(re.compile("/bao-cao/$"))

    # 5. The board returns it with a reason.
    board.page.goto(request_url)
    board.page.fill("input[name=reason]", "Bổ sung số liệu tuyên truyền trên loa truyền thanh.")
    board.press("button[value=return]")
    assert "Đã trả lại báo cáo" in board.page.content()
    board.shot("06-tra-lai")

    # 6. The reporter sees why, corrects and resubmits.
    phone.go("/bao-cao/")
    assert "Bổ sung số liệu tuyên truyền trên loa truyền thanh" in phone.page.content()
    phone.shot("07-bi-tra-lai")
    phone.page.click("text=Bổ sung và nộp lại")
    phone.page.fill("#id_results", "Đã bổ sung: 12 lượt phát trên loa truyền thanh.")
    phone.page.click("button.primary")
    phone.page.wait_for_url(re.compile("/bao-cao/$"))
    assert "Đã nộp báo cáo" in phone.page.content()

    # 7. The dashboard shows the commune's coverage and its report.
    board.go(f"/bao-cao/theo-doi/dot/{campaign_id}/")
    dashboard = board.page.content()
    assert "Đảng ủy phường Điện Biên Phủ" in dashboard
    board.shot("08-bang-theo-doi")

    # 8. The board drafts the progress report from the data and downloads it.
    board.go(f"/bao-cao-chinh-thuc/?dot={campaign_id}")
    board.page.click("main button.primary")
    board.page.wait_for_url(re.compile(r"/bao-cao-chinh-thuc/\d+/$"))
    board.shot("09-bao-cao-so-ket")
    with board.page.expect_download() as download_info:
        board.page.click("text=Tải .pdf")
    download = download_info.value
    report = Path(download.path())
    assert download.suggested_filename.endswith(".pdf")
    assert report.read_bytes().startswith(b"%PDF") and report.stat().st_size > 20_000

    for session in (board, phone):
        assert session.outside == [], f"requests outside the server: {session.outside}"
        session.context.close()
