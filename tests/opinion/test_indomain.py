"""The in-domain opinion set: size, fixed disjoint splits, labels, and the voices it holds."""

from collections import Counter

from lantoa.opinion.datasets import indomain_rows, seed_topics
from lantoa.opinion.textnorm import is_folded

SPLITS = ("train", "dev", "test")


def test_it_holds_at_least_600_labelled_items_in_three_disjoint_splits():
    rows = {split: indomain_rows(split) for split in SPLITS}
    sizes = {split: len(r) for split, r in rows.items()}
    assert sum(sizes.values()) >= 600
    assert 0.55 <= sizes["train"] / sum(sizes.values()) <= 0.65
    texts = [row["text"] for split in SPLITS for row in rows[split]]
    assert len(texts) == len(set(texts))
    ids = [row["id"] for split in SPLITS for row in rows[split]]
    assert len(ids) == len(set(ids))


def test_it_uses_only_known_labels():
    topics = {str(t["slug"]) for t in seed_topics()}
    for split in SPLITS:
        for row in indomain_rows(split):
            assert row["sentiment"] in {"positive", "neutral", "negative"}, row
            assert row["topic"] in topics, row
            assert row["toxicity"] in {"toxic", "clean"}, row
            assert row["language"] in {"vi", "other"}, row


def test_it_mixes_the_voices_the_issue_asks_for():
    rows = [row for split in SPLITS for row in indomain_rows(split)]
    vietnamese = [row for row in rows if row["language"] == "vi"]
    toxic = Counter(row["toxicity"] for row in rows)["toxic"] / len(rows)
    folded = sum(is_folded(row["text"]) for row in vietnamese) / len(vietnamese)
    assert 0.10 <= toxic <= 0.20
    assert 0.25 <= folded <= 0.40
    assert sum(row["language"] == "other" for row in rows) >= 10
    assert sum("?" in row["text"] for row in rows) >= 50
    assert Counter(row["sentiment"] for row in rows).most_common()[-1][1] >= 0.2 * len(rows)
    assert all(Counter(row["topic"] for row in rows)[t["slug"]] >= 30 for t in seed_topics())
