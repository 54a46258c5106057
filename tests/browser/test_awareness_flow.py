"""An awareness check on 390 px phones: the board builds it from the bank for a demo conference,
ten anonymous phones answer before and after, the unit sees the change with its interval, and
the progress report carries the awareness sentence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lantoa.awareness.results import percent, wilson
from tests.browser.conftest import LiveServer
from tests.browser.test_main_flow import PHONE, Session

pytestmark = pytest.mark.browser
GROUND = "activities"  # the demo campaign and its activities, loaded once (conftest.GROUNDS)
# The demo campaign, its activities and its approved bank (the demo's own checks are elsewhere).
SETUP = """
from lantoa.awareness.demo import awareness_load_demo
from lantoa.guidance.demo import campaign_load_demo
from lantoa.reporting.demo import activities_load_demo
from lantoa.reporting.models import Activity
campaign = campaign_load_demo()
activities_load_demo(campaign)
awareness_load_demo(campaign)
conference = Activity.objects.filter(
    campaign=campaign, unit__code="03127", channel="conference", is_deleted=False
).order_by("date", "pk").first()
print(campaign.pk, conference.pk, conference.unit_id)
"""
# A check's code and its questions' right options, in the order the page shows them.
KEY = """
import json
from lantoa.awareness.models import AwarenessCheck
check = AwarenessCheck.objects.get(activity_id={activity}, phase="{phase}")
questions = check.questions.order_by("pk")
print(json.dumps({{"code": check.code, "questions": [
    [q.pk, q.kind, q.correct, len(q.options)] for q in questions
]}}))
"""
PHONES = 10
QUESTIONS = 5


def _open_check(board: Session, activity: int, phase: str) -> dict:
    board.go(f"/kiem-tra-nhan-thuc/hoat-dong/{activity}/")
    board.page.select_option("select[name=phase]", phase)
    boxes = board.page.locator("input[name=questions]")
    assert boxes.count() >= QUESTIONS
    for i in range(QUESTIONS):
        boxes.nth(i).check()
    board.press("main form.form button.primary")
    assert "Đã mở kiểm tra" in board.page.content()
    key = json.loads(board.live.shell(KEY.format(activity=activity, phase=phase)).split("\n")[-2])
    assert key["code"] in board.page.content()
    return key


def _answer(phone: Session, key: dict, right: int) -> None:
    """Type the code on the phone and answer: the first `right` questions right, the rest wrong."""
    phone.go("/kiem-tra/")
    phone.page.fill("#ma", key["code"].lower())
    phone.page.click("button[type=submit]")
    phone.page.wait_for_url(re.compile(f"/kiem-tra/{key['code']}/$"))
    for number, (pk, _kind, correct, options) in enumerate(key["questions"]):
        wrong = [i for i in range(options) if i not in correct][:1]
        for index in correct if number < right else wrong:
            phone.page.locator(f"input[name=q{pk}][value='{index}']").check()
    phone.press("button[type=submit]")
    assert "Đã ghi nhận câu trả lời" in phone.page.content()


def _preview_text(session: Session) -> str:
    frame = session.page.frame_locator("iframe.document-preview")
    frame.locator("body").wait_for()
    return frame.locator("body").inner_text()


def test_it_measures_a_conference_from_the_bank_to_the_progress_report(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    campaign, activity, unit = (int(v) for v in live_lantoa.shell(SETUP).split()[-3:])
    board = Session(chromium_browser, live_lantoa, PHONE, "nt-ban")
    board.login("bantuyengiao", totp=True)

    # 1. The board looks at the approved bank, then opens the before check at the conference.
    board.go(f"/kiem-tra-nhan-thuc/dot/{campaign}/cau-hoi/")
    assert "Đã duyệt" in board.page.content()
    board.shot("nt-01-ngan-hang")
    before = _open_check(board, activity, "before")
    assert board.page.locator("img[alt^='Mã QR']").count() == 1
    board.shot("nt-02-mo-kiem-tra")
    with board.page.expect_download() as sheet:
        board.page.click("text=Tải phiếu trả lời giấy")
    assert Path(sheet.value.path()).read_bytes().startswith(b"%PDF")

    # 2. Ten phones, no account, each its own browser: two of five right before the session.
    phones = [Session(chromium_browser, live_lantoa, PHONE, f"nt-may-{n}") for n in range(PHONES)]
    for phone in phones:
        _answer(phone, before, right=2)
    phones[0].shot("nt-03-da-tra-loi")

    # 3. After the session: the same phones, four or five of five right.
    after = _open_check(board, activity, "after")
    for n, phone in enumerate(phones):
        _answer(phone, after, right=4 if n % 2 else 5)

    # 4. The unit's reporter sees before, after with its 95 % interval, and the change.
    reporter = Session(chromium_browser, live_lantoa, PHONE, "nt-xa")
    reporter.login("dienbienphu")
    reporter.go(f"/bao-cao/dot/{campaign}/don-vi/{unit}/")
    summary = reporter.page.locator("h2:has-text('Kiểm tra nhận thức') + table").inner_text()
    low, high = wilson(45, 50)
    assert percent(0.4) in summary and percent(0.9) in summary, summary
    assert f"{percent(low)}–{percent(high)}" in summary, summary
    assert f"+{percent(0.5)}" in summary and "có ý nghĩa" in summary, summary
    reporter.shot("nt-04-ket-qua-don-vi")

    # 5. The board drafts the progress report: the awareness sentence is in it.
    board.go(f"/bao-cao-chinh-thuc/?dot={campaign}")
    board.page.select_option("select[name=kind]", "progress")
    board.page.click("main button.primary")
    board.page.wait_for_url(re.compile(r"/bao-cao-chinh-thuc/\d+/$"))
    text = _preview_text(board)
    assert "lượt kiểm tra nhận thức" in text and "tỷ lệ trả lời đúng tăng từ" in text
    board.shot("nt-05-bao-cao-so-ket")

    for session in (board, reporter, *phones):
        assert session.outside == [], f"requests outside the server: {session.outside}"
        session.context.close()
