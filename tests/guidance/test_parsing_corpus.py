"""Corpus evaluation: real excerpts and synthetic variations against hand-checked values."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.evaluate import evaluate_dir, format_report

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_it_has_a_documented_corpus() -> None:
    texts = sorted(p for p in CORPUS.glob("*.txt"))
    real = [p for p in texts if not p.name.startswith("synthetic_")]
    assert len(real) >= 12
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for path in real:
        assert path.with_name(path.stem + ".expected.json").exists()
        assert path.stem in sources


def test_it_meets_the_quality_floor_on_the_corpus() -> None:
    report = evaluate_dir(CORPUS)
    total = report.overall()
    assert report.documents >= 14
    assert total.precision is not None and total.precision >= 0.9, format_report(report)
    assert total.recall is not None and total.recall >= 0.9, format_report(report)
    for name in ("document.number", "document.type", "document.date"):
        assert report.fields[name].precision == 1.0, format_report(report)


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("IVX1.2-)a+ :\nSốKL/TWngàyđếntháng0123456789,Nơi nhận")),
        max_size=400,
    )
)
def test_it_never_crashes_on_random_text(text: str) -> None:
    parse_document(text).to_dict()
