"""The opinion report's table by place counts the report's own period, as its total does."""

import datetime

import pytest

from lantoa.core.partydoc import Table
from lantoa.opinion.report import OpinionPeriod, opinion_report_document
from lantoa.opinion.trends import week_start
from tests.opinion.helpers import ingest

pytestmark = pytest.mark.django_db


def _place_table(period: OpinionPeriod) -> Table:
    document = opinion_report_document(period=period)
    return next(
        block
        for block in document.body
        if isinstance(block, Table) and block.caption.startswith("Ý kiến theo địa bàn")
    )


def test_it_counts_every_item_of_the_period_by_place_not_only_its_last_weeks():
    today = datetime.date.today()
    # A Sunday twelve days or more back: the period's first week is not a whole week.
    start = week_start(today) - datetime.timedelta(days=8)
    ingest(["Bà con hỏi về nhãn hiệu gạo"], unit_code="03127", source="a", day=start)
    ingest(["Hợp tác xã hỏi thủ tục chỉ dẫn địa lý"], unit_code="03160", source="b", day=today)

    table = _place_table(OpinionPeriod(start=start, end=today))
    assert sum(row[1] for row in table.rows) == 2  # as the report's total says: 2 ý kiến
    assert {row[0] for row in table.rows} == {
        "Đảng ủy phường Điện Biên Phủ",
        "Đảng ủy xã Mường Nhé",
    }


def test_it_leaves_the_date_of_the_unnumbered_draft_blank_as_other_drafts_do():
    from lantoa.core.partydoc.text import vn_date_line

    today = datetime.date.today()
    document = opinion_report_document(period=OpinionPeriod(start=today, end=today))
    assert document.draft and document.number is None
    # The văn thư writes the number and the date when the leader signs, as on a report's draft.
    assert document.date is None
    assert vn_date_line(place="Điện Biên", date=document.date).endswith("năm 20..")
