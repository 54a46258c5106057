import dataclasses
import io
import zipfile

import openpyxl
import pytest

from lantoa.organization.models import Unit
from lantoa.reporting.excel.layout import COLUMNS, INFO_SHEET
from lantoa.reporting.excel.template import unit_template
from lantoa.reporting.models import Activity, ActivityChange
from tests.reporting.excel_support import edit, new_conference, rewrite_zip, run_import, sheet_xml

pytestmark = pytest.mark.django_db
PLACE = "Trang 'Hoạt động', dòng 2, cột"


@pytest.fixture
def template(kl51_campaign):
    return unit_template(campaign=kl51_campaign, unit=Unit.objects.get(code="03127"))


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            {"sessions": "mười"},
            f"{PLACE} 'Số buổi': Phải là số nguyên, không phải chữ ('mười').",
        ),
        ({"sessions": 1.5}, f"{PLACE} 'Số buổi': Phải là số nguyên (ô đang có 1.5)."),
        ({"sessions": -1}, f"{PLACE} 'Số buổi': Số buổi không được âm."),
        # Text that starts like an ISO date is not one: it was read as 25/06/2026.
        (
            {"date": "2026-06-251"},
            f"{PLACE} 'Ngày': Không phải ngày hợp lệ ('2026-06-251'): nhập theo dạng dd/mm/yyyy.",
        ),
        # More digits than Python turns into a number (4300): one cell's error, not a broken file.
        ({"sessions": "9" * 5000}, f"{PLACE} 'Số buổi': Số quá lớn (5000 chữ số)."),
        # Other scripts' digits pass str.isdigit() and were called "too large": no count at all.
        (
            {"sessions": "١٢"},
            f"{PLACE} 'Số buổi': Phải là số nguyên, không phải chữ ('١٢').",
        ),
        (
            {"date": "31/02/2026"},
            f"{PLACE} 'Ngày': Không phải ngày hợp lệ ('31/02/2026'): tháng 02/2026 không có "
            "ngày 31.",
        ),
        (
            {"sessions": "=1+1"},
            f"{PLACE} 'Số buổi': Ô có công thức nhưng chưa có giá trị tính sẵn",
        ),
        ({"channel": "Hội thảo"}, f"{PLACE} 'Hình thức': Hình thức 'Hội thảo' không có"),
        ({"listeners": 40}, f"{PLACE} 'Số người nghe': Số người nghe không áp dụng"),
        (
            {"unit": "03160"},
            f"{PLACE} 'Mã đơn vị': Bạn không được nhập số liệu cho đơn vị '03160'.",
        ),
        ({"unit": "99999"}, f"{PLACE} 'Mã đơn vị': Mã đơn vị '99999' không có trong đợt"),
        ({"key": "khong-phai-ma"}, f"{PLACE} 'Mã dòng': Mã dòng không hợp lệ"),
        ({"title": None}, f"{PLACE} 'Tên hoạt động': Chưa nhập tên hoạt động."),
    ],
)
def test_it_names_sheet_row_and_column_in_vietnamese_and_stores_nothing(
    kl51_campaign, commune_reporter, template, cells, expected
):
    upload = run_import(
        kl51_campaign, commune_reporter, edit(template, {2: new_conference(**cells)})
    )
    assert upload.status == "failed"
    assert any(error.startswith(expected) for error in upload.plan["errors"]), upload.plan["errors"]
    assert not Activity.objects.exists() and not ActivityChange.objects.exists()


def test_it_stores_a_formula_by_its_cached_value(kl51_campaign, commune_reporter, template):
    data = edit(template, {2: new_conference(sessions="=1+1")})
    xml = sheet_xml(data)
    assert b"<f>1+1</f><v></v>" in xml or b"<f>1+1</f><v/>" in xml
    cached = xml.replace(b"<f>1+1</f><v></v>", b"<f>1+1</f><v>2</v>").replace(
        b"<f>1+1</f><v/>", b"<f>1+1</f><v>2</v>"
    )
    upload = run_import(
        kl51_campaign,
        commune_reporter,
        rewrite_zip(data, {"xl/worksheets/sheet1.xml": cached}),
    )
    assert upload.status == "applied", (upload.message, upload.plan.get("errors"))
    assert Activity.objects.get().sessions == 2


def test_it_refuses_another_units_template_from_a_reporter_but_not_from_the_board(
    kl51_campaign, commune_reporter, board_user
):
    foreign = unit_template(campaign=kl51_campaign, unit=Unit.objects.get(code="03160"))
    filled = edit(foreign, {2: {"unit": "03160", **new_conference()}})
    refused = run_import(kl51_campaign, commune_reporter, filled)
    assert refused.status == "failed"
    assert refused.message.startswith("Tệp này là mẫu của đơn vị khác")
    assert not Activity.objects.exists()
    accepted = run_import(kl51_campaign, board_user, filled)
    assert accepted.status == "applied", accepted.message
    assert Activity.objects.get().unit.code == "03160"


def test_it_refuses_a_forged_identity(kl51_campaign, commune_reporter, template):
    book = openpyxl.load_workbook(io.BytesIO(edit(template, {2: new_conference()})))
    for row in book[INFO_SHEET].iter_rows():
        if row[0].value == "Mã nhận dạng tệp":
            row[1].value = row[1].value.replace('"unit":', '"unit": 1') + "x"
    out = io.BytesIO()
    book.save(out)
    upload = run_import(kl51_campaign, commune_reporter, out.getvalue())
    assert upload.status == "failed" and "đã bị sửa" in upload.message
    assert not Activity.objects.exists()


def test_it_refuses_a_sheet_without_the_required_columns(kl51_campaign, board_user):
    book = openpyxl.Workbook()
    book.active.title = "Hoạt động"
    book.active.append(["Mã đơn vị", "Ngày"])
    out = io.BytesIO()
    book.save(out)
    upload = run_import(kl51_campaign, board_user, out.getvalue())
    assert upload.status == "failed"
    assert upload.message.startswith("Trang 'Hoạt động' thiếu cột 'Hình thức', 'Tên hoạt động'")


def test_it_refuses_a_duplicated_row_key(kl51_campaign, commune_reporter):
    from lantoa.reporting.services import activity_record
    from tests.reporting.test_activities import conference

    unit = Unit.objects.get(code="03127")
    activity = activity_record(campaign=kl51_campaign, unit=unit, data=conference(), user=None)
    data = edit(
        unit_template(campaign=kl51_campaign, unit=unit),
        {3: {"key": str(activity.key), **new_conference()}},
    )
    upload = run_import(kl51_campaign, commune_reporter, data)
    assert upload.status == "failed"
    assert (
        "Trang 'Hoạt động', dòng 3, cột 'Mã dòng': Dòng này trùng mã dòng với dòng 2."
        in (upload.plan["errors"])
    )
    assert zipfile.is_zipfile(io.BytesIO(data))


@pytest.mark.parametrize("field", ["unit", "channel", "delete"])
def test_it_quotes_a_long_cell_shortened_in_its_error(
    kl51_campaign, commune_reporter, template, field
):
    cells = new_conference(**{field: "k" * 5000})
    upload = run_import(kl51_campaign, commune_reporter, edit(template, {2: cells}))
    assert upload.status == "failed"
    (error,) = upload.plan["errors"]
    assert "k" * 40 in error and "k" * 41 not in error and "…" in error
    assert not Activity.objects.exists()


def test_it_refuses_figures_under_a_header_the_template_does_not_have(
    kl51_campaign, commune_reporter, template
):
    book = openpyxl.load_workbook(io.BytesIO(edit(template, {2: new_conference(sessions=3)})))
    book["Hoạt động"]["G1"] = "Số buổi họp"  # was 'Số buổi': its 3 would be read as not reported
    out = io.BytesIO()
    book.save(out)
    upload = run_import(kl51_campaign, commune_reporter, out.getvalue())
    assert upload.status == "failed"
    assert upload.message.startswith(
        "Trang 'Hoạt động', cột G có tiêu đề 'Số buổi họp' không có trong mẫu nhưng có số liệu "
        "(dòng 2)"
    ), upload.message
    assert not Activity.objects.exists()


def test_it_names_a_date_merged_over_two_rows_instead_of_calling_it_missing(
    kl51_campaign, commune_reporter, template
):
    # A clerk with two activities on one day merges their date cells (Merge & Center): the
    # lower row shows the date on screen, but the file holds it only in the top cell.
    book = openpyxl.load_workbook(
        io.BytesIO(edit(template, {2: new_conference(), 3: new_conference(title="Hội nghị 2")}))
    )
    book["Hoạt động"].merge_cells("C2:C3")
    out = io.BytesIO()
    book.save(out)
    upload = run_import(kl51_campaign, commune_reporter, out.getvalue())
    assert upload.status == "failed"
    assert upload.plan["errors"] == [
        "Trang 'Hoạt động', dòng 3, cột 'Ngày': Ô đang gộp với ô dòng 2 (vùng gộp C2:C3); "
        "Lan Tỏa chỉ đọc được giá trị ở ô đầu vùng gộp. Hãy bỏ gộp ô (Unmerge) rồi nhập giá "
        "trị vào từng dòng."
    ]
    assert not Activity.objects.exists()


@pytest.mark.parametrize("label", ["Tổng cộng", "TỔNG CỘNG:", "Tổng số", "Cộng"])
@pytest.mark.parametrize("field", ["title", "channel"])
def test_it_refuses_a_total_row_as_not_an_activity(
    kl51_campaign, commune_reporter, template, label, field
):
    # A clerk adds the «Tổng cộng» line every Vietnamese table has; following one error at a
    # time (pick a channel, type a date) would record it as an activity and count it twice.
    total = {"title": None, field: label, "sessions": 1, "party_members_present": 120}
    upload = run_import(
        kl51_campaign, commune_reporter, edit(template, {2: new_conference(), 4: total})
    )
    assert upload.status == "failed"
    assert upload.plan["errors"] == [
        f"Trang 'Hoạt động', dòng 4, cột '{COLUMNS[field]}': Dòng «{label}» là dòng cộng, không "
        "phải một hoạt động: Lan Tỏa tự cộng số liệu của các dòng. Hãy xóa dòng này (nếu là "
        "một hoạt động, hãy ghi tên cụ thể của hoạt động)."
    ]
    assert not Activity.objects.exists()


def test_it_keeps_a_stored_activity_named_like_a_total(kl51_campaign, commune_reporter):
    from lantoa.reporting.services import activity_record
    from tests.reporting.test_activities import conference

    unit = Unit.objects.get(code="03127")
    named = dataclasses.replace(conference(), title="Cộng")
    activity_record(campaign=kl51_campaign, unit=unit, data=named, user=commune_reporter)
    upload = run_import(
        kl51_campaign, commune_reporter, unit_template(campaign=kl51_campaign, unit=unit)
    )
    assert upload.status == "preview", upload.plan.get("errors")
