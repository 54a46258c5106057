"""Each role's home ("Việc cần làm"): what waits for them today, and only their buttons."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from lantoa.accounts.models import Role
from lantoa.opinion.services import item_submit
from lantoa.organization.models import Unit
from lantoa.press.services import PressItemInput, press_item_save, press_plan_save
from lantoa.reminders.models import ReminderLetter
from lantoa.reporting.services import (
    report_request_create,
    submission_accept,
    submission_return,
    submission_submit,
)
from tests.conftest import client_for, make_user
from tests.project.test_leader_inbox import report_in_review

pytestmark = pytest.mark.django_db


def home(user) -> str:  # type: ignore[no-untyped-def]
    response = client_for(user).get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode()


def submitted(campaign, code: str, *, due: datetime.date | None = None):  # type: ignore[no-untyped-def]
    request = report_request_create(
        campaign=campaign,
        title=f"Báo cáo sơ kết {code}",
        # A day later for each request: the same title and due date again is refused.
        due_date=due
        or timezone.localdate() + datetime.timedelta(days=30 + campaign.report_requests.count()),
        user=None,
    )
    return submission_submit(
        request=request, unit=Unit.objects.get(code=code), results="Đã quán triệt", user=None
    )


def test_it_lists_the_reports_waiting_for_review_and_counts_them_in_the_navigation(
    kl51_campaign, board_user
):
    first = submitted(kl51_campaign, "03127")
    submitted(kl51_campaign, "03160")
    submission_accept(submission=submitted(kl51_campaign, "03151"), user=None)
    body = home(board_user)
    assert 'id="bao-cao-cho-xem-xet"' in body
    assert f"{reverse('reporting:review_queue', args=[first.request_id])}?don_vi=" in body
    assert body.count("Báo cáo sơ kết") == 2  # the accepted one waits no more
    assert (
        'aria-label="Việc cần làm: 2"'
        in client_for(board_user).get(reverse("campaigns:list")).content.decode()
    )


def test_it_shows_the_board_each_running_campaign_with_its_late_units_and_dashboard(
    kl51_campaign, board_user
):
    request = report_request_create(
        campaign=kl51_campaign, title="Báo cáo quý", due_date=datetime.date(2026, 1, 5), user=None
    )
    body = home(board_user)
    assert f'href="{reverse("reporting:dashboard", args=[kl51_campaign.pk])}"' in body
    expected = request.expected_units.count()
    assert f"{expected} đơn vị chậm" in body  # every unit still owes the overdue report
    # Behind on a task or on any report (what reminders chase), not the dashboard's card of
    # units late on their latest report: the badge says which, so the two counts are not read
    # as one figure that disagrees.
    assert f"{expected} đơn vị chậm (nhiệm vụ hoặc báo cáo quá hạn)" in body
    names = list(request.expected_units.order_by("sort_key").values_list("name", flat=True))
    assert body.index(names[0]) < body.index(names[1])


def test_it_shows_the_latest_reminder_letter(kl51_campaign, board_user):
    letter = ReminderLetter.objects.create(
        campaign=kl51_campaign, deadline=datetime.date(2026, 12, 10), body="Đề nghị hoàn thành"
    )
    body = home(board_user)
    assert f'href="{reverse("reminders:letter_detail", args=[letter.pk])}"' in body
    assert "hạn mới 10/12/2026" in body


def test_it_shows_a_reporter_deadlines_returned_and_accepted_reports(
    kl51_campaign, commune_reporter
):
    due = timezone.localdate() + datetime.timedelta(days=20)
    report_request_create(campaign=kl51_campaign, title="Báo cáo tháng", due_date=due, user=None)
    returned = submitted(kl51_campaign, "03127")
    submission_return(submission=returned, reason="Thiếu số đảng viên tham dự", user=None)
    submission_accept(submission=submitted(kl51_campaign, "03127"), user=None)
    body = home(commune_reporter)
    assert (
        "Báo cáo: <a href" in body and "Báo cáo tháng" in body and due.strftime("%d/%m/%Y") in body
    )
    assert "Thiếu số đảng viên tham dự" in body and 'id="bi-tra-lai"' in body
    assert 'id="da-chap-nhan"' in body
    assert "chờ duyệt" not in body.lower()  # a unit approves nothing
    assert 'id="bao-cao-cho-xem-xet"' not in body


def test_it_gives_a_collaborator_a_send_button_and_only_their_own_submissions(db):
    mine = make_user("ctv.dbp", "03127", Role.COLLABORATOR)
    other = make_user("ctv2.dbp", "03127", Role.COLLABORATOR)
    unit = Unit.objects.get(code="03127")
    today = timezone.localdate()
    item_submit(user=mine, unit=unit, text="Bà con hỏi về sáp nhập xã", observed_on=today)
    item_submit(user=other, unit=unit, text="Người dân bàn về giá điện", observed_on=today)
    body = home(mine)
    assert f'class="button primary big" href="{reverse("opinion:submit")}"' in body
    assert "Bà con hỏi về sáp nhập xã" in body and "giá điện" not in body
    assert "Việc của đơn vị" not in body and "Đợt tuyên truyền" not in body


def test_it_shows_an_editor_this_months_plan_against_what_was_published(kl51_campaign, db):
    editor = make_user("bientap.home", "BAO-PTTH", Role.PRESS)
    newspaper = Unit.objects.get(code="BAO-PTTH")
    today = timezone.localdate()
    press_plan_save(
        unit=newspaper, campaign=kl51_campaign, month=today, planned_items=7, user=editor
    )
    for n in range(2):
        data = PressItemInput(
            title=f"Bài {n}",
            outlet="Báo Điện Biên Phủ",
            date=today,
            channel="print",
            issue_number=f"{n + 10}",
        )
        press_item_save(unit=newspaper, campaign=kl51_campaign, data=data, user=editor)
    body = home(editor)
    assert 'id="bao-chi-thang"' in body
    assert '<td class="num">7</td><td class="num">2</td>' in body


def test_it_shows_administration_only_to_whom_it_opens(board_user):
    board_user.is_staff = True
    board_user.save()
    users_link = f'href="{reverse("accounts:user_list")}"'
    assert users_link not in home(board_user)  # staff flag without any permission
    board_user.user_permissions.add(Permission.objects.get(codename="view_user"))
    board_user = get_user_model().objects.get(pk=board_user.pk)
    assert users_link not in home(board_user)  # reading users is not administering them
    board_user.user_permissions.add(Permission.objects.get(codename="change_user"))
    board_user = get_user_model().objects.get(pk=board_user.pk)
    body = home(board_user)
    assert users_link in body
    # #16.7: the English Django admin is linked from nowhere, not even for its administrator.
    assert f'href="{reverse("admin:index")}"' not in body


def test_it_shows_the_approve_button_of_a_report_to_a_leader_not_to_staff(
    kl51_campaign, board_user, leader_user
):
    report = report_in_review(kl51_campaign)
    url = reverse("reports:detail", args=[report.pk])
    assert 'value="approve"' not in client_for(board_user).get(url).content.decode()
    assert 'value="approve"' in client_for(leader_user).get(url).content.decode()


def test_it_opens_the_activity_form_on_the_task_a_deadline_names(kl51_campaign, commune_reporter):
    # "Ghi nhận" beside a task due soon records for that task: the form has it chosen already.
    unit = Unit.objects.get(code="03127")
    task = kl51_campaign.tasks.filter(assignments__unit=unit).order_by("position").last()
    kl51_campaign.tasks.filter(pk=task.pk).update(
        due_date=timezone.localdate() + datetime.timedelta(days=10)
    )
    body = home(commune_reporter)
    link = reverse("reporting:activity_create", args=[kl51_campaign.pk, unit.pk])
    assert f'href="{link}?nhiem_vu={task.pk}"' in body
    form = client_for(commune_reporter).get(f"{link}?nhiem_vu={task.pk}").content.decode()
    assert f'<option value="{task.pk}" selected>' in form
    # Another unit's task, or no number at all, chooses nothing and refuses nothing.
    foreign = kl51_campaign.tasks.exclude(assignments__unit=unit).first()
    for asked in (str(foreign.pk), "abc"):
        page = client_for(commune_reporter).get(f"{link}?nhiem_vu={asked}")
        assert page.status_code == 200
        assert re.search(r'<option value="\d+" selected>', page.content.decode()) is None
