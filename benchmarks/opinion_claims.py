"""Benchmark: claim matching with 500 claims x 3 variants, items per second and single-item p95.

The registry is the 27 evaluation claims plus generated rumours (product x place x false
rule), so most items share topic words with many claims, as on the campaign's pages. Times
the matcher alone (batches of 1,000 and one item at a time), then the whole classifier
(segmentation, three models, claims) with that registry.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_claims.py [--claims 500]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # one core

import argparse  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.project.settings")

import django  # noqa: E402

django.setup()

from lantoa.opinion import claimeval  # noqa: E402
from lantoa.opinion.claimindex import ClaimMatcher  # noqa: E402

PRODUCTS = [
    "gạo nếp tan",
    "chè Shan tuyết",
    "cà phê Mường Ảng",
    "mật ong rừng",
    "sâm Tủa Chùa",
    "măng khô",
    "thịt trâu gác bếp",
    "rượu ngô",
    "thổ cẩm",
    "mắc khén",
    "táo mèo",
    "gạo Séng Cù",
]
PLACES = [
    "Mường Nhé",
    "Tủa Chùa",
    "Mường Chà",
    "Điện Biên Đông",
    "Nậm Pồ",
    "Mường Lay",
    "Tuần Giáo",
    "Mường Ảng",
    "Thanh Xương",
    "Mường Phăng",
    "Na Sang",
    "Pú Nhi",
]
RULES = [
    ("bị cấm bán nếu không có {x}", "không có {x} thì không được bán", "cam ban neu thieu {x}"),
    ("phải nộp {n} triệu để làm {x}", "làm {x} tốn {n} triệu", "lam {x} mat {n} trieu"),
    (
        "bị phạt {n} triệu vì thiếu {x}",
        "thiếu {x} là bị phạt {n} triệu",
        "phat {n} trieu thieu {x}",
    ),
    ("đã bị thu hồi {x}", "bị tước {x} rồi", "da bi thu hoi {x}"),
    (
        "bị công ty nước ngoài đăng ký mất {x}",
        "{x} đã về tay công ty ngoại",
        "bi nuoc ngoai lay {x}",
    ),
]
THINGS = ["nhãn hiệu", "chỉ dẫn địa lý", "tem truy xuất", "chứng nhận OCOP", "mã QR", "giấy phép"]


def rebuttals(size: int) -> dict[int, str]:
    """Return a rebuttal for each claim of registry(size): the evaluation claims' own, and a
    true fact for each generated one (the matcher indexes rebuttals too)."""
    told = [c.get("rebuttal", "") for c in claimeval.load_claims()]
    for product, place, _rule, thing in itertools.product(PRODUCTS, PLACES, RULES, THINGS):
        if len(told) >= size:
            break
        told.append(
            f"Không có quy định như vậy; {product} {place} vẫn bán bình thường với {thing}."
        )
    return dict(enumerate(told[:size], 1))


def registry(size: int) -> list[tuple[int, list[str]]]:
    """Return the evaluation claims and generated ones, size claims of 3 texts each."""
    claims = [[c["statement"], *c["variants"][:2]] for c in claimeval.load_claims()]
    generated = itertools.product(PRODUCTS, PLACES, RULES, THINGS)
    rng = random.Random(51)
    for product, place, rule, thing in generated:
        if len(claims) >= size:
            break
        n = rng.choice([5, 10, 20, 30, 50])
        claims.append(
            [
                f"{product.capitalize()} {place} " + rule[0].format(x=thing, n=n),
                f"Nghe nói {product} ở {place} " + rule[1].format(x=thing, n=n),
                f"{product} {place} " + rule[2].format(x=thing, n=n),
            ]
        )
    return list(enumerate(claims[:size], 1))


def items() -> list[str]:
    """Return evaluation, in-domain and seed texts, made unique."""
    texts = [
        i["text"] for i in json.loads((claimeval.DATA / "claims_eval.json").read_text())["items"]
    ]
    indomain = Path(claimeval.SEED / "indomain")
    for name in ("train.jsonl", "dev.jsonl"):
        if (indomain / name).is_file():
            texts += [json.loads(line)["text"] for line in (indomain / name).open()]
    texts += list(claimeval.stream_sentences())
    return [f"{t} {i}" for i, t in enumerate(texts * 8)]


def main() -> None:
    """Print build time, batch throughput and single-item latency."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=500)
    parser.add_argument("--no-classifier", action="store_true")
    size = parser.parse_args().claims
    claims = registry(size)
    texts = items()
    started = time.perf_counter()
    matcher = ClaimMatcher(claims, stream=claimeval.stream_sentences(), rebuttals=rebuttals(size))
    print(
        f"registry: {len(claims)} claims, {len(matcher.claim_of)} variants, "
        f"{len(matcher.vocabulary)} n-grams; built in {time.perf_counter() - started:.2f} s"
    )
    started, cpu = time.perf_counter(), time.process_time()
    matched = 0
    for start in range(0, len(texts), 1000):
        matched += sum(m is not None for m in matcher.match_many(texts[start : start + 1000]))
    rate = len(texts) / (time.perf_counter() - started)
    cpu_rate = len(texts) / (time.process_time() - cpu)
    print(
        f"matcher, batches of 1,000: {rate:,.0f} items/s wall, {cpu_rate:,.0f} items/s of CPU "
        f"({len(texts)} items, {matched} matched)"
    )
    report_latency("matcher", matcher.match, texts[:2000])
    if parse_no_classifier():
        return
    from lantoa.opinion.classify import Classifier

    sys.path.insert(0, str(Path(__file__).parent))
    from opinion_classify import models  # the models trained as the classify benchmark does

    classifier = Classifier(models=models(), matcher=matcher, topics=[])
    classifier.classify(texts[:50])  # load models, warm caches
    started, cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(texts), 1000):
        classifier.classify(texts[start : start + 1000])
    rate = len(texts) / (time.perf_counter() - started)
    cpu_rate = len(texts) / (time.process_time() - cpu)
    print(
        f"whole classifier with the registry, batches of 1,000: {rate:,.0f} items/s wall, "
        f"{cpu_rate:,.0f} items/s of CPU"
    )
    report_latency("whole classifier", classifier.one, texts[:1000])


def report_latency(name: str, call: object, texts: list[str]) -> None:
    """Print the p50 and p95 of one call per text, in wall and CPU time."""
    wall, cpu = [], []
    for text in texts:
        started, cpu_started = time.perf_counter(), time.process_time()
        call(text)  # type: ignore[operator]
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    print(
        f"{name}, one item: p50 {statistics.median(wall):.2f} ms, "
        f"p95 {statistics.quantiles(wall, n=20)[-1]:.2f} ms wall; "
        f"p95 {statistics.quantiles(cpu, n=20)[-1]:.2f} ms CPU"
    )


def parse_no_classifier() -> bool:
    """Tell whether only the matcher is timed."""
    return "--no-classifier" in sys.argv


if __name__ == "__main__":
    main()
