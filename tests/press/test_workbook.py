"""An agency's plan and items through its pre-filled workbook: download, fill, upload back."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from lantoa.audit.models import AuditEntry
from lantoa.organization.models import Unit
from lantoa.press.models import PressItem, PressPlan
from lantoa.press.services import PressItemInput, press_item_save, press_plan_save
from lantoa.press.sheetrows import ITEMS_SHEET, PLAN_SHEET, month_read
from lantoa.press.workbook import INFO_SHEET
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db
JULY = datetime.date(2026, 7, 2)


@pytest.fixture
def newspaper():
    return Unit.objects.get(code="BAO-PTTH")


@pytest.fixture
def editor(db):
    return make_user("bientap.excel", "BAO-PTTH", "press")


@pytest.fixture
def stored(kl51_campaign, newspaper):
    press_plan_save(unit=newspaper, campaign=kl51_campaign, month=JULY, planned_items=4, user=None)
    return press_item_save(
        unit=newspaper,
        campaign=kl51_campaign,
        data=PressItemInput(
            title="Điện Biên quán triệt Kết luận 51",
            outlet="Báo Điện Biên Phủ điện tử",
            date=JULY,
            channel="online",
            url="https://baodienbienphu.info.vn/kl51",
        ),
        user=None,
    )


def download(client, unit, campaign) -> openpyxl.Workbook:
    url = reverse("press:workbook_download", args=[unit.pk]) + f"?dot={campaign.pk}"
    answer = client.get(url)
    assert answer.status_code == 200
    return openpyxl.load_workbook(io.BytesIO(answer.content))


def upload(client, unit, book: openpyxl.Workbook, name: str = "bao-chi.xlsx"):
    out = io.BytesIO()
    book.save(out)
    file = io.BytesIO(out.getvalue())
    file.name = name
    return client.post(reverse("press:workbook_upload", args=[unit.pk]), {"tep": file})


def first_blank_row(sheet) -> int:
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 4).value is None)


def test_it_prefills_the_campaigns_months_and_the_stored_items(
    kl51_campaign, newspaper, editor, stored
):
    book = download(client_for(editor), newspaper, kl51_campaign)
    plans = {row[0]: row[1] for row in book[PLAN_SHEET].iter_rows(min_row=2, values_only=True)}
    assert plans["07/2026"] == 4
    items = [row for row in book[ITEMS_SHEET].iter_rows(min_row=2, values_only=True) if row[3]]
    assert [(r[0], r[1], r[2], r[3], r[6]) for r in items] == [
        (
            stored.pk,
            datetime.datetime(2026, 7, 2),
            "Báo điện tử, website, cổng thông tin",
            stored.title,
            stored.url,
        )
    ]
    assert book[INFO_SHEET]["A1"].value.startswith("Kế hoạch và tin, bài")


def test_it_stores_new_and_corrected_rows_and_a_plan_month(
    kl51_campaign, newspaper, editor, stored
):
    client = client_for(editor)
    book = download(client, newspaper, kl51_campaign)
    items = book[ITEMS_SHEET]
    items.cell(2, 4).value = "Điện Biên quán triệt Kết luận 51 (cập nhật)"
    row = first_blank_row(items)
    channel = items.cell(2, 3).value  # a label of the list
    for column, value in enumerate(
        [None, "15/07/2026", channel, "Bài mới", "Báo ĐBP", "", "https://x.vn/moi", None],
        start=1,
    ):
        items.cell(row, column).value = value
    plan = book[PLAN_SHEET]
    august = next(r for r in range(2, plan.max_row + 1) if plan.cell(r, 1).value == "08/2026")
    plan.cell(august, 2).value = "1.200"
    plan.cell(august, 3).value = "Chuyên mục Sở hữu trí tuệ"
    row_entries = AuditEntry.objects.filter(detail__op="press_item_save").count()
    answer = upload(client, newspaper, book)
    assert answer.status_code == 302, answer.content.decode()[:2000]
    stored.refresh_from_db()
    assert stored.title.endswith("(cập nhật)")
    new = PressItem.objects.get(title="Bài mới")
    assert new.date == datetime.date(2026, 7, 15) and new.activity is not None
    assert PressPlan.objects.get(unit=newspaper, month=datetime.date(2026, 8, 1)).planned_items == (
        1200
    )
    # One audit entry for the file, naming what it wrote, as an activity import has.
    entry = AuditEntry.objects.filter(detail__op="press_workbook_apply").get()
    assert entry.user == editor
    assert sorted(entry.detail["items"]) == sorted([stored.pk, new.pk])
    assert entry.detail["plans"] == ["2026-08-01"]
    assert AuditEntry.objects.filter(detail__op="press_item_save").count() == row_entries
    # Saving the same file again changes nothing more.
    again = download(client, newspaper, kl51_campaign)
    before = AuditEntry.objects.count()
    follow = upload(client, newspaper, again)
    assert follow.status_code == 302
    assert AuditEntry.objects.count() == before
    assert PressItem.objects.filter(unit=newspaper).count() == 2


def test_it_names_every_bad_row_and_stores_nothing(kl51_campaign, newspaper, editor, stored):
    client = client_for(editor)
    book = download(client, newspaper, kl51_campaign)
    items = book[ITEMS_SHEET]
    row = first_blank_row(items)
    rows = [
        [None, "31/02/2026", "Báo in, bản tin", "Ngày sai", "Báo", "12", None, None],
        [None, "16/07/2026", "Truyền miệng", "Loại hình sai", "Báo", "13", None, None],
        [None, "17/07/2026", items.cell(2, 3).value, "Không có nguồn", "Báo", None, None, None],
        [99999, "18/07/2026", items.cell(2, 3).value, "Mã lạ", "Báo", "14", None, None],
        [None, "19/07/2026", items.cell(2, 3).value, "Hợp lệ", "Báo", "15", None, None],
    ]
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            items.cell(row + offset, column).value = value
    book[PLAN_SHEET].cell(2, 2).value = "nhiều"
    counts = (PressItem.objects.count(), PressPlan.objects.count(), stored.title)
    answer = upload(client, newspaper, book)
    assert answer.status_code == 400
    page = answer.content.decode()
    assert "chưa lưu gì" in page
    assert f"Trang &#x27;{ITEMS_SHEET}&#x27;, dòng {row}, cột &#x27;Ngày đăng, phát&#x27;" in page
    assert f"dòng {row + 1}, cột &#x27;Loại hình&#x27;" in page
    assert f"dòng {row + 2}, cột &#x27;Đường dẫn&#x27;" in page
    assert f"dòng {row + 3}: mã tin, bài 99999 không phải" in page
    assert f"Trang &#x27;{PLAN_SHEET}&#x27;, dòng 2, cột &#x27;Số tin, bài" in page
    assert "Hợp lệ" not in set(PressItem.objects.values_list("title", flat=True))
    assert counts == (PressItem.objects.count(), PressPlan.objects.count(), stored.title)


def test_it_refuses_another_agencys_file_and_a_file_that_is_not_a_workbook(
    kl51_campaign, newspaper, editor, stored, board_user
):
    portal = Unit.objects.get(code="CONG-TTDT")
    foreign_book = download(client_for(board_user), portal, kl51_campaign)
    client = client_for(editor)
    answer = upload(client, newspaper, foreign_book)
    assert answer.status_code == 400
    assert "được tạo cho cơ quan hoặc đợt tuyên truyền khác" in answer.content.decode()
    file = io.BytesIO(b"MZ\x90\x00 not a workbook")
    file.name = "bao-chi.xlsx"
    answer = client.post(reverse("press:workbook_upload", args=[newspaper.pk]), {"tep": file})
    assert answer.status_code == 400
    assert PressItem.objects.count() == 1


def test_it_lets_board_staff_download_but_not_upload(kl51_campaign, newspaper, stored, board_user):
    board = client_for(board_user)
    book = download(board, newspaper, kl51_campaign)
    page = board.get(reverse("press:workbook_upload", args=[newspaper.pk]))
    assert page.status_code == 200 and 'type="file"' not in page.content.decode()
    assert upload(board, newspaper, book).status_code == 403


def test_it_reads_a_month_as_people_type_it():
    assert month_read("07/2026") == datetime.date(2026, 7, 1)
    assert month_read("7/2026") == datetime.date(2026, 7, 1)
    assert month_read("01/07/2026") == datetime.date(2026, 7, 1)  # Excel made it a date
    assert month_read("13/2026") is None
    assert month_read("tháng bảy") is None


def test_it_refuses_to_lose_a_stored_plan_month_to_a_cleared_cell(
    kl51_campaign, newspaper, editor, stored
):
    client = client_for(editor)
    book = download(client, newspaper, kl51_campaign)
    plan = book[PLAN_SHEET]
    july = next(r for r in range(2, plan.max_row + 1) if plan.cell(r, 1).value == "07/2026")
    plan.cell(july, 2).value = None
    answer = upload(client, newspaper, book)
    assert answer.status_code == 400
    assert "tháng 07/2026 đã có kế hoạch 4 tin, bài" in answer.content.decode()
    assert PressPlan.objects.get(unit=newspaper, month=datetime.date(2026, 7, 1)).planned_items == 4


def test_it_refuses_items_sorted_without_their_hidden_ids(kl51_campaign, newspaper, editor, stored):
    # The protected sheet lets an editor sort only the open columns (B onwards): the locked
    # 'Mã tin, bài' stays put, so a stored item's id ends up beside another row's values.
    client = client_for(editor)
    book = download(client, newspaper, kl51_campaign)
    items = book[ITEMS_SHEET]
    reported = [items.cell(2, column).value for column in range(2, 9)]
    newer = ["01/07/2026", reported[1], "Bài mới", "Báo ĐBP", "", "https://x.vn/moi", None]
    for column, value in enumerate(newer, start=2):
        items.cell(2, column).value = value
    for column, value in enumerate(reported, start=2):
        items.cell(3, column).value = value
    answer = upload(client, newspaper, book)
    assert answer.status_code == 400
    assert (
        f"Trang &#x27;{ITEMS_SHEET}&#x27;, dòng 3: dòng này có đúng nội dung của tin, bài đã "
        "có ở dòng 2" in answer.content.decode()
    )
    stored.refresh_from_db()
    assert PressItem.objects.get() == stored
    assert stored.title == "Điện Biên quán triệt Kết luận 51"
