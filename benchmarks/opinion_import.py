"""End-to-end opinion import of a large social-media export, as the worker runs it.

    .venv/bin/python benchmarks/opinion_import.py [--rows N] [--database-url URL]

Builds a throwaway database with the demo (as `lantoa demo --no-serve` loads it: units, trained
models, the claim registry), writes a CSV export of N comments (default 50,000) made from the
in-domain seed sentences with the edits people make when they repost (no diacritics, a word
added or dropped, a prefix, teen code, a phone number or an e-mail to mask), one in ten an
exact repost, and times `import_start` then `import_run`: the upload check, the parse in the
limited child, masking, pseudonymised handles, language, the three classifiers, claim matching,
near-duplicate clustering and the stored rows. It prints items per second of wall time and of
this process's CPU, the counts the job records, and the peak memory of the process.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _throwaway_db import throwaway_database  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "src" / "lantoa" / "opinion" / "seed" / "indomain"
PREFIXES = ("Chia sẻ: ", "Nghe nói ", "@admin ", "Mọi người ơi, ", "")
TEEN = {"không": "ko", "được": "dc", "gì": "j", "mọi người": "mn", "biết": "bít"}


def seed_texts() -> list[str]:
    """Return the project's own in-domain comments (train split), the realistic base."""
    with (SEED / "train.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def repost(text: str, rng: random.Random) -> str:
    """Return a comment retold with one or two of the edits people make."""
    from lantoa.core.text import fold

    for edit in rng.sample(["fold", "prefix", "teen", "drop", "contact", "punct"], k=2):
        if edit == "fold":
            text = fold(text)
        elif edit == "prefix":
            text = rng.choice(PREFIXES) + text
        elif edit == "teen":
            for word, short in TEEN.items():
                text = text.replace(word, short)
        elif edit == "drop" and len(text.split()) > 6:
            words = text.split()
            words.pop(rng.randrange(len(words)))
            text = " ".join(words)
        elif edit == "contact":
            text += rng.choice(
                [" lh 0912 345 678", " zalo 0987.654.321", " mail ban.hang@gmail.com"]
            )
        else:
            text += rng.choice(["!", "!!!", " ạ", "?", " 👍"])
    return text


def build_csv(rows: int, rng: random.Random) -> bytes:
    """Return a CSV export of `rows` comments with ids, authors and dates."""
    base = seed_texts()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["comment_id", "author", "created_time", "message"])
    made: list[str] = []
    for n in range(rows):
        if made and rng.random() < 0.1:
            text = rng.choice(made)  # an exact repost: a duplicate, clustered with its first
        else:
            text = repost(rng.choice(base), rng)
            made.append(text)
        day = f"{rng.randint(1, 28):02d}/{rng.randint(6, 11):02d}/2026"
        writer.writerow([f"1029384756{n:08d}", f"Người dùng {rng.randint(1, 9000)}", day, text])
    return out.getvalue().encode("utf-8")


def main() -> None:
    """Build the data, run the import, print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    engine, clean_up = throwaway_database(url=args.database_url, name="opinion")
    try:
        import django

        django.setup()
        from django.core.files.uploadedfile import SimpleUploadedFile
        from django.core.management import call_command

        from lantoa.opinion.models import Cluster, ImportJob, Item
        from lantoa.opinion.services import import_run, import_start
        from lantoa.organization.models import Unit, UnitKind
        from lantoa.project.demo import demo_load

        call_command("migrate", interactive=False, verbosity=0)
        demo_load()
        board = Unit.objects.get(kind=UnitKind.BOARD)
        data = build_csv(args.rows, random.Random(51))
        items_before, clusters_before = Item.objects.count(), Cluster.objects.count()
        print(f"Database: {engine}; export {len(data) / 1024 / 1024:.1f} MB, {args.rows:,} rows")
        upload = SimpleUploadedFile("binh-luan.csv", data, content_type="text/csv")
        started, cpu = time.perf_counter(), time.process_time()
        job = import_start(user=None, unit=board, source="Trang cộng đồng (thử tải)", upload=upload)
        stats = import_run(job=ImportJob.objects.get(pk=job.pk))
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        job.refresh_from_db()
        if stats is None:
            raise SystemExit(f"import failed: {job.state} {job.error}")
        print(
            f"import: {args.rows:,} rows in {wall:.1f} s = {args.rows / wall:,.0f} rows/s wall, "
            f"{args.rows / cpu:,.0f} rows per CPU-second of this process (CPU {cpu:.1f} s; "
            "the child's parse not included)"
        )
        print(
            f"job: processed {job.processed:,}, created {job.created:,}, duplicates "
            f"{job.duplicates:,}, skipped {job.skipped:,}; items stored "
            f"{Item.objects.count() - items_before:,}, clusters "
            f"{Cluster.objects.count() - clusters_before:,}"
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this process: {peak:,.0f} MB")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        clean_up()


if __name__ == "__main__":
    main()
