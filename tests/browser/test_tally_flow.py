"""A paper check's totals on a 390 px phone: the unit's reporter downloads the pre-filled .xlsx
tally template, uploads it with a mistake (told row by row, nothing stored), then right."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from lantoa.awareness.tallies import TALLY_SHEET
from tests.browser.conftest import LiveServer
from tests.browser.test_main_flow import PHONE, Session

pytestmark = pytest.mark.browser
GROUND = "activities"  # the demo campaign and its activities, loaded once (conftest.GROUNDS)
# The demo campaign and bank; a check opened at the commune's conference, answered on paper.
SETUP = """
import datetime
from django.utils import timezone
from lantoa.awareness.demo import awareness_load_demo
from lantoa.awareness.models import Question
from lantoa.awareness.services import check_open
from lantoa.guidance.demo import campaign_load_demo
from lantoa.reporting.demo import activities_load_demo
from lantoa.reporting.models import Activity
campaign = campaign_load_demo()
activities_load_demo(campaign)
awareness_load_demo(campaign)
conference = Activity.objects.filter(
    campaign=campaign, unit__code="03127", channel="conference", is_deleted=False
).order_by("-date", "pk").first()
questions = list(Question.objects.filter(campaign=campaign, status="approved")[:5])
check = check_open(activity=conference, phase="after", questions=questions,
    closes_at=timezone.now() + datetime.timedelta(hours=1), user=None, title="Phiếu giấy thử")
print(conference.pk, check.pk)
"""
TALLIES = """
from lantoa.awareness.models import PaperTally
print(sorted(PaperTally.objects.filter(check_ref_id={check}).values_list("answered", "correct")))
"""


def _fill(path: Path, counts: list[tuple[object, object]], out: Path) -> Path:
    book = openpyxl.load_workbook(path)
    sheet = book[TALLY_SHEET]
    for row, (answered, correct) in enumerate(counts, start=2):
        sheet.cell(row, 3).value = answered
        sheet.cell(row, 4).value = correct
    buffer = io.BytesIO()
    book.save(buffer)
    out.write_bytes(buffer.getvalue())
    return out


def test_it_takes_a_paper_checks_totals_from_the_filled_template(
    chromium_browser, live_lantoa: LiveServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    activity, check = (int(v) for v in live_lantoa.shell(SETUP).split()[-2:])
    reporter = Session(chromium_browser, live_lantoa, PHONE, "pg-xa")
    reporter.login("dienbienphu")
    reporter.go(f"/kiem-tra-nhan-thuc/hoat-dong/{activity}/")
    reporter.page.click("text=Nhập tổng hợp từ tệp Excel")
    with reporter.page.expect_download() as download:
        reporter.page.click("text=Tải mẫu tổng hợp phiếu giấy")
    assert download.value.suggested_filename.endswith(".xlsx")
    template = tmp_path / download.value.suggested_filename
    download.value.save_as(template)
    rows = list(openpyxl.load_workbook(template)[TALLY_SHEET].iter_rows(values_only=True))
    assert len(rows) == 6 and all(row[4] for row in rows[1:]), rows
    reporter.shot("pg-01-mau")

    # A word in a count and more right than answered: both rows named, nothing stored.
    wrong = _fill(
        template, [(30, 20), ("ba mươi", 1), (30, 31), (30, 25), (30, 28)], tmp_path / "a.xlsx"
    )
    reporter.page.set_input_files("#tep", str(wrong))
    reporter.press("button:has-text('Lưu tổng hợp')")
    errors = reporter.page.locator("ul.tally-errors li").all_inner_texts()
    assert len(errors) == 2 and errors[0].startswith("Dòng 3, cột 'Số người trả lời'"), errors
    assert errors[1] == "Dòng 4: số trả lời đúng lớn hơn số người trả lời.", errors
    assert live_lantoa.shell(TALLIES.format(check=check)).strip().splitlines()[-1] == "[]"
    reporter.shot("pg-02-loi-tung-dong")

    right = _fill(template, [(30, 20), (30, 21), (30, 22), (30, 25), (30, 28)], tmp_path / "b.xlsx")
    reporter.page.set_input_files("#tep", str(right))
    reporter.page.click("button:has-text('Lưu tổng hợp')")
    reporter.page.wait_for_url(f"**/kiem-tra-nhan-thuc/hoat-dong/{activity}/")
    assert "Đã lưu tổng hợp phiếu giấy từ tệp Excel" in reporter.page.content()
    stored = live_lantoa.shell(TALLIES.format(check=check)).strip().splitlines()[-1]
    assert stored == "[(30, 20), (30, 21), (30, 22), (30, 25), (30, 28)]", stored
    reporter.shot("pg-03-da-luu")
    assert reporter.outside == [], f"requests outside the server: {reporter.outside}"
    reporter.context.close()
