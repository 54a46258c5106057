"""Field-level precision/recall of the parser against hand-checked expected values."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .evaluate_section3 import SECTION3_FIELDS, score_section3
from .numbers import symbol_key
from .parser import parse_document
from .text import DocumentError, extract_text

LIST_FIELDS = frozenset(
    {"references.numbers", "channels.codes", "unit_groups", "task.deadline_kinds"}
)
KINDS = ("full", "excerpt")
# The held-out test splits, then the rounds dev7 … dev48 in the order they were added
# (tests/guidance/corpus_real/SPLIT.md says which of them are held out); "all" reads every file.
LAST_ROUND = 51
SPLITS = (
    "train",
    "test",
    "test2",
    "test3",
    *(f"dev{n}" for n in range(7, LAST_ROUND + 1)),
    "all",
)
TEXT_SUFFIXES = (".txt", ".html", ".htm")


def _norm(value: Any) -> Any:
    """Return a comparison form: casefolded, spaces collapsed, old-style "uỷ" unified."""
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = text.replace("uỷ", "ủy").replace("hoá", "hóa").replace("–", "-")
    return re.sub(r"\s+", " ", text).strip(" .;,")


def mode_key(value: Any) -> Any:
    """Return a signing mode's comparison key: K/T, KT. and KT are one mode (so are T/M, TL.)."""
    if not value:
        return value
    return re.sub(r"[\s/.]", "", str(value)).upper()


def actual_fields(parsed: dict[str, Any]) -> dict[str, Any]:
    """Return the flat evaluated fields of a parse dict."""
    doc, subj, sched = parsed["document"], parsed["subject"], parsed["schedule"]
    out: dict[str, Any] = {
        f"document.{k}": doc[k] for k in ("type", "number", "issuer", "date", "place")
    }
    out.update({f"subject.{k}": subj[k] for k in ("type", "number", "date", "issuer")})
    out.update({f"signer.{k}": doc["signer"][k] for k in ("name", "title", "mode")})
    out["references.numbers"] = [r["number"] for r in parsed["references"]]
    out["channels.codes"] = [c["code"] for c in parsed["channels"]]
    out["schedule.peak_start"] = sched["peak_start"]
    out["schedule.peak_end"] = sched["peak_end"]
    out["schedule.continuous"] = sched["continuous"]
    out["schedule.phases"] = len(sched["phases"]) or None
    out["unit_groups"] = [f"{g['heading']}|{len(g['tasks'])}" for g in parsed["unit_groups"]]
    out["task.deadline_kinds"] = sorted(
        {t["deadline"]["kind"] for g in parsed["unit_groups"] for t in g["tasks"] if t["deadline"]}
    )
    out["recipients.count"] = len(parsed["recipients"]) or None
    return out


@dataclass
class Counts:
    """Counts for one field: extracted non-empty, expected non-empty, correct."""

    extracted: int = 0
    expected: int = 0
    correct: int = 0

    @property
    def precision(self) -> float | None:
        """Return correct / extracted, or None when nothing was extracted."""
        return self.correct / self.extracted if self.extracted else None

    @property
    def recall(self) -> float | None:
        """Return correct / expected, or None when nothing was expected."""
        return self.correct / self.expected if self.expected else None

    @property
    def f1(self) -> float | None:
        """Return the harmonic mean of precision and recall (0 when nothing is correct)."""
        if not self.extracted and not self.expected:
            return None
        total = self.extracted + self.expected
        return 2 * self.correct / total

    def add(self, other: Counts) -> None:
        """Add another field's counts to this one."""
        self.extracted += other.extracted
        self.expected += other.expected
        self.correct += other.correct

    def as_dict(self) -> dict[str, Any]:
        """Return the counts and rates as a JSON-able dict."""
        return {
            "extracted": self.extracted,
            "expected": self.expected,
            "correct": self.correct,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Report:
    """Per-field counts over a corpus, section III counts apart, and the mismatches found."""

    fields: dict[str, Counts] = field(default_factory=dict)
    section3: dict[str, Counts] = field(default_factory=dict)
    mismatches: list[str] = field(default_factory=list)
    documents: int = 0
    # Annotated documents whose text was not found, so not scored (named, never silently dropped).
    without_text: list[str] = field(default_factory=list)

    def overall(self) -> Counts:
        """Return the counts summed over all fields (section III is reported apart)."""
        total = Counts()
        for counts in self.fields.values():
            total.add(counts)
        return total

    def as_dict(self) -> dict[str, Any]:
        """Return the report as a JSON-able dict."""
        return {
            "documents": self.documents,
            "without_text": len(self.without_text),
            "overall": self.overall().as_dict(),
            "fields": {name: c.as_dict() for name, c in sorted(self.fields.items())},
            "section3": {name: c.as_dict() for name, c in self.section3.items()},
        }


def _key(name: str, value: Any) -> Any:
    if name == "references.numbers":
        return symbol_key(str(value))
    if name == "signer.mode":
        return mode_key(value)
    return _norm(value)


def _cited(fields: dict[str, Any]) -> list[Any] | None:
    """Return the cited numbers with the subject's among them.

    Which cited document is "the subject" is a judgement; counting references together with
    the subject keeps a different judgement from costing twice (once in each field).
    """
    if "references.numbers" not in fields:
        return None
    numbers = list(fields.get("references.numbers") or [])
    if fields.get("subject.number"):
        numbers.append(fields["subject.number"])
    return numbers


def _compare_absent(absent: Any, got: Any, *, report: Report, doc: str) -> None:
    """Count channels the text rules out yet the parse names as extracted and wrong.

    Where the forms a text lists cannot be mapped to channel codes without judgement, the
    annotation only names the codes a reading of the text rules out (an app's name is no
    leaflet); this field can lower precision and never recall.
    """
    wrong = {str(c) for c in (got or [])} & {str(c) for c in (absent or [])}
    counts = report.fields.setdefault("channels.absent", Counts())
    counts.extracted += len(wrong)
    if wrong:
        report.mismatches.append(f"{doc}: channels.codes thừa {sorted(wrong)}")


def compare(expected: dict[str, Any], actual: dict[str, Any], *, report: Report, doc: str) -> None:
    """Add one document's comparison of the flat fields to the report."""
    for name, want in expected.items():
        if name.startswith("_") or name == "section3":
            continue
        if name == "channels.absent":
            _compare_absent(want, actual.get("channels.codes"), report=report, doc=doc)
            continue
        got = actual.get(name)
        if name == "references.numbers":
            want = _cited(expected)
            got = _cited({name: got, "subject.number": actual.get("subject.number")})
        counts = report.fields.setdefault(name, Counts())
        if name in LIST_FIELDS:
            want_set = {_key(name, v) for v in (want or [])}
            got_set = {_key(name, v) for v in (got or [])}
            counts.expected += len(want_set)
            counts.extracted += len(got_set)
            counts.correct += len(want_set & got_set)
            if want_set != got_set:
                report.mismatches.append(
                    f"{doc}: {name} thiếu {sorted(map(str, want_set - got_set))} "
                    f"thừa {sorted(map(str, got_set - want_set))}"
                )
            continue
        want_n, got_n = _key(name, want), _key(name, got)
        empty_want = want_n in (None, "", False)
        empty_got = got_n in (None, "", False)
        counts.expected += 0 if empty_want else 1
        counts.extracted += 0 if empty_got else 1
        if not empty_got and not empty_want and want_n == got_n:
            counts.correct += 1
        elif want_n != got_n and not (empty_want and empty_got):
            report.mismatches.append(f"{doc}: {name} cần {want!r}, được {got!r}")


def compare_section3(
    expected: dict[str, Any], parsed: dict[str, Any], *, report: Report, doc: str
) -> None:
    """Add one document's section III (groups, tasks, deadlines) to the report."""
    if "section3" not in expected:
        return
    counts, notes = score_section3(expected["section3"], parsed["unit_groups"], doc=doc)
    for name in SECTION3_FIELDS:
        report.section3.setdefault(name, Counts()).add(Counts(*getattr(counts, name)))
    report.mismatches.extend(notes)


class CorpusError(ValueError):
    """A corpus file that cannot be scored, with the Vietnamese reason naming it."""


def read_document(path: Path) -> str:
    """Return a corpus file's text: .txt as UTF-8, other kinds through the upload's text reader."""
    try:
        if path.suffix == ".txt":
            return path.read_text(encoding="utf-8")
        return extract_text(path.read_bytes(), filename=path.name)
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path.name}: tệp .txt của bộ mẫu phải mã hóa UTF-8.") from exc
    except DocumentError as exc:
        raise CorpusError(f"{path.name}: {exc.message}") from exc


def _expected(path: Path) -> dict[str, Any]:
    try:
        expected = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CorpusError(f"{path.name}: không phải JSON hợp lệ (UTF-8).") from exc
    if not isinstance(expected, dict) or not isinstance(expected.get("_meta", {}), dict):
        raise CorpusError(f"{path.name}: phải là một đối tượng JSON (các trường cần đúng).")
    return expected


def corpus_documents(
    directory: Path, *, split: str = "all", texts: Path | None = None
) -> list[tuple[str, dict[str, Any], Path | None]]:
    """Return (name, expected values, text file or None) for every annotated document of the split.

    The annotations are the project's own; the texts of real documents are third-party pages
    kept outside the repository, so they are looked up in `texts` first, then beside the
    annotations (where the project's own synthetic texts live).
    """
    found = []
    for expected_path in sorted(Path(directory).glob("*.expected.json")):
        stem = expected_path.name[: -len(".expected.json")]
        expected = _expected(expected_path)
        if split != "all" and expected.get("_meta", {}).get("split") != split:
            continue
        folders = [Path(texts)] if texts is not None else []
        folders.append(expected_path.parent)
        candidates = [f / (stem + s) for f in folders for s in TEXT_SUFFIXES]
        found.append((stem, expected, next((p for p in candidates if p.exists()), None)))
    return found


def corpus_files(
    directory: Path, *, split: str = "all", texts: Path | None = None
) -> list[tuple[Path, dict[str, Any]]]:
    """Return (document, expected values) for every annotated document of the split with a text."""
    docs = corpus_documents(directory, split=split, texts=texts)
    return [(path, expected) for _stem, expected, path in docs if path is not None]


def evaluate_corpus(
    directory: Path, *, split: str = "all", texts: Path | None = None
) -> dict[str, Report]:
    """Parse every annotated document of the split; return reports for full, excerpt and all."""
    reports = {name: Report() for name in (*KINDS, "all")}
    for stem, expected, text_path in corpus_documents(directory, split=split, texts=texts):
        kind = expected.get("_meta", {}).get("kind", "excerpt")
        if text_path is None:
            for report in (reports[kind], reports["all"]):
                report.without_text.append(stem)
            continue
        parsed = parse_document(read_document(text_path)).to_dict()
        actual = actual_fields(parsed)
        for report in (reports[kind], reports["all"]):
            compare(expected, actual, report=report, doc=stem)
            compare_section3(expected, parsed, report=report, doc=stem)
            report.documents += 1
    reports["all"].mismatches = sorted(set(reports["all"].mismatches))
    return reports


def evaluate_dir(directory: Path, *, texts: Path | None = None) -> Report:
    """Parse every annotated document of a folder and compare (all splits and kinds together)."""
    return evaluate_corpus(directory, texts=texts)["all"]


def _pct(value: float | None) -> str:
    return "   –  " if value is None else f"{value * 100:5.1f}%"


def _row(name: str, c: Counts) -> str:
    return (
        f"{name:24} {c.extracted:6} {c.expected:5} {c.correct:5} "
        f"{_pct(c.precision):>10} {_pct(c.recall):>8} {_pct(c.f1):>7}"
    )


def format_report(report: Report, *, show_mismatches: bool = True) -> str:
    """Return the precision/recall/F1 table as text."""
    lines = [
        f"Tài liệu: {report.documents}",
        f"{'trường':24} {'trích':>6} {'cần':>5} {'đúng':>5} "
        f"{'precision':>10} {'recall':>8} {'F1':>7}",
    ]
    lines.extend(_row(name, report.fields[name]) for name in sorted(report.fields))
    lines.append(_row("TỔNG", report.overall()))
    if report.without_text:
        lines.append(f"Không chấm (thiếu văn bản): {len(report.without_text)} tài liệu đã gán nhãn")
    if report.section3:
        lines.append("Mục III (tổ chức thực hiện):")
        lines.extend(_row(f"  {name}", report.section3[name]) for name in SECTION3_FIELDS)
    if show_mismatches and report.mismatches:
        lines.append("")
        lines.append("Sai lệch:")
        lines.extend(f"  {m}" for m in report.mismatches)
    return "\n".join(lines)


KIND_TITLES = {"full": "Toàn văn", "excerpt": "Trích đoạn, bản tin", "all": "Tất cả"}


def format_corpus(reports: dict[str, Report], *, show_mismatches: bool = False) -> str:
    """Return the tables for full documents, excerpts and all, mismatches last when asked."""
    parts = []
    for name in (*KINDS, "all"):
        if reports[name].documents:
            parts.append(f"== {KIND_TITLES[name]}")
            parts.append(format_report(reports[name], show_mismatches=False))
    if show_mismatches and reports["all"].mismatches:
        parts.append("\nSai lệch:")
        parts.extend(f"  {m}" for m in reports["all"].mismatches)
    return "\n".join(parts)


def corpus_dict(reports: dict[str, Report], *, mismatches: bool = False) -> dict[str, Any]:
    """Return the reports as one JSON-able dict keyed full, excerpt and all."""
    out: dict[str, Any] = {name: reports[name].as_dict() for name in (*KINDS, "all")}
    if mismatches:
        out["mismatches"] = reports["all"].mismatches
    return out


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(format_corpus(evaluate_corpus(Path(sys.argv[1])), show_mismatches=True))
