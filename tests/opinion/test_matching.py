"""The one near-duplicate clusterer: its bucket rule, its docstring, imports and benchmark agree."""

import pytest

from lantoa.opinion import intake, matching
from lantoa.opinion.intake import StoredIndex
from lantoa.opinion.matching import NearDuplicateIndex, band_keys, signature
from lantoa.opinion.models import Item
from tests.opinion.helpers import ingest

STORIES = [
    "Nghe nói bán gạo không có tem nhãn sẽ bị phạt hai mươi triệu đồng",
    "Đường vào bản Huổi Lếch sạt lở, xe máy không đi được mấy hôm nay",
    "Cán bộ xã hướng dẫn bà con đăng ký nhãn hiệu cà phê miễn phí",
]


def _retellings() -> list[str]:
    texts = []
    for story in STORIES:
        texts += [story, story + "!!!", "Mọi người ơi " + story.lower(), story.replace("bà", "ba")]
    return texts[::2] + texts[1::2]  # stories interleaved, as a feed brings them


def test_it_keeps_a_place_for_each_story_in_a_crowded_bucket():
    index = NearDuplicateIndex()
    first, again = signature(STORIES[0]), signature(STORIES[0] + " ạ")
    crowd = signature(STORIES[1])
    # A much-told other story already fills every bucket this story's keys lead to.
    for key in band_keys(first):
        index.buckets[key] = [(99, crowd)] * matching.MEMBERS_PER_BAND
    placed = index.place([first, again])
    assert placed[0] != 99
    assert placed[1] == placed[0]


def test_it_describes_the_bands_it_uses():
    doc = " ".join((matching.__doc__ or "").split())
    assert f"{matching.BANDS} bands of {matching.ROWS} rows" in doc
    assert matching.BANDS * matching.ROWS == matching.NUM_PERM


@pytest.mark.django_db
def test_it_clusters_imports_as_the_benchmark_measures(monkeypatch):
    assert issubclass(StoredIndex, NearDuplicateIndex)
    monkeypatch.setattr(intake, "BATCH", 5)  # clusters found again from stored bands
    texts = _retellings()
    stats = ingest(texts)
    stored = dict(Item.objects.filter(pk__in=stats.item_ids).values_list("text", "cluster_id"))
    index = NearDuplicateIndex()
    in_memory = {text: index.add(text) for text in texts}

    def partition(labels: dict[str, int | None]) -> set[frozenset[str]]:
        groups: dict[int | None, set[str]] = {}
        for text, label in labels.items():
            groups.setdefault(label, set()).add(text)
        return {frozenset(group) for group in groups.values()}

    assert partition(stored) == partition(in_memory)
    assert len(partition(in_memory)) == len(STORIES)
