"""Board staff upload a guidance, review it on one screen and confirm it as a campaign."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lantoa.campaigns.models import Assignment, Campaign, Task
from lantoa.guidance.models import GuidanceDocument, GuidanceStatus
from lantoa.notifications.models import Notification
from lantoa.organization.models import Unit, UnitKind
from tests.conftest import SEED_NAME, client_for, seed_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("worker_running")]


def upload(client, name: str, data: bytes):
    return client.post(reverse("guidance:upload"), {"tep": SimpleUploadedFile(name, data)})


def review_post_data(client, document_id: int) -> dict[str, object]:
    """Return what the review form would post back unchanged, read from its rendered HTML."""
    response = client.get(reverse("guidance:review", args=[document_id]))
    form = response.context["form"]
    groups, tasks = response.context["groups"], response.context["tasks"]
    data: dict[str, object] = {}
    for bound_form in [form, *groups.forms, *tasks.forms]:
        for field in bound_form:
            value = field.value()
            if value is None or value is False:
                continue
            if isinstance(value, list):
                if field.name in ("channels", "kinds", "units"):
                    data[field.html_name] = [str(v) for v in value]
                else:
                    data[field.html_name] = "\n".join(str(v) for v in value)
            elif hasattr(value, "strftime"):
                data[field.html_name] = value.strftime("%d/%m/%Y")
            else:
                data[field.html_name] = value
    for formset in (groups, tasks):
        for field in formset.management_form:
            data[field.html_name] = field.value()
    return data


def test_it_reads_the_seed_and_shows_it_for_review(board_user):
    client = client_for(board_user)
    response = upload(client, SEED_NAME, seed_bytes())
    assert response.status_code == 302
    document = GuidanceDocument.objects.get()
    page = client.get(response["Location"])
    body = page.content.decode()
    assert page.status_code == 200
    assert "51-KL/TW" in body and "Bộ Chính trị" in body and "Trần Thị Lan Hương" in body
    assert "Văn bản gốc" in body and "Hình thức, thời gian phổ biến" in body
    assert page.context["group_counts"] == [1, 49, 2, 4]
    assert "Chưa xác định được số, ký hiệu" in body
    assert document.status == GuidanceStatus.DRAFT
    assert not Campaign.objects.exists()


def test_it_confirms_the_campaign_with_one_assignment_per_unit_per_task(board_user):
    client = client_for(board_user)
    document_id = int(
        re.search(r"(\d+)/$", upload(client, SEED_NAME, seed_bytes())["Location"]).group(1)
    )
    data = review_post_data(client, document_id)
    data["action"] = "confirm"
    response = client.post(reverse("guidance:review", args=[document_id]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    campaign = Campaign.objects.get()
    assert campaign.directive.number == "51-KL/TW"
    assert campaign.peak_start.isoformat() == "2026-06-01" and campaign.continuous
    assert Task.objects.filter(campaign=campaign).count() == 12
    assert Assignment.objects.filter(task__campaign=campaign).count() == 162
    police_task = Task.objects.get(campaign=campaign, text__startswith="Đảng bộ Công an tỉnh")
    assert list(police_task.assignments.values_list("unit__code", flat=True)) == ["DU-CA"]
    commune = Unit.objects.get(code="03127")
    assert Assignment.objects.filter(task__campaign=campaign, unit=commune).count() == 3
    assert Notification.objects.filter(unit=commune).count() == 1
    assert Notification.objects.count() == 56
    assert GuidanceDocument.objects.get().status == GuidanceStatus.CONFIRMED


def test_it_applies_the_reviewers_corrections_before_confirming(board_user):
    client = client_for(board_user)
    document_id = int(
        re.search(r"(\d+)/$", upload(client, SEED_NAME, seed_bytes())["Location"]).group(1)
    )
    data = review_post_data(client, document_id)
    data["title"] = "Tuyên truyền Kết luận 51 (đã sửa)"
    data["doc_number"] = "12-HD/BTGDVTU"
    data["doc_date"] = "23/06/2026"
    data["tasks-0-remove"] = "on"
    data["tasks-11-due_date"] = "30/07/2026"
    data["action"] = "save"
    assert client.post(reverse("guidance:review", args=[document_id]), data).status_code == 302
    data = review_post_data(client, document_id)
    assert data["title"] == "Tuyên truyền Kết luận 51 (đã sửa)"
    assert data["doc_date"] == "23/06/2026"
    data["action"] = "confirm"
    client.post(reverse("guidance:review", args=[document_id]), data)
    campaign = Campaign.objects.get()
    assert campaign.title == "Tuyên truyền Kết luận 51 (đã sửa)"
    assert campaign.guidance_number == "12-HD/BTGDVTU"
    assert campaign.tasks.count() == 11
    last = campaign.tasks.order_by("-position").first()
    assert last.due_date.isoformat() == "2026-07-30"
    assert last.assignments.count() == Unit.objects.filter(kind=UnitKind.CENTRAL_PRESS).count()


def test_it_refuses_a_wrong_date_and_creates_nothing(board_user):
    client = client_for(board_user)
    document_id = int(
        re.search(r"(\d+)/$", upload(client, SEED_NAME, seed_bytes())["Location"]).group(1)
    )
    data = review_post_data(client, document_id)
    data["peak_start"] = "31/02/2026"
    data["action"] = "confirm"
    response = client.post(reverse("guidance:review", args=[document_id]), data)
    assert response.status_code == 400
    assert "Ngày không hợp lệ" in response.content.decode()
    assert not Campaign.objects.exists() and not Assignment.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("rong.txt", b"", "rỗng"),
        ("scan.pdf", b"%PDF-1.4\n%%EOF\n", "PDF"),
        ("virus.exe", b"MZ\x90\x00", "Định dạng"),
        ("bom.docx", b"PK\x03\x04 not really a zip", "docx"),
    ],
)
def test_it_refuses_bad_files_with_a_vietnamese_message_and_creates_nothing(
    board_user, name, data, message
):
    response = upload(client_for(board_user), name, data)
    assert response.status_code == 400
    assert message.lower() in response.content.decode().lower()
    assert not GuidanceDocument.objects.exists()


def test_it_says_why_it_could_not_read_a_safe_file_and_keeps_no_file(board_user):
    client = client_for(board_user)
    english = b"This guidance is written in English only. " * 40
    response = upload(client, "english.txt", english)
    # The file passed the upload check, so the worker read it, and refused it as not Vietnamese.
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert page.status_code == 200 and "tiếng Việt" in page.content.decode()
    document = GuidanceDocument.objects.get()
    assert document.status == GuidanceStatus.FAILED and not document.original
    assert not document.text and not Campaign.objects.exists()
    assert client.get(reverse("guidance:original", args=[document.pk])).status_code == 404


def test_it_lets_only_board_staff_upload(commune_reporter, leader_user):
    for user in (commune_reporter, leader_user):
        assert upload(client_for(user), SEED_NAME, seed_bytes()).status_code == 403
    assert not GuidanceDocument.objects.exists()


def test_it_creates_a_campaign_by_hand(board_user):
    client = client_for(board_user)
    response = client.post(reverse("guidance:new_blank"))
    document_id = int(re.search(r"(\d+)/$", response["Location"]).group(1))
    data = review_post_data(client, document_id)
    data.update(
        {
            "title": "Tuyên truyền Chỉ thị 05",
            "subject_type": "Chỉ thị",
            "subject_number": "05-CT/TW",
            "groups-0-heading": "Các Đảng ủy xã, phường",
            "groups-0-kinds": ["commune", "ward"],
            "tasks-0-group": "0",
            "tasks-0-text": "Tổ chức hội nghị quán triệt",
            "tasks-0-due_date": "15/12/2026",
            "tasks-0-deadline_kind": "date",
            "action": "confirm",
        }
    )
    response = client.post(reverse("guidance:review", args=[document_id]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    campaign = Campaign.objects.get()
    assert campaign.tasks.get().assignments.count() == 45


def test_it_takes_up_its_own_untouched_blank_draft_instead_of_adding_another(board_user):
    client = client_for(board_user)
    first = client.post(reverse("guidance:new_blank"))["Location"]
    assert client.post(reverse("guidance:new_blank"))["Location"] == first  # a double click
    assert GuidanceDocument.objects.count() == 1
    document_id = int(re.search(r"(\d+)/$", first).group(1))
    data = review_post_data(client, document_id)
    data.update({"title": "Tuyên truyền Chỉ thị 05", "action": "save"})
    client.post(reverse("guidance:review", args=[document_id]), data)
    # A draft with the reviewer's work in it is kept as it is; the next start is a new one.
    assert client.post(reverse("guidance:new_blank"))["Location"] != first
    assert GuidanceDocument.objects.count() == 2


def test_it_does_not_confirm_twice(board_user):
    client = client_for(board_user)
    document_id = int(
        re.search(r"(\d+)/$", upload(client, SEED_NAME, seed_bytes())["Location"]).group(1)
    )
    data = review_post_data(client, document_id)
    data["action"] = "confirm"
    client.post(reverse("guidance:review", args=[document_id]), data)
    client.post(reverse("guidance:review", args=[document_id]), data)
    assert Campaign.objects.count() == 1


def test_it_lists_each_problem_that_refuses_a_campaign_and_creates_nothing(board_user):
    client = client_for(board_user)
    response = client.post(reverse("guidance:new_blank"))
    document = GuidanceDocument.objects.get()
    data = review_post_data(client, document.pk)
    data.update({"title": "", "subject_type": "", "action": "confirm"})
    refused = client.post(reverse("guidance:review", args=[document.pk]), data)
    body = refused.content.decode()
    assert refused.status_code == 400
    # One line per problem, above the form, each a link to its field; the form's own fields
    # were all valid.
    assert (
        '<li><a href="#id_title">Tên đợt tuyên truyền: Chưa có tên đợt tuyên truyền.</a></li>'
        in body
    )
    said = "Chưa có loại văn bản chỉ đạo được tuyên truyền (ví dụ: Kết luận)."
    assert f'<li><a href="#id_subject_type">Loại văn bản được tuyên truyền: {said}</a></li>' in body
    assert "Có trường chưa hợp lệ" not in body
    assert not Campaign.objects.exists() and not Task.objects.exists()
    document.refresh_from_db()
    assert document.status == GuidanceStatus.DRAFT and response.status_code == 302
