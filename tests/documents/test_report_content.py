"""The demo progress report reads as a document a leader would sign (#15.1, #15.2, #15.4)."""

import datetime
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from lantoa.accounts.models import Role
from lantoa.core.partydoc import render_docx, render_pdf
from lantoa.documents.models import OfficialReport
from lantoa.documents.reports.content import report_facts
from lantoa.documents.reports.drafting import missing_units
from lantoa.documents.reports.services import (
    official_report_create,
    official_report_document,
    official_report_update,
)
from lantoa.reporting.demo import activities_load_demo
from lantoa.reporting.models import PracticeMark, Submission
from lantoa.reporting.services import practice_mark_submission
from tests.conftest import client_for, make_user, module_ground

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 8, 20)


def docx_text(data: bytes) -> str:
    """Return every paragraph and table cell of a .docx, in the document's order."""
    document = Document(io.BytesIO(data))
    parts = []
    for element in document.element.body.iterchildren():
        if element.tag.endswith("}p"):
            parts.append(
                "".join(node.text or "" for node in element.iter() if node.tag.endswith("}t"))
            )
        elif element.tag.endswith("}tbl"):
            for cell in element.iter():
                if cell.tag.endswith("}tc"):
                    text = "".join(n.text or "" for n in cell.iter() if n.tag.endswith("}t"))
                    parts.append(text)
    return "\n".join(parts)


def section(text: str, start: str, end: str) -> str:
    """Return the body text from one heading to the next."""
    begin = text.index("\n" + start)
    return text[begin : text.index("\n" + end, begin + 1)]


@pytest.fixture(scope="module")
def demo_ground(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo campaign with its activities and a drafted report, laid once for the module."""
    from lantoa.guidance.demo import campaign_load_demo

    with module_ground(django_db_blocker, tmp_path_factory.mktemp("report-content")):
        campaign = campaign_load_demo()
        activities_load_demo(campaign)
        user = make_user("chuyenvien", "BTGDVTU", Role.BOARD)
        report = official_report_create(campaign=campaign, kind="progress", user=user, as_of=TODAY)
        yield report.pk, user.pk


@pytest.fixture
def board_user(demo_ground):
    return get_user_model().objects.get(pk=demo_ground[1])


@pytest.fixture
def demo_report(demo_ground):
    return OfficialReport.objects.get(pk=demo_ground[0])


def render(report) -> str:
    return docx_text(render_docx(official_report_document(report=report)))


def test_it_keeps_the_body_within_three_pages_with_appendices_after_the_signature(demo_report):
    pages = [
        page.extract_text()
        for page in PdfReader(
            io.BytesIO(render_pdf(official_report_document(report=demo_report)))
        ).pages
    ]
    first_appendix = next(i for i, page in enumerate(pages) if "Phụ lục 1\n" in page + "\n")
    signed = next(i for i, page in enumerate(pages) if "Nơi nhận" in page)
    assert first_appendix <= 3 and signed < first_appendix
    text = render(demo_report)
    closing = text.index("Nơi nhận:")
    for number in (1, 2, 3):
        assert text.index(f"Phụ lục {number}\n") > closing
        assert f"Phụ lục {number}" in text[:closing]  # referenced from the body


def test_it_has_six_sections_in_order(demo_report):
    text = render(demo_report)
    headings = [
        "I- TÌNH HÌNH VÀ CÁCH TRIỂN KHAI",
        "II- KẾT QUẢ NGHIÊN CỨU, QUÁN TRIỆT, TUYÊN TRUYỀN",
        "III- MÔ HÌNH, CÁCH LÀM HAY",
        "IV- HẠN CHẾ, NGUYÊN NHÂN",
        "V- NHIỆM VỤ THỜI GIAN TỚI",
        "VI- ĐỀ XUẤT, KIẾN NGHỊ",
    ]
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions) and positions[-1] < text.index("Nơi nhận:")


def test_it_states_denominators_and_official_names_without_ellipsis_or_product_name(demo_report):
    text = render(demo_report)
    body = text[: text.index("Nơi nhận:")]
    assert re.search(r"\d+,\d% \(\d+(\.\d{3})*/48\.915 đảng viên, \d+ đơn vị\)", body)
    assert re.search(r"nộp báo cáo đạt [\d,]+% \(\d+/\d+ đơn vị\)", body)
    assert "…" not in text and "..." not in text
    assert "Lan Tỏa" not in text and "Lan Toả" not in text
    assert "Kết luận số 51-KL/TW" in text and "Kết luận 51" not in text
    assert "ngày làm việc" in body
    # Every unit not reported in full is in the appendix, none cut short.
    missing = text[text.index("Phụ lục 2\n") : text.index("Phụ lục 3\n")]
    count = int(re.search(r"Còn (\d+) đơn vị chưa báo cáo đầy đủ", body).group(1))
    rows = missing_units(report_facts(campaign=demo_report.campaign, as_of=TODAY))
    assert len(rows) == count > 10
    assert all(f"\n{row.unit.name}\n" in missing for row in rows)


def test_it_prints_no_unit_words_the_board_did_not_mark(demo_report):
    text = render(demo_report)
    drafted = section(text, "III- ", "V- ") + section(text, "VI- ", "Nơi nhận:")
    submissions = list(Submission.objects.filter(request__campaign=demo_report.campaign))
    practices = {s.good_practices for s in submissions if s.good_practices}
    assert practices and submissions
    for submission in submissions:
        assert submission.results not in drafted
    for passage in practices:
        assert passage not in drafted
    # The units' difficulties and proposals are grouped: each wording once, with a count.
    limitations = section(text, "IV- ", "V- ")
    assert limitations.count("Địa bàn rộng, giao thông đi lại khó khăn") == 1
    assert re.search(r"mưa lũ chia cắt một số bản \(\d+ đơn vị\)", limitations)


def test_it_quotes_a_marked_passage_attributed_once(demo_report, board_user):
    submission = (
        Submission.objects.filter(request__campaign=demo_report.campaign)
        .exclude(good_practices="")
        .select_related("unit")
        .first()
    )
    passage = submission.good_practices.split(" ở bản")[0]
    practice_mark_submission(submission=submission, text=passage, user=board_user)
    assert PracticeMark.objects.get().marked_by == board_user
    report = official_report_create(
        campaign=demo_report.campaign, kind="progress", user=board_user, as_of=TODAY
    )
    practices = section(render(report), "III- ", "IV- ")
    name = submission.unit.name
    assert f"{name}: {passage.rstrip('.')}" in practices
    assert practices.count(name) == 1 + practices.count(f"{name} (")  # once, not "X: X đã"
    others = {
        s.good_practices
        for s in Submission.objects.filter(request__campaign=demo_report.campaign)
        if s.good_practices and s.good_practices != submission.good_practices
    }
    assert all(other not in practices for other in others)


def test_it_lets_staff_edit_every_drafted_section_and_redraft_after_marking(
    demo_report, board_user
):
    edited = {key: f"Ban biên tập viết phần {key}." for key in demo_report.sections}
    assert set(edited) == {"situation", "results", "practices", "limitations", "tasks", "proposals"}
    official_report_update(
        report=demo_report,
        sections=edited,
        signer_name="Trần Thị Lan Hương",
        signer_title="Phó Trưởng ban",
        signer_mode="K/T",
    )
    demo_report.refresh_from_db()
    text = render(demo_report)
    assert all(line in text for line in edited.values())
    submission = Submission.objects.filter(request__campaign=demo_report.campaign).exclude(
        good_practices=""
    )[0]
    practice_mark_submission(submission=submission, text=submission.good_practices, user=None)
    client_for(board_user).post(
        reverse("reports:action", args=[demo_report.pk]), {"action": "redraft"}
    )
    demo_report.refresh_from_db()
    assert submission.good_practices.rstrip(".") in demo_report.sections["practices"]
    assert "Ban biên tập viết" not in render(demo_report)
