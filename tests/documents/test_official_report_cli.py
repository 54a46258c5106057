import io

import docx
import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_it_writes_a_draft_progress_report_from_the_command_line(kl51_campaign, tmp_path):
    path = tmp_path / "bao-cao.docx"
    out = io.StringIO()
    call_command("official_report", "--campaign", kl51_campaign.pk, "-o", str(path), stdout=out)
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "BÁO CÁO" in text.upper() and "Đã ghi" in out.getvalue()


def test_it_refuses_an_unknown_campaign(tmp_path):
    with pytest.raises(CommandError, match="Không có đợt tuyên truyền"):
        call_command("official_report", "--campaign", 999999, "-o", str(tmp_path / "x.docx"))
