import tempfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.urls import reverse

from lantoa.materials.models import Material, MaterialVersion
from lantoa.materials.services import MaterialError, VersionContent, material_create
from tests.conftest import client_for

pytestmark = pytest.mark.django_db
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def create(campaign, upload):
    return material_create(
        campaign=campaign,
        kind="video",
        audience="dong_bao_dan_toc",
        language="hmn",
        title="Video ngắn tiếng Mông",
        content=VersionContent(),
        upload=upload,
        user=None,
    )


def test_it_refuses_a_500_mb_video_naming_the_limit(kl51_campaign, settings):
    settings.LANTOA_MATERIAL_MAX_MB = 200
    with tempfile.TemporaryFile() as handle:
        handle.write(MP4)
        handle.truncate(500 * 1024 * 1024)  # sparse: no real disk space used
        handle.seek(0)
        upload = UploadedFile(
            handle, name="video.mp4", content_type="video/mp4", size=500 * 1024 * 1024
        )
        with pytest.raises(MaterialError) as caught:
            create(kl51_campaign, upload)
    assert "200 MB" in caught.value.errors["file"] and "500 MB" in caught.value.errors["file"]
    assert not Material.objects.exists() and not MaterialVersion.objects.exists()


def test_it_refuses_a_file_whose_content_does_not_match_its_extension(kl51_campaign):
    with pytest.raises(MaterialError) as caught:
        create(kl51_campaign, SimpleUploadedFile("video.mp4", PNG))
    assert "không khớp đuôi .mp4" in caught.value.errors["file"]
    with pytest.raises(MaterialError):
        create(kl51_campaign, SimpleUploadedFile("chay.exe", b"MZ" + b"\x00" * 64))
    assert not Material.objects.exists()


def test_it_stores_a_matching_video_and_lets_the_board_download_it(kl51_campaign, board_user):
    created = create(kl51_campaign, SimpleUploadedFile("video.mp4", MP4))
    version = created.versions.get()
    assert version.content_type == "video/mp4" and version.size == len(MP4)
    response = client_for(board_user).get(reverse("materials:file", args=[version.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content) == MP4


def test_it_refuses_an_oversize_upload_through_the_page_and_stores_nothing(
    kl51_campaign, board_user, settings
):
    settings.LANTOA_MATERIAL_MAX_MB = 1
    big = SimpleUploadedFile("bai.mp4", MP4 + b"\x00" * (2 * 1024 * 1024))
    response = client_for(board_user).post(
        reverse("materials:create"),
        {
            "campaign": kl51_campaign.pk,
            "kind": "video",
            "audience": "can_bo_dang_vien",
            "language": "vi",
            "title": "Video",
            "body": "Nội dung",
            "file": big,
        },
    )
    assert response.status_code == 400
    assert "tối đa 1 MB" in response.content.decode() or "1 MB" in response.content.decode()
    assert not Material.objects.exists()


def test_it_explains_an_unwritable_folder_and_creates_nothing(kl51_campaign, settings, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    settings.MEDIA_ROOT = blocker / "uploads"
    with pytest.raises(MaterialError) as caught:
        create(kl51_campaign, SimpleUploadedFile("video.mp4", MP4))
    assert "không lưu được tệp" in caught.value.errors["file"]
    assert not Material.objects.exists() and not MaterialVersion.objects.exists()


def test_it_sends_a_material_pdf_as_a_download_typed_by_its_content(kl51_campaign, board_user):
    from tests.security.hostile_media import honest_pdf

    created = create(kl51_campaign, SimpleUploadedFile("to-roi.pdf", honest_pdf()))
    version = created.versions.get()
    response = client_for(board_user).get(reverse("materials:file", args=[version.pk]))
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
