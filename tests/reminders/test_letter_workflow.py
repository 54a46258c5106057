"""The Công văn đôn đốc: staff draft, preview and send it; only a leader's approval issues it."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from docx import Document

from lantoa.accounts.models import Membership, Role
from lantoa.audit.models import AuditEntry
from lantoa.documents.approval import ApprovalState
from lantoa.documents.models import OutgoingCounter, OutgoingDocument, OutgoingState
from lantoa.notifications.models import Notification
from lantoa.organization.models import Unit
from lantoa.reminders.lateness import late_units
from lantoa.reminders.models import ReminderLetter
from lantoa.reminders.selectors import LETTER_STEPS, letter_step_refusal, letters_awaiting_approval
from lantoa.reminders.services import (
    LetterError,
    reminder_letter_approve,
    reminder_letter_draft_create,
    reminder_letter_return,
    reminder_letter_submit,
)
from lantoa.reporting.calendar import work_calendar
from lantoa.reporting.models import Extension
from lantoa.reporting.services import report_request_create
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)  # a Thursday
DEADLINE = datetime.date(2026, 12, 3)  # the Thursday after
LEFT_OUT = "03160"  # Xã Mường Nhé: staff untick it


@pytest.fixture
def late_campaign(kl51_campaign):  # type: ignore[no-untyped-def]
    report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    return kl51_campaign


def _late_ids(campaign, today=TODAY) -> list[int]:  # type: ignore[no-untyped-def]
    return [item.unit.pk for item in late_units(campaign=campaign, today=today)]


def _draft(campaign, user, today=TODAY):  # type: ignore[no-untyped-def]
    left_out = Unit.objects.get(code=LEFT_OUT).pk
    return reminder_letter_draft_create(
        campaign=campaign,
        unit_ids=[pk for pk in _late_ids(campaign, today) if pk != left_out],
        deadline=DEADLINE if today == TODAY else work_calendar().add_working_days(today, 3),
        body="Đề nghị các đơn vị khẩn trương hoàn thành.",
        user=user,
        today=today,
    )


def _docx_text(data: bytes) -> str:
    docx = Document(io.BytesIO(data))
    parts = [p.text for p in docx.paragraphs]
    for table in docx.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_it_issues_numbers_and_notifies_only_when_a_leader_approves(
    late_campaign, board_user, leader_user, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    leader_user.first_name, leader_user.last_name = "Nguyễn Văn", "Bình"
    leader_user.save()
    reporter = make_user("bc.dbp.letter", "03127", "reporter")
    reporter.email = "baocao@dbp.local"
    reporter.save()
    letter = _draft(late_campaign, board_user)
    reminder_letter_submit(letter=letter, user=board_user, today=TODAY)
    assert not OutgoingDocument.objects.exists()  # no number before approval
    assert not Extension.objects.exists()

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        issued = reminder_letter_approve(letter=letter, user=leader_user, today=TODAY)

    assert issued.state == ApprovalState.ISSUED and issued.approved_by == leader_user
    document = issued.outgoing
    assert document.state == OutgoingState.ISSUED and document.code.endswith("-CV/BTGDVTU")
    with document.file.open("rb") as handle:
        text = _docx_text(handle.read())
    with open(document.file.path.rsplit(".", 1)[0] + ".pdf", "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert "chậm nhất ngày 03/12/2026" in text and "thời gian sớm nhất" not in text
    assert "K/T TRƯỞNG BAN" in text and "PHÓ TRƯỞNG BAN" in text
    assert "Nguyễn Văn Bình" in text
    assert "Đề nghị các đơn vị khẩn trương hoàn thành." in text
    assert "Đảng ủy phường Điện Biên Phủ" in text or "Điện Biên Phủ" in text
    assert Unit.objects.get(code=LEFT_OUT).name not in text

    included = set(letter.units.values_list("pk", flat=True))
    # The letter's date is what the units are asked for, not an extension: they stay late.
    assert not Extension.objects.exists()
    assert included <= set(_late_ids(late_campaign))
    notified = set(
        Notification.objects.filter(title__startswith="Công văn đôn đốc số").values_list(
            "unit_id", flat=True
        )
    )
    assert notified == included
    sent = [m for m in mail.outbox if m.to == ["baocao@dbp.local"]]
    assert sent and "03/12/2026" in sent[0].subject + sent[0].body
    ops = set(AuditEntry.objects.values_list("detail__op", flat=True))
    assert {"reminder_letter_draft_create", "reminder_letter_submit"} <= ops
    assert "reminder_letter_approve" in ops


def test_it_takes_no_number_when_a_leader_returns_it_with_a_reason(
    late_campaign, board_user, leader_user
):
    letter = _draft(late_campaign, board_user)
    reminder_letter_submit(letter=letter, user=board_user, today=TODAY)
    with pytest.raises(LetterError, match="lý do"):
        reminder_letter_return(letter=letter, user=leader_user, reason="  ")
    returned = reminder_letter_return(letter=letter, user=leader_user, reason="Sửa hạn mới.")
    assert returned.state == ApprovalState.RETURNED and returned.return_reason == "Sửa hạn mới."
    assert not OutgoingDocument.objects.exists() and not OutgoingCounter.objects.exists()
    assert not Extension.objects.exists()
    with pytest.raises(LetterError):
        reminder_letter_approve(letter=returned, user=leader_user, today=TODAY)
    assert not OutgoingDocument.objects.exists()


def test_it_refuses_approval_by_board_staff_and_by_the_drafter(late_campaign, board_user):
    letter = _draft(late_campaign, board_user)
    reminder_letter_submit(letter=letter, user=board_user, today=TODAY)
    with pytest.raises(LetterError, match="lãnh đạo"):
        reminder_letter_approve(letter=letter, user=board_user, today=TODAY)
    # A leader who also holds a specialist's seat drafts; the drafting steps are board staff's.
    drafting_leader = make_user("lanhdao.soan", "BTGDVTU", "leader")
    Membership.objects.create(
        user=drafting_leader, unit=Unit.objects.get(code="BTGDVTU"), role=Role.BOARD
    )
    own = _draft(late_campaign, drafting_leader)
    reminder_letter_submit(letter=own, user=drafting_leader, today=TODAY)
    with pytest.raises(LetterError, match="không được tự phê duyệt"):
        reminder_letter_approve(letter=own, user=drafting_leader, today=TODAY)
    assert not OutgoingDocument.objects.exists()
    assert set(ReminderLetter.objects.values_list("state", flat=True)) == {ApprovalState.REVIEW}


def test_it_keeps_a_leaders_own_letter_out_of_their_inbox(late_campaign, board_user, leader_user):
    # The approval refuses the drafter (above): their own letter must not wait for them.
    drafting_leader = make_user("lanhdao.soan", "BTGDVTU", "leader")
    Membership.objects.create(
        user=drafting_leader, unit=Unit.objects.get(code="BTGDVTU"), role=Role.BOARD
    )
    own = _draft(late_campaign, drafting_leader)
    reminder_letter_submit(letter=own, user=drafting_leader, today=TODAY)
    staffs = _draft(late_campaign, board_user)
    reminder_letter_submit(letter=staffs, user=board_user, today=TODAY)
    assert list(letters_awaiting_approval(user=drafting_leader)) == [staffs]
    assert list(letters_awaiting_approval(user=leader_user)) == [own, staffs]


def test_it_refuses_the_pages_to_reporters_and_collaborators_and_changes_nothing(
    late_campaign, board_user, commune_reporter
):
    letter = _draft(late_campaign, board_user, today=timezone.localdate())
    reminder_letter_submit(letter=letter, user=board_user)
    collaborator = make_user("ctv.letter", "03127", "collaborator")
    for user in (commune_reporter, collaborator):
        client = client_for(user)
        assert client.get(reverse("reminders:letter_create")).status_code == 403
        detail = reverse("reminders:letter_detail", args=[letter.pk])
        assert client.get(detail).status_code == 404
        assert client.get(reverse("reminders:letter_preview", args=[letter.pk])).status_code == 404
        assert client.post(detail, {"action": "approve"}).status_code == 404
    assert ReminderLetter.objects.get().state == ApprovalState.REVIEW
    assert not OutgoingDocument.objects.exists()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Chưa nhập hạn mới"),
        # Read by core.dates, as every date box is: it says why a date is refused.
        ("31/02/2027", "tháng 02/2027 không có ngày 31"),
        ("05/13/2027", "không có tháng 13"),
        ("hạn mới", "nhập theo dạng dd/mm/yyyy"),
        ("today", "phải sau ngày hôm nay"),
        ("saturday", "không phải ngày làm việc"),
    ],
)
def test_it_requires_a_working_day_deadline_after_today_in_vietnamese(
    late_campaign, board_user, typed, message
):
    today = timezone.localdate()
    saturday = today + datetime.timedelta(days=(5 - today.weekday()) % 7 or 7)
    typed = {"today": f"{today:%d/%m/%Y}", "saturday": f"{saturday:%d/%m/%Y}"}.get(typed, typed)
    url = f"{reverse('reminders:letter_create')}?dot={late_campaign.pk}"
    response = client_for(board_user).post(
        url,
        {"don_vi": _late_ids(late_campaign, today), "han_moi": typed, "noi_dung": "Đề nghị."},
    )
    assert response.status_code == 400  # core.forms.render_form: a refused POST is a 400
    assert message in response.content.decode()
    assert not ReminderLetter.objects.exists()


def test_it_takes_a_letter_from_the_staffs_draft_to_the_units_through_the_pages(
    late_campaign, board_user, leader_user, commune_reporter
):
    today = timezone.localdate()
    deadline = work_calendar().add_working_days(today, 3)
    staff = client_for(board_user)
    url = f"{reverse('reminders:letter_create')}?dot={late_campaign.pk}"
    page = staff.get(url).content.decode()
    assert "Điện Biên Phủ" in page and "Báo cáo tháng 7" in page  # preselected, items listed
    left_out = Unit.objects.get(code=LEFT_OUT).pk
    chosen = [pk for pk in _late_ids(late_campaign, today) if pk != left_out]
    created = staff.post(
        url, {"don_vi": chosen, "han_moi": f"{deadline:%d/%m/%Y}", "noi_dung": "Đề nghị."}
    )
    letter = ReminderLetter.objects.get()
    assert created.url == reverse("reminders:letter_detail", args=[letter.pk])
    preview = staff.get(reverse("reminders:letter_preview", args=[letter.pk])).content.decode()
    # The page's words, as read: a date is kept on one line by a span around it.
    words = re.sub(r"<[^>]+>", "", preview)
    assert f"chậm nhất ngày {deadline:%d/%m/%Y}" in words
    assert Unit.objects.get(code=LEFT_OUT).name not in preview
    detail = reverse("reminders:letter_detail", args=[letter.pk])
    staff.post(detail, {"action": "submit"})
    assert staff.post(detail, {"action": "approve"}).status_code == 403
    leader = client_for(leader_user)
    assert detail in leader.get(reverse("home")).content.decode()  # the leader's inbox
    assert "Phê duyệt và ban hành" in leader.get(detail).content.decode()
    leader.post(detail, {"action": "approve"})
    letter.refresh_from_db()
    assert letter.state == ApprovalState.ISSUED and letter.outgoing is not None
    home = client_for(commune_reporter).get(reverse("home")).content.decode()
    assert f"Công văn đôn đốc số {letter.outgoing.code}" in home


def test_it_refuses_a_saved_draft_due_today_with_a_400_and_keeps_it(late_campaign, board_user):
    today = timezone.localdate()
    letter = _draft(late_campaign, board_user, today=today)
    url = reverse("reminders:letter_detail", args=[letter.pk])
    posted = {
        "action": "save",
        "don_vi": list(letter.units.values_list("pk", flat=True)),
        "han_moi": f"{today:%d/%m/%Y}",
        "noi_dung": "Nội dung khác.",
    }
    response = client_for(board_user).post(url, posted)
    assert response.status_code == 400
    assert "phải sau ngày hôm nay" in response.content.decode()
    letter.refresh_from_db()
    assert letter.deadline != today and letter.body != "Nội dung khác."


def test_it_refuses_a_return_without_a_reason_as_the_pages_message(
    late_campaign, board_user, leader_user
):
    letter = _draft(late_campaign, board_user, today=timezone.localdate())
    detail = reverse("reminders:letter_detail", args=[letter.pk])
    client_for(board_user).post(detail, {"action": "submit"})
    letter.refresh_from_db()
    submitted = letter.state
    response = client_for(leader_user).post(detail, {"action": "return", "ly_do": " "}, follow=True)
    assert "Cần nêu lý do trả lại." in response.content.decode()
    letter.refresh_from_db()
    assert letter.state == submitted and letter.outgoing is None
    assert not OutgoingDocument.objects.exists()


def test_it_refuses_to_submit_a_letter_twice_as_the_pages_message(late_campaign, board_user):
    letter = _draft(late_campaign, board_user, today=timezone.localdate())
    detail = reverse("reminders:letter_detail", args=[letter.pk])
    staff = client_for(board_user)
    staff.post(detail, {"action": "submit"})
    entries = AuditEntry.objects.count()
    response = staff.post(detail, {"action": "submit"}, follow=True)
    assert "Chỉ gửi duyệt được công văn dự thảo hoặc bị trả lại." in response.content.decode()
    assert AuditEntry.objects.count() == entries


def test_it_refuses_each_step_in_the_services_with_the_pages_own_message(
    late_campaign, board_user, commune_reporter
):
    letter = _draft(late_campaign, board_user)
    for step, call in (
        ("create", lambda: _draft(late_campaign, commune_reporter)),
        ("submit", lambda: reminder_letter_submit(letter=letter, user=commune_reporter)),
        ("return", lambda: reminder_letter_return(letter=letter, user=board_user, reason="x")),
        ("approve", lambda: reminder_letter_approve(letter=letter, user=board_user)),
    ):
        user = board_user if step in ("return", "approve") else commune_reporter
        message = letter_step_refusal(user=user, step=step)
        assert message and step in LETTER_STEPS
        with pytest.raises(LetterError) as refused:
            call()
        assert message in str(refused.value)
    assert ReminderLetter.objects.get().state == ApprovalState.DRAFT


def test_it_answers_a_refused_button_with_403_and_the_services_message(late_campaign, board_user):
    letter = _draft(late_campaign, board_user, today=timezone.localdate())
    reminder_letter_submit(letter=letter, user=board_user)
    detail = reverse("reminders:letter_detail", args=[letter.pk])
    response = client_for(board_user).post(detail, {"action": "approve"})
    assert response.status_code == 403
    assert "Chỉ lãnh đạo Ban được phê duyệt công văn." in response.content.decode()
    with pytest.raises(LetterError, match="Chỉ lãnh đạo Ban được phê duyệt công văn."):
        reminder_letter_approve(letter=letter, user=board_user)
    assert ReminderLetter.objects.get().state == ApprovalState.REVIEW
