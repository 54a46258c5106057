import pytest
from django.core.management import CommandError, call_command

from lantoa.organization.models import Unit
from lantoa.reporting.models import Activity
from tests.reporting.excel_support import edit, new_conference

pytestmark = pytest.mark.django_db


def test_it_writes_a_template_then_previews_and_imports_it(
    kl51_campaign, commune_reporter, tmp_path, capsys
):
    path = tmp_path / "mau.xlsx"
    call_command(
        "report", "template", "--unit", "03127", "--campaign", kl51_campaign.pk, "-o", path
    )
    path.write_bytes(edit(path.read_bytes(), {2: new_conference()}))
    call_command("report", "import", str(path), "--dry-run", "--as", commune_reporter.username)
    assert "Dòng mới: 1" in capsys.readouterr().out and not Activity.objects.exists()
    call_command("report", "import", str(path), "--as", commune_reporter.username)
    assert "Đã thêm 1 hoạt động" in capsys.readouterr().out
    assert Activity.objects.get().unit == Unit.objects.get(code="03127")


def test_it_refuses_another_units_template_as_a_reporter(kl51_campaign, commune_reporter, tmp_path):
    path = tmp_path / "mau.xlsx"
    call_command(
        "report", "template", "--unit", "03160", "--campaign", kl51_campaign.pk, "-o", path
    )
    path.write_bytes(edit(path.read_bytes(), {2: new_conference()}))
    with pytest.raises(CommandError, match="mẫu của đơn vị khác"):
        call_command("report", "import", str(path), "--as", commune_reporter.username)
    assert not Activity.objects.exists()
