"""The register links every format an issued document was rendered in (#15.6)."""

import datetime

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from lantoa.reminders.letter import reminder_letter_issue
from lantoa.reporting.services import report_request_create
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 26)


def test_it_links_both_the_pdf_and_the_docx_of_an_issued_letter(kl51_campaign, board_user):
    report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    document = reminder_letter_issue(campaign=kl51_campaign, day=TODAY, user=board_user)
    client = client_for(board_user)
    page = client.get(reverse("documents:register"), {"nam": TODAY.year}).content.decode()
    url = reverse("documents:outgoing_file", args=[document.pk])
    assert f"{url}?dinh_dang=pdf" in page and f"{url}?dinh_dang=docx" in page
    pdf = client.get(url, {"dinh_dang": "pdf"})
    assert pdf["Content-Disposition"].endswith('.pdf"')
    assert b"".join(pdf.streaming_content).startswith(b"%PDF-")
    docx = client.get(url, {"dinh_dang": "docx"})
    assert b"".join(docx.streaming_content).startswith(b"PK")
    assert client.get(url, {"dinh_dang": "exe"}).status_code == 404


def test_it_links_only_the_files_an_older_entry_has(kl51_campaign, board_user):
    report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    document = reminder_letter_issue(campaign=kl51_campaign, day=TODAY, user=board_user)
    default_storage.delete(document.sibling_name("pdf"))  # issued before both were rendered
    client = client_for(board_user)
    page = client.get(reverse("documents:register"), {"nam": TODAY.year}).content.decode()
    url = reverse("documents:outgoing_file", args=[document.pk])
    assert f"{url}?dinh_dang=docx" in page and f"{url}?dinh_dang=pdf" not in page
    assert client.get(url, {"dinh_dang": "pdf"}).status_code == 404
    assert client.get(url).status_code == 200  # the main file, as before


def test_it_names_who_issued_an_entry_by_their_name_not_their_login(kl51_campaign, board_user):
    board_user.first_name, board_user.last_name = "Nguyễn Văn Minh", ""
    board_user.save(update_fields=["first_name", "last_name"])
    report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    reminder_letter_issue(campaign=kl51_campaign, day=TODAY, user=board_user)
    page = client_for(board_user).get(reverse("documents:register"), {"nam": TODAY.year})
    html = page.content.decode()
    assert f">{board_user.get_full_name()}</td>" in html
    assert f">{board_user.username}</td>" not in html
