"""Every write is audited where it happens: one entry per write, whether web, API or CLI."""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
import re

import pytest
from django.urls import reverse
from django.utils import timezone

import lantoa
from lantoa.accounts.models import Membership
from lantoa.accounts.services import user_deactivate
from lantoa.api.models import ApiToken
from lantoa.api.services import api_token_issue, api_token_revoke
from lantoa.audit.context import audit_context, audit_covered
from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.audit.services import SYSTEM_NAME
from lantoa.documents.reports.services import (
    official_report_approve,
    official_report_create,
    official_report_redraft,
    official_report_return,
    official_report_submit,
    official_report_update,
)
from lantoa.organization.demo import province_load_demo
from lantoa.organization.models import Unit
from lantoa.organization.services import (
    unit_create,
    unit_figure_set,
    unit_group_create,
    unit_lineage_record,
)
from lantoa.reporting.excel.template import unit_template
from lantoa.reporting.models import Activity
from lantoa.reporting.services import (
    ActivityInput,
    activity_delete,
    activity_record,
    activity_update,
    evidence_add,
    extension_grant,
    report_request_create,
)
from tests.conftest import client_for, make_user
from tests.reporting.excel_support import edit, new_conference, run_import

JUNE = datetime.date(2026, 6, 25)


def conference(**figures):
    return ActivityInput(
        channel="conference",
        date=JUNE,
        title="Hội nghị quán triệt KL 51",
        figures={"sessions": 1, "party_members_present": 300, **figures},
    )


def changes():
    return AuditEntry.objects.filter(action=AuditAction.CHANGE)


def the_new_entry(before: int, op: str) -> AuditEntry:
    """Return the one entry written since `before`, and check it names the service."""
    written = list(changes().filter(seq__gt=before))
    assert len(written) == 1, [(e.detail.get("op"), e.target) for e in written]
    assert written[0].detail["op"] == op
    return written[0]


def last_seq() -> int:
    return AuditEntry.objects.order_by("-seq").values_list("seq", flat=True).first() or 0


@pytest.fixture
def own_unit():
    return Unit.objects.get(code="03127")


@pytest.fixture
def recorded(kl51_campaign, own_unit, commune_reporter):
    return activity_record(
        campaign=kl51_campaign, unit=own_unit, data=conference(), user=commune_reporter
    )


def _record(ctx):
    return activity_record(
        campaign=ctx["campaign"], unit=ctx["unit"], data=conference(), user=ctx["reporter"]
    )


def _update(ctx):
    activity_update(activity=ctx["recorded"](), data=conference(sessions=2), user=ctx["reporter"])


def _delete(ctx):
    activity_delete(activity=ctx["recorded"](), user=ctx["reporter"])


def _evidence(ctx):
    evidence_add(activity=ctx["recorded"](), user=ctx["reporter"], link="https://x.vn/tin")


def _request(ctx):
    return report_request_create(
        campaign=ctx["campaign"],
        title="Báo cáo quý",
        due_date=timezone.localdate() + datetime.timedelta(days=30),
        user=ctx["board"],
        units=[ctx["unit"]],
    )


def _extension(ctx):
    request = ctx["request"]()
    extension_grant(
        request=request,
        unit=ctx["unit"],
        due_date=request.due_date + datetime.timedelta(days=5),
        reason="Lũ lụt",
        user=ctx["board"],
    )


def _token_issue(ctx):
    membership = Membership.objects.filter(user=ctx["reporter"]).first()
    api_token_issue(user=ctx["reporter"], membership_id=membership.pk, name="Phần mềm xã")


def _token_revoke(ctx):
    token = ctx["token"]()
    api_token_revoke(user=ctx["reporter"], token_id=token.pk)


def _deactivate(ctx):
    # The account changed is not the actor: the board user in the request's context is.
    with audit_context(user=ctx["board"], address="10.0.0.9"):
        user_deactivate(user=ctx["account"]())


def _unit_create(ctx):
    unit_create(kind="commune", name="Đảng ủy xã Mới", code="99901", parent=ctx["unit"].parent)


def _lineage(ctx):
    former = Unit.objects.create(kind="commune", name="Đảng ủy xã Cũ", state="active")
    unit_lineage_record(
        predecessor=former, successor=ctx["unit"], event="merge", effective=JUNE, source="QĐ 1"
    )


def _figure(ctx):
    unit_figure_set(unit=ctx["unit"], kind="party_members", value=777, valid_from=JUNE)


def _group(ctx):
    unit_group_create(name="Các xã vùng cao", kinds=["commune"], units=[ctx["unit"]])


def _report(ctx):
    return official_report_create(campaign=ctx["campaign"], kind="progress", user=ctx["board"])


def _report_redraft(ctx):
    official_report_redraft(report=ctx["report"]())


def _report_update(ctx):
    report = ctx["report"]()
    official_report_update(
        report=report,
        sections=report.sections,
        signer_name="Lò Văn Minh",
        signer_title="Phó Trưởng ban",
        signer_mode="K/T",
    )


def _report_submit(ctx):
    return official_report_submit(report=ctx["report"]())


def _report_approve(ctx):
    official_report_approve(report=ctx["review"](), user=ctx["leader"])


def _report_return(ctx):
    official_report_return(report=ctx["review"](), user=ctx["leader"], reason="Bổ sung số liệu.")


def _excel(ctx):
    template = unit_template(campaign=ctx["campaign"], unit=ctx["unit"])
    upload = run_import(ctx["campaign"], ctx["reporter"], edit(template, {3: new_conference()}))
    assert upload.status == "applied", upload.message


# (service op, how to call it, who must be named)
SERVICE_WRITES = [
    ("activity_record", _record, "reporter"),
    ("activity_update", _update, "reporter"),
    ("activity_delete", _delete, "reporter"),
    ("evidence_add", _evidence, "reporter"),
    ("report_request_create", _request, "board"),
    ("extension_grant", _extension, "board"),
    ("api_token_issue", _token_issue, "reporter"),
    ("api_token_revoke", _token_revoke, "reporter"),
    ("user_deactivate", _deactivate, "board"),
    ("excel_import_apply", _excel, "reporter"),
    ("unit_create", _unit_create, "board"),
    ("unit_lineage_record", _lineage, "board"),
    ("unit_figure_set", _figure, "board"),
    ("unit_group_create", _group, "board"),
    ("official_report_create", _report, "board"),
    ("official_report_redraft", _report_redraft, "board"),
    ("official_report_update", _report_update, "board"),
    ("official_report_submit", _report_submit, "board"),
    ("official_report_approve", _report_approve, "leader"),
    ("official_report_return", _report_return, "leader"),
]
# Services that take no user: the actor is the request's (board staff).
IN_BOARD_CONTEXT = {
    "unit_create",
    "unit_lineage_record",
    "unit_figure_set",
    "unit_group_create",
    "official_report_redraft",
    "official_report_update",
    "official_report_submit",
}
DRAFTED = {"official_report_redraft", "official_report_update", "official_report_submit"}


@pytest.mark.parametrize(
    ("op", "write", "actor"), SERVICE_WRITES, ids=[w[0] for w in SERVICE_WRITES]
)
def test_it_records_one_entry_per_service_write(
    op, write, actor, kl51_campaign, own_unit, commune_reporter, board_user, leader_user
):
    ctx = {
        "campaign": kl51_campaign,
        "unit": own_unit,
        "reporter": commune_reporter,
        "board": board_user,
        "leader": leader_user,
    }
    # What the write needs is made before counting, so only the write itself is counted.
    made = {
        "recorded": _record(ctx)
        if op in ("activity_update", "activity_delete", "evidence_add")
        else None,
        "request": _request(ctx) if op == "extension_grant" else None,
        "token": None,
        "report": _report(ctx) if op in DRAFTED else None,
        "review": official_report_submit(report=_report(ctx))
        if op.endswith(("approve", "return"))
        else None,
        "account": make_user("ctv_cu", "03127", "collaborator")
        if op == "user_deactivate"
        else None,
    }
    if op == "api_token_revoke":
        _token_issue(ctx)
        made["token"] = ApiToken.objects.get(user=commune_reporter)
    for name, value in made.items():
        ctx[name] = lambda value=value: value
    before = last_seq()
    if op in IN_BOARD_CONTEXT:
        with audit_context(user=board_user, address="10.0.0.9"):
            write(ctx)
    else:
        write(ctx)
    entry = the_new_entry(before, op)
    assert entry.user == ctx[actor]
    if op == "user_deactivate":
        assert entry.address == "10.0.0.9"


def test_it_records_a_web_write_once_with_the_client_address(
    kl51_campaign, own_unit, commune_reporter
):
    client = client_for(commune_reporter)
    before = last_seq()
    data = {
        "channel": "conference",
        "date": "25/06/2026",
        "title": "Hội nghị quán triệt KL 51",
        "sessions": "1",
        "party_members_present": "300",
    }
    url = reverse("reporting:activity_create", args=[kl51_campaign.pk, own_unit.pk])
    response = client.post(url, data, REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 302, response.content.decode()[:500]
    entry = the_new_entry(before, "activity_record")
    assert entry.user == commune_reporter and entry.address == "192.0.2.7"
    assert f"Hoạt động {Activity.objects.get().pk}" in entry.target


def test_it_records_an_api_write_once_as_the_tokens_user(kl51_campaign, commune_reporter):
    from django.test import Client

    membership = Membership.objects.filter(user=commune_reporter).first()
    secret = api_token_issue(
        user=commune_reporter, membership_id=membership.pk, name="Phần mềm xã"
    ).secret
    before = last_seq()
    response = Client(HTTP_AUTHORIZATION=f"Bearer {secret}").post(
        f"/api/v1/campaigns/{kl51_campaign.pk}/activities",
        {
            "channel": "conference",
            "date": "2026-06-25",
            "title": "Hội nghị quán triệt KL 51",
            "figures": {"sessions": 1, "party_members_present": 300},
        },
        content_type="application/json",
        REMOTE_ADDR="192.0.2.8",
    )
    assert response.status_code == 201, response.content
    entry = the_new_entry(before, "activity_record")
    assert entry.user == commune_reporter and entry.address == "192.0.2.8"


def test_it_names_the_system_for_a_write_outside_any_request(board_user):
    account = make_user("ctv_cu", "03127", "collaborator")
    before = last_seq()
    user_deactivate(user=account)
    entry = the_new_entry(before, "user_deactivate")
    assert entry.user is None and entry.username == SYSTEM_NAME and entry.address is None


def test_it_records_one_entry_for_an_import_not_one_per_row(
    kl51_campaign, own_unit, recorded, commune_reporter
):
    template = unit_template(campaign=kl51_campaign, unit=own_unit)
    data = edit(template, {2: {"party_members_present": 1}, 3: new_conference()})
    before = last_seq()
    upload = run_import(kl51_campaign, commune_reporter, data)
    assert upload.status == "applied", upload.message
    entry = the_new_entry(before, "excel_import_apply")
    assert entry.detail["new"] == 1 and entry.detail["changed"] == 1


def test_it_records_one_entry_for_an_opinion_import_job_as_its_creator(board_user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from lantoa.opinion.services import import_run, import_start

    upload = SimpleUploadedFile("y-kien.csv", "nội dung\nPhí cao quá\nĐường xấu\n".encode())
    board = Unit.objects.get(code="BTGDVTU")
    job = import_start(user=board_user, unit=board, source="Fanpage", upload=upload)
    before = last_seq()
    import_run(job=job)  # the worker: no request, the job's creator is the actor
    entry = the_new_entry(before, "import_run")
    assert entry.user == board_user and entry.detail["created"] == 2


@pytest.mark.django_db
def test_it_records_the_demo_province_once_and_a_repeated_step_not_at_all(own_unit):
    before = last_seq()
    province_load_demo()  # loaded for the session already: changes nothing
    unit_figure_set(unit=own_unit, kind="party_members", value=777, valid_from=JUNE)
    unit_figure_set(unit=own_unit, kind="party_members", value=777, valid_from=JUNE)
    assert the_new_entry(before, "unit_figure_set").detail["before"] is None
    with audit_covered("province_load_demo"):
        unit_create(kind="commune", name="Đảng ủy xã Mới", code="99901")
    assert last_seq() == before + 1  # the demo load records one entry of its own instead


# Public service functions that write nothing worth an entry of their own, and why.
NOT_AUDITED = {
    # Sign-in bookkeeping: the sign-in itself is audited (LOGIN / LOGIN_FAILED) by its view.
    "accounts.services_login.login_attempt_start",
    "accounts.services_login.login_attempt_succeed",
    # Stamps a token's last use on every API call: an access, not a change of data.
    "api.services.api_token_authenticate",
    # Steps of an issue: the number is audited when its document is issued (complete) or voided.
    "documents.services.outgoing_document_reserve",
    "documents.services.outgoing_document_render",
    "documents.services.outgoing_document_issue",
    "documents.services.outgoing_stale_void",
    # Locks or unlocks by calling user_deactivate / user_reactivate, each of which records it.
    "accounts.services.user_active_set",
    # Confirms by calling campaign_create, whose entry records the campaign.
    "guidance.services.guidance_confirm",
    # Queues again the readings a stopped worker left; each reading records its end.
    "guidance.services.guidance_documents_resume",
    # Queues a job; the items are written by import_run, in the background (see below).
    "opinion.services.import_start",
    # Corrects by calling correction_save once per label; each has its entry.
    "opinion.services.item_labels_correct",
    # Derived figures re-computed from activities that are audited themselves.
    "reporting.services.summaries.summary_refresh",
    "reporting.services.summaries.summary_add",
    "reporting.services.summaries.summaries_refresh",
    "reporting.services.review.outliers_refresh",
    "reporting.services.review.review_days_refresh",
    "reporting.services.review.review_refresh",
    # Sends notifications and e-mail: messages, not data a user changed.
    "notifications.services.notifications_send",
    "notifications.services.notifications_send_many",
    "notifications.services.notification_email_send",
    "reminders.services.reminders_send_due",
    # Issues through outgoing_document_render, whose outgoing_document_complete entry records
    # the number, the campaign and the issued file's hash: one issue, one entry.
    "documents.reports.services.official_report_issue",
    # An anonymous answer sheet: an entry would tie the client's address to one sheet's time
    # and so to its answers; the sheets themselves are the record (one per device).
    "awareness.services.check_answer",
    # An anonymous questionnaire, for the same reason.
    "awareness.surveys.services.survey_answer",
    # A public contest entry: the entry row is its own record (its time, unit and keyed device);
    # a chained entry per sheet would add the entrant's address and serialise a contest's peak
    # of 200 entries a second on the audit head. The board's contest writes are audited.
    "awareness.services_contests.contest_enter",
    # The shared rate limits (answer pages, API): a count of requests per key and minute
    # (pruned daily), no record of anything; an entry per request would tie addresses to times.
    "accounts.services_throttle.request_count",
    "accounts.services_throttle.request_counts_prune",
}
# Pure helpers in services modules: they compute and write nothing.
PURE = re.compile(r"_(errors|key|units|start|end|date|check|next|text|document|remaining|refresh)$")
WRITES_AUDIT = re.compile(r"\baudit_change\(|\baudit_covered\(")


def audits(function, module) -> bool:
    """Tell whether a function records an entry itself or through a private helper of its module."""
    source = inspect.getsource(function)
    if WRITES_AUDIT.search(source):
        return True
    helpers = [
        name
        for name, helper in inspect.getmembers(module, inspect.isfunction)
        if name.startswith("_") and WRITES_AUDIT.search(inspect.getsource(helper))
    ]
    return any(re.search(rf"\b{name}\(", source) for name in helpers)


def service_functions():
    """Yield (dotted name, function, module) for each public function of a services module."""
    for info in pkgutil.walk_packages(lantoa.__path__, "lantoa."):
        if ".services" not in info.name or info.name.startswith("lantoa.audit."):
            continue
        module = importlib.import_module(info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == info.name and not name.startswith("_"):
                yield info.name.removeprefix("lantoa."), function, module


def test_it_lists_every_service_write_as_audited_or_explained():
    unexplained = [
        f"{module}.{function.__name__}"
        for module, function, loaded in service_functions()
        if f"{module}.{function.__name__}" not in NOT_AUDITED
        and not PURE.search(function.__name__)
        and not audits(function, loaded)
    ]
    assert unexplained == [], "audit these writes (audit_change) or explain them in NOT_AUDITED"


def test_it_keeps_the_explanations_true():
    names = {f"{module}.{function.__name__}" for module, function, _ in service_functions()}
    assert names >= NOT_AUDITED, sorted(NOT_AUDITED - names)
