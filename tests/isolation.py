"""What each app's `tests/<app>/test_unit_isolation.py` stands on: no unit sees another's data.

The world (both units' objects, built once a module), users of each role who are not
province-wide, and the checks an app runs over its own unit-scoped, POST-only, province-only and
board-only routes. `tests/project/test_unit_isolation.py` classifies every route.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.urls import reverse

from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.campaigns.services import campaign_create
from lantoa.guidance.services import guidance_document_create
from lantoa.organization.models import Unit
from tests.conftest import PASSWORD, SEED_NAME, client_for, make_user, module_ground, seed_bytes


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
    world.report_request_shared_foreign_only = report_request_create(
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
            audience="ho_san_xuat_kinh_doanh",
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
        audience="can_bo_dang_vien",
        language="vi",
        title="Hỏi đáp chưa duyệt",
        content=VersionContent(body="Chưa duyệt"),
        user=None,
    )
    world.draft_material_version = world.draft_material.versions.get()


def r(name: str, *args: object) -> str:
    return reverse(name, args=[getattr(a, "pk", a) for a in args])


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


# Users of every role who are not province-wide (board staff and board leaders see everything).
FOREIGN_ROLES = {
    "reporter": ("03127", "reporter"),
    "collaborator": ("03127", "collaborator"),
    "commune_leader": ("03127", "leader"),
    "press": ("CONG-TTDT", "press"),
    "outsider": (None, None),
}


def role_user(role: str):  # type: ignore[no-untyped-def]
    from django.contrib.auth import get_user_model

    unit_code, role_name = FOREIGN_ROLES[role]
    if unit_code is None:
        return get_user_model().objects.create_user(f"matrix.{role}", password=PASSWORD)
    return make_user(f"matrix.{role}", unit_code, role_name)


# ---------------------------------------------------------------- the checks each app runs
# Each builds the parametrised test an app's module names, over that app's own routes.
# route -> (own URLs that must answer 200, foreign URLs that must answer 404)
UnitScoped = dict[str, Callable[[World], tuple[list[str], list[str]]]]
# route -> URLs
Routes = dict[str, Callable[[World], list[str]]]


def foreign_404_test(unit_scoped: UnitScoped) -> Callable[..., None]:
    """The test that the reporter opens their own unit's URLs and gets a 404 for a foreign one."""

    @pytest.mark.parametrize("route", sorted(unit_scoped))
    def test(route, world, commune_reporter):  # type: ignore[no-untyped-def]
        client = client_for(commune_reporter)
        own, foreign = unit_scoped[route](world)
        for url in own:
            assert client.get(url).status_code == 200, url
        for url in foreign:
            assert client.get(url).status_code == 404, url
            assert client.post(url).status_code in (404, 405), url

    return test


def no_units_404_test(unit_scoped: UnitScoped) -> Callable[..., None]:
    """The test that a user without units gets a 404 for every unit's URLs."""

    @pytest.mark.parametrize("route", sorted(unit_scoped))
    def test(route, world, outsider):  # type: ignore[no-untyped-def]
        client = client_for(outsider)
        own, foreign = unit_scoped[route](world)
        for url in own + foreign:
            assert client.get(url).status_code == 404, url

    return test


def board_only_test(board_only: Routes) -> Callable[..., None]:
    """The test that reporters and leaders are refused board-only URLs and change nothing."""

    @pytest.mark.parametrize("route", sorted(board_only))
    def test(route, world, commune_reporter, leader_user):  # type: ignore[no-untyped-def]
        from lantoa.campaigns.models import Assignment, Campaign
        from lantoa.guidance.models import GuidanceDocument

        counts = (
            Campaign.objects.count(),
            Assignment.objects.count(),
            GuidanceDocument.objects.count(),
        )
        for user in (commune_reporter, leader_user):
            client = client_for(user)
            for url in board_only[route](world):
                assert client.get(url).status_code in (403, 404, 405), url
                assert client.post(url, {"action": "confirm"}).status_code in (403, 404), url
        assert counts == (
            Campaign.objects.count(),
            Assignment.objects.count(),
            GuidanceDocument.objects.count(),
        )

    return test


def foreign_posts_test(post_scoped: Routes) -> Callable[..., None]:
    """The test that a foreign POST to a POST-only unit-scoped URL is a 404 and changes nothing."""

    @pytest.mark.parametrize("route", sorted(post_scoped))
    def test(route, world, commune_reporter, outsider):  # type: ignore[no-untyped-def]
        from lantoa.reporting.models import Activity, Evidence

        before = (Activity.objects.filter(is_deleted=False).count(), Evidence.objects.count())
        for user in (commune_reporter, outsider):
            for url in post_scoped[route](world):
                assert client_for(user).post(url, {"link": "https://x.vn"}).status_code == 404, url
        assert before == (
            Activity.objects.filter(is_deleted=False).count(),
            Evidence.objects.count(),
        )

    return test


def province_only_test(province_only: Routes) -> Callable[..., None]:
    """The test that board staff and leaders read province pages and everyone else is refused."""

    @pytest.mark.parametrize("route", sorted(province_only))
    def test(route, world, board_user, leader_user, commune_reporter, outsider):  # type: ignore[no-untyped-def]
        for url in province_only[route](world):
            for user in (board_user, leader_user):
                assert client_for(user).get(url).status_code == 200, url
            for user in (commune_reporter, outsider):
                assert client_for(user).get(url).status_code in (403, 404), url

    return test
