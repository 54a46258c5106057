"""A reporter of one unit must never see another unit's data, by any route.

Every named route is classified: unit-scoped (own object 200, foreign object 404),
board-only (403/404 for everyone else, no change), or unscoped (lists scoped inside, or no
unit data). A new route fails `test_it_classifies_every_route` until it is classified here.
"""

from dataclasses import dataclass

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.campaigns.services import campaign_create
from lantoa.guidance.services import guidance_document_create
from lantoa.organization.models import Unit
from tests.conftest import SEED_NAME, client_for, make_user, module_ground, seed_bytes

pytestmark = pytest.mark.django_db


@dataclass
class World:
    """Objects of the reporter's own unit and of a foreign unit."""

    own_unit: Unit
    foreign_unit: Unit
    shared_campaign: object
    foreign_campaign: object
    guidance: object


@pytest.fixture(scope="module")
def world_ground(django_db_setup, django_db_blocker, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Build both units' objects once for the module (read by every test, rolled back after)."""
    from lantoa.accounts.models import Role
    from lantoa.guidance.demo import campaign_load_demo

    folder = tmp_path_factory.mktemp("world")
    with module_ground(django_db_blocker, folder):
        reporter = make_user("baocao.dbp", "03127", Role.REPORTER)
        yield folder, reporter.pk, build_world(campaign_load_demo(), reporter)


@pytest.fixture(name="world")
def world_fixture(world_ground, settings) -> World:  # type: ignore[no-untyped-def]
    # The world's uploads (evidence, materials) are in the module's folder, not the test's.
    settings.MEDIA_ROOT = world_ground[0] / "uploads"
    return world_ground[2]


@pytest.fixture(name="commune_reporter")
def world_reporter(world_ground):  # type: ignore[no-untyped-def]
    """The reporter of Phường Điện Biên Phủ the world was built with (the ground's own).

    A module that takes the world takes this fixture too: the ground holds the reporter's name.
    """
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(pk=world_ground[1])


def build_world(kl51_campaign: object, commune_reporter: object) -> World:
    """Build both units' objects (also used by tests/test_role_matrix.py)."""
    foreign = Unit.objects.get(code="03160")
    board = Unit.objects.get(code="BTGDVTU")
    foreign_campaign = campaign_create(
        owner=board,
        proposal=CampaignProposal(
            title="Chỉ một xã",
            subject_type="Chỉ thị",
            groups=[
                GroupProposal(
                    heading="Xã Mường Nhé",
                    unit_ids=[foreign.pk],
                    tasks=[TaskProposal(text="Việc riêng của Mường Nhé")],
                )
            ],
        ),
        user=None,
    )
    guidance = guidance_document_create(
        owner=board, filename=SEED_NAME, data=seed_bytes(), user=None
    )
    world = World(
        Unit.objects.get(code="03127"), foreign, kl51_campaign, foreign_campaign, guidance
    )
    add_reporting_objects(world)
    add_excel_objects(world, commune_reporter)
    add_material_objects(world)
    return world


def add_reporting_objects(world: World) -> None:
    """Give both units an activity with evidence and a submission in the shared campaign."""
    import datetime

    from django.core.files.uploadedfile import SimpleUploadedFile

    from lantoa.reporting.services import (
        ActivityInput,
        activity_record,
        report_request_create,
        submission_submit,
    )

    png = small_png()
    for side, unit in (("own", world.own_unit), ("foreign", world.foreign_unit)):
        activity = activity_record(
            campaign=world.shared_campaign,
            unit=unit,
            user=None,
            data=ActivityInput(
                channel="oral",
                date=datetime.date(2026, 6, 20),
                title=f"Tuyên truyền miệng {side}",
                figures={"listeners": 10},
            ),
            evidence_upload=SimpleUploadedFile(f"{side}.png", png),
        )
        setattr(world, f"{side}_activity", activity)
        setattr(world, f"{side}_evidence", activity.evidence.get())
    world.report_request = report_request_create(
        campaign=world.shared_campaign,
        title="Báo cáo tháng 6",
        user=None,
        due_date=datetime.date(2026, 7, 30),
    )
    for side, unit in (("own", world.own_unit), ("foreign", world.foreign_unit)):
        submission = submission_submit(
            request=world.report_request, unit=unit, user=None, results=f"Tóm tắt {side}"
        )
        setattr(world, f"{side}_submission", submission)
    world.report_request_foreign_only = report_request_create(
        campaign=world.foreign_campaign,
        title="Chỉ Mường Nhé báo cáo",
        user=None,
        due_date=datetime.date(2026, 7, 30),
        units=[world.foreign_unit],
    )
    # On the campaign both units share: its title may only reach the one unit asked.
    report_request_create(
        campaign=world.shared_campaign,
        title="Chỉ một xã Mường Nhé nộp",
        user=None,
        due_date=datetime.date(2026, 7, 30),
        units=[world.foreign_unit],
    )
    add_api_objects(world)
    add_official_report(world)


def small_png() -> bytes:
    """Return a real 2×2 PNG (uploads are decoded, a bare signature is refused)."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (2, 2), "red").save(out, format="PNG")
    return out.getvalue()


def small_pdf() -> bytes:
    """Return a real one-page PDF (uploads are parsed, a bare header is refused)."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_official_report(world: World) -> None:
    """A draft progress report of the shared campaign."""
    from lantoa.documents.reports.services import official_report_create

    world.official_report = official_report_create(
        campaign=world.shared_campaign, kind="progress", user=None
    )


def add_api_objects(world: World) -> None:
    """Give the foreign unit's reporter an API token."""
    from lantoa.accounts.models import Membership
    from lantoa.api.services import api_token_issue
    from tests.conftest import make_user

    foreign_user = make_user("api.muongnhe", world.foreign_unit.code, "reporter")
    membership = Membership.objects.get(user=foreign_user)
    world.foreign_token = api_token_issue(
        user=foreign_user, membership_id=membership.pk, name="x"
    ).token


def add_excel_objects(world: World, reporter: object) -> None:
    """Give the reporter an Excel upload of their own, and another unit's reporter one."""
    from lantoa.reporting.models import ExcelImport
    from tests.conftest import make_user

    other = make_user("excel.muongnhe", world.foreign_unit.code, "reporter")
    for side, user in (("own", reporter), ("foreign", other)):
        upload = ExcelImport.objects.create(
            campaign=world.shared_campaign,
            uploaded_by=user,
            file=f"excel-imports/{side}.xlsx",
            original_name=f"{side}.xlsx",
        )
        setattr(world, f"{side}_excel_import", upload)


def add_material_objects(world: World) -> None:
    """Approved materials in both campaigns (own one with a file and a machine draft), a draft."""
    from django.core.files.base import ContentFile
    from django.core.files.uploadedfile import SimpleUploadedFile

    from lantoa.materials.services import (
        VersionContent,
        material_approve,
        material_create,
        material_submit,
    )

    def approved(campaign: object, title: str, upload: object = None) -> object:
        created = material_create(
            campaign=campaign,
            kind="leaflet",
            audience="households",
            language="vi",
            title=title,
            content=VersionContent(body=f"Nội dung {title}"),
            upload=upload,
            user=None,
        )
        version = created.versions.get()
        material_submit(version=version, user=None)
        return material_approve(version=version, user=None)

    pdf = SimpleUploadedFile("to-roi.pdf", small_pdf())
    world.own_material_version = approved(world.shared_campaign, "Tờ rơi chung", pdf)
    world.own_material_version.audio.save("doc-thu.wav", ContentFile(b"RIFF0000WAVE"))
    world.own_material = world.own_material_version.material
    foreign_pdf = SimpleUploadedFile("b.pdf", small_pdf())
    world.foreign_material_version = approved(
        world.foreign_campaign, "Tài liệu riêng Chỉ một xã", foreign_pdf
    )
    world.foreign_material = world.foreign_material_version.material
    world.draft_material = material_create(
        campaign=world.shared_campaign,
        kind="qa",
        audience="cadres",
        language="vi",
        title="Hỏi đáp chưa duyệt",
        content=VersionContent(body="Chưa duyệt"),
        user=None,
    )
    world.draft_material_version = world.draft_material.versions.get()


def press_world(world: World) -> object:
    """Plans and items of two press agencies, and the newspaper's editor."""
    import datetime

    from lantoa.press.services import PressItemInput, press_item_save, press_plan_save
    from tests.conftest import make_user

    own, foreign = Unit.objects.get(code="BAO-PTTH"), Unit.objects.get(code="CONG-TTDT")
    for side, unit in (("own", own), ("foreign", foreign)):
        setattr(world, f"{side}_press_unit", unit)
        plan = press_plan_save(
            unit=unit,
            campaign=world.shared_campaign,
            month=datetime.date(2026, 7, 1),
            planned_items=3,
            user=None,
        )
        setattr(world, f"{side}_press_plan", plan)
        press_item = press_item_save(
            unit=unit,
            campaign=world.shared_campaign,
            data=PressItemInput(
                title=f"Bài {side}",
                outlet="Báo",
                date=datetime.date(2026, 7, 2),
                channel="online",
                url=f"https://bao.vn/{side}",
            ),
            user=None,
        )
        setattr(world, f"{side}_press_item", press_item)
    world.press_editor = make_user("bientap.isolation", "BAO-PTTH", "press")
    return world


def outgoing_document(world: World) -> object:
    """Register one outgoing document (the board's, not a unit's)."""
    from lantoa.documents.services import outgoing_document_issue

    return outgoing_document_issue(
        doc_type="CV",
        year=2026,
        symbol="CV/BTGDVTU",
        title="V/v đôn đốc",
        render=lambda number: {"docx": b"PK test"},
        filename="cong-van-{number}.docx",
        user=None,
        campaign=world.shared_campaign,
    )


def r(name: str, *args: object) -> str:
    return reverse(name, args=[getattr(a, "pk", a) for a in args])


# route -> (own URLs that must answer 200, foreign URLs that must answer 404)
UNIT_SCOPED = {
    "organization:unit": lambda w: (
        [r("organization:unit", w.own_unit)],
        [r("organization:unit", w.foreign_unit)]
        + [
            r("organization:unit", Unit.objects.get(code=c).pk)
            for c in ("BTGDVTU", "DU-CA", "BAO-PTTH")
        ],
    ),
    "campaigns:detail": lambda w: (
        [r("campaigns:detail", w.shared_campaign)],
        [r("campaigns:detail", w.foreign_campaign)],
    ),
    "campaigns:guidance_docx": lambda w: (
        [r("campaigns:guidance_docx", w.shared_campaign)],
        [r("campaigns:guidance_docx", w.foreign_campaign)],
    ),
    "campaigns:unit_plan": lambda w: (
        [r("campaigns:unit_plan", w.shared_campaign, w.own_unit)],
        [
            r("campaigns:unit_plan", w.shared_campaign, w.foreign_unit),
            r("campaigns:unit_plan", w.foreign_campaign, w.foreign_unit),
            r("campaigns:unit_plan", w.foreign_campaign, w.own_unit),
        ],
    ),
    "reporting:unit_campaign": lambda w: (
        [r("reporting:unit_campaign", w.shared_campaign, w.own_unit)],
        [
            r("reporting:unit_campaign", w.shared_campaign, w.foreign_unit),
            r("reporting:unit_campaign", w.foreign_campaign, w.foreign_unit),
        ],
    ),
    "reporting:activity_create": lambda w: (
        [r("reporting:activity_create", w.shared_campaign, w.own_unit)],
        [r("reporting:activity_create", w.shared_campaign, w.foreign_unit)],
    ),
    "reporting:activity_detail": lambda w: (
        [r("reporting:activity_detail", w.own_activity)],
        [r("reporting:activity_detail", w.foreign_activity)],
    ),
    "reporting:activity_edit": lambda w: (
        [r("reporting:activity_edit", w.own_activity)],
        [r("reporting:activity_edit", w.foreign_activity)],
    ),
    "reporting:evidence_download": lambda w: (
        [r("reporting:evidence_download", w.own_evidence)],
        [r("reporting:evidence_download", w.foreign_evidence)],
    ),
    "reporting:evidence_thumbnail": lambda w: (
        [r("reporting:evidence_thumbnail", w.own_evidence)],
        [r("reporting:evidence_thumbnail", w.foreign_evidence)],
    ),
    # The photos of a campaign: the reader's own units only (tests/reporting/test_review_queue).
    "reporting:gallery": lambda w: (
        [r("reporting:gallery", w.shared_campaign)],
        [r("reporting:gallery", w.foreign_campaign)],
    ),
    "reporting:submission_create": lambda w: (
        [r("reporting:submission_create", w.report_request, w.own_unit)],
        [r("reporting:submission_create", w.report_request, w.foreign_unit)],
    ),
    "reporting:excel_template": lambda w: (
        [r("reporting:excel_template", w.shared_campaign, w.own_unit)],
        [
            r("reporting:excel_template", w.shared_campaign, w.foreign_unit),
            r("reporting:excel_template", w.foreign_campaign, w.foreign_unit),
        ],
    ),
    "reporting:excel_upload": lambda w: (
        [r("reporting:excel_upload", w.shared_campaign)],
        [r("reporting:excel_upload", w.foreign_campaign)],
    ),
    "reporting:excel_status": lambda w: (
        [r("reporting:excel_status", w.own_excel_import)],
        [r("reporting:excel_status", w.foreign_excel_import)],
    ),
    # Units see the approved materials of campaigns they take part in; drafts are 404.
    "materials:detail": lambda w: (
        [r("materials:detail", w.own_material)],
        [r("materials:detail", w.foreign_material), r("materials:detail", w.draft_material)],
    ),
    "materials:leaflet_pdf": lambda w: (
        [r("materials:leaflet_pdf", w.own_material)],
        [
            r("materials:leaflet_pdf", w.foreign_material),
            r("materials:leaflet_pdf", w.draft_material),
        ],
    ),
    "materials:newsletter_pdf": lambda w: (
        [r("materials:newsletter_pdf", w.own_material)],
        [r("materials:newsletter_pdf", w.foreign_material)],
    ),
    "materials:file": lambda w: (
        [r("materials:file", w.own_material_version)],
        [
            r("materials:file", w.foreign_material_version),
            r("materials:file", w.draft_material_version),
        ],
    ),
}
# An issued Công văn đôn đốc (its .pdf; the .docx in tests/reminders/test_letter_file.py): the
# units it names download it; another unit's letter is a 404.
UNIT_SCOPED["reminders:letter_file"] = lambda w: (
    [r("reminders:letter_file", issued_letter(w, w.own_unit))],
    [r("reminders:letter_file", issued_letter(w, w.foreign_unit))],
)


def issued_letter(w: World, unit: Unit) -> object:
    """An issued Công văn đôn đốc of the shared campaign naming one unit (.pdf and .docx)."""
    import datetime

    from lantoa.documents.services import outgoing_document_render, outgoing_document_reserve
    from lantoa.reminders.models import LetterState, ReminderLetter

    letter = ReminderLetter.objects.filter(state=LetterState.ISSUED, units=unit).first()
    if letter is None:
        document = outgoing_document_reserve(
            doc_type="CV",
            year=2026,
            symbol="CV/BTGDVTU",
            title=f"V/v đôn đốc {unit.name}",
            filename="cong-van-{number}.docx",
            user=None,
            campaign=w.shared_campaign,
        )
        outgoing_document_render(
            document=document, render=lambda number: {"docx": b"PK test", "pdf": b"%PDF-1.7"}
        )
        letter = ReminderLetter.objects.create(
            campaign=w.shared_campaign,
            deadline=datetime.date(2026, 12, 3),
            body="Đề nghị.",
            state=LetterState.ISSUED,
            outgoing=document,
        )
        letter.units.set([unit])
    return letter


# route -> foreign URLs of POST-only unit-scoped routes: a foreign POST is a 404, nothing changes
POST_SCOPED = {
    "reporting:activity_remove": lambda w: [r("reporting:activity_remove", w.foreign_activity)],
    "reporting:evidence_upload": lambda w: [r("reporting:evidence_upload", w.foreign_activity)],
    "reporting:excel_apply": lambda w: [r("reporting:excel_apply", w.foreign_excel_import)],
}
POST_SCOPED["api_tokens:revoke"] = lambda w: [r("api_tokens:revoke", w.foreign_token)]
POST_SCOPED["reports:action"] = lambda w: [r("reports:action", w.official_report)]
UNIT_SCOPED["reports:unit_report"] = lambda w: (
    [r("reports:unit_report", w.shared_campaign, w.own_unit, "docx")],
    [
        r("reports:unit_report", w.shared_campaign, w.foreign_unit, "docx"),
        r("reports:unit_report", w.foreign_campaign, w.foreign_unit, "docx"),
    ],
)
# Awareness checks: a session's checks (open one, its code and QR, paper totals) and the
# campaign's results, both for the units the user reads.
UNIT_SCOPED["awareness:activity"] = lambda w: (
    [r("awareness:activity", w.own_activity)],
    [r("awareness:activity", w.foreign_activity)],
)
UNIT_SCOPED["awareness:results"] = lambda w: (
    [r("awareness:results", w.shared_campaign)],
    [r("awareness:results", w.foreign_campaign)],
)
# The campaign's list of checks and its surveys, for the units the user reads; a survey's
# aggregates and their .xlsx (open answers for the board only: tests/awareness).
UNIT_SCOPED["awareness:checks"] = lambda w: (
    [r("awareness:checks", w.shared_campaign)],
    [r("awareness:checks", w.foreign_campaign)],
)
UNIT_SCOPED["awareness:chart"] = lambda w: (
    [r("awareness:chart", w.shared_campaign)],
    [r("awareness:chart", w.foreign_campaign)],
)
UNIT_SCOPED["awareness:surveys"] = lambda w: (
    [r("awareness:surveys", w.shared_campaign)],
    [r("awareness:surveys", w.foreign_campaign)],
)
UNIT_SCOPED["awareness:survey"] = lambda w: (
    [r("awareness:survey", survey_of(w, w.own_unit))],
    [r("awareness:survey", survey_of(w, w.foreign_unit))],
)
UNIT_SCOPED["awareness:survey_export"] = lambda w: (
    [r("awareness:survey_export", survey_of(w, w.own_unit))],
    [r("awareness:survey_export", survey_of(w, w.foreign_unit))],
)


def survey_of(w: World, unit: Unit) -> object:
    """A survey of the unit's area in the shared campaign (the foreign one carries a marker)."""
    from lantoa.awareness.models import Survey
    from lantoa.awareness.surveys.services import survey_create

    found = Survey.objects.filter(campaign=w.shared_campaign, unit=unit).first()
    if found is None:
        marker = "Chỉ một xã" if unit == w.foreign_unit else "Khảo sát"
        found = survey_create(
            campaign=w.shared_campaign,
            unit=unit,
            audience="nhan_dan",
            title=f"{marker} {unit.name}",
            target_size=10,
            items=[("understanding", "Hiểu Kết luận 51?")],
            user=None,
        )
    return found


# A check's printable paper answer sheet (PDF), for the units that read its session.
UNIT_SCOPED["awareness:paper_sheet"] = lambda w: (
    [r("awareness:paper_sheet", awareness_check(w.own_activity))],
    [r("awareness:paper_sheet", awareness_check(w.foreign_activity))],
)
# Its pre-filled .xlsx tally template (read like the sheet), and the upload of the filled
# one (the unit's writers: tests/awareness/test_tally_template.py).
UNIT_SCOPED["awareness:tally_template"] = lambda w: (
    [r("awareness:tally_template", awareness_check(w.own_activity))],
    [r("awareness:tally_template", awareness_check(w.foreign_activity))],
)
UNIT_SCOPED["awareness:tally_upload"] = lambda w: (
    [r("awareness:tally_upload", awareness_check(w.own_activity))],
    [r("awareness:tally_upload", awareness_check(w.foreign_activity))],
)


def bank_questions(campaign: object) -> list:
    """Five approved questions of a campaign's bank (made once)."""
    from lantoa.audit.context import audit_covered
    from lantoa.awareness.models import Question
    from lantoa.awareness.services import question_approve, question_create

    found = list(Question.objects.filter(campaign=campaign, status="approved")[:5])
    with audit_covered("test set-up"):
        for i in range(len(found), 5):
            question = question_create(
                campaign=campaign,  # type: ignore[arg-type]
                kind="true_false",
                text=f"Câu hỏi thử {i}?",
                options=[],
                correct=[0],
                tag="quan_diem",
                difficulty=1,
                user=None,
            )
            found.append(question_approve(question=question, user=None))
    return found


def awareness_check(activity: object) -> object:
    """An awareness check of an activity's unit (made directly: the world's are oral talks)."""
    import datetime

    from django.utils import timezone

    from lantoa.awareness.models import AwarenessCheck

    check = AwarenessCheck.objects.filter(activity=activity).first()
    if check is None:
        check = AwarenessCheck.objects.create(
            campaign_id=activity.campaign_id,  # type: ignore[attr-defined]
            unit_id=activity.unit_id,  # type: ignore[attr-defined]
            activity=activity,
            phase="before",
            title="Kiểm tra thử",
            code=f"T{activity.pk:05d}",  # type: ignore[attr-defined]
            closes_at=timezone.now() + datetime.timedelta(hours=1),
        )
        check.questions.set(bank_questions(activity.campaign))  # type: ignore[attr-defined]
    return check


# route -> URLs that board staff and leaders read; everyone else gets 403 or 404
PROVINCE_ONLY = {
    # The question bank: board staff write, a board leader approves (tests/awareness).
    "awareness:bank": lambda w: [r("awareness:bank", w.shared_campaign)],
    "awareness:bank_xlsx": lambda w: [r("awareness:bank_xlsx", w.shared_campaign)],
    "awareness:bank_docx": lambda w: [r("awareness:bank_docx", w.shared_campaign)],
    # One question: its versions, and the edit that makes a new one (tests/awareness).
    "awareness:question": lambda w: [r("awareness:question", bank_questions(w.shared_campaign)[0])],
    # Study contests: the board's pages, results and the export with masked phones.
    "awareness:contests": lambda w: [r("awareness:contests", w.shared_campaign)],
    "awareness:contest": lambda w: [r("awareness:contest", study_contest(w))],
    "awareness:contest_results": lambda w: [r("awareness:contest_results", study_contest(w))],
    "awareness:contest_export": lambda w: [r("awareness:contest_export", study_contest(w))],
    # Correcting a survey before its first answer: board staff write, a leader reads the form.
    "awareness:survey_edit": lambda w: [r("awareness:survey_edit", survey_of(w, w.own_unit))],
    "reporting:request_detail": lambda w: [r("reporting:request_detail", w.report_request)],
    # Board staff accept or return there (the POST is theirs alone: tests/reporting).
    "reporting:review_queue": lambda w: [r("reporting:review_queue", w.report_request)],
    "reporting:dashboard": lambda w: [
        r("reporting:dashboard", w.shared_campaign),
        r("reporting:dashboard", w.foreign_campaign) + "?loai=commune&sap_xep=-bao_phu",
    ],
    "reporting:dashboard_chart": lambda w: [
        r("reporting:dashboard_chart", w.shared_campaign, "bao-phu"),
        r("reporting:dashboard_chart", w.shared_campaign, "hoat-dong"),
    ],
    "reporting:dashboard_export": lambda w: [
        r("reporting:dashboard_export", w.shared_campaign, "csv"),
        r("reporting:dashboard_export", w.shared_campaign, "xlsx"),
    ],
    "documents:register": lambda w: [r("documents:register")],
    "materials:review": lambda w: [r("materials:review", w.draft_material_version)],
    "materials:audio": lambda w: [r("materials:audio", w.own_material_version)],
    "press:overview": lambda w: [r("press:overview")],
    "showcase:export": lambda w: [r("showcase:export", "csv"), r("showcase:export", "xlsx")],
    "documents:outgoing_file": lambda w: [r("documents:outgoing_file", outgoing_document(w))],
    "reports:list": lambda w: [r("reports:list")],
    "reports:detail": lambda w: [r("reports:detail", w.official_report)],
    "reports:preview": lambda w: [r("reports:preview", w.official_report)],
    "reports:download": lambda w: [r("reports:download", w.official_report, "docx")],
    # A Công văn đôn đốc: staff draft and send it, a leader approves it (the POSTs on the page
    # are refused by role in tests/reminders/test_letter_workflow.py).
    "reminders:letter_detail": lambda w: [r("reminders:letter_detail", reminder_letter(w))],
    "reminders:letter_preview": lambda w: [r("reminders:letter_preview", reminder_letter(w))],
}


def study_contest(w: World) -> object:
    """A study contest of the shared campaign with one entry (province-wide: board, leaders)."""
    import datetime

    from django.utils import timezone

    from lantoa.awareness.models import Contest, ContestEntry, ContestRound

    contest = Contest.objects.filter(campaign=w.shared_campaign).first()
    if contest is None:
        now = timezone.now()
        contest = Contest.objects.create(
            campaign=w.shared_campaign, title="Cuộc thi thử", consent="Đồng ý."
        )
        contest_round = ContestRound.objects.create(
            contest=contest,
            number=1,
            code="THU123",
            opens_at=now,
            closes_at=now + datetime.timedelta(hours=1),
        )
        ContestEntry.objects.create(
            round=contest_round,
            name="Người thi thử",
            unit=w.own_unit,
            phone="0912345678",
            person="p",
            device="d",
            score=1,
            tie_break_guess=1,
            started_at=now,
            submitted_at=now,
            duration_ms=1000,
            consent_at=now,
        )
    return contest


def reminder_letter(w: World) -> object:
    """A Công văn đôn đốc draft of the shared campaign (province-wide: board and leaders)."""
    import datetime

    from lantoa.reminders.models import ReminderLetter

    letter = ReminderLetter.objects.filter(campaign=w.shared_campaign).first()
    if letter is None:
        letter = ReminderLetter.objects.create(
            campaign=w.shared_campaign, deadline=datetime.date(2026, 12, 3), body="Đề nghị."
        )
        letter.units.set([w.own_unit])
    return letter


# route -> URLs only board staff may use (reporters get 403 or 404, nothing changes)
BOARD_ONLY = {
    "guidance:campaign_edit": lambda w: [
        r("guidance:campaign_edit", w.shared_campaign),
        r("guidance:campaign_edit", w.foreign_campaign),
    ],
    "guidance:task_create": lambda w: [r("guidance:task_create", w.shared_campaign)],
    "guidance:upload": lambda w: [r("guidance:upload")],
    "guidance:new_blank": lambda w: [r("guidance:new_blank")],
    "guidance:review": lambda w: [r("guidance:review", w.guidance)],
    "guidance:original": lambda w: [r("guidance:original", w.guidance)],
    "audit:log": lambda w: [r("audit:log")],
    "reporting:request_create": lambda w: [r("reporting:request_create", w.shared_campaign)],
    "reporting:extension_create": lambda w: [r("reporting:extension_create", w.report_request)],
    "reporting:submission_review": lambda w: [
        r("reporting:submission_review", w.own_submission),
        r("reporting:submission_review", w.foreign_submission),
    ],
    "reporting:submission_reopen": lambda w: [
        r("reporting:submission_reopen", w.own_submission),
        r("reporting:submission_reopen", w.foreign_submission),
    ],
    "reporting:practice_mark": lambda w: [
        r("reporting:practice_mark", w.own_submission),
        r("reporting:practice_mark", w.foreign_submission),
    ],
    "reporting:lock_set": lambda w: [r("reporting:lock_set", w.shared_campaign)],
    "reporting:excel_board_workbook": lambda w: [
        r("reporting:excel_board_workbook", w.shared_campaign)
    ],
    "reminders:letter_create": lambda w: [r("reminders:letter_create")],
    # The prize committee's list with whole phone numbers: board staff only (a leader gets 403).
    "awareness:contest_prize_export": lambda w: [
        r("awareness:contest_prize_export", study_contest(w))
    ],
    "documents:counter_set": lambda w: [r("documents:counter_set")],
    "documents:range_reserve": lambda w: [r("documents:range_reserve")],
    # The signatures of an issued PDF and the upload of the copy a leader signed (văn thư).
    "documents:signatures": lambda w: [r("documents:signatures", outgoing_document(w))],
    # The package the văn thư files in the e-office system (signed PDF, .docx, metadata.json).
    "documents:handoff": lambda w: [r("documents:handoff", outgoing_document(w))],
    "materials:create": lambda w: [r("materials:create")],
    "materials:edit": lambda w: [r("materials:edit", w.own_material)],
    "materials:submit": lambda w: [r("materials:submit", w.draft_material_version)],
    "materials:audio_request": lambda w: [r("materials:audio_request", w.own_material_version)],
    "showcase:create": lambda w: [r("showcase:create")],
    "showcase:edit": lambda w: [r("showcase:edit", showcase_entry())],
}


def showcase_entry() -> object:
    """One showcase entry (the register is province-wide; only the board edits it)."""
    from lantoa.showcase.services import entry_save

    return entry_save(name="Mô hình thử", kind="model", commune=None, user=None)


# The board administrator's user pages -> URLs: only a superuser, or board staff holding
# `auth.change_user`, opens them; every role (board staff without the right too) is refused.
USER_ADMIN = {
    "accounts:user_list": lambda w: [r("accounts:user_list")],
    "accounts:user_detail": lambda w: [r("accounts:user_detail", own_reporter_account())],
}


def own_reporter_account() -> object:
    """The account of the own unit's reporter (whose page the administrator opens)."""
    from lantoa.accounts.models import Membership

    return Membership.objects.filter(unit__code="03127").order_by("pk").first().user


# Press routes -> (the editor's own agency URLs: 200; another agency's: 404). Reporters get 404.
PRESS_SCOPED = {
    "press:unit": lambda p: (
        [r("press:unit", p.own_press_unit)],
        [r("press:unit", p.foreign_press_unit), r("press:unit", p.own_unit)],
    ),
    "press:plan_edit": lambda p: (
        [r("press:plan_edit", p.own_press_plan)],
        [r("press:plan_edit", p.foreign_press_plan)],
    ),
    "press:item_edit": lambda p: (
        [r("press:item_edit", p.own_press_item)],
        [r("press:item_edit", p.foreign_press_item)],
    ),
    "press:item_create": lambda p: (
        [r("press:item_create", p.own_press_unit)],
        [r("press:item_create", p.foreign_press_unit)],
    ),
    "press:plan_save": lambda p: ([], [r("press:plan_save", p.foreign_press_unit)]),
}
# Routes with no object id: lists scoped inside their selector, or no unit data.
UNSCOPED = {
    "home",
    "healthz",
    "accounts:login",
    "accounts:logout",
    "accounts:password_change",
    "accounts:mfa_verify",
    "accounts:mfa_enrol",
    "organization:directory",
    "campaigns:list",
    "reporting:unit_home",
    "reporting:rules",  # the data rules: no unit's data on it
    "api_tokens:list",
    "materials:list",
    "showcase:list",
    "press:home",
    "press:showcase_options",  # names of showcase entries: the register is province-wide
    # The user's own units' notifications; marking read ignores any other id.
    "notifications:list",
    "notifications:mark_read",
    # The only pages without sign-in: a check's title and questions, no unit data
    # (tests/awareness/test_answer_page.py).
    "awareness:answer_home",
    "awareness:answer",
    # A survey's answer page: its title and questions only (tests/awareness/test_survey_pages.py).
    "awareness:survey_answer",
    # A contest round's entry page: its questions and the unit names to choose from, nothing
    # else (tests/awareness/test_contest_pages.py).
    "awareness:contest_enter",
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

# Opinion routes -> URLs (tests.opinion.helpers.opinion_world). Board staff and leaders read the
# province; a collaborator reaches only their own submissions (another's item is a 404);
# reporters and press get 403/404 on every one.
OPINION = {
    "opinion:dashboard": lambda o: [r("opinion:dashboard")],
    "opinion:submit": lambda o: [r("opinion:submit")],
    "opinion:mine": lambda o: [r("opinion:mine")],
    "opinion:items": lambda o: [r("opinion:items")],
    "opinion:item": lambda o: [r("opinion:item", o.item_a), r("opinion:item", o.item_b)],
    "opinion:imports": lambda o: [r("opinion:imports")],
    "opinion:import_status": lambda o: [r("opinion:import_status", o.job)],
    "opinion:claims": lambda o: [r("opinion:claims")],
    "opinion:claim": lambda o: [r("opinion:claim", o.claim)],
    "opinion:topics": lambda o: [r("opinion:topics")],
    "opinion:models": lambda o: [r("opinion:models")],
    "opinion:report": lambda o: [r("opinion:report")],
    "opinion:alert_dismiss": lambda o: [r("opinion:alert_dismiss", o.alert)],
}


def named_routes(resolver=None, prefix=""):  # type: ignore[no-untyped-def]
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                continue
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from named_routes(pattern, namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{prefix}{pattern.name}"


def test_it_classifies_every_route():
    classified = (
        UNIT_SCOPED.keys()
        | POST_SCOPED.keys()
        | PROVINCE_ONLY.keys()
        | BOARD_ONLY.keys()
        | UNSCOPED
        | API_SCOPED.keys()
        | API_UNSCOPED
        | OPINION.keys()
        | PRESS_SCOPED.keys()
        | USER_ADMIN.keys()
    )
    unclassified = set(named_routes()) - classified
    assert not unclassified, f"classify these routes in the isolation test: {sorted(unclassified)}"
    # Each route also needs an answer for every role on its own unit (tests/test_role_matrix.py).
    from tests.test_role_matrix import ROLES, answers_of

    lacking = {
        route: sorted(set(ROLES) - set(answers_of(route)))
        for route in named_routes()
        if set(ROLES) - set(answers_of(route))
    }
    assert not lacking, f"state each role's answer in tests/test_role_matrix.py: {lacking}"


@pytest.mark.parametrize("route", sorted(UNIT_SCOPED))
def test_it_answers_404_for_another_units_data(route, world, commune_reporter):
    client = client_for(commune_reporter)
    own, foreign = UNIT_SCOPED[route](world)
    for url in own:
        assert client.get(url).status_code == 200, url
    for url in foreign:
        assert client.get(url).status_code == 404, url
        assert client.post(url).status_code in (404, 405), url


@pytest.mark.parametrize("route", sorted(UNIT_SCOPED))
def test_it_answers_404_to_a_user_without_units(route, world, outsider):
    client = client_for(outsider)
    own, foreign = UNIT_SCOPED[route](world)
    for url in own + foreign:
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("route", sorted(BOARD_ONLY))
def test_it_refuses_board_only_routes_to_reporters_and_leaders(
    route, world, commune_reporter, leader_user
):
    from lantoa.campaigns.models import Assignment, Campaign
    from lantoa.guidance.models import GuidanceDocument

    counts = (
        Campaign.objects.count(),
        Assignment.objects.count(),
        GuidanceDocument.objects.count(),
    )
    for user in (commune_reporter, leader_user):
        client = client_for(user)
        for url in BOARD_ONLY[route](world):
            assert client.get(url).status_code in (403, 404, 405), url
            assert client.post(url, {"action": "confirm"}).status_code in (403, 404), url
    assert counts == (
        Campaign.objects.count(),
        Assignment.objects.count(),
        GuidanceDocument.objects.count(),
    )


@pytest.mark.parametrize("route", sorted(POST_SCOPED))
def test_it_refuses_foreign_posts_and_changes_nothing(route, world, commune_reporter, outsider):
    from lantoa.reporting.models import Activity, Evidence

    before = (Activity.objects.filter(is_deleted=False).count(), Evidence.objects.count())
    for user in (commune_reporter, outsider):
        for url in POST_SCOPED[route](world):
            assert client_for(user).post(url, {"link": "https://x.vn"}).status_code == 404, url
    assert before == (Activity.objects.filter(is_deleted=False).count(), Evidence.objects.count())


@pytest.mark.parametrize("route", sorted(PROVINCE_ONLY))
def test_it_shows_province_pages_to_the_board_and_leaders_only(
    route, world, board_user, leader_user, commune_reporter, outsider
):
    for url in PROVINCE_ONLY[route](world):
        for user in (board_user, leader_user):
            assert client_for(user).get(url).status_code == 200, url
        for user in (commune_reporter, outsider):
            assert client_for(user).get(url).status_code in (403, 404), url


@pytest.mark.parametrize("route", sorted(USER_ADMIN))
def test_it_opens_user_pages_to_the_user_administrator_only(
    route, world, board_user, leader_user, commune_reporter, outsider
):
    from django.contrib.auth.models import Permission

    from lantoa.accounts.models import Membership

    memberships = Membership.objects.count()
    for url in USER_ADMIN[route](world):
        for user in (board_user, leader_user, commune_reporter, outsider):
            assert client_for(user).get(url).status_code == 403, url
            posted = client_for(user).post(url, {"action": "deactivate"})
            assert posted.status_code in (403, 405), url
    assert Membership.objects.count() == memberships
    board_user.user_permissions.add(Permission.objects.get(codename="change_user"))
    for url in USER_ADMIN[route](world):
        assert client_for(board_user).get(url).status_code == 200, url


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


def test_it_lets_the_board_see_every_unit(board_user, leader_user):
    url = reverse("organization:unit", args=[Unit.objects.get(code="03160").pk])
    for user in (board_user, leader_user):
        assert client_for(user).get(url).status_code == 200


# ---------------------------------------------------------------- every role × every route

# Users of every role who are not province-wide (board staff and board leaders see everything).
FOREIGN_ROLES = {
    "reporter": ("03127", "reporter"),
    "collaborator": ("03127", "collaborator"),
    "commune_leader": ("03127", "leader"),
    "press": ("CONG-TTDT", "press"),
    "outsider": (None, None),
}
# Text that only the foreign unit's own objects carry.
FOREIGN_MARKERS = ("Việc riêng của Mường Nhé", "Chỉ một xã")


def role_user(role: str):  # type: ignore[no-untyped-def]
    from django.contrib.auth import get_user_model

    from tests.conftest import PASSWORD, make_user

    unit_code, role_name = FOREIGN_ROLES[role]
    if unit_code is None:
        return get_user_model().objects.create_user(f"matrix.{role}", password=PASSWORD)
    return make_user(f"matrix.{role}", unit_code, role_name)


def no_arg_urls() -> list[str]:
    """Return the unscoped routes that take no argument (lists, home, forms)."""
    urls = []
    for name in sorted(UNSCOPED):
        try:
            urls.append(reverse(name))
        except Exception:  # noqa: BLE001, S112 - routes with arguments are covered elsewhere
            continue
    return urls


@pytest.mark.parametrize("role", sorted(FOREIGN_ROLES))
def test_it_refuses_foreign_objects_to_every_role_audits_it_and_leaks_nothing(role, world):
    from lantoa.audit.models import AuditAction, AuditEntry

    user = role_user(role)
    client = client_for(user)
    refused = []
    for route in sorted(UNIT_SCOPED):
        _own, foreign = UNIT_SCOPED[route](world)
        for url in foreign:
            assert client.get(url).status_code == 404, (role, url)
            refused.append(url)
    for route in sorted(BOARD_ONLY):
        for url in BOARD_ONLY[route](world):
            status = client.get(url).status_code
            assert status in (403, 404, 405), (role, url)
            if status != 405:
                refused.append(url)
    for url in refused:
        assert AuditEntry.objects.filter(
            action=AuditAction.ACCESS_DENIED, user=user, target=url
        ).exists(), f"no audit entry for {role} refused at {url}"
    for url in no_arg_urls() + [u for route in UNIT_SCOPED for u in UNIT_SCOPED[route](world)[0]]:
        response = client.get(url)
        if response.status_code == 200 and not response.get("Content-Disposition"):
            body = response.content.decode()
            leaked = [marker for marker in FOREIGN_MARKERS if marker in body]
            assert not leaked, f"{role} sees {leaked} at {url}"


def test_it_reports_the_isolation_matrix_size():
    routes = len(UNIT_SCOPED) + len(BOARD_ONLY)
    assert routes * len(FOREIGN_ROLES) >= 5 * len(FOREIGN_ROLES)


def test_it_keeps_opinion_items_to_the_collaborator_who_sent_them():
    from tests.opinion.helpers import opinion_world

    o = opinion_world()
    client = client_for(o.collaborator_a)
    assert client.get(r("opinion:item", o.item_a)).status_code == 200
    assert client.get(r("opinion:item", o.item_b)).status_code == 404
    assert client.post(r("opinion:item", o.item_b), {"sentiment": "negative"}).status_code == 404
    assert o.item_b.text not in client.get(r("opinion:mine")).content.decode()


@pytest.mark.parametrize("role", ["reporter", "press"])
def test_it_refuses_every_opinion_route_to_reporters_and_press(role):
    from lantoa.opinion.models import Alert, Claim, Item
    from tests.opinion.helpers import opinion_world

    o = opinion_world()
    client = client_for(role_user(role))
    counts = (Item.objects.count(), Claim.objects.count(), Alert.objects.count())
    for route in sorted(OPINION):
        for url in OPINION[route](o):
            assert client.get(url).status_code in (403, 404, 405), (role, url)
            assert client.post(url, {"action": "approve"}).status_code in (403, 404), (role, url)
    assert counts == (Item.objects.count(), Claim.objects.count(), Alert.objects.count())


@pytest.mark.parametrize("route", sorted(PRESS_SCOPED))
def test_it_keeps_press_agencies_apart(route, world, commune_reporter):
    from lantoa.press.models import PressItem, PressPlan

    p = press_world(world)
    before = (PressPlan.objects.count(), PressItem.objects.count())
    own, foreign = PRESS_SCOPED[route](p)
    editor = client_for(p.press_editor)
    for url in own:
        assert editor.get(url).status_code == 200, url
    for client in (editor, client_for(commune_reporter)):
        for url in foreign + ([] if client is editor else own):
            assert client.get(url).status_code in (404, 405), url
            posted = client.post(url, {"planned_items": "9", "month": "09/2026"})
            assert posted.status_code in (404, 405), url
    assert before == (PressPlan.objects.count(), PressItem.objects.count())
