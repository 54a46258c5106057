"""The `opinion` command's refusals of a missing file, folder or unit: Vietnamese, exit 1."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db


def test_it_says_in_vietnamese_that_the_import_file_is_missing(tmp_path, board_user):
    with pytest.raises(CommandError, match="^Không có tệp: ") as info:
        call_command("opinion", "import", str(tmp_path / "khong-co.csv"), stdout=StringIO())
    assert info.value.returncode == 1


def test_it_says_in_vietnamese_that_the_unit_is_unknown(tmp_path, board_user):
    path = tmp_path / "y-kien.csv"
    path.write_bytes("id,nội dung\n1,Người dân lo phí cao\n".encode())
    with pytest.raises(CommandError, match="Không có đơn vị mã KHONG-CO") as info:
        call_command("opinion", "import", str(path), "--unit", "KHONG-CO", stdout=StringIO())
    assert info.value.returncode == 1


def test_it_says_in_vietnamese_that_the_shared_folder_is_missing(tmp_path):
    with pytest.raises(CommandError, match="^Không tìm thấy thư mục: ") as info:
        call_command("opinion", "train", "--shared", str(tmp_path / "khong-co"))
    assert info.value.returncode == 1


@pytest.mark.parametrize(
    "words", [["classify", "--file"], ["claims", "load"], ["import"]], ids=" ".join
)
def test_it_says_that_a_folder_is_no_file(tmp_path, board_user, words):
    with pytest.raises(CommandError, match="là một thư mục, không phải tệp") as info:
        call_command("opinion", *words, str(tmp_path), stdout=StringIO())
    assert info.value.returncode == 1


@pytest.mark.parametrize("days", ["0", "-30"])
def test_it_refuses_a_retention_period_that_would_anonymise_todays_items(days):
    from lantoa.opinion.models import Item, ItemState
    from tests.opinion.helpers import ingest

    ingest(["Bà con hỏi phí đăng ký nhãn hiệu gạo hôm nay"])
    with pytest.raises(CommandError, match="Thời hạn lưu giữ phải từ 1 ngày") as info:
        call_command("opinion", "retention", "--days", days, stdout=StringIO())
    assert info.value.returncode == 1
    assert not Item.objects.filter(state=ItemState.ANONYMISED).exists()


def test_it_imports_nothing_of_a_file_with_an_unreadable_date(tmp_path, board_user):
    from lantoa.opinion.models import Item

    path = tmp_path / "binh-luan.csv"
    rows = "".join(f"Ý kiến số {n} về nhãn hiệu gạo,0{n}/12/2026\n" for n in range(1, 8))
    path.write_bytes(f"nội dung,ngày\n{rows}Ý kiến cuối,hôm qua\n".encode())
    with pytest.raises(CommandError, match="^Dòng 9: không đọc được ngày “hôm qua”") as info:
        call_command("opinion", "import", str(path), stdout=StringIO())
    assert info.value.returncode == 1
    assert not Item.objects.exists()
