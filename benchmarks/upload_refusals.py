"""How long each hostile file takes to be refused (the promise: under 2 s, server unharmed).

    python benchmarks/upload_refusals.py

Prints, per file of the hostile corpus (tests/security/hostile.py): the time of the pre-parse
check alone, and of the whole guidance read path (check and parse in a limited child process).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.security.hostile import GUIDANCE_TYPES, corpus  # noqa: E402

from lantoa.core.isolation import parse_in_child  # noqa: E402
from lantoa.core.uploads import UploadRefused, check_upload  # noqa: E402
from lantoa.guidance.parsing import DocumentError  # noqa: E402
from lantoa.guidance.reading import read_guidance_file  # noqa: E402


def timed(call) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        call()
    except (UploadRefused, DocumentError) as exc:
        return time.perf_counter() - started, exc.message
    return time.perf_counter() - started, "ACCEPTED (!)"


def main() -> None:
    parse_in_child(len, b"warm-up")  # start the fork server once, as a running server has
    worst = 0.0
    print(f"{'file':32} {'size':>10} {'check':>8} {'child':>8}  message")
    for case in corpus():
        check_s, message = timed(
            lambda c=case: check_upload(c.data, filename=c.filename, allowed=set(c.allowed))
        )
        child_s = float("nan")
        if case.allowed == GUIDANCE_TYPES:
            child_s, message = timed(
                lambda c=case: parse_in_child(read_guidance_file, c.data, c.filename)
            )
        worst = max(worst, check_s, 0 if child_s != child_s else child_s)
        print(
            f"{case.label:32} {len(case.data):>10,} {check_s * 1000:>6.0f}ms "
            f"{child_s * 1000:>6.0f}ms  {message[:70]}"
        )
    print(
        f"slowest refusal: {worst * 1000:.0f} ms ({'OK' if worst < 2 else 'OVER'} the 2 s budget)"
    )


if __name__ == "__main__":
    main()
