"""Units write four passages; the board marks good practice in their own words (#15.2)."""

import datetime

import pytest
from django.urls import reverse

from lantoa.organization.models import Unit
from lantoa.reporting.models import PracticeMark, Submission
from lantoa.reporting.services import (
    ReportingError,
    practice_mark_submission,
    report_request_create,
    submission_submit,
)
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
PRACTICE = "Tuyên truyền miệng bằng tiếng Mông tại nhà văn hóa bản, có người dịch."


@pytest.fixture
def ward():
    return Unit.objects.get(code="03127")


@pytest.fixture
def report_request(kl51_campaign, board_user):
    return report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo kết quả quán triệt",
        due_date=datetime.date(2026, 7, 30),
        user=board_user,
    )


@pytest.fixture
def submission(report_request, ward):
    return submission_submit(
        request=report_request,
        unit=ward,
        user=None,
        results="Đã tổ chức 3 hội nghị quán triệt.",
        good_practices=PRACTICE,
        difficulties="Mưa lũ chia cắt.",
        proposals="Cấp thêm tài liệu tiếng Mông.",
    )


def test_it_keeps_the_four_passages_a_unit_writes(report_request, ward, commune_reporter):
    url = reverse("reporting:submission_create", args=[report_request.pk, ward.pk])
    page = client_for(commune_reporter).get(url).content.decode()
    for label in ("Kết quả đạt được", "Mô hình, cách làm hay", "Khó khăn, hạn chế", "Đề xuất"):
        assert label in page
    client_for(commune_reporter).post(
        url,
        {
            "results": "Đã quán triệt.",
            "good_practices": "Sinh hoạt chi bộ có câu hỏi thảo luận.",
            "difficulties": "Địa bàn rộng.",
            "proposals": "Hỗ trợ loa.",
        },
    )
    stored = Submission.objects.get()
    assert (stored.results, stored.good_practices, stored.difficulties, stored.proposals) == (
        "Đã quán triệt.",
        "Sinh hoạt chi bộ có câu hỏi thảo luận.",
        "Địa bàn rộng.",
        "Hỗ trợ loa.",
    )


def test_it_refuses_a_report_without_results_and_stores_nothing(report_request, ward):
    with pytest.raises(ReportingError) as refused:
        submission_submit(
            request=report_request, unit=ward, user=None, results=" ", proposals="Hỗ trợ loa."
        )
    assert refused.value.errors == {"results": "Chưa nhập kết quả đạt được."}
    assert not Submission.objects.exists()


def test_it_marks_a_passage_with_who_and_when(submission, board_user):
    mark = practice_mark_submission(
        submission=submission, text="Tuyên truyền miệng bằng  tiếng Mông", user=board_user
    )
    assert mark.marked_by == board_user and mark.marked_at is not None
    assert (mark.unit, mark.campaign_id) == (submission.unit, submission.request.campaign_id)
    assert mark.text == "Tuyên truyền miệng bằng tiếng Mông"


def test_it_refuses_words_the_unit_did_not_write(submission, board_user):
    with pytest.raises(ReportingError, match="nguyên văn"):
        practice_mark_submission(
            submission=submission, text="Mô hình dân vận khéo xuất sắc", user=board_user
        )
    assert not PracticeMark.objects.exists()


def test_it_lets_board_staff_mark_and_unmark_on_the_request_page(
    submission, board_user, commune_reporter
):
    url = reverse("reporting:practice_mark", args=[submission.pk])
    assert client_for(commune_reporter).post(url, {"text": PRACTICE}).status_code in (403, 404)
    assert not PracticeMark.objects.exists()
    board = client_for(board_user)
    board.post(url, {"text": PRACTICE})
    mark = PracticeMark.objects.get()
    page = board.get(reverse("reporting:request_detail", args=[submission.request_id]))
    assert f'data-practice-mark="{mark.pk}"' in page.content.decode()
    board.post(url, {"remove": mark.pk})
    assert not PracticeMark.objects.exists()


def test_it_keeps_one_mark_when_board_staff_mark_the_same_passage_twice(submission, board_user):
    # A double click on "Đánh dấu cách làm hay" posts the same passage twice; the drafted
    # report's section III would then quote the unit twice.
    url = reverse("reporting:practice_mark", args=[submission.pk])
    board = client_for(board_user)
    board.post(url, {"text": PRACTICE})
    board.post(url, {"text": " " + PRACTICE.replace(" ", "  ") + " "})
    assert PracticeMark.objects.filter(submission=submission).count() == 1
    other = practice_mark_submission(submission=submission, text="Mưa lũ chia cắt.", user=None)
    assert PracticeMark.objects.filter(submission=submission).count() == 2
    assert other.text == "Mưa lũ chia cắt."
