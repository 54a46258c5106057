"""Classification CLI, claim matching with and without diacritics, near-duplicate clusters."""

import io
import json

import pytest
from django.core.management import call_command

from lantoa.core.text import fold
from lantoa.opinion.datasets import indomain_rows
from lantoa.opinion.evaluation import evaluate, format_table
from lantoa.opinion.matching import ClaimMatcher, NearDuplicateIndex
from lantoa.opinion.models import Cluster, Item
from lantoa.opinion.segment import segment
from lantoa.opinion.training import model_train
from tests.opinion.helpers import claim, ingest

pytestmark = pytest.mark.django_db
CLAIM = "Đăng ký nhãn hiệu cho nông sản phải nộp phí năm mươi triệu đồng"


def test_it_prints_classification_as_json():
    claim(CLAIM)
    out = io.StringIO()
    call_command(
        "opinion",
        "classify",
        "--text",
        "Nghe nói đăng ký nhãn hiệu nông sản phải nộp phí năm mươi triệu đồng, gọi 0912 345 678",
        "--format",
        "json",
        stdout=out,
    )
    data = json.loads(out.getvalue())
    assert data["language"] == "vi"
    assert data["sentiment"]["label"] in {"positive", "neutral", "negative"}
    assert 0 <= data["sentiment"]["score"] <= 1
    # A filing fee is "thu-tuc" by the labelling guide (seed/indomain/README.md), as dev4 labels
    # this claim's paraphrases; the model learnt it from in-domain round 6.
    assert data["topic"]["label"] == "thu-tuc" and data["topic"]["name"]
    assert data["toxicity"]["label"] in {"toxic", "clean"} and 0 <= data["toxicity"]["score"] <= 1
    assert data["claim"]["statement"] == CLAIM and data["claim"]["score"] >= 0.75
    assert data["models"]["sentiment"] == "bootstrap"


def test_it_matches_claims_with_and_without_diacritics():
    matcher = ClaimMatcher([(7, [CLAIM, "Làm nhãn hiệu tốn năm chục triệu"])])
    accented = "Họ bảo đăng ký nhãn hiệu cho nông sản phải nộp phí tới năm mươi triệu đồng đấy"
    assert matcher.match(accented).claim_id == 7
    assert matcher.match(fold(accented)).claim_id == 7
    assert matcher.match("lam nhan hieu ton nam chuc trieu day").claim_id == 7
    assert matcher.match("Trời hôm nay mưa to, đường vào bản trơn trượt") is None
    assert matcher.match("nhãn hiệu") is None


def test_it_clusters_near_duplicates():
    story = "Nghe nói từ tháng sau bán gạo không có tem nhãn sẽ bị phạt hai mươi triệu đồng"
    variants = [
        story,
        story + "!!!",
        fold(story),
        "Nghe nói từ tháng sau bán gạo không có tem nhãn sẽ bị phạt 20 triệu đồng",
        "Đường vào bản Huổi Lếch sạt lở, xe máy không đi được",
    ]
    index = NearDuplicateIndex()
    labels = [index.add(text) for text in variants]
    assert labels[0] == labels[1] == labels[2] == labels[3]
    assert labels[4] != labels[0]


def test_it_counts_a_story_told_many_times_as_one_cluster():
    story = "Nghe nói bán gạo không có tem nhãn sẽ bị phạt hai mươi triệu đồng"
    stats = ingest([f"{story} {'!' * i}" for i in range(12)] + ["Một ý kiến khác hẳn về đường"])
    items = Item.objects.filter(pk__in=stats.item_ids)
    cluster = Cluster.objects.get(pk=Item.objects.get(pk=stats.item_ids[0]).cluster_id)
    assert cluster.count == 12
    assert items.exclude(cluster=cluster).count() == 1
    again = ingest([story + " ?"], source="second")
    assert Item.objects.get(pk=again.item_ids[0]).cluster_id == cluster.pk
    cluster.refresh_from_db()
    assert cluster.count == 13


def test_it_segments_with_the_underthesea_dictionary():
    assert segment("đăng ký nhãn hiệu sở hữu trí tuệ") == ["đăng_ký", "nhãn_hiệu", "sở_hữu_trí_tuệ"]


def test_it_evaluates_on_the_official_test_splits(shared_dir):
    # The shipped (active) model is scored, on the public test split and the in-domain split.
    # Sentiment only: training it with UTS2017_Bank takes ~10 s.
    model_train(task="sentiment", shared_dir=shared_dir / "data")
    rows = evaluate(shared_dir=shared_dir / "data", tasks=("sentiment",), split="dev")
    table = format_table(rows)
    assert [r.dataset for r in rows] == ["UTS2017_Bank test", "in-domain dev"]
    vietnamese_dev = sum(row["language"] == "vi" for row in indomain_rows("dev"))
    assert rows[0].test_size == 494 and rows[1].test_size == vietnamese_dev
    assert rows[0].accuracy > 0.85 and rows[0].macro_f1 - rows[0].macro_f1_folded < 0.05
    assert "banking aspects unused" in table and "0.67" in table


def test_it_keeps_a_drifting_retelling_in_its_story():
    told = [
        "Nghe nói bán gạo không có tem nhãn sẽ bị phạt hai mươi triệu đồng",
        "Nghe nói bán gạo Điện Biên không có tem nhãn sẽ bị phạt hai mươi triệu đồng",
        "Nghe nói bán gạo Điện Biên không có tem nhãn sẽ bị phạt hai mươi triệu đồng ngay",
        "Nghe nói từ nay bán gạo Điện Biên không có tem nhãn sẽ bị phạt hai mươi triệu đồng ngay",
    ]
    index = NearDuplicateIndex()
    labels = [index.add(text) for text in told]
    # The last telling is far from the first but near the third: it stays in the story.
    assert len(set(labels)) == 1
