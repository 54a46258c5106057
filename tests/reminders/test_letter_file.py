"""A unit downloads the Công văn đôn đốc issued to it, and no other letter or document."""

import pytest
from django.urls import reverse

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.notifications.models import Notification
from lantoa.organization.models import Unit
from lantoa.reminders.services import (
    reminder_letter_approve,
    reminder_letter_draft_create,
    reminder_letter_submit,
)
from tests.conftest import client_for, make_user
from tests.reminders.test_letter_workflow import LEFT_OUT, TODAY, _draft, late_campaign

pytestmark = pytest.mark.django_db
__all__ = ["late_campaign"]  # the fixture, used by name


def _issued(letter, board_user, leader_user):  # type: ignore[no-untyped-def]
    reminder_letter_submit(letter=letter, user=board_user, today=TODAY)
    return reminder_letter_approve(letter=letter, user=leader_user, today=TODAY)


def test_it_lets_a_unit_named_in_an_issued_letter_download_it_as_pdf_and_docx(
    late_campaign, board_user, leader_user, commune_reporter
):
    letter = _issued(_draft(late_campaign, board_user), board_user, leader_user)
    client = client_for(commune_reporter)
    url = reverse("reminders:letter_file", args=[letter.pk])
    pdf = client.get(url + "?dinh_dang=pdf")
    assert pdf.status_code == 200 and b"".join(pdf.streaming_content).startswith(b"%PDF-")
    assert pdf["Content-Disposition"].startswith("attachment")
    docx = client.get(url + "?dinh_dang=docx")
    assert docx.status_code == 200 and b"".join(docx.streaming_content).startswith(b"PK")
    downloads = AuditEntry.objects.filter(action=AuditAction.DOWNLOAD, user=commune_reporter)
    assert {entry.detail["format"] for entry in downloads} == {"pdf", "docx"}

    # Where the unit sees it: the notification opens the file; its work list names it.
    own = Unit.objects.get(code="03127")
    notification = Notification.objects.get(unit=own, title__startswith="Công văn đôn đốc số")
    assert notification.url == url + "?dinh_dang=pdf"
    work = client.get(reverse("reporting:unit_home")).content.decode()
    assert f"Công văn số {letter.outgoing.code}" in work
    assert f"{letter.deadline:%d/%m/%Y}" in work and f"{url}?dinh_dang=docx" in work


def test_it_refuses_a_letter_not_naming_the_unit_and_the_register_file(
    late_campaign, board_user, leader_user, commune_reporter
):
    left_out = Unit.objects.get(code=LEFT_OUT)
    named = _issued(_draft(late_campaign, board_user), board_user, leader_user)
    other = reminder_letter_draft_create(
        campaign=late_campaign,
        unit_ids=[left_out.pk],
        deadline=named.deadline,
        body="Đề nghị xã Mường Nhé khẩn trương hoàn thành.",
        user=board_user,
        today=TODAY,
    )
    other = _issued(other, board_user, leader_user)

    reporter = client_for(commune_reporter)
    other_url = reverse("reminders:letter_file", args=[other.pk])
    assert reporter.get(other_url + "?dinh_dang=pdf").status_code == 404
    assert reporter.get(other_url + "?dinh_dang=docx").status_code == 404
    register_file = reverse("documents:outgoing_file", args=[named.outgoing.pk])
    assert reporter.get(register_file).status_code == 404
    assert other.outgoing.code not in reporter.get(reverse("reporting:unit_home")).content.decode()
    refused = AuditEntry.objects.filter(action=AuditAction.ACCESS_DENIED, user=commune_reporter)
    assert refused.filter(target=other_url).exists()

    # The left-out unit's reporter gets its own letter, not the one it was left out of.
    muong_nhe = client_for(make_user("bc.muongnhe.file", LEFT_OUT, "reporter"))
    assert muong_nhe.get(other_url).status_code == 200
    named_url = reverse("reminders:letter_file", args=[named.pk])
    assert muong_nhe.get(named_url).status_code == 404
    # A collaborator of a named unit reads none of its reporting, so no letter either.
    collaborator = client_for(make_user("ctv.dbp.file", "03127", "collaborator"))
    assert collaborator.get(named_url).status_code == 404


def test_it_serves_no_letter_still_being_drafted(late_campaign, board_user, commune_reporter):
    letter = _draft(late_campaign, board_user)
    url = reverse("reminders:letter_file", args=[letter.pk])
    assert client_for(commune_reporter).get(url).status_code == 404
    assert client_for(board_user).get(url).status_code == 404


def test_the_issued_letter_page_links_its_files_as_the_register_does(
    late_campaign, board_user, leader_user, commune_reporter
):
    letter = _issued(_draft(late_campaign, board_user), board_user, leader_user)
    page_url = reverse("reminders:letter_detail", args=[letter.pk])
    file_url = reverse("documents:outgoing_file", args=[letter.outgoing.pk])
    for user in (board_user, leader_user):
        client = client_for(user)
        page = client.get(page_url).content.decode()
        for suffix in ("pdf", "docx"):
            assert f'href="{file_url}?dinh_dang={suffix}"' in page
            assert client.get(f"{file_url}?dinh_dang={suffix}").status_code == 200
    # Who may not read the register gets neither the page nor its files.
    reporter = client_for(commune_reporter)
    refused = reporter.get(page_url)
    assert refused.status_code == 404 and file_url not in refused.content.decode()
    assert reporter.get(f"{file_url}?dinh_dang=pdf").status_code == 404
