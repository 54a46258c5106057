"""Corpus evaluation: real excerpts and synthetic variations against hand-checked values."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.evaluate import TEXT_SUFFIXES, evaluate_dir, format_report
from tests.conftest import corpus_texts

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_it_has_a_documented_corpus() -> None:
    real = sorted(p for p in corpus_texts("corpus").iterdir() if p.suffix in TEXT_SUFFIXES)
    assert len(real) >= 12
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for path in real:
        assert (CORPUS / (path.stem + ".expected.json")).exists()
        assert path.stem in sources


def test_it_keeps_only_its_own_synthetic_texts_in_the_repository() -> None:
    # The real excerpts are third-party pages: only their annotations are the project's.
    texts = [p.name for p in CORPUS.iterdir() if p.suffix in TEXT_SUFFIXES]
    assert texts and all(name.startswith("synthetic_") for name in texts)


def test_it_meets_the_quality_floor_on_the_corpus() -> None:
    report = evaluate_dir(CORPUS, texts=corpus_texts("corpus"))
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
