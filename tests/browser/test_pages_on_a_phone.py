"""Every GET page board staff, a commune reporter, a press editor and an opinion collaborator may
reach, at 390 px: no error, nothing wider than the screen, Vietnamese, dates dd/mm/yyyy."""

from __future__ import annotations

import json
import re
import time
from collections import Counter

import pytest
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse

from tests.browser.conftest import LiveServer
from tests.browser.test_homes import login
from tests.browser.test_main_flow import PHONE, Session

pytestmark = pytest.mark.browser
GROUND = "activities"  # the demo campaign and its activities, loaded once (conftest.GROUNDS)
# The demo as `lantoa demo` loads it, but for the opinion models (trained, half a minute).
SETUP = """
import json
from django.contrib.auth import get_user_model
from lantoa.awareness.demo import awareness_load_demo
from lantoa.awareness.demo_contests import contest_load_demo
from lantoa.awareness.models import AwarenessCheck, Contest, ContestRound, Question, Survey
from lantoa.awareness.surveys.demo import survey_load_demo
from lantoa.documents.reports.services import official_report_create
from lantoa.reminders.lateness import late_units
from lantoa.reminders.services import reminder_letter_draft_create
from lantoa.reporting.calendar import work_calendar
from django.utils import timezone
from lantoa.guidance.demo import campaign_load_demo
from lantoa.guidance.models import GuidanceDocument
from lantoa.materials.demo import materials_load_demo
from lantoa.materials.models import Material, MaterialVersion
from lantoa.opinion.demo import opinion_items_load_demo
from lantoa.opinion.models import Claim, Item
from lantoa.opinion.services_report import opinion_report_create
from lantoa.organization.models import Unit
from lantoa.press.demo import press_load_demo
from lantoa.press.models import PressItem, PressPlan
from lantoa.reporting.demo import activities_load_demo
from lantoa.reporting.models import Activity, ReportRequest, Submission
from lantoa.showcase.demo import showcase_load_demo
from lantoa.showcase.models import ShowcaseEntry

campaign = campaign_load_demo()
activities_load_demo(campaign)
showcase_load_demo()
press_load_demo(campaign)
materials_load_demo(campaign)
opinion_items_load_demo()
awareness_load_demo(campaign)
contest_load_demo(campaign)
survey_load_demo(campaign)
report = official_report_create(campaign=campaign, kind="progress", user=None)
today = timezone.localdate()
letter = reminder_letter_draft_create(
    campaign=campaign,
    user=None,
    unit_ids=[late_units(campaign=campaign, today=today)[0].unit.pk],
    deadline=work_calendar().add_working_days(today, 5),
    body="Đề nghị các đơn vị khẩn trương báo cáo.",
)
opinion_report = opinion_report_create(
    start=today.replace(day=1), end=today, subject="Kết luận số 51-KL/TW", user=None
)
commune = Unit.objects.get(code="03127")
check = AwarenessCheck.objects.filter(unit=commune).order_by("pk").first() or (
    AwarenessCheck.objects.order_by("pk").first()
)


def first(rows):
    return rows.order_by("pk").values_list("pk", flat=True).first()


print(json.dumps({
    "campaign_id": campaign.pk,
    "unit_id": commune.pk,
    "press_unit_id": Unit.objects.get(code="BAO-PTTH").pk,
    "activity_id": first(Activity.objects.filter(unit=commune, is_deleted=False)),
    "check_activity_id": check.activity_id,
    "request_id": first(ReportRequest.objects.filter(campaign=campaign)),
    "submission_id": first(Submission.objects.filter(unit=commune)),
    "document_id": first(GuidanceDocument.objects.all()),
    "user_id": get_user_model().objects.get(username="dienbienphu").pk,
    "material_id": first(Material.objects.all()),
    "version_id": first(MaterialVersion.objects.all()),
    "plan_id": first(PressPlan.objects.all()),
    "press_item_id": first(PressItem.objects.all()),
    "entry_id": first(ShowcaseEntry.objects.all()),
    "question_id": first(Question.objects.all()),
    "check_id": check.pk,
    "check_code": check.code,
    "survey_id": first(Survey.objects.all()),
    "survey_code": Survey.objects.order_by("pk").first().code,
    "contest_id": first(Contest.objects.all()),
    "round_code": ContestRound.objects.order_by("pk").first().code,
    "opinion_item_id": first(Item.objects.all()),
    "claim_id": first(Claim.objects.all()),
    "report_id": report.pk,
    "letter_id": letter.pk,
    "opinion_report_id": opinion_report.pk,
}))
"""
# Routes that are not pages, with why: files and exports, POST-only actions, machine answers.
NOT_PAGES = {
    "healthz": "a probe",
    "accounts:logout": "ends the session",
    "campaigns:guidance_docx": "a file",
    "campaigns:unit_plan": "a file",
    "guidance:original": "a file",
    "guidance:new_blank": "POST only",
    "guidance:campaign_state": "POST only",
    "reporting:activity_remove": "POST only",
    "reporting:evidence_upload": "POST only",
    "reporting:evidence_download": "a file",
    "reporting:evidence_thumbnail": "an image",
    "reporting:extension_create": "POST only",
    "reporting:submission_review": "POST only",
    "reporting:practice_mark": "POST only",
    "reporting:submission_reopen": "POST only",
    "reporting:lock_set": "POST only",
    "reporting:excel_template": "a file",
    "reporting:excel_board_workbook": "a file",
    "reporting:excel_apply": "POST only",
    "reporting:submission_template": "a file",
    "reporting:submission_upload": "POST only",
    "reporting:dashboard_chart": "an htmx fragment of the dashboard",
    "reporting:dashboard_export": "a file",
    "api_tokens:revoke": "POST only",
    "organization:figure_save": "POST only",
    "documents:outgoing_file": "a file",
    "documents:counter_set": "POST only",
    "documents:range_reserve": "POST only",
    "reports:action": "POST only",
    "reports:download": "a file",
    "reports:unit_report": "a file",
    "reminders:letter_file": "a file",
    "opinion:alert_dismiss": "POST only",
    "opinion:report_file": "a file",
    "materials:leaflet_pdf": "a file",
    "materials:newsletter_pdf": "a file",
    "materials:submit": "POST only",
    "materials:file": "a file",
    "materials:audio_request": "POST only",
    "materials:audio": "a file",
    "press:plan_save": "POST only",
    "press:item_remove": "POST only",
    "press:workbook_download": "a file",
    "press:showcase_options": "an htmx fragment of the press item form",
    "showcase:export": "a file",
    "notifications:mark_read": "POST only",
    "awareness:bank_xlsx": "a file",
    "awareness:bank_docx": "a file",
    "awareness:paper_sheet": "a file",
    "awareness:tally_template": "a file",
    "awareness:chart": "an htmx fragment of the results page",
    "awareness:survey_export": "a file",
    "awareness:contest_export": "a file",
    "awareness:contest_prize_export": "a file",
}
# Pages whose object the demo does not hold (an outgoing document, an Excel or opinion import):
# their lists are visited instead. A progress report and a công văn are drafted for their pages.
NO_DEMO_OBJECT = {
    "documents:signatures",
    "documents:handoff",
    "reporting:excel_status",
    "opinion:import_status",
}
# A route's argument -> the demo id it takes, where the name alone does not say which.
ARGUMENTS = {
    "press:unit": {"unit_id": "press_unit_id"},
    "press:item_create": {"unit_id": "press_unit_id"},
    "press:workbook_upload": {"unit_id": "press_unit_id"},
    "press:item_edit": {"item_id": "press_item_id"},
    "opinion:item": {"item_id": "opinion_item_id"},
    "opinion:report_detail": {"report_id": "opinion_report_id"},
    "opinion:report_preview": {"report_id": "opinion_report_id"},
    "awareness:activity": {"activity_id": "check_activity_id"},
    "awareness:survey": {"pk": "survey_id"},
    "awareness:survey_edit": {"pk": "survey_id"},
    "awareness:answer": {"code": "check_code"},
    "awareness:survey_answer": {"code": "survey_code"},
    "awareness:contest_enter": {"code": "round_code"},
}
# Pages a collaborator sends opinion from, and a press agency's form for a new item (only its
# editor files one): the board is refused them (403) by design.
BOARD_REFUSED = {"opinion:submit", "opinion:mine", "press:item_create"}
# The collaborator sends public opinion from the two pages the board is refused.
ACTORS = [
    ("bantuyengiao", True),
    ("dienbienphu", False),
    ("baodienbien", False),
    ("ctv.dienbienphu", False),
]
# Whole visible words a Vietnamese page never shows: English UI left over, Python values printed.
ENGLISH = re.compile(
    r"\b(Submit|Save|Cancel|Delete|Edit|Search|Error|Yes|No|None|True|False|null|undefined)\b"
)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# What a person sees: the body's text and the labels of buttons drawn from input values.
LOOK = """() => ({
    lang: document.documentElement.lang,
    width: document.documentElement.scrollWidth,
    cut: Array.from(document.querySelectorAll("input, select, textarea, button, a")).filter(
        (control) => { const box = control.getBoundingClientRect();
                       return box.width > 0 && box.right > window.innerWidth + 1; }
    ).map((control) => control.outerHTML.slice(0, 80)),
    narrow: Array.from(document.querySelectorAll(
        "textarea, select, input:not([type=checkbox]):not([type=radio]):not([type=hidden])"
        + ":not([type=submit]):not([type=number]):not([type=color])"
    )).filter((control) => { const box = control.getBoundingClientRect();
                             return box.width > 0 && box.width < 120; }
    ).map((control) => control.outerHTML.slice(0, 80)),
    text: document.title + "\\n" + (document.body ? document.body.innerText + "\\n" + Array.from(
        document.querySelectorAll("input[type=submit], input[type=button], input[type=reset]")
    ).map((input) => input.value).join("\\n") : ""),
})"""


def routes(resolver: URLResolver | None = None, prefix: str = "") -> list[tuple[str, URLPattern]]:
    """Return every named route outside Django's admin, with its pattern."""
    found = []
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin" or pattern.namespace == "api":
                continue  # Django's own admin and the JSON API are no pages of ours
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            found += routes(pattern, namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            found.append((f"{prefix}{pattern.name}", pattern))
    return found


def page_paths(ids: dict[str, object]) -> dict[str, str]:
    """Return each page's path with the demo's ids; an argument nobody named fails the test."""
    paths = {}
    for name, pattern in routes():
        if name in NOT_PAGES or name in NO_DEMO_OBJECT:
            continue
        keys = ARGUMENTS.get(name, {})
        arguments = {arg: ids[keys.get(arg, arg)] for arg in pattern.pattern.regex.groupindex}
        try:
            paths[name] = reverse(name, kwargs=arguments)
        except NoReverseMatch as missing:  # pragma: no cover - says which route to classify
            raise AssertionError(f"{name}: name its demo ids in ARGUMENTS") from missing
    return paths


def problems_of(session: Session, path: str, *, refused: set[int]) -> tuple[int, list[str]]:
    """Open a page; return its status and what a phone user would hit on it."""
    from playwright.sync_api import Error

    try:
        response = session.page.goto(session.live.url + path)
    except Error as failed:  # an empty error answer (405) is no page at all
        return 0, [f"no page: {failed.message.splitlines()[0]}"]
    assert response is not None
    status = response.status
    seen = session.page.evaluate(LOOK)
    found = []
    if status >= 400 and status not in refused:
        found.append(f"status {status}")
    if seen["width"] > PHONE["width"]:
        found.append(f"{seen['width']} px wide")
    if seen["lang"] != "vi":
        found.append(f"lang={seen['lang']!r}")
    found += [f"control past the screen's edge: {control}" for control in seen["cut"]]
    found += [f"field too narrow to type in: {control}" for control in seen["narrow"]]
    found += [f"English {word!r}" for word in sorted(set(ENGLISH.findall(seen["text"])))]
    found += [f"ISO date {day}" for day in sorted(set(ISO_DATE.findall(seen["text"])))]
    return status, found


def test_it_names_every_route_a_page_or_says_why_not() -> None:
    names = {name for name, _ in routes()}
    stale = (set(NOT_PAGES) | NO_DEMO_OBJECT | set(ARGUMENTS)) - names
    assert stale == set(), f"routes that no longer exist: {stale}"


def test_it_shows_every_page_on_a_phone_without_errors_overflow_english_or_iso_dates(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    ids = json.loads(live_lantoa.shell(SETUP).strip().splitlines()[-1])
    paths = page_paths(ids)
    started = time.monotonic()
    problems: list[str] = []
    statuses: dict[str, dict[str, int]] = {}
    for username, totp in ACTORS:
        session = Session(chromium_browser, live_lantoa, PHONE, f"sweep-{username}")
        login(session, username, totp=totp)
        statuses[username] = {}
        for name, path in paths.items():
            # Others' data and other roles' pages are refused; the board reaches all but three.
            if username != "bantuyengiao":
                refused = {403, 404}
            else:
                refused = {403} if name in BOARD_REFUSED else set()
            status, found = problems_of(session, path, refused=refused)
            statuses[username][name] = status
            problems += [f"{username} {path} ({name}): {what}" for what in found]
        assert session.outside == [], f"requests outside the server: {session.outside}"
        session.context.close()
    elapsed = time.monotonic() - started
    print(f"{len(paths)} pages × {len(ACTORS)} actors in {elapsed:.1f} s")
    for username, answers in statuses.items():
        print(
            username, Counter(answers.values()), sorted(n for n, s in answers.items() if s >= 400)
        )
    assert problems == [], "\n".join(problems)
    # The sweep reached real pages for each actor, not only refusals.
    for username in ("dienbienphu", "baodienbien"):
        assert sum(status == 200 for status in statuses[username].values()) >= 10, statuses
    assert statuses["ctv.dienbienphu"]["opinion:submit"] == 200
