"""The Excel round trip in a real browser on a phone: download the unit's template, add a row
and mark one for deletion, upload, watch the check, preview, apply."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from tests.browser.conftest import LiveServer
from tests.browser.test_main_flow import PHONE, Session
from tests.reporting.excel_support import edit, new_conference

pytestmark = pytest.mark.browser
GROUND = "campaign"  # the demo campaign, loaded once a session (conftest.GROUNDS)
NEW = "Hội nghị quán triệt tại phường"
MISTAKE = "Buổi nói chuyện nhập nhầm"
SETUP = """
import datetime
from lantoa.guidance.demo import campaign_load_demo
from lantoa.organization.models import Unit
from lantoa.reporting.services import ActivityInput, activity_record
MISTAKE = "Buổi nói chuyện nhập nhầm"
campaign = campaign_load_demo()
unit = Unit.objects.get(code="03127")
talk = ActivityInput(channel="oral", date=datetime.date(2026, 6, 26), title=MISTAKE)
activity_record(campaign=campaign, unit=unit, data=talk, user=None)
print(campaign.pk, unit.pk)
"""


def test_it_round_trips_the_units_excel_template_on_a_phone(
    chromium_browser, live_lantoa: LiveServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    campaign_id, unit_id = (int(n) for n in live_lantoa.shell(SETUP).split()[-2:])
    unit_page = f"/bao-cao/dot/{campaign_id}/don-vi/{unit_id}/"
    phone = Session(chromium_browser, live_lantoa, PHONE, "excel-xa")
    phone.login("dienbienphu")

    # 1. The unit's page offers its own template; it comes pre-filled with what was recorded.
    phone.go(unit_page)
    with phone.page.expect_download() as download_info:
        phone.page.click("text=Tải mẫu Excel")
    template = Path(download_info.value.path()).read_bytes()

    # 2. In Excel: one new conference, and the mistaken talk marked for deletion.
    filled = tmp_path / "bao-cao-dien-bien-phu.xlsx"
    filled.write_bytes(
        edit(
            template,
            {
                2: {"delete": "x"},
                3: new_conference(
                    title="Hội nghị quán triệt tại phường", date=datetime.date(2026, 7, 2)
                ),
            },
        )
    )

    # 3. Upload: the worker checks it while the page shows progress, then the preview.
    phone.page.click("text=Tải lên tệp Excel")
    phone.page.set_input_files("#tep", str(filled))
    phone.page.click("main button.primary")
    phone.page.wait_for_url(re.compile(r"/nhap/\d+/$"))
    phone.page.wait_for_selector("text=Áp dụng 2 thay đổi", timeout=60_000)
    preview = phone.page.content()
    assert NEW in preview and "Hoạt động sẽ xóa" in preview and MISTAKE in preview
    phone.shot("10-xem-truoc-excel")

    # 4. Apply: the worker applies it all at once.
    phone.page.click("text=Áp dụng 2 thay đổi")
    phone.page.wait_for_selector("text=Đã áp dụng", timeout=60_000)
    assert "Đã thêm 1 hoạt động, cập nhật 0, xóa 1." in phone.page.content()
    phone.shot("11-da-ap-dung-excel")

    # 5. The unit's activities now show the new one and not the withdrawn one.
    phone.go(unit_page)
    activities = phone.page.content()
    assert NEW in activities and MISTAKE not in activities
    assert phone.outside == [], f"requests outside the server: {phone.outside}"
    phone.context.close()


def test_it_lets_a_press_editor_pick_a_showcase_entry_by_searching(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    ids = live_lantoa.shell(
        "from lantoa.guidance.demo import campaign_load_demo\n"
        "from lantoa.organization.models import Unit\n"
        "from lantoa.showcase.services import entry_save\n"
        "campaign = campaign_load_demo()\n"
        "entry_save(name='Gạo Điện Biên', kind='product', commune=None, user=None)\n"
        "print(campaign.pk, Unit.objects.get(code='BAO-PTTH').pk)\n"
    )
    campaign_id, newspaper_id = (int(n) for n in ids.split()[-2:])
    phone = Session(chromium_browser, live_lantoa, PHONE, "bao-chi")
    phone.login("baodienbien")
    phone.go(f"/bao-chi/co-quan/{newspaper_id}/tin-bai/them/?dot={campaign_id}")
    phone.page.fill("#id_title", "Gạo Điện Biên và nhãn hiệu chứng nhận")
    phone.page.fill("#id_outlet", "Báo Điện Biên Phủ")
    phone.page.fill("#id_date", "03/07/2026")  # typed dd/mm/yyyy
    phone.page.fill("#id_issue_number", "2041")
    phone.page.fill("#id_showcase_q", "gao dien bien")
    phone.page.wait_for_selector(
        "#id_showcase option:checked:has-text('Gạo Điện Biên')", state="attached"
    )
    phone.shot("12-bao-chi-chon-tieu-bieu")
    phone.page.click("main button.primary")
    phone.page.wait_for_url(re.compile(rf"/bao-chi/co-quan/{newspaper_id}/$"))
    assert "Giới thiệu: Gạo Điện Biên" in phone.page.content()
    assert phone.outside == [], f"requests outside the server: {phone.outside}"
    phone.context.close()
