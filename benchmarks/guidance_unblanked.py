"""Benchmark (#17): section III on full documents as printed, without blank lines, and rewrapped.

A PDF's text layer, a page copied from a portal or a Word export often gives paragraphs with no
blank line between them, cut at a fixed width. Each corpus text is read three ways: as printed;
(a) with its blank lines removed; (b) rewrapped at 75 characters (a longer line cut at spaces)
and its blank lines removed. Full documents only; the totals of the splits asked for are printed
(right / read / annotated), never a document's name or mismatch.

The texts are third-party pages kept outside the repository: ``--texts DIR`` (default
``$LANTOA_TEST_CORPUS_TEXTS/corpus_real``, else ``../shared/guidance-corpus/corpus_real``).

Usage: python benchmarks/guidance_unblanked.py [--texts DIR] SPLIT [SPLIT …]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from lantoa.guidance.parsing.evaluate import evaluate_corpus, read_document  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "guidance" / "corpus_real"
WIDTH = 75
FIELDS = ("groups", "tasks", "deadlines")


def unblank(text: str) -> str:
    """Return the text with its blank lines removed, every other line kept."""
    return "\n".join(line for line in text.splitlines() if line.strip()) + "\n"


def rewrap(text: str, width: int = WIDTH) -> str:
    """Return the text with each line longer than width cut at spaces, as a fixed wrap does."""
    out: list[str] = []
    for line in text.splitlines():
        current = ""
        for word in line.split(" ") if len(line) > width else [line]:
            if current and len(current) + 1 + len(word) > width:
                out.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(current)
    return "\n".join(out) + "\n"


def _variants(texts: Path, folder: Path) -> dict[str, Path]:
    """Write the two variants of every text under folder; return the three folders by name."""
    made = {"(a)": folder / "a", "(b)": folder / "b"}
    for path in made.values():
        path.mkdir()
    for path in sorted(texts.iterdir()):
        text = read_document(path)
        (made["(a)"] / f"{path.stem}.txt").write_text(unblank(text), encoding="utf-8")
        (made["(b)"] / f"{path.stem}.txt").write_text(unblank(rewrap(text)), encoding="utf-8")
    return {"as printed": texts, **made}


def main() -> None:
    """Print flat and section III totals of the splits' full documents for the three readings."""
    default = Path(
        os.environ.get("LANTOA_TEST_CORPUS_TEXTS", ROOT.parent / "shared" / "guidance-corpus")
    )
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=default / "corpus_real")
    parser.add_argument("splits", nargs="+")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in _variants(args.texts, Path(tmp)).items():
            totals = {f: [0, 0, 0] for f in ("flat", *FIELDS)}
            documents = 0
            for split in args.splits:
                report = evaluate_corpus(CORPUS, split=split, texts=folder)["full"]
                documents += report.documents
                counts = {"flat": report.overall(), **report.section3}
                for field, total in totals.items():
                    if (c := counts.get(field)) is not None:
                        total[0] += c.correct
                        total[1] += c.extracted
                        total[2] += c.expected
            cells = "  ".join(f"{f} {'/'.join(map(str, t))}" for f, t in totals.items())
            print(f"{name:11} {documents} documents  {cells}")


if __name__ == "__main__":
    main()
