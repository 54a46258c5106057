"""The `lantoa` command line as the README documents it."""

import docx
import pytest

from lantoa.cli import command_line, main

pytestmark = pytest.mark.django_db


def test_it_routes_report_generate_to_the_documents_command():
    assert command_line(["report", "generate", "--campaign", "1"]) == [
        "official_report",
        "--campaign",
        "1",
    ]
    assert command_line(["report", "template", "--campaign", "1"])[0] == "report"


def test_it_writes_the_report_with_the_documented_spelling(kl51_campaign, tmp_path, capsys):
    path = tmp_path / "bao-cao.docx"
    main(
        [
            "report",
            "generate",
            "--campaign",
            str(kl51_campaign.pk),
            "--kind",
            "progress",
            "--format",
            "docx",
            "-o",
            str(path),
        ]
    )
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "BÁO CÁO" in text and "Đã ghi" in capsys.readouterr().out
