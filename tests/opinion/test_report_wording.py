"""The opinion report's drafted sentences name real topics, never the catch-all "Khác"."""

import datetime

import pytest

from lantoa.opinion.models import Item, Sentiment, Topic
from lantoa.opinion.report import OpinionPeriod, opinion_report_document
from tests.opinion.helpers import claim, ingest

pytestmark = pytest.mark.django_db


def _sentences(period: OpinionPeriod) -> str:
    document = opinion_report_document(period=period)
    return "\n".join(getattr(block, "text", "") for block in document.body)


def test_it_names_the_largest_real_topic_not_khac_as_the_main_concern():
    today = datetime.date.today()
    ingest([f"Ý kiến thứ {n} về việc chung chung ở xóm" for n in range(7)])
    items = list(Item.objects.order_by("pk"))
    other, brand = Topic.objects.get(slug="khac"), Topic.objects.get(slug="nhan-hieu")
    for item in items[:5]:  # most items, and most negative ones, fall in "Khác"
        item.topic, item.sentiment = other, Sentiment.NEGATIVE
        item.save(update_fields=["topic", "sentiment"])
    for item in items[5:]:
        item.topic, item.sentiment = brand, Sentiment.NEGATIVE
        item.save(update_fields=["topic", "sentiment"])

    text = _sentences(OpinionPeriod(start=today - datetime.timedelta(days=7), end=today))
    assert f"vấn đề được quan tâm nhiều nhất là “{brand.name}”" in text
    assert f"hướng dẫn cụ thể về “{brand.name}”" in text
    assert "“Khác”" not in text


def test_it_names_no_topic_when_only_khac_was_heard():
    today = datetime.date.today()
    ingest(["Một ý kiến không rõ chủ đề"])
    Item.objects.update(topic=Topic.objects.get(slug="khac"), sentiment=Sentiment.NEGATIVE)
    text = _sentences(OpinionPeriod(start=today - datetime.timedelta(days=7), end=today))
    assert "quan tâm nhiều nhất" not in text and "hướng dẫn cụ thể về" not in text


def test_it_names_masked_numbers_in_vietnamese_not_as_english_tokens():
    today = datetime.date.today()
    ingest(["Gạo bị thu hồi nhãn hiệu, gọi 0912 345 678 hoặc gửi thư an.nguyen88@gmail.com"])
    Item.objects.update(sentiment=Sentiment.NEGATIVE, toxic=False)  # quoted under section III
    text = _sentences(OpinionPeriod(start=today - datetime.timedelta(days=7), end=today))
    assert "[số điện thoại]" in text and "[thư điện tử]" in text
    assert "<PHONE>" not in text and "<EMAIL>" not in text


def test_it_quotes_a_long_comment_by_whole_sentences_without_an_ellipsis():
    from lantoa.opinion.report import QUOTE_CHARS, quote

    first = "Bà con ở bản tôi lo lắm vì nghe nói gạo Điện Biên sắp mất chỉ dẫn địa lý."
    second = "Xin Ban cho biết thông tin chính thức để mọi người yên tâm sản xuất vụ tới."
    third = (
        "Chúng tôi cũng muốn biết thủ tục đăng ký nhãn hiệu tập thể cho hợp tác xã, lệ phí ra sao."
    )
    assert quote(f"{first} {second} {third}") == f"{first} {second}"
    endless = ", ".join(["Hàng giả bày bán khắp chợ phiên"] * 12)
    quoted = quote(endless)
    assert "…" not in quoted and len(quoted) <= QUOTE_CHARS
    assert quoted.endswith("Hàng giả bày bán khắp chợ phiên")


def test_it_counts_the_comments_that_spread_a_claim_apart_from_those_that_refute_it():
    today = datetime.date.today()
    rumour = claim("Gạo Điện Biên đã bị thu hồi chỉ dẫn địa lý")
    ingest([f"Ý kiến thứ {n} về gạo ở chợ" for n in range(4)])
    items = list(Item.objects.order_by("pk"))
    for item, stance in zip(items, ["spreads", "spreads", "refutes", "refutes"], strict=True):
        item.claim, item.claim_stance = rumour, stance
        item.save(update_fields=["claim", "claim_stance"])

    text = _sentences(OpinionPeriod(start=today - datetime.timedelta(days=7), end=today))
    # "(4 lượt)" told the leaders four comments spread the story: two of them called it false.
    assert f"Luận điệu: “{rumour.statement}” (2 lượt lan truyền; 2 ý kiến phản bác)." in text


def test_it_reports_a_claim_only_refuted_in_the_period_as_refuted_not_spread():
    today = datetime.date.today()
    rumour = claim("Gạo Điện Biên đã bị thu hồi chỉ dẫn địa lý")
    ingest(["Tin gạo bị thu hồi chỉ dẫn địa lý là tin sai"])
    Item.objects.update(claim=rumour, claim_stance="refutes")

    text = _sentences(OpinionPeriod(start=today - datetime.timedelta(days=7), end=today))
    assert f"Luận điệu: “{rumour.statement}” (1 ý kiến phản bác, chưa thấy lan truyền)." in text
