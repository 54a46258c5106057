"""An API token reads and writes only its own unit's objects; another's token is not revoked."""

import pytest

from tests.isolation import (  # noqa: F401 - its fixtures
    Routes,
    foreign_posts_test,
    r,
    small_png,
    survey_of,
    world_fixture,
    world_ground,
    world_reporter,
)

pytestmark = pytest.mark.django_db


# route -> foreign URLs of POST-only unit-scoped routes: a foreign POST is a 404, nothing changes
POST_SCOPED: Routes = {
    "api_tokens:revoke": lambda w: [r("api_tokens:revoke", w.foreign_token)],
}


# JSON API routes (token auth) -> (method, URL of a foreign object); a foreign object is a 404
API_SCOPED = {
    "api:status": lambda w: ("get", r("api:status", w.foreign_campaign)),
    "api:activities": lambda w: ("get", r("api:activities", w.foreign_campaign)),
    "api:activity_create": lambda w: ("post", r("api:activity_create", w.foreign_campaign)),
    "api:evidence_create": lambda w: ("post", r("api:evidence_create", w.foreign_activity)),
    "api:submission_create": lambda w: (
        "post",
        r("api:submission_create", w.report_request_foreign_only),
    ),
    # A survey's aggregates: for a token reading the survey's unit (open answers: the board's).
    "api:survey_results": lambda w: ("get", r("api:survey_results", survey_of(w, w.foreign_unit))),
}


# JSON API routes that take no object id: they answer for the token's own unit only.
API_UNSCOPED = {
    "api:me",
    "api:tasks",
    "api:report_requests",
    "api:api-root",
    "api:openapi-json",
    "api:openapi-view",
}

# The checks of these routes (their bodies: tests/isolation.py).
test_it_refuses_foreign_posts_and_changes_nothing = foreign_posts_test(POST_SCOPED)


@pytest.mark.parametrize("role", ["reporter", "press", "collaborator"])
def test_it_answers_404_to_api_tokens_asking_for_foreign_objects(role, world):
    from django.test import Client

    from lantoa.accounts.models import Membership
    from lantoa.api.services import api_token_issue
    from lantoa.reporting.models import Activity, Evidence, Submission
    from tests.conftest import make_user

    unit_code = "CONG-TTDT" if role == "press" else "03127"
    user = make_user(f"api.{role}", unit_code, role)
    secret = api_token_issue(
        user=user, membership_id=Membership.objects.get(user=user).pk, name="x"
    ).secret
    client = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    before = (Activity.objects.count(), Evidence.objects.count(), Submission.objects.count())
    for route in sorted(API_SCOPED):
        method, url = API_SCOPED[route](world)
        if method == "get":
            response = client.get(url)
        elif route == "api:evidence_create":
            from django.core.files.uploadedfile import SimpleUploadedFile

            png = small_png()
            response = client.post(url, {"file": SimpleUploadedFile("a.png", png)})
        else:
            response = client.post(
                url,
                {"results": "x", "channel": "oral", "date": "2026-06-20", "title": "x"},
                content_type="application/json",
            )
        expected = (404,) if method == "get" or role != "collaborator" else (403, 404)
        assert response.status_code in expected, (role, route, response.status_code)
    assert before == (
        Activity.objects.count(),
        Evidence.objects.count(),
        Submission.objects.count(),
    )
