"""A report's signing modes are the one vocabulary every other document offers."""

import pytest
from django.urls import reverse

from lantoa.core.partydoc import render_docx
from lantoa.core.partydoc.signing import SIGNING_MODE_CHOICES
from lantoa.documents.reports.services import (
    official_report_create,
    official_report_document,
    official_report_update,
)
from tests.conftest import client_for
from tests.documents.test_official_reports import docx_text

pytestmark = pytest.mark.django_db


def test_it_offers_the_signing_modes_of_the_one_vocabulary(kl51_campaign, board_user):
    report = official_report_create(campaign=kl51_campaign, kind="progress", user=board_user)
    html = client_for(board_user).get(reverse("reports:detail", args=[report.pk])).content.decode()
    for value, label in SIGNING_MODE_CHOICES:
        assert f'<option value="{value}"' in html and label in html, label


def test_it_signs_a_report_thua_uy_quyen_for_the_head_of_the_board(kl51_campaign, board_user):
    report = official_report_create(campaign=kl51_campaign, kind="progress", user=board_user)
    report = official_report_update(
        report=report,
        sections=report.sections,
        signer_name="Lò Văn Bình",
        signer_title="Chánh Văn phòng",
        signer_mode="TUQ.",
    )
    text = docx_text(render_docx(official_report_document(report=report)))
    assert "TUQ. TRƯỞNG BAN" in text and "CHÁNH VĂN PHÒNG" in text
