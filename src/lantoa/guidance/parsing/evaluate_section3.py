"""Scoring of section III (unit groups, their tasks and deadlines) against a hand annotation."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from lantoa.core.text import fold

# Two folded texts "match" at this rapidfuzz score or above (0-100).
THRESHOLD = 85
SECTION3_FIELDS = ("groups", "tasks", "deadlines")

# The annotation writes a group as its addressee; a parser may keep the request word before it.
_LEAD_WORDS = re.compile(r"^(?:de nghi|giao|yeu cau)\s+")
_PUNCT = re.compile(r"[^\w\s]")


def clean(text: str | None) -> str:
    """Return the comparison form of a text: folded, punctuation dropped, spaces collapsed."""
    folded = fold(_PUNCT.sub(" ", text or ""))
    return " ".join(folded.split())


def heading_score(want: str, got: str) -> float:
    """Return how well a parsed group heading names the annotated addressee (0-100).

    Word-set equality is enough (line breaks and order of "sở, ban, ngành" vary), but a parsed
    heading that swallowed the whole first task must not pass just because it contains the
    addressee's words, so a heading much longer than the addressee is compared in order.
    """
    a = _LEAD_WORDS.sub("", clean(want))
    b = _LEAD_WORDS.sub("", clean(got))
    if not a or not b:
        return 0.0
    if len(b.split()) <= 2 * len(a.split()) + 3:
        return float(fuzz.token_set_ratio(a, b))
    return float(fuzz.token_sort_ratio(a, b))


def task_score(want: str, got: str) -> float:
    """Return how well a parsed task holds the annotated opening words (0-100).

    The annotation keeps the task's opening words (at least eight); the parsed task may start
    with the group's name or carry more of the clause, so the words are looked for inside it.
    """
    a, b = clean(want), clean(got)
    if not a or not b:
        return 0.0
    return float(fuzz.partial_ratio(a, b)) if len(a) <= len(b) else float(fuzz.ratio(a, b))


def pair_up(
    wants: list[Any], gots: list[Any], score: Callable[[Any, Any], float]
) -> list[tuple[int, int]]:
    """Return one-to-one (want index, got index) pairs scoring THRESHOLD or more, best first."""
    scored = [
        (s, i, j)
        for i, w in enumerate(wants)
        for j, g in enumerate(gots)
        if (s := score(w, g)) >= THRESHOLD
    ]
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_w: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _s, i, j in scored:
        if i not in used_w and j not in used_g:
            used_w.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def deadline_agrees(want: dict[str, Any], got: dict[str, Any] | None) -> bool:
    """Return whether a parsed deadline says what the annotated one says.

    A printed full date must be read as that date; a deadline printed without one ("quý
    III/2026", "trước ngày 15 hằng tháng") must stay text: no date invented, the words kept.
    """
    if not got:
        return False
    if want.get("deadline"):
        return got.get("date") == want["deadline"]
    if got.get("date"):
        return False
    return task_score(want.get("deadline_text") or "", got.get("text") or "") >= THRESHOLD


@dataclass
class Section3Counts:
    """Extracted, expected and correct counts for groups, tasks and deadlines."""

    groups: tuple[int, int, int] = (0, 0, 0)
    tasks: tuple[int, int, int] = (0, 0, 0)
    deadlines: tuple[int, int, int] = (0, 0, 0)


def score_section3(
    expected: dict[str, Any], parsed_groups: list[dict[str, Any]], *, doc: str
) -> tuple[Section3Counts, list[str]]:
    """Compare the annotated section III with the parse's unit groups; return counts, mismatches.

    A task is correct only under the parsed group matched to its annotated group; a deadline only
    on a correct task. Parsed deadlines on any other task count as extracted (precision).
    """
    want_groups = expected.get("groups") or []
    pairs = pair_up(
        [g["heading"] for g in want_groups],
        [g.get("heading") or "" for g in parsed_groups],
        heading_score,
    )
    notes = [
        f"{doc}: section3 nhóm thiếu {want_groups[i]['heading']!r}"
        for i in range(len(want_groups))
        if i not in {p[0] for p in pairs}
    ]
    notes += [
        f"{doc}: section3 nhóm thừa {parsed_groups[j].get('heading')!r}"
        for j in range(len(parsed_groups))
        if j not in {p[1] for p in pairs}
    ]
    all_tasks = [t for g in parsed_groups for t in g.get("tasks", [])]
    want_tasks = [t for g in want_groups for t in g.get("tasks", [])]
    task_ok = deadline_ok = 0
    for i, j in pairs:
        wants = want_groups[i].get("tasks", [])
        gots = parsed_groups[j].get("tasks", [])
        task_pairs = pair_up(
            [t["text"] for t in wants], [t.get("text") or "" for t in gots], task_score
        )
        task_ok += len(task_pairs)
        matched = {a for a, _b in task_pairs}
        notes += [
            f"{doc}: section3 việc thiếu [{want_groups[i]['heading'][:40]}] {w['text'][:60]!r}"
            for k, w in enumerate(wants)
            if k not in matched
        ]
        for a, b in task_pairs:
            want = wants[a]
            if not (want.get("deadline") or want.get("deadline_text")):
                continue
            if deadline_agrees(want, gots[b].get("deadline")):
                deadline_ok += 1
            else:
                notes.append(
                    f"{doc}: section3 hạn cần {want.get('deadline') or want.get('deadline_text')!r}"
                    f", được {gots[b].get('deadline')!r}"
                )
    counts = Section3Counts(
        groups=(len(parsed_groups), len(want_groups), len(pairs)),
        tasks=(len(all_tasks), len(want_tasks), task_ok),
        deadlines=(
            sum(1 for t in all_tasks if t.get("deadline")),
            sum(1 for t in want_tasks if t.get("deadline") or t.get("deadline_text")),
            deadline_ok,
        ),
    )
    return counts, notes
