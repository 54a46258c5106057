"""Route × role × (own unit, foreign unit): each role gets only what its job needs.

The `tests/<app>/test_unit_isolation.py` files prove that no role reaches a foreign unit. This
file states, for every route and API operation, the answer each role gets on its OWN unit's data
(the table in `lantoa.accounts.capabilities`), so that a role reading more of its unit than its
job needs (an opinion collaborator reading the unit's activities) fails here.
"""

import copy
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from lantoa.organization.models import Unit
from tests.conftest import client_for, make_user
from tests.isolation import (  # noqa: F401 - its fixtures
    World,
    r,
    small_png,
    survey_of,
    world_fixture,
    world_ground,
    world_reporter,
)
from tests.project.test_unit_isolation import (
    API_SCOPED,
    API_UNSCOPED,
    BOARD_ONLY,
    OPINION,
    POST_SCOPED,
    PRESS_SCOPED,
    PROVINCE_ONLY,
    UNIT_SCOPED,
    UNSCOPED,
    USER_ADMIN,
    named_routes,
)

pytestmark = pytest.mark.django_db


# role -> (unit code, role held there). The press editor's own unit is its agency, which holds
# tasks in the shared campaign like the commune does.
ROLES = {
    "reporter": ("03127", "reporter"),
    "commune_leader": ("03127", "leader"),
    "collaborator": ("03127", "collaborator"),
    "press": ("BAO-PTTH", "press"),
    "outsider": (None, None),
    "board": ("BTGDVTU", "board"),
    "board_leader": ("BTGDVTU", "leader"),
}
# Answers on the own unit's data, by what the route needs.
READS = {
    "reporter": 200,
    "commune_leader": 200,
    "collaborator": 404,
    "press": 200,
    "outsider": 404,
    "board": 200,
    "board_leader": 200,
}
WRITES = {**READS, "commune_leader": 403, "board_leader": 403}
# Approved materials are made to be handed out: every member of a taking-part unit reads them.
MATERIALS = {**READS, "collaborator": 200}
# An Excel upload is its uploader's (and the board's) only.
UPLOADER = {**READS, "commune_leader": 404}

# Every unit-scoped route -> the answer of each role on its own unit's objects (GET).
OWN_ANSWERS = {
    "organization:unit": READS,
    "campaigns:detail": READS,
    "campaigns:guidance_docx": READS,
    "campaigns:unit_plan": READS,
    "reporting:unit_campaign": READS,
    "reporting:activity_create": WRITES,
    "reporting:activity_detail": READS,
    "reporting:activity_edit": WRITES,
    "reporting:evidence_download": READS,
    "reporting:evidence_thumbnail": READS,
    "reporting:gallery": READS,
    "reporting:submission_create": WRITES,
    "reporting:submission_template": WRITES,
    "reporting:excel_template": READS,
    "reporting:excel_upload": WRITES,
    "reporting:excel_status": UPLOADER,
    "materials:detail": MATERIALS,
    "materials:leaflet_pdf": MATERIALS,
    "materials:newsletter_pdf": MATERIALS,
    "materials:file": MATERIALS,
    "reports:unit_report": READS,
    # The units a công văn đôn đốc names (a collaborator reads none of its unit's reporting).
    "reminders:letter_file": READS,
    # A session's awareness checks and the campaign's results: read like its activities.
    "awareness:activity": READS,
    "awareness:results": READS,
    # The campaign's checks and surveys, a survey's aggregates and export: read like results.
    "awareness:checks": READS,
    "awareness:chart": READS,
    "awareness:surveys": READS,
    "awareness:survey": READS,
    "awareness:survey_export": READS,
    "awareness:paper_sheet": READS,
    "awareness:tally_template": READS,
    "awareness:tally_upload": WRITES,
}
# POST-only unit-scoped routes -> (own URLs, the answer of each role that may not write there).
OWN_POSTS = {
    "reporting:activity_remove": lambda w: [r("reporting:activity_remove", w.own_activity)],
    "reporting:evidence_upload": lambda w: [r("reporting:evidence_upload", w.own_activity)],
    "reporting:excel_apply": lambda w: [r("reporting:excel_apply", w.own_excel_import)],
    "reporting:submission_upload": lambda w: [
        r("reporting:submission_upload", w.report_request, w.own_unit)
    ],
    "reports:action": lambda w: [r("reports:action", w.official_report)],
    "api_tokens:revoke": lambda w: [r("api_tokens:revoke", w.foreign_token)],
}
REFUSED_POSTS = {
    "commune_leader": {"reporting:excel_apply": 404, "api_tokens:revoke": 404, "*": 403},
    "collaborator": {"*": 404},
    "outsider": {"*": 404},
}
REFUSED_POSTS["commune_leader"]["reports:action"] = 404
# API operations -> the answer of a token of each role on its own unit (None: no token).
API_READS = {**READS, "collaborator": 403, "outsider": None}
API_ANSWERS = {
    "api:me": {**READS, "collaborator": 200, "outsider": None},
    "api:tasks": API_READS,
    "api:report_requests": API_READS,
    "api:status": {**API_READS, "collaborator": 404},
    "api:activities": {**API_READS, "collaborator": 404},
    "api:survey_results": {**API_READS, "collaborator": 404},
    # A board token records for the board itself (it holds tasks too), not for a commune.
    "api:activity_create": {**WRITES, "reporter": 201, "press": 201, "collaborator": 403}
    | {"outsider": None, "board": 201},
    "api:evidence_create": {**WRITES, "reporter": 201, "press": 201, "collaborator": 403}
    | {"outsider": None, "board": 404},
    # The board is not asked for reports of its own.
    "api:submission_create": {**WRITES, "reporter": 201, "press": 201, "collaborator": 403}
    | {"outsider": None, "board": 404},
    "api:api-root": dict.fromkeys(ROLES, "open"),
    "api:openapi-json": dict.fromkeys(ROLES, "open"),
    "api:openapi-view": dict.fromkeys(ROLES, "open"),
}
# Routes answered per category, the same for every URL of the category. The press and opinion
# routes are asked of every role, route by route, in tests/test_role_matrix_press_opinion.py.
PROVINCE = {role: 200 if role.startswith("board") else "refused" for role in ROLES}
CATEGORY_ANSWERS = {
    "province_only": (PROVINCE_ONLY, PROVINCE),
    "board_only": (BOARD_ONLY, {**PROVINCE, "board": "board staff", "board_leader": "refused"}),
    # Lists and pages without an object: scoped inside their selector (checked for leaks).
    "unscoped": (UNSCOPED, dict.fromkeys(ROLES, "scoped inside")),
    # Board and leaders read the province; a collaborator only their own items.
    "opinion": (OPINION, {**PROVINCE, "collaborator": "own items"}),
    # The editor's own agency; board and leaders read every agency.
    "press": (PRESS_SCOPED, {**PROVINCE, "press": 200}),
    # Accounts: the board's administrator only (board staff given `auth.change_user`).
    "user_admin": (
        USER_ADMIN,
        {**dict.fromkeys(ROLES, "refused"), "board": "with auth.change_user"},
    ),
}


def answers_of(route: str) -> dict[str, object]:
    """Return the answer of each role on a route, from whichever table holds it."""
    if route in OWN_ANSWERS:
        return OWN_ANSWERS[route]
    if route in API_ANSWERS:
        return API_ANSWERS[route]
    if route in OWN_POSTS:
        return {role: REFUSED_POSTS.get(role, {}).get(route, "writer") for role in ROLES}
    for routes, answers in (category for category in CATEGORY_ANSWERS.values()):
        if route in routes:
            return answers
    return {}


def matrix_user(role: str, w: World):  # type: ignore[no-untyped-def]
    """Return the user of a role; the reporter is the one whose upload the world holds."""
    from django.contrib.auth import get_user_model

    from tests.conftest import PASSWORD

    if role == "reporter":
        return w.own_excel_import.uploaded_by
    unit_code, role_name = ROLES[role]
    if unit_code is None:
        return get_user_model().objects.create_user(f"roles.{role}", password=PASSWORD)
    return make_user(f"roles.{role}", unit_code, role_name)


def own_world(w: World, role: str, user: object) -> World:
    """Return the world seen from the role's unit (the press editor's is its agency)."""
    if role != "press":
        return w
    from lantoa.reporting.models import ExcelImport
    from lantoa.reporting.services import ActivityInput, activity_record, submission_submit

    mine = copy.copy(w)
    mine.own_unit = Unit.objects.get(code="BAO-PTTH")
    png = small_png()
    mine.own_activity = activity_record(
        campaign=w.shared_campaign,
        unit=mine.own_unit,
        user=None,
        data=ActivityInput(
            channel="oral",
            date=datetime.date(2026, 6, 20),
            title="Tuyên truyền miệng của báo",
            figures={"listeners": 10},
        ),
        evidence_upload=SimpleUploadedFile("bao.png", png),
    )
    mine.own_evidence = mine.own_activity.evidence.get()
    mine.own_submission = submission_submit(
        request=w.report_request, unit=mine.own_unit, user=None, results="Tóm tắt của báo"
    )
    mine.own_excel_import = ExcelImport.objects.create(
        campaign=w.shared_campaign,
        uploaded_by=user,
        file="excel-imports/bao.xlsx",
        original_name="bao.xlsx",
    )
    return mine


def test_it_gives_every_route_an_answer_for_every_role():
    missing = {
        route: sorted(set(ROLES) - set(answers_of(route)))
        for route in named_routes()
        if set(ROLES) - set(answers_of(route))
    }
    assert not missing, f"state each role's answer for these routes: {missing}"
    assert set(OWN_ANSWERS) == set(UNIT_SCOPED)
    assert set(API_ANSWERS) == set(API_SCOPED) | API_UNSCOPED
    assert set(OWN_POSTS) == set(POST_SCOPED)


def test_it_holds_a_capability_row_for_every_role():
    from lantoa.accounts.capabilities import PROVINCE_CAPABILITIES, UNIT_CAPABILITIES
    from lantoa.accounts.models import Role

    assert set(UNIT_CAPABILITIES) == set(Role.values)
    assert set(PROVINCE_CAPABILITIES) <= set(Role.values)


@pytest.mark.parametrize("role", sorted(ROLES))
def test_it_answers_each_role_on_its_own_units_data_as_its_job_needs(role, world):
    from lantoa.audit.models import AuditAction, AuditEntry

    user = matrix_user(role, world)
    mine = own_world(world, role, user)
    client = client_for(user)
    for route in sorted(UNIT_SCOPED):
        expected = OWN_ANSWERS[route][role]
        for url in UNIT_SCOPED[route](mine)[0]:
            answer = client.get(url).status_code
            assert answer == expected, (role, route, url, answer)
            if answer in (403, 404):
                refused = AuditEntry.objects.filter(
                    action=AuditAction.ACCESS_DENIED, user=user, target=url
                )
                assert refused.exists(), f"no audit entry for {role} refused at {url}"


@pytest.mark.parametrize("role", sorted(REFUSED_POSTS))
def test_it_refuses_own_unit_writes_to_roles_without_them_and_changes_nothing(role, world):
    from lantoa.api.models import ApiToken
    from lantoa.documents.models import OfficialReport
    from lantoa.reporting.models import Activity, Evidence

    def state() -> tuple:
        return (
            Activity.objects.filter(is_deleted=False).count(),
            Evidence.objects.count(),
            list(OfficialReport.objects.values_list("status", flat=True)),
            ApiToken.objects.filter(revoked_at__isnull=True).count(),
        )

    client = client_for(matrix_user(role, world))
    before = state()
    for route in sorted(OWN_POSTS):
        expected = REFUSED_POSTS[role].get(route, REFUSED_POSTS[role]["*"])
        for url in OWN_POSTS[route](world):
            posted = client.post(url, {"link": "https://x.vn", "action": "submit"})
            assert posted.status_code == expected, (role, route, posted.status_code)
    assert before == state()


def api_call(client: Client, route: str, mine: World) -> int:
    """Call one API operation on the own unit's objects and return the status."""
    if route in ("api:me", "api:tasks", "api:report_requests", "api:api-root"):
        return client.get(r(route)).status_code
    if route in ("api:openapi-json", "api:openapi-view"):
        return client.get(r(route)).status_code
    if route in ("api:status", "api:activities"):
        return client.get(r(route, mine.shared_campaign)).status_code
    if route == "api:survey_results":
        return client.get(r(route, survey_of(mine, mine.own_unit))).status_code
    if route == "api:evidence_create":
        png = small_png()
        url = r(route, mine.own_activity)
        return client.post(url, {"file": SimpleUploadedFile("a.png", png)}).status_code
    target = mine.shared_campaign if route == "api:activity_create" else mine.fresh_request
    body = {"results": "x", "channel": "oral", "date": "2026-06-20", "title": "x"}
    return client.post(r(route, target), body, content_type="application/json").status_code


@pytest.mark.parametrize("role", sorted(set(ROLES) - {"outsider"}))
def test_it_answers_each_roles_api_token_on_its_own_unit(role, world):
    from lantoa.accounts.models import Membership
    from lantoa.api.services import api_token_issue
    from lantoa.audit.models import AuditAction, AuditEntry

    user = matrix_user(role, world)
    mine = own_world(world, role, user)
    from lantoa.reporting.services import report_request_create

    mine.fresh_request = report_request_create(
        campaign=world.shared_campaign,
        title="Báo cáo quý III",
        user=None,
        due_date=datetime.date(2026, 9, 30),
    )
    membership = Membership.objects.get(user=user)
    secret = api_token_issue(user=user, membership_id=membership.pk, name="x").secret
    client = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    for route in sorted(API_ANSWERS):
        expected = API_ANSWERS[route][role]
        answer = api_call(client, route, mine)
        if expected == "open":  # the schema and its pages: no unit data
            assert answer < 500, (role, route, answer)
            continue
        assert answer == expected, (role, route, answer)
        if answer in (403, 404):
            assert AuditEntry.objects.filter(
                action=AuditAction.ACCESS_DENIED, user=user, detail__status=answer
            ).exists(), (role, route)


def test_it_refuses_the_collaborator_every_piece_of_its_own_units_reporting(world):
    """The finding: the collaborator of 03127 read 03127's page, activities, files and reports."""
    collaborator = make_user("ctv.matrix", "03127", "collaborator")
    client = client_for(collaborator)
    own = [
        r("organization:unit", world.own_unit),
        r("campaigns:detail", world.shared_campaign),
        r("campaigns:unit_plan", world.shared_campaign, world.own_unit),
        r("reporting:unit_campaign", world.shared_campaign, world.own_unit),
        r("reporting:activity_detail", world.own_activity),
        r("reporting:evidence_download", world.own_evidence),
        r("reporting:evidence_thumbnail", world.own_evidence),
        r("reporting:gallery", world.shared_campaign),
        r("reporting:excel_template", world.shared_campaign, world.own_unit),
        r("reports:unit_report", world.shared_campaign, world.own_unit, "docx"),
        r("reports:unit_report", world.shared_campaign, world.own_unit, "pdf"),
    ]
    for url in own:
        assert client.get(url).status_code == 404, url
    assert "Tuyên truyền miệng own" not in client.get(r("reporting:unit_home")).content.decode()
    assert world.shared_campaign.title not in client.get(r("campaigns:list")).content.decode()
    assert client.get(r("opinion:submit")).status_code == 200

    from lantoa.accounts.models import Membership
    from lantoa.api.services import api_token_issue

    membership = Membership.objects.get(user=collaborator)
    secret = api_token_issue(user=collaborator, membership_id=membership.pk, name="x").secret
    api = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    for url in (
        r("api:activities", world.shared_campaign),
        r("api:status", world.shared_campaign),
        r("api:tasks"),
    ):
        assert api.get(url).status_code in (403, 404), url


def test_it_sends_unit_notifications_to_its_reporting_staff_not_its_collaborator(world):
    from django.core import mail

    from lantoa.notifications.selectors import notifications_for
    from lantoa.notifications.services import notification_email_send, notifications_send

    reporter = make_user("bc.notify", "03127", "reporter")
    collaborator = make_user("ctv.notify", "03127", "collaborator")
    for user, address in ((reporter, "bc@x.vn"), (collaborator, "ctv@x.vn")):
        user.email = address
        user.save()
    notification = notifications_send(unit=world.own_unit, title="Chậm báo cáo", body="Nhắc")
    mail.outbox.clear()
    notification_email_send(notification=notification)
    assert [m.to for m in mail.outbox] == [["bc@x.vn"]]
    assert list(notifications_for(user=collaborator)) == []
    assert notification in notifications_for(user=reporter)


# The session page's and the tally upload's writes (GET and POST routes, so not in OWN_POSTS):
# opening a check and entering paper totals on the own unit's session, by each role that may
# not record for the unit.
AWARENESS_REFUSED = {"commune_leader": 403, "collaborator": 404, "outsider": 404}


@pytest.mark.parametrize("role", sorted(AWARENESS_REFUSED))
def test_it_refuses_awareness_writes_on_the_own_unit_to_roles_without_them(role, world):
    from lantoa.awareness.models import AwarenessCheck, PaperTally
    from tests.awareness.test_unit_isolation import awareness_check

    check = awareness_check(world.own_activity)
    questions = list(check.questions.order_by("pk"))  # type: ignore[attr-defined]
    tally: dict[str, object] = {"action": "tally", "check": check.pk}  # type: ignore[attr-defined]
    for q in questions:
        tally[f"a{q.pk}"], tally[f"c{q.pk}"] = 20, 15
    opening = {"action": "open", "phase": "after", "minutes": "30"}
    opening["questions"] = [q.pk for q in questions]  # type: ignore[assignment]
    upload = {"tep": SimpleUploadedFile("t.xlsx", b"PK\x03\x04 not really")}
    client = client_for(matrix_user(role, world))
    before = (AwarenessCheck.objects.count(), PaperTally.objects.count())
    expected = AWARENESS_REFUSED[role]
    session = r("awareness:activity", world.own_activity)
    assert client.post(session, tally).status_code == expected
    assert client.post(session, opening).status_code == expected
    assert client.post(r("awareness:tally_upload", check), upload).status_code == expected
    assert (AwarenessCheck.objects.count(), PaperTally.objects.count()) == before
