import io

import pytest
from django.urls import reverse
from docx import Document

from lantoa.campaigns.models import Assignment, Campaign
from lantoa.notifications.models import Notification
from lantoa.organization.models import Unit
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return "\n".join(parts)


def test_it_lists_every_campaign_for_the_board_and_assigned_ones_for_a_unit(
    kl51_campaign, board_user, commune_reporter, outsider
):
    assert (
        kl51_campaign in client_for(board_user).get(reverse("campaigns:list")).context["campaigns"]
    )
    assert list(
        client_for(commune_reporter).get(reverse("campaigns:list")).context["campaigns"]
    ) == [kl51_campaign]
    assert not client_for(outsider).get(reverse("campaigns:list")).context["campaigns"]


def test_it_shows_a_reporter_only_their_units_tasks(kl51_campaign, commune_reporter):
    response = client_for(commune_reporter).get(
        reverse("campaigns:detail", args=[kl51_campaign.pk])
    )
    body = response.content.decode()
    assert len(response.context["rows"]) == 3
    assert [u.code for u in response.context["units"]] == ["03127"]
    assert "Mường Nhé" not in body and "Định hướng các cơ quan báo chí" not in body


def test_it_shows_the_board_every_task_with_unit_counts(kl51_campaign, board_user):
    response = client_for(board_user).get(reverse("campaigns:detail", args=[kl51_campaign.pk]))
    rows = response.context["rows"]
    assert len(rows) == 12
    assert [row.unit_count for row in rows][4:8] == [49, 49, 49, 1]
    assert "Giao riêng: <strong>Đảng ủy Công an tỉnh</strong>" in response.content.decode()


def test_it_writes_the_campaign_back_as_a_party_guidance_docx(kl51_campaign, board_user):
    response = client_for(board_user).get(
        reverse("campaigns:guidance_docx", args=[kl51_campaign.pk])
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    text = docx_text(response.content)
    for expected in [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "TỈNH ỦY ĐIỆN BIÊN",
        "HƯỚNG DẪN",
        "51-KL/TW",
        "TỔ CHỨC THỰC HIỆN",
        "Đảng bộ Công an tỉnh phối hợp",
        "Nơi nhận",
        "TRẦN THỊ LAN HƯƠNG".title(),
        "PHÓ TRƯỞNG BAN",
        "Thường trực Tỉnh ủy (B/c)",
    ]:
        assert expected.lower() in text.lower(), expected
    section = Document(io.BytesIO(response.content)).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.left_margin.mm) == 35


def test_it_gives_a_commune_its_own_draft_plan(kl51_campaign, commune_reporter):
    own = Unit.objects.get(code="03127")
    url = reverse("campaigns:unit_plan", args=[kl51_campaign.pk, own.pk])
    response = client_for(commune_reporter).get(url)
    assert response.status_code == 200
    text = docx_text(response.content)
    assert "KẾ HOẠCH" in text and "ĐẢNG ỦY PHƯỜNG ĐIỆN BIÊN PHỦ" in text
    assert "Tăng cường theo dõi sát" in text
    assert "Đảng bộ Công an tỉnh phối hợp" not in text


def test_it_hides_another_units_plan(kl51_campaign, commune_reporter):
    foreign = Unit.objects.get(code="03160")
    url = reverse("campaigns:unit_plan", args=[kl51_campaign.pk, foreign.pk])
    assert client_for(commune_reporter).get(url).status_code == 404


def _posted(form) -> dict:
    """Return the data a browser posts back for a form shown with its current values."""
    data = {}
    for field in form:
        value = field.value()
        if isinstance(value, list):
            data[field.html_name] = (
                value if field.name == "channels" else "\n".join(map(str, value))
            )
        elif hasattr(value, "strftime"):
            data[field.html_name] = value.strftime("%d/%m/%Y")
        elif value not in (None, False):
            data[field.html_name] = value
    return data


def test_it_lets_the_board_edit_a_campaign_by_hand(kl51_campaign, board_user):
    client = client_for(board_user)
    form = client.get(reverse("guidance:campaign_edit", args=[kl51_campaign.pk])).context["form"]
    data = _posted(form)
    data["peak_end"] = "15/07/2026"
    data["channels"] = ["conference", "oral"]
    response = client.post(reverse("guidance:campaign_edit", args=[kl51_campaign.pk]), data)
    assert response.status_code == 302
    kl51_campaign.refresh_from_db()
    assert kl51_campaign.peak_end.isoformat() == "2026-07-15"
    assert kl51_campaign.channels == ["conference", "oral"]
    assert kl51_campaign.directive.number == "51-KL/TW"


def test_it_adds_a_task_and_assigns_it(kl51_campaign, board_user):
    client = client_for(board_user)
    before = Notification.objects.count()
    response = client.post(
        reverse("guidance:task_create", args=[kl51_campaign.pk]),
        {
            "group-heading": "Các cơ quan báo chí trong tỉnh",
            "group-kinds": ["press"],
            "task-group": "0",
            "task-text": "Mở chuyên mục về sở hữu trí tuệ",
            "task-due_date": "31/08/2026",
            "task-deadline_kind": "date",
        },
    )
    assert response.status_code == 302
    task = kl51_campaign.tasks.order_by("-position").first()
    assert task.text == "Mở chuyên mục về sở hữu trí tuệ" and task.assignments.count() == 2
    assert Notification.objects.count() == before + 2


def test_it_refuses_edits_from_reporters(kl51_campaign, commune_reporter):
    client = client_for(commune_reporter)
    assert client.get(reverse("guidance:campaign_edit", args=[kl51_campaign.pk])).status_code == 403
    response = client.post(
        reverse("guidance:task_create", args=[kl51_campaign.pk]),
        {"task-text": "x", "group-kinds": ["commune"], "task-group": "0"},
    )
    assert response.status_code == 403
    assert Assignment.objects.filter(task__campaign=kl51_campaign).count() == 162
    assert Campaign.objects.count() == 1


def test_it_refuses_a_campaign_edit_the_rules_refuse_and_changes_nothing(kl51_campaign, board_user):
    client = client_for(board_user)
    url = reverse("guidance:campaign_edit", args=[kl51_campaign.pk])
    form = client.get(url).context["form"]
    data = _posted(form)
    data.update({"subject_type": "", "title": "Đổi tên"})
    response = client.post(url, data)
    assert response.status_code == 400
    message = "Chưa có loại văn bản chỉ đạo được tuyên truyền (ví dụ: Kết luận)."
    # On the field it concerns, not above the form.
    assert response.context["form"].errors == {"subject_type": [message]}
    assert f'<p class="field-error">{message}</p>' in response.content.decode()
    before = kl51_campaign.title
    kl51_campaign.refresh_from_db()
    assert kl51_campaign.title == before != "Đổi tên"


def test_it_refuses_a_task_without_units_and_assigns_nothing(kl51_campaign, board_user):
    before = Assignment.objects.filter(task__campaign=kl51_campaign).count()
    tasks = kl51_campaign.tasks.count()
    response = client_for(board_user).post(
        reverse("guidance:task_create", args=[kl51_campaign.pk]),
        {
            "group-heading": "",
            "group-kinds": ["press"],
            "task-group": "0",
            "task-text": "Mở chuyên mục",
            "task-deadline_kind": "date",
            "task-due_date": "31/08/2026",
        },
    )
    assert response.status_code == 400
    # On the group's name, the field it concerns.
    assert response.context["group_form"].errors == {"heading": ["Chưa có tên nhóm đơn vị."]}
    assert '<p class="field-error">Chưa có tên nhóm đơn vị.</p>' in response.content.decode()
    assert kl51_campaign.tasks.count() == tasks
    assert Assignment.objects.filter(task__campaign=kl51_campaign).count() == before


def test_it_offers_a_leader_no_button_that_only_board_staff_may_use(
    kl51_campaign, board_user, leader_user
):
    # A leader reads and approves; "Sửa thông tin", "+ Thêm nhiệm vụ", "+ Yêu cầu báo cáo",
    # "Công văn đôn đốc", "Khóa" and "+ Tạo đợt mới" answered them with a 403 page.
    staff_only = [
        reverse("guidance:campaign_edit", args=[kl51_campaign.pk]),
        reverse("guidance:task_create", args=[kl51_campaign.pk]),
        reverse("reporting:request_create", args=[kl51_campaign.pk]),
        reverse("reminders:letter_create"),
        reverse("reporting:lock_set", args=[kl51_campaign.pk]),
        reverse("guidance:upload"),
    ]
    leader, staff = client_for(leader_user), client_for(board_user)
    for url in staff_only:
        assert leader.get(url).status_code in (403, 405)
    pages = [
        reverse("campaigns:detail", args=[kl51_campaign.pk]),
        reverse("campaigns:list"),
    ]
    leader_sees = "".join(leader.get(page).content.decode() for page in pages)
    staff_sees = "".join(staff.get(page).content.decode() for page in pages)
    for url in staff_only:
        assert f'"{url}' not in leader_sees and f'"{url}' in staff_sees
    # What a leader may open stays offered.
    dashboard = reverse("reporting:dashboard", args=[kl51_campaign.pk])
    assert f'href="{dashboard}"' in leader_sees
