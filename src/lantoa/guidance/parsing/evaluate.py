"""Field-level precision/recall of the parser against hand-checked expected values."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .numbers import symbol_key
from .parser import parse_document

LIST_FIELDS = frozenset(
    {"references.numbers", "channels.codes", "unit_groups", "task.deadline_kinds"}
)


def _norm(value: Any) -> Any:
    """Return a comparison form: casefolded, spaces collapsed, old-style "uỷ" unified."""
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = text.replace("uỷ", "ủy").replace("hoá", "hóa").replace("–", "-")
    return re.sub(r"\s+", " ", text).strip(" .;,")


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

    def add(self, other: Counts) -> None:
        """Add another field's counts to this one."""
        self.extracted += other.extracted
        self.expected += other.expected
        self.correct += other.correct


@dataclass
class Report:
    """Per-field counts over a corpus plus the mismatches found."""

    fields: dict[str, Counts] = field(default_factory=dict)
    mismatches: list[str] = field(default_factory=list)
    documents: int = 0

    def overall(self) -> Counts:
        """Return the counts summed over all fields."""
        total = Counts()
        for counts in self.fields.values():
            total.add(counts)
        return total


def _key(name: str, value: Any) -> Any:
    if name == "references.numbers":
        return symbol_key(str(value))
    return _norm(value)


def compare(expected: dict[str, Any], actual: dict[str, Any], *, report: Report, doc: str) -> None:
    """Add one document's comparison to the report."""
    for name, want in expected.items():
        got = actual.get(name)
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
        want_n, got_n = _norm(want), _norm(got)
        empty_want = want_n in (None, "", False)
        empty_got = got_n in (None, "", False)
        counts.expected += 0 if empty_want else 1
        counts.extracted += 0 if empty_got else 1
        if not empty_got and not empty_want and want_n == got_n:
            counts.correct += 1
        elif want_n != got_n and not (empty_want and empty_got):
            report.mismatches.append(f"{doc}: {name} cần {want!r}, được {got!r}")


def evaluate_dir(directory: Path) -> Report:
    """Parse every NN_slug.txt with an NN_slug.expected.json beside it and compare."""
    report = Report()
    for expected_path in sorted(Path(directory).glob("*.expected.json")):
        text_path = expected_path.with_name(expected_path.name.replace(".expected.json", ".txt"))
        if not text_path.exists():
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        parsed = parse_document(text_path.read_text(encoding="utf-8")).to_dict()
        compare(expected, actual_fields(parsed), report=report, doc=text_path.stem)
        report.documents += 1
    return report


def _pct(value: float | None) -> str:
    return "   –  " if value is None else f"{value * 100:5.1f}%"


def format_report(report: Report, *, show_mismatches: bool = True) -> str:
    """Return the precision/recall table as text."""
    lines = [
        f"Tài liệu: {report.documents}",
        f"{'trường':24} {'trích':>6} {'cần':>5} {'đúng':>5} {'precision':>10} {'recall':>8}",
    ]
    for name in sorted(report.fields):
        c = report.fields[name]
        lines.append(
            f"{name:24} {c.extracted:6} {c.expected:5} {c.correct:5} "
            f"{_pct(c.precision):>10} {_pct(c.recall):>8}"
        )
    total = report.overall()
    lines.append(
        f"{'TỔNG':24} {total.extracted:6} {total.expected:5} {total.correct:5} "
        f"{_pct(total.precision):>10} {_pct(total.recall):>8}"
    )
    if show_mismatches and report.mismatches:
        lines.append("")
        lines.append("Sai lệch:")
        lines.extend(f"  {m}" for m in report.mismatches)
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(format_report(evaluate_dir(Path(sys.argv[1]))))
