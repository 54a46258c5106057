import io
import shutil

import pytest
from django.urls import reverse
from pypdf import PdfReader

from lantoa.materials import audio
from lantoa.materials.models import VersionStatus
from lantoa.materials.outputs import (
    format_duration,
    leaflet_pdf,
    parse_questions,
    reading_seconds,
    speaking_rate,
)
from lantoa.materials.services import VersionContent
from tests.conftest import client_for
from tests.materials.helpers import material

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_it_prints_the_leaflet_as_an_a4_pdf_with_vietnamese_text(kl51_campaign):
    version = material(kl51_campaign, title="Bảo hộ chỉ dẫn địa lý “Điện Biên”").approved_version
    data = leaflet_pdf(version)
    reader = PdfReader(io.BytesIO(data))
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert round(float(width) / 72 * 25.4) == 210 and round(float(height) / 72 * 25.4) == 297
    text = pdf_text(data)
    assert "Bảo hộ chỉ dẫn địa lý" in text and "Điện Biên" in text
    assert "Chỉ dẫn địa lý là gì?" in text and "Đăng ký nhãn hiệu sớm" in text
    assert "CHƯA ĐƯỢC DUYỆT" not in text


def test_it_marks_a_draft_leaflet_for_the_board_and_hides_it_from_units(
    kl51_campaign, board_user, commune_reporter
):
    draft = material(kl51_campaign, approve=False)
    url = reverse("materials:leaflet_pdf", args=[draft.pk])
    response = client_for(board_user).get(url)
    assert response.status_code == 200
    assert "CHƯA ĐƯỢC DUYỆT" in pdf_text(response.content)
    assert client_for(commune_reporter).get(url).status_code == 404


def test_it_computes_reading_time_at_the_configured_and_the_scripts_rate(kl51_campaign, settings):
    assert reading_seconds("một " * 130, wpm=130) == 60
    assert reading_seconds("một " * 131, wpm=130) == 61  # rounded up
    assert reading_seconds("một " * 65, wpm=130) == 30
    assert format_duration(200) == "3 phút 20 giây" and format_duration(5) == "5 giây"
    script = material(
        kl51_campaign,
        kind="loudspeaker",
        content=VersionContent(body="loa " * 260),
    ).approved_version
    settings.LANTOA_SPEAKING_RATE_WPM = 130
    assert speaking_rate(script) == 130
    script.speaking_rate_wpm = 100
    assert speaking_rate(script) == 100


def test_it_splits_questions_and_answers():
    pairs = parse_questions("Hỏi: Một?\nĐáp: Hai.\nthêm ý\nHỏi: Ba?")
    assert pairs == [("Một?", "Hai. thêm ý"), ("Ba?", "")]


def test_it_shows_the_newsletter_page_and_reading_time(kl51_campaign, commune_reporter):
    leaflet = material(kl51_campaign)
    body = client_for(commune_reporter).get(reverse("materials:detail", args=[leaflet.pk]))
    text = body.content.decode()
    assert body.status_code == 200 and "Bản tin tuyên truyền" in text and "từ/phút" in text
    response = client_for(commune_reporter).get(
        reverse("materials:newsletter_pdf", args=[leaflet.pk])
    )
    assert "Kết luận số 51-KL/TW" in pdf_text(response.content)


def test_it_says_so_when_espeak_is_absent(kl51_campaign, board_user, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    script = material(kl51_campaign, kind="loudspeaker")
    client = client_for(board_user)
    page = client.get(reverse("materials:detail", args=[script.pk])).content.decode()
    assert "chưa cài espeak-ng" in page
    response = client.post(reverse("materials:audio_request", args=[script.approved_version.pk]))
    assert response.status_code == 302
    script.approved_version.refresh_from_db()
    assert not script.approved_version.audio and script.approved_version.audio_state == ""
    with pytest.raises(audio.AudioUnavailable):
        audio.audio_render(version=script.approved_version)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_it_makes_a_machine_draft_reading_with_espeak(kl51_campaign, board_user):
    script = material(
        kl51_campaign, kind="loudspeaker", content=VersionContent(body="Xin chào bà con.")
    )
    version = audio.audio_render(version=script.approved_version)
    data = version.audio.read()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    version.refresh_from_db()
    assert version.status == VersionStatus.APPROVED and version.audio_state == "done"
    client = client_for(board_user)
    response = client.get(reverse("materials:audio", args=[version.pk]))
    assert "BAN-DOC-THU-DO-MAY-TAO" in response["Content-Disposition"]
    page = client.get(reverse("materials:detail", args=[script.pk])).content.decode()
    assert "BẢN ĐỌC THỬ DO MÁY TẠO" in page
