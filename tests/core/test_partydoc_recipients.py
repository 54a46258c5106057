"""Every drafted document spells its «Nơi nhận» list one way (core.partydoc.recipients)."""

import datetime
import re
from pathlib import Path

import pytest

from lantoa.campaigns.documents import unit_plan_document
from lantoa.core.partydoc.recipients import FILED, reported_to
from lantoa.opinion.report import OpinionPeriod, opinion_report_document
from lantoa.organization.models import Unit

SRC = Path(__file__).resolve().parents[2] / "src" / "lantoa"
# Spellings the drafts used before they shared one list; the parser's modules read them.
OTHER_SPELLINGS = re.compile(r'"[^"\n]*(?:\(để b/c\)|\(B/c\)|Lưu Văn phòng|Lưu Ban\b)[^"\n]*"')


def test_it_spells_reports_up_and_the_filed_copy_as_the_boards_guidance_does():
    assert reported_to("Thường trực Tỉnh ủy") == "Thường trực Tỉnh ủy (b/c)"
    assert FILED == "Lưu VT"


def test_it_leaves_no_other_spelling_in_the_code_that_drafts_documents():
    found = [
        f"{path.relative_to(SRC)}: {match.group(0)}"
        for path in SRC.rglob("*.py")
        if "parsing" not in path.parts and path.name != "recipients.py"
        for match in OTHER_SPELLINGS.finditer(path.read_text("utf-8"))
    ]
    assert found == []


@pytest.mark.django_db
def test_it_ends_the_opinion_report_and_a_units_plan_with_the_same_words(kl51_campaign):
    period = OpinionPeriod(start=datetime.date(2026, 7, 1), end=datetime.date(2026, 7, 31))
    unit = Unit.objects.get(code="03127")
    documents = [
        opinion_report_document(period=period),
        unit_plan_document(campaign=kl51_campaign, unit=unit, tasks=[]),
    ]
    for document in documents:
        assert document.recipients[-1] == FILED
        assert document.recipients[0].endswith(" (b/c)")
