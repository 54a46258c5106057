"""Every kind of business-rule refusal answers the API with 400 and one Vietnamese shape."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lantoa.accounts.mfa import MfaError
from lantoa.accounts.services import AccountError
from lantoa.api import endpoints
from lantoa.api.services import TokenError
from lantoa.campaigns.services import CampaignError
from lantoa.core.errors import Refused
from lantoa.core.uploads import UploadRefused
from lantoa.documents.reports.services import OfficialReportError
from lantoa.documents.services import RegisterError
from lantoa.guidance.parsing.text import DocumentError
from lantoa.materials.services import MaterialError
from lantoa.opinion.services import OpinionError
from lantoa.organization.services import OrganizationError
from lantoa.press.services import PressError
from lantoa.reporting.excel.importer import ImportRefused
from lantoa.reporting.models import Activity
from lantoa.reporting.services import ReportingError
from lantoa.showcase.services import ShowcaseError
from tests.api.test_api import activity_payload, api, token_for

pytestmark = pytest.mark.django_db

KINDS = [
    UploadRefused,
    ImportRefused,
    ReportingError,
    MaterialError,
    PressError,
    ShowcaseError,
    OpinionError,
    DocumentError,
    CampaignError,
    AccountError,
    MfaError,
    OrganizationError,
    RegisterError,
    OfficialReportError,
    TokenError,
]
MESSAGE = "Không thể ghi nhận: kỳ báo cáo đã khóa."


def _refusal(kind: type[Refused]) -> Refused:
    refusal = kind.__new__(kind)
    Refused.__init__(refusal, MESSAGE, fields={"title": "Tên hoạt động đã có."})
    return refusal


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.__name__)
def test_it_answers_each_kind_of_refusal_with_400_and_one_shape(
    kind, kl51_campaign, commune_reporter, monkeypatch
):
    def refuse(**_kwargs):
        raise _refusal(kind)

    monkeypatch.setattr(endpoints, "activity_record", refuse)
    response = api(token_for(commune_reporter)).post(
        f"/api/v1/campaigns/{kl51_campaign.pk}/activities",
        activity_payload(),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json() == {"detail": MESSAGE, "errors": {"title": "Tên hoạt động đã có."}}


def test_it_answers_real_refusals_in_the_same_shape(kl51_campaign, commune_reporter):
    client = api(token_for(commune_reporter))
    figures = client.post(
        f"/api/v1/campaigns/{kl51_campaign.pk}/activities",
        activity_payload(figures={"party_members_present": 999999}),
        content_type="application/json",
    )
    created = client.post(
        f"/api/v1/campaigns/{kl51_campaign.pk}/activities",
        activity_payload(),
        content_type="application/json",
    )
    activity = Activity.objects.get(pk=created.json()["id"])
    fake = SimpleUploadedFile("anh.png", b"<html><script>alert(1)</script></html>")
    upload = client.post(f"/api/v1/activities/{activity.pk}/evidence", {"file": fake})
    for response in (figures, upload):
        body = response.json()
        assert response.status_code == 400
        assert set(body) == {"detail", "errors"} and body["errors"]
        assert body["detail"] == "; ".join(body["errors"].values())
        assert any(ch in body["detail"] for ch in "ảạăâđêôơưệốờ")
    assert not activity.evidence.exists()
