"""Benchmark: near-duplicate clustering of 100,000 synthetic opinion items (MinHash LSH).

Run: .venv/bin/python benchmarks/opinion_cluster.py
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from lantoa.core.text import fold  # noqa: E402
from lantoa.opinion.matching import NearDuplicateIndex  # noqa: E402

ITEMS = 100_000
STORIES = 2_000
WORDS = (  # noqa: SIM905
    "nghe nói đăng ký nhãn hiệu phí gạo tem phạt triệu đồng chợ huyện hàng giả phân bón "
    "hợp tác xã sản phẩm ocop chỉ dẫn địa lý bản quyền sáng chế thủ tục cán bộ xã người dân "
    "bà con tháng sau năm nay tỉnh thông tin mạng xã hội facebook zalo lo lắng bức xúc ủng hộ"
).split()  # fmt: skip


def stories(rng: random.Random) -> list[str]:
    """Return distinct base stories of 10–25 words."""
    return [" ".join(rng.choices(WORDS, k=rng.randint(10, 25))) for _ in range(STORIES)]


def variant(text: str, rng: random.Random) -> str:
    """Retell a story: drop diacritics, add a word, drop a word, or add punctuation."""
    words = text.split()
    roll = rng.random()
    if roll < 0.25:
        return fold(text)
    if roll < 0.5:
        words.insert(rng.randrange(len(words)), rng.choice(WORDS))
    elif roll < 0.7 and len(words) > 10:
        words.pop(rng.randrange(len(words)))
    return " ".join(words) + rng.choice(["", "!", "!!!", " ạ", "?"])


def main() -> None:
    """Cluster the items and print time, clusters found and purity against the truth."""
    rng = random.Random(51)
    base = stories(rng)
    truth = [rng.randrange(STORIES) for _ in range(ITEMS)]
    texts = [variant(base[s], rng) for s in truth]
    index = NearDuplicateIndex()
    started = time.perf_counter()
    labels = [index.add(text) for text in texts]
    seconds = time.perf_counter() - started
    members: dict[int | None, list[int]] = defaultdict(list)
    for label, story in zip(labels, truth, strict=True):
        members[label].append(story)
    pure = sum(Counter(stories_).most_common(1)[0][1] for stories_ in members.values())
    per_story: dict[int, set[int | None]] = defaultdict(set)
    for label, story in zip(labels, truth, strict=True):
        per_story[story].add(label)
    print(f"items: {ITEMS:,}, true stories: {STORIES:,}")
    print(f"clustered in {seconds:.1f} s ({ITEMS / seconds:,.0f} items/s, one core)")
    print(f"clusters found: {len(members):,}")
    print(f"purity (items in their cluster's majority story): {pure / ITEMS:.3f}")
    print(
        "clusters per true story: mean "
        f"{sum(len(v) for v in per_story.values()) / len(per_story):.2f}"
    )


if __name__ == "__main__":
    main()
