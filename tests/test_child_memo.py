"""The tests' memo of the child's answers remembers only successes of pure readers of bytes."""

from __future__ import annotations

import pytest

from lantoa.core import isolation
from lantoa.guidance.parsing import DocumentError
from lantoa.guidance.reading import read_guidance_file
from tests import child_memo
from tests.conftest import SEED_NAME, png_bytes, seed_bytes
from tests.security import hostile


def _counted(func, *args, **kwargs):  # type: ignore[no-untyped-def]
    before = dict(child_memo.calls)
    result = isolation.parse_in_child(func, *args, **kwargs)
    return result, {k: child_memo.calls[k] - before[k] for k in before}


def test_it_is_what_the_code_under_test_calls():
    assert isolation.parse_in_child is child_memo.parse_in_child


def test_it_asks_the_child_once_and_hands_out_fresh_copies():
    data = seed_bytes() + b"\nMemo test."
    first, asked = _counted(read_guidance_file, data, SEED_NAME)
    second, remembered = _counted(read_guidance_file, data, SEED_NAME)
    assert asked == {"real": 1, "remembered": 0}
    assert remembered == {"real": 0, "remembered": 1}
    assert first == second and first[1] is not second[1]


def test_it_asks_again_under_other_limits():
    data = png_bytes((41, 31))
    from lantoa.core.images import check_and_reencode

    _counted(check_and_reencode, data, "a.png", "evidence", 10 * 1024 * 1024)
    _, again = _counted(check_and_reencode, data, "a.png", "evidence", 10 * 1024 * 1024, seconds=9)
    assert again == {"real": 1, "remembered": 0}


def test_it_never_remembers_a_refusal_or_a_path(tmp_path):
    bomb = next(c for c in hostile.corpus() if c.label == "zip bomb")
    before = child_memo.calls["real"]
    for _ in range(2):
        with pytest.raises(DocumentError):
            isolation.parse_in_child(read_guidance_file, bomb.data, bomb.filename)
    assert child_memo.calls["real"] == before + 2
    path = tmp_path / "hd.txt"
    path.write_bytes(seed_bytes())
    assert child_memo._key(read_guidance_file, (path, SEED_NAME), {}) is None
    assert child_memo._key(hostile.double, (21,), {}) is None
