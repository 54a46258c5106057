"""Intake: masking, keyed pseudonyms, re-imports, HTML as text, empty and foreign texts."""

import datetime

import pytest
from django.urls import reverse

from lantoa.opinion.importers import RawRecord
from lantoa.opinion.intake import items_ingest
from lantoa.opinion.models import Item, ItemState
from lantoa.opinion.privacy import EMAIL_MASK, ID_MASK, PHONE_MASK, mask_text, pseudonym
from lantoa.organization.models import Unit
from tests.conftest import client_for
from tests.opinion.helpers import ingest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "raw",
    ["Gọi 0912 345 678 nhé", "Gọi 0912.345.678 nhé", "Gọi +84 912 345 678 nhé", "Gọi 84912345678"],
)
def test_it_masks_phone_numbers(raw):
    masked = mask_text(raw)
    assert PHONE_MASK in masked
    assert "345" not in masked


def test_it_masks_citizen_ids_and_emails():
    masked = mask_text("CCCD 001203012345, mail nguyen.van.a@gmail.com, @tuan_anh nói")
    assert ID_MASK in masked and "001203012345" not in masked
    assert EMAIL_MASK in masked and "gmail" not in masked
    assert "tuan_anh" not in masked


def test_it_keeps_dates_and_ordinary_numbers():
    text = "Ngày 17/6/2026 có 45 xã, 1.234 đảng viên"
    assert mask_text(text) == text


def test_it_makes_stable_keyed_pseudonyms():
    assert pseudonym("@Nguyễn.Văn.A", key=b"k1") == pseudonym("nguyen.van.a", key=b"k1")
    assert pseudonym("nguyen.van.a", key=b"k1") != pseudonym("nguyen.van.a", key=b"k2")
    assert pseudonym("", key=b"k1") == ""
    assert len(pseudonym("x", key=b"k1")) == 32


def test_it_creates_the_key_file_with_mode_600(settings, tmp_path):
    settings.LANTOA_OPINION_KEY_FILE = str(tmp_path / "opinion.key")
    first = pseudonym("someone")
    assert (tmp_path / "opinion.key").stat().st_mode & 0o777 == 0o600
    assert pseudonym("someone") == first


def test_it_drops_handles_and_ignores_a_second_import(settings, tmp_path):
    settings.LANTOA_OPINION_KEY_FILE = str(tmp_path / "opinion.key")
    unit = Unit.objects.get(code="03127")
    records = [RawRecord(text="Phí đăng ký cao quá", source_id="c1", author="@hoa.le")]
    first = items_ingest(records=records, unit=unit, source="fanpage")
    second = items_ingest(records=records, unit=unit, source="fanpage")
    assert (first.created, second.created, second.duplicates) == (1, 0, 1)
    item = Item.objects.get(source="fanpage", source_id="c1")
    assert item.author_key and "hoa" not in item.author_key
    assert "hoa.le" not in item.text


def test_it_dedupes_rows_without_an_id_by_content():
    unit = Unit.objects.get(code="03127")
    day = datetime.date(2026, 7, 1)
    rows = [RawRecord(text="Hàng giả tràn lan", date=day)] * 2
    stats = items_ingest(records=rows, unit=unit, source="csv")
    assert (stats.created, stats.duplicates) == (1, 1)


def test_it_keeps_the_comments_of_two_files_that_number_their_rows_alike():
    unit = Unit.objects.get(code="03127")
    day = datetime.date(2026, 7, 1)
    week_one = [
        RawRecord(text="Hàng giả tràn lan ở chợ phiên", source_id="1", date=day),
        RawRecord(text="Phí đăng ký nhãn hiệu cao quá", source_id="2", date=day),
    ]
    week_two = [RawRecord(text="Gạo Điện Biên được giá năm nay", source_id="1", date=day)]
    assert items_ingest(records=week_one, unit=unit, source="csv").created == 2
    assert items_ingest(records=week_two, unit=unit, source="csv").created == 1
    again = items_ingest(records=week_two, unit=unit, source="csv")
    assert (again.created, again.duplicates) == (0, 1)
    assert Item.objects.filter(source="csv").count() == 3


def test_it_stores_html_as_text_and_escapes_it(board_user):
    stats = ingest(["<script>alert(1)</script><b>Phí cao</b> quá"])
    item = Item.objects.get(pk=stats.item_ids[0])
    assert item.text.startswith("<script>")
    page = client_for(board_user).get(reverse("opinion:item", args=[item.pk])).content.decode()
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_it_marks_emoji_only_and_other_languages_apart():
    stats = ingest(["😀😀👍", "This is a wonderful programme and we are happy with it"])
    emoji, english = Item.objects.filter(pk__in=stats.item_ids).order_by("source_id")
    # Out of every count (state), labelled as the labelling guide labels emoji alone.
    assert emoji.state == ItemState.EMPTY and emoji.sentiment == "neutral" and not emoji.toxic
    assert english.state == ItemState.OTHER_LANGUAGE and english.language == "other"
    assert english.topic is None and english.sentiment == ""


def test_it_classifies_vietnamese_typed_without_diacritics():
    stats = ingest(["hang gia ban tran lan o cho huyen, ban quan ly thi truong dau roi"])
    item = Item.objects.get(pk=stats.item_ids[0])
    assert item.state == ItemState.OK and item.language == "vi" and item.no_diacritics
    assert item.topic.slug == "hang-gia"
