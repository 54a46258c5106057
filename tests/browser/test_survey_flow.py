"""A survey on 390 px phones: the board creates it for an audience group in a commune with a
target sample, anonymous phones answer without script, and the board reads participation
against the target, the Likert spread, the open answers without identity, and no figure for
a group under five."""

from __future__ import annotations

import re

import pytest

from lantoa.awareness.results import TOO_FEW
from tests.browser.conftest import LiveServer
from tests.browser.test_main_flow import PHONE, Session

pytestmark = pytest.mark.browser
GROUND = "campaign"  # the demo campaign, loaded once a session (conftest.GROUNDS)
SETUP = """
from lantoa.guidance.demo import campaign_load_demo
from lantoa.organization.models import Unit
campaign = campaign_load_demo()
print(campaign.pk, Unit.objects.get(code="03127").pk)
"""
# (understanding, support, open answer) of each phone; one leaves a phone number in it.
ANSWERS = [
    (5, 5, "Nên in thêm tờ rơi về chỉ dẫn địa lý"),
    (4, 5, "Gọi tôi số 0912345678 để góp ý thêm"),
    (4, 4, ""),
    (3, 4, "Cần hướng dẫn đăng ký nhãn hiệu OCOP"),
    (5, 3, ""),
    (2, 4, "Tổ chức thêm hội nghị ở thôn"),
]
TARGET = 20


class Phone(Session):
    """A cheap phone's browser with script turned off: the answer page must work without it."""

    def __init__(self, browser, live: LiveServer, who: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__(browser, live, PHONE, who)
        self.context.close()
        self.context = browser.new_context(
            viewport=PHONE, locale="vi-VN", java_script_enabled=False
        )
        self.page = self.context.new_page()
        self.page.on("request", self._watch)


def _create(board: Session, campaign: int, unit: int, audience: str, title: str) -> str:
    """Create and open a survey on the campaign's page; return its code."""
    board.go(f"/kiem-tra-nhan-thuc/dot/{campaign}/khao-sat/")
    board.page.fill("#id_title", title)
    board.page.select_option("#id_audience", audience)
    board.page.select_option("#id_unit", str(unit))
    board.page.fill("#id_target_size", str(TARGET))
    board.page.fill("#id_understanding", "Đồng chí hiểu nội dung Kết luận 51 ở mức nào?")
    board.page.fill("#id_support", "Đồng chí đồng tình với việc bảo hộ chỉ dẫn địa lý?")
    board.page.fill("#id_open", "Đồng chí có đề xuất gì?")
    board.page.click("button:has-text('Tạo khảo sát')")
    board.page.wait_for_url(re.compile(r"/kiem-tra-nhan-thuc/khao-sat/\d+/$"))
    board.press("button:has-text('Mở khảo sát')")
    assert board.page.locator("img[alt^='Mã QR']").count() == 1
    return board.page.locator(".check-code").inner_text().strip()


def _answer(phone: Phone, code: str, understanding: int, support: int, text: str) -> None:
    phone.go(f"/khao-sat/{code}/")
    content = phone.page.content()
    assert "<script" not in content and "Phiếu không ghi tên" in content
    legends = phone.page.locator("fieldset")
    legends.nth(0).locator(f"input[value='{understanding}']").check()
    legends.nth(1).locator(f"input[value='{support}']").check()
    if text:
        legends.nth(2).locator("textarea").fill(text)
    phone.press("button:has-text('Gửi phiếu')")
    assert "Đã ghi nhận ý kiến" in phone.page.content()


def test_it_runs_a_survey_from_the_board_to_anonymous_phones_and_back(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    campaign, unit = (int(v) for v in live_lantoa.shell(SETUP).split()[-2:])
    board = Session(chromium_browser, live_lantoa, PHONE, "ks-ban")
    board.login("bantuyengiao", totp=True)

    # 1. The board creates a survey of the commune's party members and opens it.
    code = _create(board, campaign, unit, "can_bo_dang_vien", "Khảo sát đảng viên về KL 51")
    survey_url = board.page.url
    board.shot("ks-01-mo-khao-sat")

    # 2. Six phones, no account, no script: each answers once.
    phones = [Phone(chromium_browser, live_lantoa, f"ks-may-{n}") for n in range(len(ANSWERS))]
    for phone, (understanding, support, text) in zip(phones, ANSWERS, strict=True):
        _answer(phone, code, understanding, support, text)
    phones[0].shot("ks-02-da-gui")
    # A second answer from the same phone is refused, and nothing is counted twice.
    phones[0].go(f"/khao-sat/{code}/")
    phones[0].page.locator("fieldset").nth(0).locator("input[value='1']").check()
    phones[0].page.locator("fieldset").nth(1).locator("input[value='1']").check()
    phones[0].press("button:has-text('Gửi phiếu')")
    assert "đã trả lời" in phones[0].page.content()

    # 3. The board reads participation against the target and the spread of each scale.
    board.page.goto(survey_url)
    progress = board.page.locator("[data-progress]").inner_text()
    assert f"6/{TARGET} phiếu" in progress and "30,0%" in progress, progress
    table = board.page.locator("table").first.inner_text()
    # Understanding: one 2, one 3, two 4, two 5; support: one 3, three 4, two 5.
    rows = board.page.locator("table tbody tr")
    cells = [rows.nth(i).locator("td.num").all_inner_texts() for i in range(2)]
    assert cells[0][:5] == ["0", "1", "1", "2", "2"], (cells, table)
    assert cells[1][:5] == ["0", "0", "1", "3", "2"], (cells, table)
    assert "66,7%" in cells[0][6] and "83,3%" in cells[1][6], cells
    # Open answers without identity or time: sorted, the phone number masked.
    answers = board.page.locator("ul.open-answers li").all_inner_texts()
    assert len(answers) == 4 and answers == sorted(answers, key=_folded), answers
    assert not any("0912345678" in a for a in answers), answers
    board.shot("ks-03-ket-qua")

    # 4. A second group with only two answers: no figure for it, on its page or the list.
    small = _create(board, campaign, unit, "doan_vien_thanh_nien", "Khảo sát đoàn viên")
    small_url = board.page.url
    for n, phone in enumerate(phones[:2]):
        _answer(phone, small, 4 + n, 5, "")
    board.page.goto(small_url)
    text = board.page.locator("main").inner_text()
    assert "2/20 phiếu" in text and TOO_FEW in text.lower(), text
    assert board.page.locator("ul.open-answers").count() == 0
    board.go(f"/kiem-tra-nhan-thuc/dot/{campaign}/khao-sat/")
    groups = board.page.locator("h2:has-text('Theo nhóm đối tượng') + p + div table")
    youth = groups.locator("tr:has-text('Đoàn viên')").inner_text()
    members = groups.locator("tr:has-text('Cán bộ, đảng viên')").inner_text()
    assert TOO_FEW in youth and "%" not in youth, youth
    assert "%" in members, members
    board.shot("ks-04-nhom-duoi-5")

    for session in (board, *phones):
        assert session.outside == [], f"requests outside the server: {session.outside}"
        session.context.close()


def _folded(text: str) -> object:
    from lantoa.core.text import vn_sort_key

    return vn_sort_key(text)
