"""Benchmark: what a guidance upload's request waits for, and what the worker then reads.

Since the reading moved to the worker, the request runs the upload check alone (in the limited
child); text extraction, parsing and the signature check run in the background. This builds a
text-layer PDF of a long guidance (the synthetic guidance of guidance_parse.py, printed by
WeasyPrint) and times both halves, each in the child process as the product runs them.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/guidance_upload.py [--pages N]

Lead engineer, 06/12/2026, at 4def126 (medians of three, child start included):
  10 pages (26 KB): the request waits 1.11 s; the worker reads in 2.28 s
  40 pages (74 KB): the request waits 0.92 s; the worker reads in 6.20 s
  80 pages (137 KB): the request waits 0.87 s; the worker reads in 10.90 s
Before, the request waited for the whole reading (the right-hand figure).
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before the project is imported.
import _one_core  # noqa: F401

# isort: split

import argparse
import html
import statistics
import time

from guidance_parse import synthetic_guidance
from weasyprint import HTML

from lantoa.guidance.reading import guidance_file_check, guidance_file_parse

RUNS = 3


def guidance_pdf(pages: int) -> bytes:
    """Return a text-layer PDF of about `pages` A4 pages of a synthetic guidance."""
    text = synthetic_guidance(target_chars=pages * 3_000)
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    style = (
        "<style>@page{size:A4;margin:2cm} p{font:13pt 'Liberation Serif';margin:0 0 4pt}</style>"
    )
    return HTML(
        string=f"<html lang='vi'><head>{style}</head><body>{body}</body></html>"
    ).write_pdf()


def timed(run) -> float:
    """Return the median seconds of a few runs."""
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, nargs="*", default=[10, 40, 80])
    for pages in parser.parse_args().pages:
        data = guidance_pdf(pages)
        check = timed(lambda data=data: guidance_file_check(data, "huong-dan.pdf"))
        read = timed(lambda data=data: guidance_file_parse(data, "huong-dan.pdf"))
        print(
            f"{pages} pages ({len(data) / 1024:.0f} KB): the request waits {check:.2f} s "
            f"(upload check); the worker reads in {read:.2f} s (check, text, parse)"
        )


if __name__ == "__main__":
    main()
