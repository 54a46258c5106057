"""What the shared request counter costs each API call and answer-page post (#19).

    .venv/bin/python benchmarks/request_counter.py [--database-url URL] [--calls 2000] [--threads 8]

Builds a throwaway database (SQLite, or a fresh PostgreSQL database on the given server), then
counts requests through accounts.services_throttle.request_count: first one caller in a row (the
cost one request adds, one scope as one API token makes), then N threads at once with their own
connections (each a scope of its own, as many phones behind many addresses), which is where the
SQLite write lock queues. Prints µs per count (median, p95) and counts per second.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _throwaway_db import throwaway_database  # noqa: E402


def timed(calls: int, scope: str, out: list[float]) -> None:
    from django.db import connection

    from lantoa.accounts.services_throttle import request_count

    for _ in range(calls):
        started = time.perf_counter()
        request_count(scope=scope)
        out.append((time.perf_counter() - started) * 1e6)
    connection.close()


def line(label: str, samples: list[float], elapsed: float) -> str:
    p95 = statistics.quantiles(samples, n=100, method="inclusive")[94]
    return (
        f"{label:<34} median {statistics.median(samples):8.0f} µs   p95 {p95:8.0f} µs   "
        f"{len(samples) / elapsed:8.0f} counts/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    engine, cleanup = throwaway_database(url=args.database_url, name="counter")
    try:
        import django

        django.setup()
        from django.core.management import call_command

        from lantoa.accounts.models import RequestCount

        call_command("migrate", verbosity=0)
        print(f"{engine}: {args.calls} counts in a row, then {args.threads} threads")
        one: list[float] = []
        started = time.perf_counter()
        timed(args.calls, "api-token:bench", one)
        print(line("one caller, one scope", one, time.perf_counter() - started))
        many: list[float] = []
        threads = [
            threading.Thread(target=timed, args=(args.calls // args.threads, f"10.0.0.{i}", many))
            for i in range(args.threads)
        ]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(line(f"{args.threads} threads, a scope each", many, time.perf_counter() - started))
        total = sum(RequestCount.objects.values_list("requests", flat=True))
        expected = args.calls + args.calls // args.threads * args.threads
        print(f"counted {total} of {expected} ({'none lost' if total == expected else 'LOST'})")
    finally:
        cleanup()


if __name__ == "__main__":
    main()
