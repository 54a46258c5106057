"""The real corpus (corpus_real): documented, split by its rule, annotated from the text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rapidfuzz import fuzz

from lantoa.guidance.parsing.evaluate import (
    SPLITS,
    TEXT_SUFFIXES,
    corpus_documents,
    corpus_files,
    evaluate_corpus,
    read_document,
)
from lantoa.guidance.parsing.evaluate_section3 import clean
from tests.conftest import corpus_texts

REAL = Path(__file__).resolve().parent / "corpus_real"
# The last number of each kind annotated in the first and second rounds (SPLIT.md).
FIRST_ROUND = {"full": 20, "excerpt": 14}
SECOND_ROUND = {"full": 25, "excerpt": 30}
THIRD_ROUND = {"full": 29, "excerpt": 37}
# The first excerpt of the seventh round, a development set annotated before it was parsed.
SEVENTH_ROUND = {"full": None, "excerpt": 125}
# The first excerpt of the eighth round, held out to check that the dev7 tuning transfers.
EIGHTH_ROUND = {"full": None, "excerpt": 152}
# The first excerpt of the ninth round, held out as a representative sample of what boards copy.
NINTH_ROUND = {"full": None, "excerpt": 179}
# The first excerpt of the tenth round, a development set collected like the ninth, for tuning.
TENTH_ROUND = {"full": None, "excerpt": 208}
# The first excerpt of the eleventh round, a second representative sample held out to the end.
ELEVENTH_ROUND = {"full": None, "excerpt": 300}
# The first excerpt of the twelfth round, held out to the end once dev11 was tuned on.
TWELFTH_ROUND = {"full": None, "excerpt": 400}
# The first excerpt of the thirteenth round, held out to the end once dev12 was looked at.
THIRTEENTH_ROUND = {"full": None, "excerpt": 500}
# The first excerpt of the fourteenth round, held out to measure the session's last parser blind.
FOURTEENTH_ROUND = {"full": None, "excerpt": 600}
# The first excerpt of the fifteenth round, held out to measure the next session's parser blind.
FIFTEENTH_ROUND = {"full": None, "excerpt": 700}
# The first excerpt of the sixteenth round, held out for the blind check after dev15's tuning.
SIXTEENTH_ROUND = {"full": None, "excerpt": 800}
# The first excerpt of the seventeenth round, held out for the blind check after dev16's tuning.
SEVENTEENTH_ROUND = {"full": None, "excerpt": 900}
# The first excerpt of the eighteenth round, held out for the blind check after dev17's tuning.
EIGHTEENTH_ROUND = {"full": None, "excerpt": 950}
# The first excerpt of the nineteenth round, held out to measure the session's last parser blind.
NINETEENTH_ROUND = {"full": None, "excerpt": 1000}
# The first excerpt of the twentieth round, held out for the blind check after dev19's tuning.
TWENTIETH_ROUND = {"full": None, "excerpt": 1100}
# The first excerpt of the twenty-first round, held out for the blind check after dev20's tuning.
TWENTY_FIRST_ROUND = {"full": None, "excerpt": 1200}
# The first excerpt of the twenty-second round, held out to check later precision rules blind.
TWENTY_SECOND_ROUND = {"full": None, "excerpt": 1300}
# The first excerpt of the twenty-fourth round, a development round measured once blind.
TWENTY_FOURTH_ROUND = {"full": None, "excerpt": 1400}
# The first full document of the twenty-third round, full documents held out for one blind check.
TWENTY_THIRD_ROUND = {"full": 35, "excerpt": None}
# The twenty-fifth (dev25): full documents of other kinds, a development round (SPLIT.md).
TWENTY_FIFTH_ROUND = {"full": 44, "excerpt": None}
# The twenty-sixth (dev26): excerpts and full documents, held out for one blind measurement.
TWENTY_SIXTH_ROUND = {"full": 50, "excerpt": 1500}
# The twenty-seventh (dev27): Party and central full documents, a development round (SPLIT.md).
TWENTY_SEVENTH_ROUND = {"full": 60, "excerpt": None}
# The twenty-eighth (dev28): provincial and central plans from a new source (SPLIT.md).
TWENTY_EIGHTH_ROUND = {"full": 70, "excerpt": None}
# The twenty-ninth (dev29): excerpts and full documents, held out for one blind measurement.
TWENTY_NINTH_ROUND = {"full": 80, "excerpt": 1600}
# The thirtieth (dev30): Quyết định assigning duties to named bodies, a development round.
THIRTIETH_ROUND = {"full": 90, "excerpt": None}
# The thirty-first (dev31): excerpts from sites no earlier round used, for tuning recall.
THIRTY_FIRST_ROUND = {"full": None, "excerpt": 1700}
# The thirty-second (dev32): excerpts from sites no earlier round used, tuned for recall.
THIRTY_SECOND_ROUND = {"full": None, "excerpt": 1800}
# The thirty-third (dev33): commune plans assigning election tasks, annotated before any parse.
THIRTY_THIRD_ROUND = {"full": 100, "excerpt": None}
# The thirty-fourth (dev34): excerpts from sites no earlier round used, for precision.
THIRTY_FOURTH_ROUND = {"full": None, "excerpt": 1900}
# The thirty-fifth (dev35): full documents and excerpts from new sources, held out for one blind
# measurement (SPLIT.md); full_106 to full_109 are left unused.
THIRTY_FIFTH_ROUND = {"full": 110, "excerpt": 1925}
# The thirty-sixth (dev36): full documents of the dev35 crawler's store, a development round.
THIRTY_SIXTH_ROUND = {"full": 117, "excerpt": None}
# The thirty-seventh (dev37): full documents and excerpts, held out for one blind measurement.
THIRTY_SEVENTH_ROUND = {"full": 127, "excerpt": 1940}
# The thirty-eighth (dev38): Nghị định and a Quốc hội resolution of the same store, annotated
# before any parse and held out for one blind measurement (SPLIT.md).
THIRTY_EIGHTH_ROUND = {"full": 136, "excerpt": None}
# The thirty-ninth (dev39): Nghị định of the dev35 crawler's store, a development round annotated
# before any parse (SPLIT.md).
THIRTY_NINTH_ROUND = {"full": 150, "excerpt": None}
# The fortieth (dev40): unused Hướng dẫn and Kế hoạch of dev33's commune store, annotated before
# any parse and held out for one blind measurement (SPLIT.md).
FORTIETH_ROUND = {"full": 160, "excerpt": None}
# The forty-first (dev41): the province Front's and a commune Front's papers of the same store, a
# development round annotated before any parse (SPLIT.md).
FORTY_FIRST_ROUND = {"full": 175, "excerpt": None}
# The forty-second (dev42): Thông tư of the dev35 crawler's store that no round took (no article of
# duties), a development round annotated before any parse (SPLIT.md).
FORTY_SECOND_ROUND = {"full": 178, "excerpt": None}
# The forty-third (dev43): excerpts from sites no earlier round used, a development round annotated
# before any parse (SPLIT.md).
FORTY_THIRD_ROUND = {"full": None, "excerpt": 1955}
# The forty-fourth (dev44): gazette copies of Thông tư with an article or chapter of duties, a
# development round annotated before any parse (SPLIT.md).
FORTY_FOURTH_ROUND = {"full": 185, "excerpt": None}
# The forty-fifth (dev45): full plans with a part assigning tasks, from a store no round used,
# annotated before any parse and held out for one blind measurement (SPLIT.md).
FORTY_FIFTH_ROUND = {"full": 191, "excerpt": None}
# The forty-sixth (dev46): full plans of another unused store, a development round annotated before
# any parse (SPLIT.md).
FORTY_SIXTH_ROUND = {"full": 200, "excerpt": None}
# The forty-seventh (dev47): excerpts from pages no round used, annotated before any parse and
# held out for one blind measurement (SPLIT.md).
FORTY_SEVENTH_ROUND = {"full": None, "excerpt": 1975}
# The forty-eighth (dev48): excerpts gathered with dev47's, a development round annotated before
# any parse (SPLIT.md).
FORTY_EIGHTH_ROUND = {"full": None, "excerpt": 1988}
# The forty-ninth (dev49): full provincial regulations and a Party rule with a part assigning tasks,
# annotated before any parse and held out for one blind measurement (SPLIT.md).
FORTY_NINTH_ROUND = {"full": 206, "excerpt": None}
# The fiftieth (dev50): the thirteen provincial regulations dev49's rule left over, annotated before
# any parse, a development round (SPLIT.md).
FIFTIETH_ROUND = {"full": 216, "excerpt": None}
# The fifty-first (dev51): Party guidances and a Party rule read from their PDFs' text layer,
# annotated before any parse and held out for one blind measurement (SPLIT.md).
FIFTY_FIRST_ROUND = {"full": 229, "excerpt": None}
# Every split a file may carry: the evaluate command's choices, less "all".
SPLIT_NAMES = tuple(s for s in SPLITS if s != "all")


def _annotated(split: str = "all") -> list[tuple[Path, dict[str, Any]]]:
    """Return (name as a path, annotation) for every annotated document, read or not."""
    return [(Path(stem), e) for stem, e, _text in corpus_documents(REAL, split=split)]


def test_it_has_thirty_documented_documents_fifteen_of_them_full() -> None:
    found = _annotated()
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    assert len(found) >= 30
    full = [e for _p, e in found if e["_meta"]["kind"] == "full" and e.get("section3")]
    assert len(full) >= 15
    for path, expected in found:
        assert path.stem in sources, path.name
        assert expected["_meta"]["kind"] in ("full", "excerpt")
        assert expected["_meta"]["split"] in SPLIT_NAMES


def test_it_keeps_the_third_party_texts_out_of_the_repository() -> None:
    # Only the annotations are the project's; the pages they describe are not copied in.
    assert not [p.name for p in REAL.iterdir() if p.suffix in TEXT_SUFFIXES]


def test_it_has_a_text_for_every_annotation_and_an_annotation_for_every_text() -> None:
    texts = corpus_texts("corpus_real")
    names = {p.stem for p in texts.iterdir() if p.suffix in TEXT_SUFFIXES}
    assert names == {p.stem for p, _e in _annotated()}
    assert len(corpus_files(REAL, texts=texts)) == len(names)


def _later_round_split(kind: str, number: int) -> str:
    """Return the split SPLIT.md gives a file added after the third round."""
    rounds = (
        (FIFTY_FIRST_ROUND, "dev51"),
        (FIFTIETH_ROUND, "dev50"),
        (FORTY_NINTH_ROUND, "dev49"),
        (FORTY_EIGHTH_ROUND, "dev48"),
        (FORTY_SEVENTH_ROUND, "dev47"),
        (FORTY_SIXTH_ROUND, "dev46"),
        (FORTY_FIFTH_ROUND, "dev45"),
        (FORTY_FOURTH_ROUND, "dev44"),
        (FORTY_THIRD_ROUND, "dev43"),
        (FORTY_SECOND_ROUND, "dev42"),
        (FORTY_FIRST_ROUND, "dev41"),
        (FORTIETH_ROUND, "dev40"),
        (THIRTY_NINTH_ROUND, "dev39"),
        (THIRTY_EIGHTH_ROUND, "dev38"),
        (THIRTY_SEVENTH_ROUND, "dev37"),
        (THIRTY_SIXTH_ROUND, "dev36"),
        (THIRTY_FIFTH_ROUND, "dev35"),
        (THIRTY_FOURTH_ROUND, "dev34"),
        (THIRTY_THIRD_ROUND, "dev33"),
        (THIRTY_SECOND_ROUND, "dev32"),
        (THIRTY_FIRST_ROUND, "dev31"),
        (THIRTIETH_ROUND, "dev30"),
        (TWENTY_NINTH_ROUND, "dev29"),
        (TWENTY_EIGHTH_ROUND, "dev28"),
        (TWENTY_SEVENTH_ROUND, "dev27"),
        (TWENTY_SIXTH_ROUND, "dev26"),
        (TWENTY_FIFTH_ROUND, "dev25"),
        (TWENTY_FOURTH_ROUND, "dev24"),
        (TWENTY_THIRD_ROUND, "dev23"),
        (TWENTY_SECOND_ROUND, "dev22"),
        (TWENTY_FIRST_ROUND, "dev21"),
        (TWENTIETH_ROUND, "dev20"),
        (NINETEENTH_ROUND, "dev19"),
        (EIGHTEENTH_ROUND, "dev18"),
        (SEVENTEENTH_ROUND, "dev17"),
        (SIXTEENTH_ROUND, "dev16"),
        (FIFTEENTH_ROUND, "dev15"),
        (FOURTEENTH_ROUND, "dev14"),
        (THIRTEENTH_ROUND, "dev13"),
        (TWELFTH_ROUND, "dev12"),
        (ELEVENTH_ROUND, "dev11"),
        (TENTH_ROUND, "dev10"),
        (NINTH_ROUND, "dev9"),
        (EIGHTH_ROUND, "dev8"),
        (SEVENTH_ROUND, "dev7"),
    )
    for first, split in ((r[kind], name) for r, name in rounds):
        if first is not None and number >= first:
            return split
    return "train"


def test_it_splits_by_the_rule_written_in_split_md() -> None:
    found = _annotated()
    for kind, prefix in (("full", "full_"), ("excerpt", "exc_")):
        names = sorted(p.stem for p, e in found if e["_meta"]["kind"] == kind)
        assert names and all(n.startswith(prefix) for n in names)
        # The second round (SPLIT.md) is split among itself, its held-out third as test2.
        first = [n for n in names if int(n.split("_")[1]) <= FIRST_ROUND[kind]]
        second = [n for n in names if n not in first and int(n.split("_")[1]) <= SECOND_ROUND[kind]]
        third = [n for n in names if SECOND_ROUND[kind] < int(n.split("_")[1]) <= THIRD_ROUND[kind]]
        # Documents added after the third round were gathered for tuning: all train, except
        # the seventh to the forty-third rounds, each a split of its own (dev7 to dev43).
        later = [n for n in names if int(n.split("_")[1]) > THIRD_ROUND[kind]]
        for name in later:
            split = next(e["_meta"]["split"] for p, e in found if p.stem == name)
            assert split == _later_round_split(kind, int(name.split("_")[1])), name
        for batch, held_out in ((first, "test"), (second, "test2")):
            for position, name in enumerate(batch):
                split = next(e["_meta"]["split"] for p, e in found if p.stem == name)
                assert split == (held_out if position % 3 == 0 else "train"), name
        # The third round is held out whole: every one of its files is test3.
        for name in third:
            assert next(e["_meta"]["split"] for p, e in found if p.stem == name) == "test3", name
    metas = [e["_meta"] for _p, e in found]
    assert sum(1 for m in metas if m["kind"] == "full" and m["split"] == "test") >= 6
    assert sum(1 for m in metas if m["split"] == "test2") >= 4
    test3 = [e for _p, e in found if e["_meta"]["split"] == "test3"]
    assert len(test3) >= 10
    assert sum(1 for e in test3 if e["_meta"]["kind"] == "excerpt") >= 5
    assert sum(1 for e in test3 if e["_meta"]["kind"] == "full" and e["section3"]["groups"]) >= 3


def test_it_annotates_only_words_the_text_prints() -> None:
    for path, expected in corpus_files(REAL, texts=corpus_texts("corpus_real")):
        text = clean(read_document(path))
        printed = [g["heading"] for g in expected.get("section3", {}).get("groups", [])]
        for group in expected.get("section3", {}).get("groups", []):
            for task in group["tasks"]:
                printed.append(task["text"])
                printed.extend(t for t in (task.get("deadline_text"),) if t)
                assert len(task["text"].split()) >= 5, (path.name, task["text"])
        printed.extend(v for k in ("document.number", "signer.name") if (v := expected.get(k)))
        for words in printed:
            assert fuzz.partial_ratio(clean(words), text) >= 95, (path.name, words)


def test_it_reports_each_split_by_kind() -> None:
    texts = corpus_texts("corpus_real")
    train = evaluate_corpus(REAL, split="train", texts=texts)
    test = evaluate_corpus(REAL, split="test", texts=texts)
    test2 = evaluate_corpus(REAL, split="test2", texts=texts)
    test3 = evaluate_corpus(REAL, split="test3", texts=texts)
    found = _annotated()
    splits = (("train", train), ("test", test), ("test2", test2), ("test3", test3))
    for split, reports in splits:
        for kind in ("full", "excerpt"):
            metas = [e["_meta"] for _p, e in found]
            wanted = sum(1 for m in metas if m["kind"] == kind and m["split"] == split)
            assert reports[kind].documents == wanted > 0
        assert reports["full"].section3["tasks"].expected > 0
    assert json.dumps({k: r.as_dict() for k, r in test.items()})


def test_it_reports_the_seventh_round_as_its_own_split() -> None:
    dev7 = evaluate_corpus(REAL, split="dev7", texts=corpus_texts("corpus_real"))
    wanted = sum(1 for _p, e in _annotated() if e["_meta"]["split"] == "dev7")
    assert dev7["excerpt"].documents == wanted >= 25
    assert dev7["full"].documents == 0


@pytest.mark.parametrize(
    ("split", "first_file", "least"),
    [
        ("dev8", EIGHTH_ROUND, 25),
        ("dev9", NINTH_ROUND, 25),
        ("dev10", TENTH_ROUND, 25),
        ("dev11", ELEVENTH_ROUND, 25),
        ("dev12", TWELFTH_ROUND, 25),
        ("dev13", THIRTEENTH_ROUND, 25),
        # The search store's new sites ran short: 21 pages (SPLIT.md).
        ("dev14", FOURTEENTH_ROUND, 20),
        ("dev15", FIFTEENTH_ROUND, 25),
        ("dev16", SIXTEENTH_ROUND, 25),
        ("dev17", SEVENTEENTH_ROUND, 25),
        ("dev18", EIGHTEENTH_ROUND, 25),
        ("dev19", NINETEENTH_ROUND, 25),
        ("dev20", TWENTIETH_ROUND, 25),
        ("dev21", TWENTY_FIRST_ROUND, 25),
        ("dev22", TWENTY_SECOND_ROUND, 25),
        ("dev24", TWENTY_FOURTH_ROUND, 25),
        ("dev31", THIRTY_FIRST_ROUND, 30),
        ("dev32", THIRTY_SECOND_ROUND, 30),
        ("dev34", THIRTY_FOURTH_ROUND, 25),
        ("dev43", FORTY_THIRD_ROUND, 20),
        # Pages no round used, from hosts most of which earlier rounds had used (SPLIT.md).
        ("dev47", FORTY_SEVENTH_ROUND, 12),
        ("dev48", FORTY_EIGHTH_ROUND, 12),
    ],
)
def test_it_keeps_each_later_round_as_its_own_split_counted_without_parsing_it(
    split: str, first_file: dict[str, int | None], least: int
) -> None:
    # Counted from the annotations only: no test parses a round, so the first measurement of
    # each (and the one blind measurement of a held-out one) is the lead engineer's.
    files = _annotated(split)
    assert len(files) >= least
    assert all(int(p.stem.split("_")[1]) >= (first_file["excerpt"] or 0) for p, _e in files)
    assert all(e["_meta"]["kind"] == "excerpt" and e["_meta"].get("source") for _p, e in files)
    assert split in SPLITS and SPLITS.index(split) < SPLITS.index("all")


@pytest.mark.parametrize(
    ("split", "first_file", "least", "with_groups", "groups"),
    [
        # dev23: full documents only (SPLIT.md).
        ("dev23", TWENTY_THIRD_ROUND, 8, 5, 0),
        # dev33: full commune plans, annotated before any parse.
        ("dev33", THIRTY_THIRD_ROUND, 6, 0, 25),
        # dev36: full documents from dev35's crawler store, annotated before any parse.
        ("dev36", THIRTY_SIXTH_ROUND, 10, 5, 0),
        # dev38: held out; Nghị định and a resolution of the same store, annotated before any parse.
        ("dev38", THIRTY_EIGHTH_ROUND, 10, 10, 35),
        # dev39: Nghị định from the same store, annotated before any parse.
        ("dev39", THIRTY_NINTH_ROUND, 7, 5, 25),
        # dev40: held out; commune Front guidances and a plan, annotated before any parse.
        ("dev40", FORTIETH_ROUND, 3, 2, 6),
        # dev41: the province Front's guidance and a commune Front's plan and decision.
        ("dev41", FORTY_FIRST_ROUND, 3, 2, 4),
        # dev42: circulars of the dev35 crawler's store without an article of duties: no group.
        ("dev42", FORTY_SECOND_ROUND, 7, 0, 0),
        # dev44: gazette circulars with duty articles; four of six name only who carries them out.
        ("dev44", FORTY_FOURTH_ROUND, 6, 2, 9),
        # dev45: held out; gazette decisions and resolutions with a part assigning tasks.
        ("dev45", FORTY_FIFTH_ROUND, 6, 6, 29),
        # dev49: held out; provincial regulations and a Party rule, annotated before any parse.
        ("dev49", FORTY_NINTH_ROUND, 10, 10, 58),
        # dev50: the regulations dev49's rule left over, annotated before any parse, development.
        ("dev50", FIFTIETH_ROUND, 13, 12, 79),
        # dev51: held out; Party guidances and a rule as PDF, two with a part assigning tasks.
        ("dev51", FIFTY_FIRST_ROUND, 5, 2, 6),
    ],
)
def test_it_keeps_each_full_document_round_as_its_own_split_counted_without_parsing_it(
    split: str, first_file: dict[str, int | None], least: int, with_groups: int, groups: int
) -> None:
    # Counted from the annotations only, never parsed here.
    files = _annotated(split)
    assert len(files) >= least
    assert all(int(p.stem.split("_")[1]) >= (first_file["full"] or 0) for p, _e in files)
    assert all(e["_meta"]["kind"] == "full" and e["_meta"].get("source") for _p, e in files)
    assert sum(1 for _p, e in files if e["section3"]["groups"]) >= with_groups
    assert sum(len(e["section3"]["groups"]) for _p, e in files) >= groups
    assert split in SPLITS and SPLITS.index(split) < SPLITS.index("all")


@pytest.mark.parametrize(
    ("split", "first_file", "excerpts_least", "full_least", "with_groups"),
    [
        ("dev26", TWENTY_SIXTH_ROUND, 15, 4, 4),
        ("dev29", TWENTY_NINTH_ROUND, 15, 5, 5),
        ("dev35", THIRTY_FIFTH_ROUND, 15, 7, 7),
        ("dev37", THIRTY_SEVENTH_ROUND, 15, 9, 7),
    ],
)
def test_it_keeps_each_mixed_blind_round_as_its_own_split_counted_without_parsing_it(
    split: str,
    first_file: dict[str, int | None],
    excerpts_least: int,
    full_least: int,
    with_groups: int,
) -> None:
    # Excerpts and full documents held out for one blind measurement (SPLIT.md): counted from the
    # annotations only, since that measurement is the lead engineer's.
    files = _annotated(split)
    excerpts = [e for _p, e in files if e["_meta"]["kind"] == "excerpt"]
    full = [e for _p, e in files if e["_meta"]["kind"] == "full"]
    assert len(excerpts) >= excerpts_least and len(full) >= full_least
    assert all(e["_meta"].get("source") for _p, e in files)
    assert sum(1 for e in full if e["section3"]["groups"]) >= with_groups
    for path, expected in files:
        first = first_file[expected["_meta"]["kind"]] or 0
        assert int(path.stem.split("_")[1]) >= first, path.name
    assert split in SPLITS and SPLITS.index(split) < SPLITS.index("all")
