"""A report to a request as a pre-filled .xlsx: download, fill, upload; the web form's rules."""

from __future__ import annotations

import datetime
import io
import zipfile
from collections.abc import Mapping
from typing import Any

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.core.cells import put
from lantoa.organization.models import Unit
from lantoa.reporting.excel.submission import SHEET, submission_template
from lantoa.reporting.models import ReportRequest, Submission, SubmissionStatus
from lantoa.reporting.services import report_request_create, submission_return, submission_submit
from tests.conftest import client_for
from tests.reporting.excel_support import rewrite_zip, sheet_xml
from tests.security import hostile

pytestmark = pytest.mark.django_db
DUE = datetime.date(2026, 7, 30)
# Row of each passage in the template (below the locked information and the header).
XXE = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
ROWS = {"results": 9, "good_practices": 10, "difficulties": 11, "proposals": 12}


@pytest.fixture
def ward() -> Unit:
    return Unit.objects.get(code="03127")


@pytest.fixture
def other_ward() -> Unit:
    return Unit.objects.get(code="03160")


@pytest.fixture
def report_request(kl51_campaign, board_user) -> ReportRequest:
    return report_request_create(
        campaign=kl51_campaign, title="Báo cáo kết quả quán triệt", due_date=DUE, user=board_user
    )


def _urls(report_request: ReportRequest, unit: Unit) -> tuple[str, str, str]:
    args = [report_request.pk, unit.pk]
    return (
        reverse("reporting:submission_create", args=args),
        reverse("reporting:submission_template", args=args),
        reverse("reporting:submission_upload", args=args),
    )


def _fill(data: bytes, passages: Mapping[str, str]) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(data))
    for name, text in passages.items():
        # As a person types it: text starting with "=" typed as text (Excel's leading ').
        put(book[SHEET], ROWS[name], 2, text)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _upload(client: Client, url: str, data: bytes, name: str = "bao-cao.xlsx") -> Any:
    return client.post(url, {"tep": SimpleUploadedFile(name, data)})


def _template_of(report_request: ReportRequest, unit: Unit) -> bytes:
    return submission_template(request=report_request, unit=unit, due=DUE, submission=None)


def _returned_submission(report_request: ReportRequest, ward: Unit, board_user: Any) -> Submission:
    submitted = submission_submit(
        request=report_request,
        unit=ward,
        user=None,
        results="Bản cũ: đã quán triệt",
        difficulties="Khó khăn cũ",
    )
    return submission_return(submission=submitted, reason="Bổ sung số liệu.", user=board_user)


def _page_text(response: Any) -> str:
    import html

    return html.unescape(response.content.decode())


def test_it_offers_the_download_and_the_upload_on_the_submission_page(
    report_request, ward, commune_reporter
):
    page_url, template_url, upload_url = _urls(report_request, ward)
    page = _page_text(client_for(commune_reporter).get(page_url))
    assert "Tải mẫu Excel" in page and template_url in page
    assert "Tải lên tệp Excel đã điền" in page and upload_url in page
    assert 'enctype="multipart/form-data"' in page


def test_it_downloads_a_template_pre_filled_for_the_request_and_the_unit(
    report_request, ward, commune_reporter, board_user
):
    saved = _returned_submission(report_request, ward, board_user)
    saved.proposals = '=HYPERLINK("http://x.vn","bấm")'
    saved.save()
    response = client_for(commune_reporter).get(_urls(report_request, ward)[1])
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content))[SHEET]
    assert sheet["B2"].value == "Báo cáo kết quả quán triệt"
    assert ward.name in sheet["B3"].value
    assert sheet["B4"].value == "30/07/2026"
    assert sheet.row_dimensions[5].hidden and sheet["B5"].value  # the signed identity
    assert [sheet.cell(row, 1).value for row in ROWS.values()] == [
        "Kết quả đạt được",
        "Mô hình, cách làm hay",
        "Khó khăn, hạn chế",
        "Đề xuất, kiến nghị",
    ]
    assert sheet.cell(ROWS["results"], 2).value == "Bản cũ: đã quán triệt"
    assert sheet.cell(ROWS["difficulties"], 2).value == "Khó khăn cũ"
    proposals = sheet.cell(ROWS["proposals"], 2)
    assert proposals.value == saved.proposals and proposals.data_type == "s"  # text, not a formula
    assert sheet.protection.sheet
    for row in ROWS.values():
        assert not sheet.cell(row, 2).protection.locked and sheet.cell(row, 2).alignment.wrap_text
        assert sheet.cell(row, 1).protection.locked
    for cell in ("B2", "B3", "B4", "B5"):
        assert sheet[cell].protection.locked
    assert AuditEntry.objects.filter(
        action=AuditAction.EXPORT, target=f"submission-template:{report_request.pk}:03127"
    ).exists()


def test_it_submits_the_filled_template_through_the_same_service_as_the_web_form(
    report_request, ward, commune_reporter
):
    client = client_for(commune_reporter)
    _page, template_url, upload_url = _urls(report_request, ward)
    passages = {
        "results": "Đã tổ chức 3 hội nghị quán triệt.\nDòng thứ hai.",
        "good_practices": "=1+1 là cách làm hay",
        "difficulties": "Vùng sâu thiếu loa",
        "proposals": "Cấp thêm tài liệu",
    }
    filled = _fill(client.get(template_url).content, passages)
    response = _upload(client, upload_url, filled)
    assert response.status_code == 302
    stored = Submission.objects.get(request=report_request, unit=ward)
    assert {name: getattr(stored, name) for name in passages} == passages
    assert stored.status == SubmissionStatus.SUBMITTED and stored.submitted_by == commune_reporter
    assert stored.events.filter(action=SubmissionStatus.SUBMITTED).count() == 1
    assert AuditEntry.objects.filter(
        action=AuditAction.CHANGE,
        user=commune_reporter,
        target=f"Báo cáo {stored.pk} của đơn vị {ward.pk}",
    ).exists()


def test_it_names_a_missing_results_row_and_stores_nothing(report_request, ward, commune_reporter):
    client = client_for(commune_reporter)
    _page, template_url, upload_url = _urls(report_request, ward)
    filled = _fill(client.get(template_url).content, {"proposals": "Chỉ có đề xuất"})
    response = _upload(client, upload_url, filled)
    assert response.status_code == 400
    assert "Dòng 9 (Kết quả đạt được): Chưa nhập kết quả đạt được." in _page_text(response)
    assert not Submission.objects.exists()


def test_it_refuses_an_over_long_passage_and_keeps_the_stored_text(
    report_request, ward, commune_reporter, board_user
):
    returned = _returned_submission(report_request, ward, board_user)
    client = client_for(commune_reporter)
    _page, template_url, upload_url = _urls(report_request, ward)
    filled = _fill(
        client.get(template_url).content, {"results": "Mới", "difficulties": "a" * 20_001}
    )
    response = _upload(client, upload_url, filled)
    assert response.status_code == 400
    page = _page_text(response)
    assert "Dòng 11 (Khó khăn, hạn chế): Dài quá 20.000 ký tự (đang có 20.001)." in page
    assert "Bản cũ: đã quán triệt" in page  # the form below shows what is still stored
    returned.refresh_from_db()
    assert returned.results == "Bản cũ: đã quán triệt" and returned.difficulties == "Khó khăn cũ"
    assert returned.status == SubmissionStatus.RETURNED and returned.version == 1


def test_it_refuses_another_units_template(report_request, ward, other_ward, commune_reporter):
    filled = _fill(_template_of(report_request, other_ward), {"results": "Của xã khác"})
    response = _upload(client_for(commune_reporter), _urls(report_request, ward)[2], filled)
    assert response.status_code == 400
    page = _page_text(response)
    assert "Tệp này là mẫu của đơn vị khác" in page and other_ward.name not in page
    assert not Submission.objects.exists()


def test_it_refuses_another_requests_template(
    report_request, kl51_campaign, ward, board_user, commune_reporter
):
    other = report_request_create(
        campaign=kl51_campaign, title="Báo cáo quý III", due_date=DUE, user=board_user
    )
    filled = _fill(_template_of(other, ward), {"results": "Cho yêu cầu khác"})
    response = _upload(client_for(commune_reporter), _urls(report_request, ward)[2], filled)
    assert response.status_code == 400
    assert "Tệp này là mẫu của yêu cầu báo cáo khác" in _page_text(response)
    assert not Submission.objects.exists()


def test_it_refuses_a_forged_identity(report_request, ward, commune_reporter):
    book = openpyxl.load_workbook(io.BytesIO(_template_of(report_request, ward)))
    book[SHEET]["B5"].value = '{"request":1,"unit":1}:giamao'
    book[SHEET].cell(ROWS["results"], 2).value = "Giả mạo"
    out = io.BytesIO()
    book.save(out)
    response = _upload(client_for(commune_reporter), _urls(report_request, ward)[2], out.getvalue())
    assert response.status_code == 400
    assert "Mã nhận dạng tệp đã bị sửa" in _page_text(response)
    assert not Submission.objects.exists()


def _docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p>'
            "</w:body></w:document>",
        )
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_docx(), "thực ra là văn bản Word (.docx)"),
        (b"", "Tệp rỗng"),
        (b"xin chao, day khong phai bang tinh", "không khớp đuôi .xlsx"),
    ],
    ids=["docx renamed xlsx", "empty file", "text renamed xlsx"],
)
def test_it_refuses_a_file_that_is_not_its_template_and_keeps_the_stored_text(
    report_request, ward, commune_reporter, board_user, data, message
):
    returned = _returned_submission(report_request, ward, board_user)
    response = _upload(client_for(commune_reporter), _urls(report_request, ward)[2], data)
    assert response.status_code == 400
    assert message in _page_text(response)
    returned.refresh_from_db()
    assert returned.results == "Bản cũ: đã quán triệt" and returned.version == 1


def test_it_refuses_an_upload_without_a_file(report_request, ward, commune_reporter):
    response = client_for(commune_reporter).post(_urls(report_request, ward)[2])
    assert response.status_code == 400
    assert "Chưa chọn tệp Excel." in _page_text(response)
    assert not Submission.objects.exists()


def test_it_answers_404_to_another_units_reporter_on_both_routes(
    report_request, ward, commune_reporter, other_reporter
):
    _page, template_url, upload_url = _urls(report_request, ward)
    own = client_for(commune_reporter).get(template_url).content
    filled = _fill(own, {"results": "Viết hộ xã khác"})
    client = client_for(other_reporter)
    assert client.get(template_url).status_code == 404
    assert _upload(client, upload_url, filled).status_code == 404
    assert not Submission.objects.exists()


def test_it_answers_404_for_a_request_the_unit_cannot_open(
    kl51_campaign, ward, other_ward, board_user, commune_reporter
):
    # A request of the shared campaign that asks only the other commune: the page refuses the
    # own unit (not expected), and the other unit's URL is a 404 for this reporter.
    only_other = report_request_create(
        campaign=kl51_campaign,
        title="Chỉ Mường Nhé",
        due_date=DUE,
        user=board_user,
        units=[other_ward],
    )
    client = client_for(commune_reporter)
    _page, template_url, upload_url = _urls(only_other, other_ward)
    assert client.get(template_url).status_code == 404
    assert _upload(client, upload_url, b"x").status_code == 404
    missing = reverse("reporting:submission_template", args=[999_999, ward.pk])
    assert client.get(missing).status_code == 404


def test_it_refuses_a_leader_who_may_read_but_not_submit(
    report_request, ward, commune_reporter, leader_user
):
    page_url, template_url, upload_url = _urls(report_request, ward)
    filled = _fill(client_for(commune_reporter).get(template_url).content, {"results": "Hộ"})
    client = client_for(leader_user)
    assert client.get(page_url).status_code == 403
    assert client.get(template_url).status_code == 403
    assert _upload(client, upload_url, filled).status_code == 403
    assert not Submission.objects.exists()


def test_it_answers_the_board_on_the_file_routes_as_on_the_submission_page(
    report_request, ward, board_user
):
    # One access rule: whoever the page lets submit (board staff for any unit) may use the file.
    page_url, template_url, _upload_url = _urls(report_request, ward)
    client = client_for(board_user)
    assert client.get(template_url).status_code == client.get(page_url).status_code


def test_it_takes_the_upload_by_post_only(report_request, ward, commune_reporter):
    response = client_for(commune_reporter).get(_urls(report_request, ward)[2])
    assert response.status_code == 405


def test_it_refuses_a_broken_workbook_and_keeps_the_stored_text(
    report_request, ward, commune_reporter, board_user
):
    returned = _returned_submission(report_request, ward, board_user)
    whole = _fill(_template_of(report_request, ward), {"results": "Mới"})
    response = _upload(client_for(commune_reporter), _urls(report_request, ward)[2], whole[:3000])
    assert response.status_code == 400
    page = _page_text(response)
    assert "Tệp có lỗi, chưa lưu gì" in page and "Tệp .xlsx không hợp lệ" in page
    returned.refresh_from_db()
    assert returned.results == "Bản cũ: đã quán triệt" and returned.version == 1


def _hostile(name: str, filled: bytes) -> bytes:
    if name == "zip bomb":
        return rewrite_zip(filled, {}, {"xl/media/anh.bin": b"\0" * (30 * 1024 * 1024)})
    if name == "external entity":
        xml = sheet_xml(filled)
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return rewrite_zip(filled, {"xl/worksheets/sheet1.xml": XXE + body})
    if name == "macro":
        return rewrite_zip(filled, {}, {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 512})
    raise AssertionError(name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("zip bomb", "tỷ lệ nén"), ("external entity", "DOCTYPE"), ("macro", "macro")],
)
def test_it_refuses_a_hostile_workbook_and_keeps_the_stored_text(
    report_request, ward, commune_reporter, board_user, name, expected
):
    returned = _returned_submission(report_request, ward, board_user)
    filled = _fill(_template_of(report_request, ward), {"results": "Mới từ tệp độc"})
    response = _upload(
        client_for(commune_reporter), _urls(report_request, ward)[2], _hostile(name, filled)
    )
    assert response.status_code == 400
    assert expected in _page_text(response)
    returned.refresh_from_db()
    assert returned.results == "Bản cũ: đã quán triệt" and returned.version == 1


SHEET_CASES = [case for case in hostile.corpus() if case.filename.endswith(".xlsx")]


@pytest.mark.parametrize("case", SHEET_CASES, ids=[case.label for case in SHEET_CASES])
def test_it_refuses_each_hostile_spreadsheet_of_the_shared_corpus(
    report_request, ward, commune_reporter, case
):
    response = _upload(
        client_for(commune_reporter), _urls(report_request, ward)[2], case.data, case.filename
    )
    assert response.status_code == 400
    page = _page_text(response).lower()
    assert any(part.lower() in page for part in case.message.split("|")), case.label
    assert not Submission.objects.exists()
