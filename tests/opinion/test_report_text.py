"""The opinion report of a quiet period reads as a signed document: every section says something."""

import datetime

import pytest

from lantoa.core.partydoc import Heading, Paragraph
from lantoa.opinion.report import OpinionPeriod, opinion_report_document

pytestmark = pytest.mark.django_db


def test_it_says_that_nothing_was_recorded_instead_of_counting_zeros_and_leaving_a_section_empty():
    today = datetime.date.today()
    document = opinion_report_document(
        period=OpinionPeriod(start=today - datetime.timedelta(days=13), end=today)
    )
    body = document.body
    for block, following in zip(body, [*body[1:], None], strict=True):
        if isinstance(block, Heading):
            assert following is not None and not isinstance(following, Heading), block.text
    text = " ".join(block.text for block in body if isinstance(block, Paragraph))
    assert "0 ý kiến" not in text and "(0%)" not in text and "(0 %)" not in text
    assert "chưa ghi nhận ý kiến" in text
