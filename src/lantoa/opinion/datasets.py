"""Training and evaluation data: the packaged sets, ../shared/data, and staff corrections.

- seed/indomain: the project's own labelled comments about the campaign (train/dev/test).
- seed/<task>.txt: the first bootstrap sentences, kept as extra training rows.

Rows of the public datasets are read where they lie and never copied into the repository.
- UTS2017_Bank (GPL-3.0/Apache-2.0): sentiment only; its aspects are banking topics, unused.
- ViHOS (MIT): span-level hate/offensive marks; a comment is "toxic" when it has any span.
"""

from __future__ import annotations

import ast
import csv
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent / "seed"
INDOMAIN_DIR = SEED_DIR / "indomain"

# The in-domain splits scored for a chosen split: the test split with the second held-out set
# (test2, written after the first had been looked at), each on its own lines; dev4 is a tuning
# round scored on its own.
HELD_OUT = {
    "dev": ("dev",),
    "dev4": ("dev4",),
    "dev5": ("dev5",),
    "dev6": ("dev6",),
    "dev7": ("dev7",),
    "dev8": ("dev8",),
    "dev9": ("dev9",),
    "dev10": ("dev10",),
    "dev11": ("dev11",),
    "dev12": ("dev12",),
    "dev13": ("dev13",),
    "dev14": ("dev14",),
    "dev15": ("dev15",),
    "dev16": ("dev16",),
    "dev17": ("dev17",),
    "dev18": ("dev18",),
    "dev19": ("dev19",),
    "dev20": ("dev20",),
    "dev21": ("dev21",),
    "dev22": ("dev22",),
    "dev23": ("dev23",),
    "dev24": ("dev24",),
    "dev25": ("dev25",),
    "dev26": ("dev26",),
    "dev27": ("dev27",),
    "dev28": ("dev28",),
    "dev29": ("dev29",),
    "dev30": ("dev30",),
    "dev31": ("dev31",),
    "dev32": ("dev32",),
    "test": ("test", "test2"),
    "test2": ("test2",),
}

_LABEL = re.compile(r"__label__(\S+)")


def seed_examples(task: str) -> tuple[list[str], list[str]]:
    """Return the packaged bootstrap examples of a task (texts, labels)."""
    texts, labels = [], []
    with (SEED_DIR / f"{task}.txt").open(encoding="utf-8") as handle:
        for line in handle:
            if "\t" in line:
                label, text = line.rstrip("\n").split("\t", 1)
                texts.append(text)
                labels.append(label)
    return texts, labels


def indomain_rows(split: str) -> list[dict[str, str]]:
    """Return the rows of an in-domain split (train, dev, dev4, dev5, test…), every language."""
    with (INDOMAIN_DIR / f"{split}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def indomain(split: str, task: str) -> Split:
    """Return the Vietnamese texts of an in-domain split with their labels for a task."""
    rows = [row for row in indomain_rows(split) if row["language"] == "vi"]
    return Split([row["text"] for row in rows], [row[task] for row in rows])


def seed_topics() -> list[dict[str, object]]:
    """Return the default topic list with its keywords."""
    return json.loads((SEED_DIR / "topics.json").read_text(encoding="utf-8"))


def default_shared_dir() -> Path | None:
    """Return ../shared/data beside the repository or the working folder, if present."""
    candidates = [
        Path(__file__).resolve().parents[4] / "shared" / "data",
        Path.cwd().parent / "shared" / "data",
    ]
    return next((path for path in candidates if path.is_dir()), None)


@dataclass(frozen=True)
class Split:
    """Texts and labels of one official split."""

    texts: list[str]
    labels: list[str]


def uts2017_bank(data_dir: Path, split: str) -> Split:
    """Return UTS2017_Bank's sentiment labels (aspects ignored) for "train" or "test"."""
    texts, labels = [], []
    with (data_dir / "uts2017-bank" / f"{split}.txt").open(encoding="utf-8") as handle:
        for line in handle:
            tags = _LABEL.findall(line)
            if not tags:
                continue
            texts.append(_LABEL.sub("", line).strip())
            labels.append(tags[0].split("#", 1)[1])
    return Split(texts, labels)


def vihos(data_dir: Path, split: str) -> Split:
    """Return ViHOS comments with a document label: toxic when any span is marked."""
    texts, labels = [], []
    csv.field_size_limit(min(sys.maxsize, 10_000_000))
    with (data_dir / "vihos" / f"{split}.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            spans = ast.literal_eval(row["index_spans"] or "[]")
            texts.append(unicodedata.normalize("NFC", row["content"]))
            labels.append("toxic" if spans else "clean")
    return Split(texts, labels)


def shared_available(data_dir: Path | None, task: str) -> bool:
    """Tell whether the public dataset of a task is present."""
    if data_dir is None:
        return False
    if task == "sentiment":
        return (data_dir / "uts2017-bank" / "train.txt").is_file()
    if task == "toxicity":
        return (data_dir / "vihos" / "train.csv").is_file()
    return False


def shared_training(data_dir: Path, task: str) -> tuple[Split, str]:
    """Return the public training rows for a task and their name (ViHOS dev is kept apart)."""
    if task == "sentiment":
        return uts2017_bank(data_dir, "train"), "UTS2017_Bank, tập huấn luyện (sắc thái)"
    return vihos(data_dir, "train"), "ViHOS, tập huấn luyện"


def shared_test(data_dir: Path, task: str) -> tuple[Split, str]:
    """Return the public test split of a task and the name the evaluation prints for it."""
    if task == "sentiment":
        return uts2017_bank(data_dir, "test"), "UTS2017_Bank test"
    return vihos(data_dir, "test"), "ViHOS test"


def shared_dev(data_dir: Path, task: str) -> Split | None:
    """Return the public dev split of a task, where one exists (the toxicity threshold reads it)."""
    return vihos(data_dir, "dev") if task == "toxicity" else None


def correction_examples(task: str) -> tuple[list[str], list[str]]:
    """Return staff-corrected items of a task (their masked text and the staff label)."""
    from lantoa.opinion.models import Correction, ItemState

    rows = (
        Correction.objects.filter(task=task, item__state=ItemState.OK)
        .exclude(item__text="")
        .values_list("item__text", "label")
    )
    texts = [text for text, _ in rows]
    labels = [label for _, label in rows]
    return texts, labels
