"""A lead's fields around its document reference: the day it gives the document."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document


def test_it_leaves_a_cited_documents_day_before_the_issuer_to_that_document() -> None:
    doc = parse_document(
        "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 4491/UBND-KGVX ngày 19/11/2020, UBND "
        "thành phố Thái Nguyên đã có Văn bản số 3102/UBND-VP ngày 20/11/2020 về việc báo cáo.\n"
    ).document
    assert (doc.number, doc.date) == ("3102/UBND-VP", date(2020, 11, 20))
