"""A study contest on 390 px phones: the board opens a round, three people enter, winners come."""

from __future__ import annotations

import json

import pytest

from tests.browser.conftest import LiveServer
from tests.browser.test_homes import login
from tests.browser.test_main_flow import PHONE, Session

pytestmark = pytest.mark.browser
GROUND = "campaign"  # the demo campaign, loaded once a session (conftest.GROUNDS)
SETUP = """
from lantoa.awareness.demo import awareness_load_demo
from lantoa.guidance.demo import campaign_load_demo
campaign = campaign_load_demo()
awareness_load_demo(campaign)
print(campaign.pk)
"""
ANSWERS = """
import json
from lantoa.awareness.models import ContestRound
found = ContestRound.objects.get(code="{code}")
print(json.dumps({{q.pk: [q.correct, len(q.options)] for q in found.questions.all()}}))
"""


def enter(browser, live: LiveServer, code: str, name: str, right: int, answers: dict) -> Session:  # type: ignore[no-untyped-def]
    """One person on a phone, no account: name, unit, answers (the first `right` ones right)."""
    phone = Session(browser, live, PHONE, f"thi-sinh-{right}")
    phone.go(f"/cuoc-thi/{code}/")
    phone.page.fill("#ho_ten", name)
    phone.page.select_option("#don_vi", index=1)
    fields = phone.page.eval_on_selector_all(
        "fieldset input[name^=q]", "inputs => [...new Set(inputs.map(i => i.name))]"
    )
    for number, field in enumerate(fields):
        correct, options = answers[field[1:]]
        wrong = [i for i in range(options) if i not in correct][:1]
        for choice in correct if number < right else wrong:
            phone.page.check(f'input[name="{field}"][value="{choice}"]')
    phone.page.fill("#du_doan", "3")
    phone.page.check("input[name=dong_y]")
    phone.shot(f"40-du-thi-{right}")
    phone.press("button:has-text('Gửi bài dự thi')")
    refused = phone.page.locator("p.err").all_inner_texts()
    assert phone.page.is_visible("#da-ghi-nhan"), f"{name}: {refused}"
    return phone


def test_it_runs_a_round_with_three_entrants_to_its_winners(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    campaign_id = int(live_lantoa.shell(SETUP).split()[-1])
    board = Session(chromium_browser, live_lantoa, PHONE, "cuoc-thi-ban")
    login(board, "bantuyengiao", totp=True)
    board.go(f"/kiem-tra-nhan-thuc/dot/{campaign_id}/cuoc-thi/")
    board.page.fill("#id_title", "Cuộc thi tìm hiểu Kết luận 51 – thử trên điện thoại")
    board.page.fill("#id_winners", "2")
    board.press("button:has-text('Tạo cuộc thi')")
    board.page.fill("#id_opens_at", "01/01/2026 00:00")
    board.page.fill("#id_closes_at", "31/12/2099 23:00")
    board.page.fill("#id_draw", "5")
    board.press("button:has-text('Thêm vòng thi')")
    assert "Đang mở" in board.page.content()
    code = board.page.locator("td[data-label='Mã vòng thi'] strong").inner_text()
    board.shot("40-cuoc-thi")
    answers = json.loads(live_lantoa.shell(ANSWERS.format(code=code)).strip().splitlines()[-1])

    people = [
        enter(chromium_browser, live_lantoa, code, "Lò Văn Đúng Hết", 5, answers),
        enter(chromium_browser, live_lantoa, code, "Quàng Thị Bốn Câu", 4, answers),
        enter(chromium_browser, live_lantoa, code, "Cà Văn Sai Hết", 0, answers),
    ]
    board.page.reload()
    board.press("button:has-text('Đóng vòng thi')")
    assert "Đã đóng" in board.page.content()
    board.press("text=Kết quả, người đoạt giải")
    rows = board.page.locator("#vong-1 tbody tr")
    assert rows.count() == 3
    assert "Lò Văn Đúng Hết" in rows.nth(0).inner_text()
    assert "Quàng Thị Bốn Câu" in rows.nth(1).inner_text()
    assert board.page.locator("#vong-1 tr.winner").count() == 2
    assert "Đoạt giải" not in rows.nth(2).inner_text()
    board.shot("41-nguoi-doat-giai")
    for session in (board, *people):
        assert session.outside == [], f"requests outside the server: {session.outside}"
        session.context.close()
