import io

import pytest
from docx import Document

from lantoa.campaigns.documents import guidance_docx, unit_plan_docx
from lantoa.organization.models import Unit

pytestmark = pytest.mark.django_db


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_it_keeps_the_product_name_out_of_the_guidance_and_a_units_plan(kl51_campaign):
    unit = Unit.objects.get(code="03127")
    tasks = list(kl51_campaign.tasks.all())
    for data in (
        guidance_docx(campaign=kl51_campaign),
        unit_plan_docx(campaign=kl51_campaign, unit=unit, tasks=tasks),
    ):
        text = docx_text(data)
        assert "Nơi nhận:" in text and "Lan Tỏa" not in text


def test_it_asks_a_units_plan_for_each_channels_own_figures(kl51_campaign):
    # The police's plan: a newsletter counts items and copies, a post its reach, not attendees.
    police = Unit.objects.get(code="DU-CA")
    tasks = list(kl51_campaign.tasks.filter(assignments__unit=police))
    text = docx_text(unit_plan_docx(campaign=kl51_campaign, unit=police, tasks=tasks))
    assert "Báo in, bản tin: … (số tin, bài, sản phẩm; số bản phát hành; thời gian)" in text
    assert "Mạng xã hội chính thống, Zalo: … (số bài đăng; số lượt tiếp cận; thời gian)" in text
    assert (
        "Hội nghị quán triệt, chuyên đề: … (số buổi; số đảng viên tham dự; "
        "số người khác tham dự; số điểm cầu; thời gian)" in text
    )
    assert "Báo in, bản tin: … (số buổi" not in text
