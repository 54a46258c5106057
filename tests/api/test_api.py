import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from lantoa.accounts.models import Membership
from lantoa.api.services import TokenError, api_token_issue, api_token_revoke
from lantoa.reporting.models import Activity, Submission
from lantoa.reporting.services import report_request_create
from tests.conftest import client_for, make_user, png_bytes

pytestmark = pytest.mark.django_db
PNG = png_bytes()


def token_for(user) -> str:
    membership = Membership.objects.filter(user=user).first()
    return api_token_issue(user=user, membership_id=membership.pk, name="Phần mềm xã").secret


def api(token: str) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}")


def activity_payload(**extra):
    return {
        "channel": "conference",
        "date": "2026-06-25",
        "title": "Hội nghị quán triệt",
        "figures": {"sessions": 1, "party_members_present": 300},
        **extra,
    }


def test_it_refuses_requests_without_a_valid_token(kl51_campaign):
    assert Client().get("/api/v1/tasks").status_code == 401
    response = api("lt_deadbeef_wrong").get("/api/v1/tasks")
    assert response.status_code == 401 and "mã truy cập" in response.json()["detail"]


def test_it_lists_my_tasks(kl51_campaign, commune_reporter):
    body = api(token_for(commune_reporter)).get("/api/v1/tasks").json()
    assert len(body) == 3 and {row["campaign_id"] for row in body} == {kl51_campaign.pk}


def test_it_records_an_activity_with_evidence(kl51_campaign, commune_reporter):
    client = api(token_for(commune_reporter))
    response = client.post(
        f"/api/v1/campaigns/{kl51_campaign.pk}/activities",
        activity_payload(),
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    activity = Activity.objects.get()
    assert activity.unit.code == "03127" and activity.source == "api"
    assert response.json()["figures"]["other_attendees"] is None
    upload = client.post(
        f"/api/v1/activities/{activity.pk}/evidence", {"file": SimpleUploadedFile("anh.png", PNG)}
    )
    assert upload.status_code == 201 and upload.json()["content_type"] == "image/png"


def test_it_refuses_bad_figures_with_vietnamese_messages(kl51_campaign, commune_reporter):
    response = api(token_for(commune_reporter)).post(
        f"/api/v1/campaigns/{kl51_campaign.pk}/activities",
        activity_payload(figures={"party_members_present": 999999}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "party_members_present" in response.json()["errors"]
    bad = api(token_for(commune_reporter)).post(
        f"/api/v1/campaigns/{kl51_campaign.pk}/activities",
        {"channel": 3},
        content_type="application/json",
    )
    assert bad.status_code == 422 and bad.json()["detail"] == "Dữ liệu gửi lên không hợp lệ."
    assert not Activity.objects.exists()


def test_it_submits_a_report(kl51_campaign, commune_reporter, board_user):
    import datetime

    request = report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 6",
        due_date=datetime.date(2026, 7, 30),
        user=board_user,
    )
    client = api(token_for(commune_reporter))
    assert client.get("/api/v1/report-requests").json()[0]["submission_status"] is None
    response = client.post(
        f"/api/v1/report-requests/{request.pk}/submission",
        {"results": "Đã triển khai."},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert Submission.objects.get().unit.code == "03127"


def test_it_gives_a_units_extended_due_date_as_its_work_list_does(
    kl51_campaign, commune_reporter, board_user
):
    # The work list and the report's page show the unit's extension; the API gave the
    # request's own date, so a unit's software reminded it of a deadline it no longer had.
    import datetime

    from lantoa.organization.models import Unit
    from lantoa.reporting.services import extension_grant

    request = report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 6",
        due_date=datetime.date(2026, 7, 30),
        user=board_user,
    )
    extension_grant(
        request=request,
        unit=Unit.objects.get(code="03127"),
        due_date=datetime.date(2026, 8, 10),
        reason="Bão lũ",
        user=board_user,
    )
    (line,) = api(token_for(commune_reporter)).get("/api/v1/report-requests").json()
    assert line["due_date"] == "2026-08-10"
    page = client_for(commune_reporter).get(reverse("reporting:unit_home")).content.decode()
    assert "hạn 10/08/2026" in page


def test_it_reads_the_old_narrative_field_as_results(kl51_campaign, commune_reporter, board_user):
    import datetime

    request = report_request_create(
        campaign=kl51_campaign,
        title="Báo cáo tháng 6",
        due_date=datetime.date(2026, 7, 30),
        user=board_user,
    )
    response = api(token_for(commune_reporter)).post(
        f"/api/v1/report-requests/{request.pk}/submission",
        {"narrative": "Đã tổ chức hội nghị quán triệt."},
        content_type="application/json",
    )
    assert response.status_code == 201
    body = response.json()
    assert body["results"] == body["narrative"] == "Đã tổ chức hội nghị quán triệt."
    assert Submission.objects.get().results == "Đã tổ chức hội nghị quán triệt."


def test_it_marks_narrative_deprecated_in_the_schema(client):
    schema = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    assert schema["SubmissionIn"]["properties"]["narrative"]["deprecated"] is True
    assert schema["SubmissionOut"]["properties"]["narrative"]["deprecated"] is True
    assert "results" in schema["SubmissionIn"]["required"]


def test_it_scopes_status_to_the_tokens_unit(kl51_campaign, commune_reporter, board_user):
    own = (
        api(token_for(commune_reporter)).get(f"/api/v1/campaigns/{kl51_campaign.pk}/status").json()
    )
    assert [row["code"] for row in own["units"]] == ["03127"]
    board = api(token_for(board_user)).get(f"/api/v1/campaigns/{kl51_campaign.pk}/status").json()
    assert len(board["units"]) == 56


def test_it_never_reaches_another_unit(kl51_campaign, commune_reporter, other_reporter):
    foreign_token = token_for(other_reporter)
    foreign = api(foreign_token).post(
        f"/api/v1/campaigns/{kl51_campaign.pk}/activities",
        activity_payload(),
        content_type="application/json",
    )
    activity = Activity.objects.get(pk=foreign.json()["id"])
    client = api(token_for(commune_reporter))
    assert (
        client.post(
            f"/api/v1/activities/{activity.pk}/evidence", {"file": SimpleUploadedFile("a.png", PNG)}
        ).status_code
        == 404
    )
    assert all(
        row["unit_id"] != activity.unit_id
        for row in client.get(f"/api/v1/campaigns/{kl51_campaign.pk}/activities").json()
    )


def test_it_stops_a_revoked_token(kl51_campaign, commune_reporter):
    membership = Membership.objects.get(user=commune_reporter)
    issued = api_token_issue(user=commune_reporter, membership_id=membership.pk, name="x")
    api_token_revoke(user=commune_reporter, token_id=issued.token.pk)
    assert api(issued.secret).get("/api/v1/tasks").status_code == 401


def test_it_serves_the_openapi_schema_and_docs_locally(kl51_campaign):
    schema = Client().get("/api/v1/openapi.json")
    assert schema.status_code == 200 and "/api/v1/tasks" in schema.json()["paths"]
    docs = Client().get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_it_issues_tokens_on_the_users_page(commune_reporter):
    client = client_for(commune_reporter)
    membership = Membership.objects.get(user=commune_reporter)
    response = client.post(
        reverse("api_tokens:list"), {"membership": membership.pk, "name": "Phần mềm xã", "days": 90}
    )
    body = response.content.decode()
    assert response.status_code == 200 and "lt_" in body and "chỉ hiển thị một lần" in body
    assert "Đã cấp mã truy cập mới." in body


def test_it_speaks_to_a_unit_that_is_not_a_commune_as_a_unit(db):
    # The police's party committee issues tokens too: no example says its software is a commune's.
    police = make_user("canbo.congan", "DU-CA", "reporter")
    client = client_for(police)
    page = client.get(reverse("api_tokens:list")).content.decode()
    assert "phần mềm quản lý văn bản của đơn vị" in page and "của xã" not in page
    membership = Membership.objects.get(user=police)
    with pytest.raises(TokenError) as refused:
        api_token_issue(user=police, membership_id=membership.pk, name=" ")
    assert "xã" not in refused.value.message and "của đơn vị" in refused.value.message


def test_it_refuses_a_token_for_someone_elses_membership(commune_reporter, other_reporter):
    foreign = Membership.objects.get(user=other_reporter)
    client = client_for(commune_reporter)
    posted = {"membership": foreign.pk, "name": "x", "days": 90}
    refused = client.post(reverse("api_tokens:list"), posted)
    assert refused.status_code == 400  # core.forms.render_form: a refused POST is a 400
    assert "Hãy chọn một lựa chọn hợp lệ." in refused.content.decode()
    assert not commune_reporter.api_tokens.exists()


def test_it_shows_a_refused_token_on_the_form_and_keeps_no_secret(commune_reporter, monkeypatch):
    def refuse(**_kwargs: object) -> None:
        raise TokenError("Thời hạn mã từ 1 đến 366 ngày.")

    # The form already keeps out what the service refuses; the page must still show a refusal.
    monkeypatch.setattr("lantoa.api.views.api_token_issue", refuse)
    membership = Membership.objects.get(user=commune_reporter)
    posted = {"membership": membership.pk, "name": "Phần mềm xã", "days": 90}
    refused = client_for(commune_reporter).post(reverse("api_tokens:list"), posted)
    body = refused.content.decode()
    assert refused.status_code == 400 and "Thời hạn mã từ 1 đến 366 ngày." in body
    assert "chỉ hiển thị một lần" not in body and "Đã cấp mã truy cập mới." not in body
    assert not commune_reporter.api_tokens.exists()


def test_it_names_each_invalid_field_in_vietnamese(kl51_campaign, commune_reporter):
    bad = api(token_for(commune_reporter)).post(
        f"/api/v1/campaigns/{kl51_campaign.pk}/activities",
        {"channel": 3, "date": "32/13/2026"},
        content_type="application/json",
    )
    errors = bad.json()["errors"]
    assert bad.status_code == 422 and errors["payload.title"] == "Thiếu trường bắt buộc."
    assert errors["payload.date"] == "Ngày không hợp lệ (yyyy-mm-dd)."
    assert all(message.endswith(".") and "Field" not in message for message in errors.values())
