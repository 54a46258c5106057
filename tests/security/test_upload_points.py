"""Every upload point refuses hostile images and PDFs through its real entry, storing nothing."""

from __future__ import annotations

import datetime
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from lantoa.accounts.models import Membership
from lantoa.api.services import api_token_issue
from lantoa.core.uploads import UPLOADS
from lantoa.guidance.models import GuidanceDocument
from lantoa.materials.models import Material, MaterialVersion
from lantoa.materials.services import VersionContent, material_create
from lantoa.organization.models import Unit
from lantoa.reporting.models import Activity, Evidence
from lantoa.reporting.services import ActivityInput, activity_record
from tests.conftest import client_for, make_user, module_ground
from tests.security import hostile, hostile_media

pytestmark = pytest.mark.django_db
CORPUS = hostile.corpus()
ACTIVITY_FORM = {
    "channel": "conference",
    "date": "25/06/2026",
    "title": "Hội nghị quán triệt KL 51",
    "sessions": "1",
    "party_members_present": "60",
}


@dataclass
class World:
    """The people and records the upload points need."""

    campaign: object
    ward: Unit
    reporter: object
    board: object
    activity: Activity
    material: Material


@pytest.fixture(scope="module")
def world_ground(django_db_setup, django_db_blocker, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Build the world once for the module: each test runs in a savepoint on it, rolled back."""
    from lantoa.accounts.models import Role
    from lantoa.guidance.demo import campaign_load_demo

    # The same campaign, users, activity and material each test built for itself before.
    with module_ground(django_db_blocker, tmp_path_factory.mktemp("upload-points")):
        reporter = make_user("baocao.dbp", "03127", Role.REPORTER)
        board = make_user("chuyenvien", "BTGDVTU", Role.BOARD)
        campaign = campaign_load_demo()
        ward = Unit.objects.get(code="03127")
        activity = activity_record(
            campaign=campaign,
            unit=ward,
            data=ActivityInput(
                channel="conference",
                date=datetime.date(2026, 6, 25),
                title="Hội nghị",
                figures={"sessions": 1},
            ),
            user=reporter,
        )
        material = material_create(
            campaign=campaign,
            kind="leaflet",
            audience="can_bo_dang_vien",
            language="vi",
            title="Tờ rơi",
            content=VersionContent(body="Nội dung tờ rơi"),
            user=board,
        )
        yield {
            "campaign": campaign.pk,
            "ward": ward.pk,
            "reporter": reporter.pk,
            "board": board.pk,
            "activity": activity.pk,
            "material": material.pk,
        }


@pytest.fixture
def world(world_ground) -> World:  # type: ignore[no-untyped-def]
    """The module's world, read afresh: no test sees another's objects in memory."""
    from django.contrib.auth import get_user_model

    from lantoa.campaigns.models import Campaign

    pk = world_ground
    users = get_user_model().objects
    return World(
        Campaign.objects.get(pk=pk["campaign"]),
        Unit.objects.get(pk=pk["ward"]),
        users.get(pk=pk["reporter"]),
        users.get(pk=pk["board"]),
        Activity.objects.get(pk=pk["activity"]),
        Material.objects.get(pk=pk["material"]),
    )


def _api(user) -> Client:
    membership = Membership.objects.filter(user=user).first()
    secret = api_token_issue(user=user, membership_id=membership.pk, name="Phần mềm xã").secret
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def _file(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def _evidence_upload(w: World, name: str, data: bytes) -> tuple[int, str]:
    response = client_for(w.reporter).post(
        reverse("reporting:evidence_upload", args=[w.activity.pk]),
        {"file": _file(name, data)},
        follow=True,
    )
    return response.status_code, response.content.decode()


def _activity_create(w: World, name: str, data: bytes) -> tuple[int, str]:
    response = client_for(w.reporter).post(
        reverse("reporting:activity_create", args=[w.campaign.pk, w.ward.pk]),
        {**ACTIVITY_FORM, "file": _file(name, data)},
    )
    return response.status_code, response.content.decode()


def _api_evidence(w: World, name: str, data: bytes) -> tuple[int, str]:
    response = _api(w.reporter).post(
        reverse("api:evidence_create", args=[w.activity.pk]), {"file": _file(name, data)}
    )
    assert response["Content-Type"].startswith("application/json")
    return response.status_code, str(response.json())


def _material_create(w: World, name: str, data: bytes) -> tuple[int, str]:
    response = client_for(w.board).post(
        reverse("materials:create"),
        {
            "campaign": w.campaign.pk,
            "kind": "leaflet",
            "audience": "can_bo_dang_vien",
            "language": "vi",
            "title": "Tờ rơi mới",
            "body": "Nội dung",
            "file": _file(name, data),
        },
    )
    return response.status_code, response.content.decode()


def _material_edit(w: World, name: str, data: bytes) -> tuple[int, str]:
    response = client_for(w.board).post(
        reverse("materials:edit", args=[w.material.pk]),
        {"title": "Tờ rơi", "body": "Nội dung mới", "file": _file(name, data)},
    )
    return response.status_code, response.content.decode()


def _guidance(w: World, name: str, data: bytes) -> tuple[int, str]:
    response = client_for(w.board).post(reverse("guidance:upload"), {"tep": _file(name, data)})
    return response.status_code, response.content.decode()


def _stored() -> tuple[int, ...]:
    return (
        Activity.objects.count(),
        Evidence.objects.count(),
        Material.objects.count(),
        MaterialVersion.objects.exclude(file="").count(),
        GuidanceDocument.objects.count(),
    )


def _media_files() -> list[Path]:
    return [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]


# Upload point -> (its entry, its row in core.uploads.UPLOADS, the status of a refusal).
POINTS: dict[str, tuple[Callable[[World, str, bytes], tuple[int, str]], str, int]] = {
    "web evidence": (_evidence_upload, "evidence", 200),  # back on the activity's page
    "web activity with evidence": (_activity_create, "evidence", 400),
    "API evidence": (_api_evidence, "evidence", 400),
    "material create": (_material_create, "material", 400),
    "material edit": (_material_edit, "material", 400),
    "guidance": (_guidance, "guidance", 400),
}
MEDIA_LABELS = {case.label for case in hostile_media.media_corpus()}
CASES = [
    pytest.param(point, case, id=f"{point}: {case.label}")
    for point, (_entry, rule, _status) in POINTS.items()
    for case in CORPUS
    if case.filename.endswith(UPLOADS[rule].extensions)
    # guidance's own hostile files are run by test_hostile_uploads; here its PDFs
    and (rule != "guidance" or case.label in MEDIA_LABELS)
]


@pytest.mark.parametrize(("point", "case"), CASES)
def test_it_refuses_each_hostile_file_at_each_upload_point(world, point, case, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = None
    entry, _rule, refused_status = POINTS[point]
    before, files_before = _stored(), _media_files()
    status, body = entry(world, case.filename, case.data)
    assert status == refused_status
    text = html.unescape(body).lower()
    assert any(part.lower() in text for part in case.message.split("|")), text[-2000:]
    assert _stored() == before
    assert _media_files() == files_before


CLEANED_POINTS = ["web evidence", "web activity with evidence", "API evidence", "material create"]


@pytest.mark.parametrize("point", CLEANED_POINTS)
@pytest.mark.parametrize(
    ("label", "name", "data", "lacking"),
    hostile_media.cleaned_corpus(),
    ids=[c[0] for c in hostile_media.cleaned_corpus()],
)
def test_it_stores_images_re_encoded_without_trailing_bytes_or_location(
    world, point, label, name, data, lacking
):
    from PIL import Image

    entry = POINTS[point][0]
    before = set(_media_files())
    status, _body = entry(world, name, data)
    assert status in (200, 201, 302)
    new = set(_media_files()) - before
    assert len(new) == 1
    stored = new.pop()
    assert lacking not in stored.read_bytes() and stored.read_bytes() != data
    with Image.open(stored) as image:
        image.load()
        assert not image.getexif().get_ifd(0x8825)  # no GPS
        assert image.format == ("JPEG" if name.endswith(".jpg") else "PNG")
