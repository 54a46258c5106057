import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lantoa.core.exports import XLSX_TYPE
from lantoa.organization.models import Unit
from lantoa.reporting.excel.template import unit_template
from lantoa.reporting.models import Activity, ExcelImport, ExcelImportStatus
from tests.conftest import client_for
from tests.reporting.excel_support import edit, new_conference

pytestmark = pytest.mark.django_db


@pytest.fixture
def immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def _xlsx(data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile("bao-cao.xlsx", data, content_type=XLSX_TYPE)


def test_it_sends_the_own_template_and_hides_a_foreign_one(kl51_campaign, commune_reporter):
    client = client_for(commune_reporter)
    own = Unit.objects.get(code="03127")
    foreign = Unit.objects.get(code="03160")
    response = client.get(reverse("reporting:excel_template", args=[kl51_campaign.pk, own.pk]))
    assert response.status_code == 200 and response["Content-Type"] == XLSX_TYPE
    assert response.content.startswith(b"PK")
    url = reverse("reporting:excel_template", args=[kl51_campaign.pk, foreign.pk])
    assert client.get(url).status_code == 404


def test_it_gives_the_boards_workbook_to_board_staff_only(
    kl51_campaign, commune_reporter, board_user
):
    url = reverse("reporting:excel_board_workbook", args=[kl51_campaign.pk])
    assert client_for(commune_reporter).get(url).status_code == 403
    response = client_for(board_user).get(url)
    assert response.status_code == 200 and response.content.startswith(b"PK")


def test_it_uploads_previews_and_applies_on_the_web(
    kl51_campaign, commune_reporter, immediate_tasks, django_capture_on_commit_callbacks
):
    client = client_for(commune_reporter)
    unit = Unit.objects.get(code="03127")
    data = edit(unit_template(campaign=kl51_campaign, unit=unit), {2: new_conference()})
    upload_url = reverse("reporting:excel_upload", args=[kl51_campaign.pk])
    page = client.get(upload_url)
    assert page.status_code == 200 and "Mẫu của Đảng ủy phường Điện Biên Phủ" in page.text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(upload_url, {"tep": _xlsx(data)})
    upload = ExcelImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reporting:excel_status", args=[upload.pk])
    status = client.get(response["Location"])
    assert "Chờ xác nhận" in status.text and "Hội nghị quán triệt Kết luận 51" in status.text
    assert "Áp dụng 1 thay đổi" in status.text and not Activity.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("reporting:excel_apply", args=[upload.pk]))
    upload.refresh_from_db()
    assert upload.status == ExcelImportStatus.APPLIED
    assert Activity.objects.get().title == "Hội nghị quán triệt Kết luận 51"
    done = client.get(reverse("reporting:excel_status", args=[upload.pk]))
    assert "Đã áp dụng" in done.text and "hx-trigger" not in done.text
    assert "Đang áp dụng các thay đổi" in done.text  # the button's success message


def test_it_polls_while_checking(kl51_campaign, commune_reporter):
    upload = ExcelImport.objects.create(
        campaign=kl51_campaign,
        uploaded_by=commune_reporter,
        file="excel-imports/x.xlsx",
        original_name="x.xlsx",
        stage="Đang đối chiếu từng dòng",
        rows_done=500,
        rows_total=2000,
    )
    response = client_for(commune_reporter).get(
        reverse("reporting:excel_status", args=[upload.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert 'hx-trigger="every 1s"' in response.text and "<html" not in response.text
    assert "500 / 2.000 dòng" in response.text


def test_it_refuses_200_mb_before_reading_it(kl51_campaign, commune_reporter):
    response = client_for(commune_reporter).post(
        reverse("reporting:excel_upload", args=[kl51_campaign.pk]),
        {"tep": _xlsx(b"PK\x03\x04")},
        CONTENT_LENGTH=str(200 * 1024 * 1024),
    )
    assert response.status_code == 413 and "Tệp quá lớn" in response.text
    assert not ExcelImport.objects.exists()


def test_it_shows_a_refusal_on_the_form(kl51_campaign, commune_reporter):
    response = client_for(commune_reporter).post(
        reverse("reporting:excel_upload", args=[kl51_campaign.pk]),
        {"tep": SimpleUploadedFile("bao-cao.xlsm", b"PK\x03\x04")},
    )
    assert response.status_code == 400 and "xlsm" in response.text
    assert not ExcelImport.objects.exists()


def test_it_refuses_to_apply_an_upload_twice_as_the_pages_message(kl51_campaign, commune_reporter):
    upload = ExcelImport.objects.create(
        campaign=kl51_campaign,
        uploaded_by=commune_reporter,
        file="excel-imports/x.xlsx",
        original_name="x.xlsx",
        status=ExcelImportStatus.APPLIED,
        plan={"counts": {"new": 1}, "new": [], "changed": [], "errors": [], "error_count": 0},
    )
    response = client_for(commune_reporter).post(
        reverse("reporting:excel_apply", args=[upload.pk]), follow=True
    )
    assert "Tệp này đã được áp dụng hoặc đang được áp dụng." in response.text
    upload.refresh_from_db()
    assert upload.status == ExcelImportStatus.APPLIED and not Activity.objects.exists()


def test_it_hides_another_persons_upload(kl51_campaign, commune_reporter, other_reporter):
    upload = ExcelImport.objects.create(
        campaign=kl51_campaign,
        uploaded_by=other_reporter,
        file="excel-imports/x.xlsx",
        original_name="x.xlsx",
        status=ExcelImportStatus.PREVIEW,
        plan={"counts": {"new": 1}, "new": [], "changed": [], "errors": [], "error_count": 0},
    )
    client = client_for(commune_reporter)
    assert client.get(reverse("reporting:excel_status", args=[upload.pk])).status_code == 404
    assert client.post(reverse("reporting:excel_apply", args=[upload.pk])).status_code == 404
    upload.refresh_from_db()
    assert upload.status == ExcelImportStatus.PREVIEW


def test_it_shows_a_deletion_before_applying_it_on_the_web(
    kl51_campaign, commune_reporter, immediate_tasks, django_capture_on_commit_callbacks
):
    from lantoa.reporting.services import activity_record
    from tests.reporting.test_activities import conference

    client = client_for(commune_reporter)
    unit = Unit.objects.get(code="03127")
    recorded = activity_record(campaign=kl51_campaign, unit=unit, data=conference(), user=None)
    data = edit(unit_template(campaign=kl51_campaign, unit=unit), {2: {"delete": "x"}})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("reporting:excel_upload", args=[kl51_campaign.pk]), {"tep": _xlsx(data)}
        )
    upload = ExcelImport.objects.get()
    status = client.get(reverse("reporting:excel_status", args=[upload.pk]))
    assert "Hoạt động sẽ xóa" in status.text and f"<del>{recorded.title}</del>" in status.text
    assert "Áp dụng 1 thay đổi" in status.text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("reporting:excel_apply", args=[upload.pk]))
    assert Activity.objects.get(pk=recorded.pk).is_deleted
