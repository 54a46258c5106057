"""The dashboard's export carries the awareness column its page shows, with the same figures."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.awareness.helpers import answer, approved_bank, opened, session
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_exports_each_units_share_correct_after_sessions_as_the_page_shows_it(
    kl51_campaign, board_user
):
    bank = approved_bank(kl51_campaign, 5)
    activity = session(kl51_campaign)
    before, after = opened(activity, bank, "before"), opened(activity, bank, "after")
    for i in range(5):
        answer(before, f"b{i}", right=2)
        answer(after, f"a{i}", right=4)
    board = client_for(board_user)
    page = board.get(reverse("reporting:dashboard", args=[kl51_campaign.pk])).content.decode()
    assert "80,0%" in page and "+40,0%" in page
    data = board.get(reverse("reporting:dashboard_export", args=[kl51_campaign.pk, "xlsx"]))
    sheet = load_workbook(io.BytesIO(data.content)).active
    header = [c.value for c in sheet[2]]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=3)}
    after_col = header.index("Nhận thức sau buổi học (% trả lời đúng)")
    change_col = header.index("Thay đổi so với trước buổi học (điểm %)")
    assert rows["03127"][after_col].value == 80.0 and rows["03127"][change_col].value == 40.0
    assert rows["03160"][after_col].value is None  # no check held: blank, as the page's dash
    text = board.get(reverse("reporting:dashboard_export", args=[kl51_campaign.pk, "csv"]))
    lines = list(csv.reader(io.StringIO(text.content.decode("utf-8-sig"))))
    assert "Nhận thức sau buổi học (% trả lời đúng)" in lines[0]
