"""Benchmark: opinion items classified per second on one core (segmentation included), and
single-item latency (p50/p95), with models trained as `lantoa opinion train` trains them.

Run: LANTOA_DATA_DIR=/tmp/bench .venv/bin/python benchmarks/opinion_classify.py
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # one core

import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.project.settings")

import django  # noqa: E402

django.setup()

from lantoa.opinion import datasets, ml  # noqa: E402
from lantoa.opinion.classify import Classifier, TopicInfo  # noqa: E402
from lantoa.opinion.segment import segment, segment_crf  # noqa: E402
from lantoa.opinion.textnorm import normalise_for_model  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def models() -> dict[str, ml.LoadedModel]:
    """Train each task as production does (seed + public train data when present)."""
    loaded = {}
    for task in ml.TASKS:
        texts, labels = datasets.seed_examples(task)
        if datasets.shared_available(SHARED, task):
            split, _ = datasets.shared_training(SHARED, task)
            texts, labels = texts + split.texts, labels + split.labels
        loaded[task] = ml.LoadedModel(task, 1, ml.train_pipeline(texts, labels))
    return loaded


def sample_texts() -> list[str]:
    """Real comments from the public test splits, or synthetic ones without ../shared."""
    if datasets.shared_available(SHARED, "toxicity"):
        texts = datasets.vihos(SHARED, "test").texts + datasets.uts2017_bank(SHARED, "test").texts
    else:
        texts = [t for task in ml.TASKS for t in datasets.seed_examples(task)[0]] * 10
    # Unique texts: defeat the normalisation cache.
    return [f"{text} {i}" for i, text in enumerate(texts * 2)]


def main() -> None:
    """Print throughput and latency."""
    print(f"training models ({'with' if SHARED.is_dir() else 'without'} ../shared/data) ...")
    started = time.perf_counter()
    classifier = Classifier(
        models=models(),
        topics=[
            TopicInfo(t["slug"], t["name"], tuple(t["keywords"])) for t in datasets.seed_topics()
        ],  # type: ignore[arg-type]
        claims=[(1, ["Đăng ký nhãn hiệu phải nộp phí năm mươi triệu đồng"])],
    )
    print(f"  trained in {time.perf_counter() - started:.1f} s")
    texts = sample_texts()
    mean_words = statistics.fmean(len(t.split()) for t in texts)
    print(f"items: {len(texts)} (mean {mean_words:.1f} words)")

    subset = texts[:500]
    started = time.perf_counter()
    for text in subset:
        segment_crf(text)
    crf_rate = len(subset) / (time.perf_counter() - started)
    started = time.perf_counter()
    for text in texts:
        segment(normalise_for_model(text))
    fast_rate = len(texts) / (time.perf_counter() - started)
    normalise_for_model.cache_clear()
    print(f"underthesea word_tokenize (CRF) alone:        {crf_rate:8,.0f} items/s")
    print(f"normalise + longest-match segmentation alone: {fast_rate:8,.0f} items/s")

    for size in (1, 256, 1024):
        rates = []
        for _ in range(3):  # best of three: the machine is shared
            normalise_for_model.cache_clear()
            for function in (ml.word_features, ml.char_features, ml.folded_word_features):
                function.cache_clear()
            started = time.perf_counter()
            for start in range(0, len(texts), size):
                classifier.classify(texts[start : start + size])
            rates.append(len(texts) / (time.perf_counter() - started))
        print(
            f"classified (normalise, segment, 3 models, claim match), batch {size:>4}: "
            f"{max(rates):8,.0f} items/s/core (runs: {', '.join(f'{r:,.0f}' for r in rates)})"
        )

    normalise_for_model.cache_clear()
    latencies = []
    for text in texts[:1000]:
        started = time.perf_counter()
        classifier.one(text + " x")
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    print(
        f"single item latency: p50 {statistics.median(latencies):.2f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)]:.2f} ms, max {latencies[-1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
