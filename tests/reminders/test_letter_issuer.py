"""The Công văn đôn đốc is the board's letter, whoever issued the campaign's guidance."""

import datetime

import pytest

from lantoa.campaigns.models import Campaign
from lantoa.reminders.letter import default_body, reminder_letter_document

pytestmark = pytest.mark.django_db


def test_it_heads_and_places_the_letter_as_the_boards_whoever_issued_the_guidance(
    kl51_campaign,
):
    # A campaign run from the Standing Committee's plan, not from the board's own guidance.
    Campaign.objects.filter(pk=kl51_campaign.pk).update(
        issuer="Ban Thường vụ Tỉnh ủy",
        guidance_type="Kế hoạch",
        guidance_number="215-KH/TU",
        guidance_place="Hà Nội",  # where the guidance was signed, not the board's letter
    )
    campaign = Campaign.objects.get(pk=kl51_campaign.pk)

    letter = reminder_letter_document(
        campaign=campaign,
        late=[],
        number=None,
        day=datetime.date(2026, 12, 7),
        signer_title="Phó Trưởng ban",
        signer_name="Trần Thị Lan Hương",
    )

    assert letter.issuing_body == "BAN TUYÊN GIÁO VÀ DÂN VẬN"
    assert letter.place == "Điện Biên"
    texts = [block.text for block in letter.body if hasattr(block, "text")]
    assert any("Kế hoạch số 215-KH/TU của Ban Thường vụ Tỉnh ủy" in text for text in texts)
    assert any("báo cáo kết quả về Ban Tuyên giáo và Dân vận Tỉnh ủy" in text for text in texts)
    assert default_body(campaign).startswith("Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị")
