"""Benchmark: the one near-duplicate clusterer (opinion.matching.NearDuplicateIndex, which
imports use through opinion.intake.StoredIndex) on 100,000 synthetic items, and its pairwise
precision and recall on a labelled set built at run time from ../shared/data UTS2017_Bank
(real comments and their retellings; the comments are read, never copied into the repository).

Run: .venv/bin/python benchmarks/opinion_cluster.py [--labelled]
"""

from __future__ import annotations

import random
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from lantoa.core.text import fold  # noqa: E402
from lantoa.opinion.matching import NearDuplicateIndex, signature  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "uts2017-bank"
TEEN = {"không": "ko", "được": "dc", "biết": "bít", "gì": "j", "với": "vs", "rồi": "r"}
PREFIXES = (["Chia", "sẻ:"], ["Nghe", "nói"], ["@admin"], ["Mọi", "người", "ơi"])

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


def retell(text: str, rng: random.Random, pool: list[str]) -> str:
    """Retell a real comment with one to three edits, as people repost a story."""
    words = text.split()
    edits = rng.sample(["fold", "insert", "drop", "teen", "punct", "nfd", "prefix", "swap"], k=3)
    edits = edits[: rng.randint(1, 3)]
    if "insert" in edits:
        words.insert(rng.randrange(len(words) + 1), rng.choice(pool))
    if "drop" in edits and len(words) > 6:
        words.pop(rng.randrange(len(words)))
    if "teen" in edits:
        words = [TEEN.get(w.lower(), w) for w in words]
    if "swap" in edits:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    if "prefix" in edits:
        words = rng.choice(PREFIXES) + words
    out = " ".join(words) + (rng.choice(["!!!", " ạ", "??", " :("]) if "punct" in edits else "")
    out = fold(out) if "fold" in edits else out
    return unicodedata.normalize("NFD", out) if "nfd" in edits else out


def labelled_set(stories: int = 2000) -> tuple[list[str], list[int]]:
    """Return comments of six words or more with 0–4 retellings each, and each text's story."""
    rng = random.Random(51)
    base = []
    for name in ("train.txt", "test.txt"):
        for line in (SHARED / name).read_text(encoding="utf-8").splitlines():
            text = re.sub(r"(__label__\S+\s+)+", "", line).strip()
            if len(text.split()) >= 6:
                base.append(text)
    rng.shuffle(base)
    pool = [word for text in base[:300] for word in text.split()]
    story_of: dict[str, int] = {}
    texts, truth = [], []
    for text in base[:stories]:
        # Comments whose words are equal once folded are one story.
        story = story_of.setdefault(" ".join(re.findall(r"\w+", fold(text))), len(story_of))
        texts.append(text)
        truth.append(story)
        for _ in range(rng.randint(0, 4)):
            texts.append(retell(text, rng, pool))
            truth.append(story)
    order = list(range(len(texts)))
    rng.shuffle(order)
    return [texts[i] for i in order], [truth[i] for i in order]


def pair_scores(labels: list[int | None], truth: list[int]) -> tuple[float, float]:
    """Return pairwise precision and recall: pairs put together that are one story, and back."""

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    labels_ = [f"none-{i}" if label is None else label for i, label in enumerate(labels)]
    both = pairs(Counter(zip(labels_, truth, strict=True)))
    together, same = pairs(Counter(labels_)), pairs(Counter(truth))
    return both / together if together else 1.0, both / same if same else 1.0


def labelled() -> None:
    """Print pairwise precision and recall on the labelled set from ../shared/data."""
    if not SHARED.is_dir():
        print(f"labelled set skipped: {SHARED} is absent")
        return
    texts, truth = labelled_set()
    labels = NearDuplicateIndex().place([signature(text) for text in texts])
    precision, recall = pair_scores(labels, truth)
    print(f"labelled items: {len(texts):,}, stories: {len(set(truth)):,}")
    print(f"pairwise precision {precision:.3f}, recall {recall:.3f}")


def main() -> None:
    """Cluster the items and print time, clusters found and purity against the truth."""
    if "--labelled" in sys.argv:
        labelled()
        return
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
