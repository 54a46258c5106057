"""The board's review queue: waiting reports first, oldest first; one opened beside the list
with its figures, flags, passages and photos; accept or return, then the next one."""

from __future__ import annotations

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from lantoa.organization.models import Unit
from lantoa.reporting.models import Submission, SubmissionStatus
from lantoa.reporting.services import (
    ActivityInput,
    activity_record,
    evidence_add,
    report_request_create,
    submission_submit,
)
from lantoa.reporting.thumbnails import evidence_thumbnail_make
from tests.conftest import client_for, png_bytes
from tests.security.hostile_media import honest_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def report_request(kl51_campaign):
    due = timezone.localdate() + datetime.timedelta(days=30)
    return report_request_create(
        campaign=kl51_campaign, title="Báo cáo quý", due_date=due, user=None
    )


def submit(report_request, code: str, *, day: int) -> Submission:
    unit = Unit.objects.get(code=code)
    submission = submission_submit(
        request=report_request, unit=unit, results=f"Kết quả của {unit.name}", user=None
    )
    moment = timezone.make_aware(datetime.datetime(2026, 7, day, 9))
    Submission.objects.filter(pk=submission.pk).update(submitted_at=moment)
    return Submission.objects.get(pk=submission.pk)


def queue(user, report_request, **query):  # type: ignore[no-untyped-def]
    url = reverse("reporting:review_queue", args=[report_request.pk])
    return client_for(user).get(url, query)


def test_it_lists_waiting_reports_oldest_first(report_request, board_user):
    submit(report_request, "03160", day=3)
    submit(report_request, "03127", day=1)
    response = queue(board_user, report_request)
    rows = [row.unit.code for row in response.context["rows"]]
    assert rows == ["03127", "03160"]  # the older first, whatever the name
    assert response.context["chosen"].unit.code == "03127"  # opened beside the list


def test_it_lists_every_unit_in_vietnamese_order_after_the_waiting_ones(report_request, board_user):
    submit(report_request, "03160", day=3)
    rows = queue(board_user, report_request, trang_thai="tat_ca").context["rows"]
    assert rows[0].unit.code == "03160"
    names = [row.unit.name for row in rows[1:]]
    sort_keys = [row.unit.sort_key for row in rows[1:]]
    assert sort_keys == sorted(sort_keys)
    # Vietnamese order, not byte order: "Điện Biên Phủ" (Đ after D) before "Mường Thanh".
    dbp = names.index("Đảng ủy phường Điện Biên Phủ")
    assert dbp < names.index("Đảng ủy phường Mường Thanh")


def test_it_opens_a_report_with_its_figures_passages_and_photos(
    report_request, kl51_campaign, board_user, commune_reporter
):
    unit = Unit.objects.get(code="03127")
    activity = activity_record(
        campaign=kl51_campaign,
        unit=unit,
        data=ActivityInput(
            channel="conference",
            date=timezone.localdate() - datetime.timedelta(days=1),
            title="Hội nghị quán triệt tại phường",
            figures={"sessions": 1, "party_members_present": 120},
        ),
        user=commune_reporter,
    )
    photo = evidence_add(
        activity=activity, user=commune_reporter, upload=SimpleUploadedFile("a.png", png_bytes())
    )
    evidence_add(
        activity=activity, user=commune_reporter, upload=SimpleUploadedFile("b.pdf", honest_pdf())
    )
    evidence_thumbnail_make(evidence_id=photo.pk)
    submission = submit(report_request, "03127", day=2)
    body = queue(board_user, report_request, don_vi=unit.pk).content.decode()
    assert "Kết quả của Đảng ủy phường Điện Biên Phủ" in body
    assert "Số liệu khi nộp" in body and "<dd>120</dd>" in body
    thumbnail = reverse("reporting:evidence_thumbnail", args=[photo.pk])
    assert body.count('<img src="') == 1 and f'<img src="{thumbnail}"' in body
    assert 'value="accept"' in body and 'value="return"' in body
    sent = client_for(board_user).get(thumbnail)
    assert sent["Content-Type"] == "image/jpeg" and sent["X-Content-Type-Options"] == "nosniff"
    assert submission.status == SubmissionStatus.SUBMITTED


def test_it_returns_with_a_reason_and_opens_the_next_waiting_report(report_request, board_user):
    first = submit(report_request, "03127", day=1)
    second = submit(report_request, "03160", day=2)
    url = reverse("reporting:review_queue", args=[report_request.pk])
    client = client_for(board_user)
    refused = client.post(
        f"{url}?trang_thai=cho_duyet&don_vi={first.unit_id}", {"action": "return", "reason": ""}
    )
    assert Submission.objects.get(pk=first.pk).status == SubmissionStatus.SUBMITTED
    assert f"don_vi={first.unit_id}" in refused["Location"]  # stays on it, says why
    answer = client.post(
        f"{url}?trang_thai=cho_duyet&don_vi={first.unit_id}",
        {"action": "return", "reason": "Bổ sung số đảng viên dự hội nghị"},
    )
    returned = Submission.objects.get(pk=first.pk)
    assert returned.status == SubmissionStatus.RETURNED
    assert returned.return_reason == "Bổ sung số đảng viên dự hội nghị"
    assert answer["Location"].endswith(f"don_vi={second.unit_id}")  # the next, no going back
    client.post(answer["Location"], {"action": "accept"})
    assert Submission.objects.get(pk=second.pk).status == SubmissionStatus.ACCEPTED


def test_it_shows_a_leader_the_queue_without_the_decision(report_request, leader_user):
    submission = submit(report_request, "03127", day=1)
    body = queue(leader_user, report_request).content.decode()
    assert "Kết quả của Đảng ủy phường Điện Biên Phủ" in body and 'value="accept"' not in body
    url = reverse("reporting:review_queue", args=[report_request.pk])
    answer = client_for(leader_user).post(
        f"{url}?don_vi={submission.unit_id}", {"action": "accept"}
    )
    assert answer.status_code == 403
    assert Submission.objects.get(pk=submission.pk).status == SubmissionStatus.SUBMITTED


def test_it_refuses_a_unit_the_queue(report_request, commune_reporter):
    submit(report_request, "03127", day=1)
    assert queue(commune_reporter, report_request).status_code == 403


def test_it_shows_a_unit_only_its_own_photos_in_the_gallery(
    kl51_campaign, commune_reporter, other_reporter, board_user
):
    photos = {}
    for user, code in ((commune_reporter, "03127"), (other_reporter, "03160")):
        activity = activity_record(
            campaign=kl51_campaign,
            unit=Unit.objects.get(code=code),
            data=ActivityInput(
                channel="oral", date=timezone.localdate(), title=f"Nói chuyện {code}"
            ),
            user=user,
        )
        photos[code] = evidence_add(
            activity=activity, user=user, upload=SimpleUploadedFile("a.png", png_bytes())
        )
    url = reverse("reporting:gallery", args=[kl51_campaign.pk])
    mine = client_for(commune_reporter).get(url).content.decode()
    assert reverse("reporting:evidence_thumbnail", args=[photos["03127"].pk]) in mine
    assert reverse("reporting:evidence_thumbnail", args=[photos["03160"].pk]) not in mine
    other = photos["03160"].activity.unit_id
    assert client_for(commune_reporter).get(url, {"don_vi": other}).status_code == 404
    board = client_for(board_user).get(url).content.decode()
    assert all(
        reverse("reporting:evidence_thumbnail", args=[p.pk]) in board for p in photos.values()
    )
    one = client_for(board_user).get(url, {"don_vi": photos["03160"].activity.unit_id})
    assert [owner.code for owner, _ in one.context["groups"]] == ["03160"]


def test_it_shows_the_soft_flags_of_the_opened_report(
    report_request, kl51_campaign, board_user, commune_reporter
):
    activity_record(
        campaign=kl51_campaign,
        unit=Unit.objects.get(code="03127"),
        data=ActivityInput(
            channel="oral",
            date=datetime.date(2026, 6, 25),  # before the report, so the report covers it
            title="Nói chuyện chuyên đề không có ảnh",
            figures={"sessions": 1},
        ),
        user=commune_reporter,
    )
    submission = submit(report_request, "03127", day=1)
    response = queue(board_user, report_request, don_vi=submission.unit_id)
    assert response.context["flags"].count == 1
    body = response.content.decode()
    assert "Điểm cần xem lại" in body and 'data-rule="' in body
    assert "Nói chuyện chuyên đề không có ảnh" in body
