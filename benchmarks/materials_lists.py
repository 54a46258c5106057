"""p50/p95 of the materials library and the showcase register pages with 10,000 entries each.

    .venv/bin/python benchmarks/materials_lists.py [--entries N] [--requests N] [--database-url URL]

Builds a throwaway database (SQLite, or a fresh PostgreSQL database on the given server),
bulk-inserts N materials (half approved) and N showcase entries with two IP assets each,
then times the list pages as board staff: first page, a later page, a diacritic-free search
and a filter.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _throwaway_db import board_client, throwaway_database  # noqa: E402

WORDS = [
    "Gạo",
    "Cà phê",
    "Chè Shan tuyết",
    "Mận",
    "Mật ong",
    "Miến dong",
    "Thịt trâu",
    "Rượu",
    "Mường Ảng",
    "Tủa Chùa",
    "Điện Biên",
    "Thanh An",
    "Mường Nhé",
    "Tuần Giáo",
    "sạch",
    "hữu cơ",
]


def summary(timings: list[float]) -> str:
    ordered = sorted(timings)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    engine, cleanup = throwaway_database(url=args.database_url, name="matlists")
    try:
        run(args, engine)
    finally:
        cleanup()


def run(args: argparse.Namespace, engine: str) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from lantoa.core.text import fold, vn_sort_key
    from lantoa.guidance.demo import campaign_load_demo
    from lantoa.materials.models import Material, MaterialVersion, VersionStatus
    from lantoa.organization.demo import province_load_demo
    from lantoa.organization.models import Unit, UnitKind
    from lantoa.showcase.models import AssetKind, AssetStatus, IpAsset, ShowcaseEntry

    call_command("migrate", verbosity=0)
    province_load_demo()
    campaign = campaign_load_demo()
    rng = random.Random(2026)
    communes = list(Unit.objects.filter(kind__in=[UnitKind.COMMUNE, UnitKind.WARD]))
    started = time.perf_counter()
    materials = []
    for i in range(args.entries):
        title = f"{rng.choice(WORDS)} {rng.choice(WORDS)} — tài liệu {i}"
        materials.append(
            Material(
                campaign=campaign,
                kind=rng.choice(["leaflet", "qa", "newsletter", "loudspeaker"]),
                audience=rng.choice(["cadres", "businesses", "households", "ethnic_villages"]),
                language=rng.choice(["vi", "vi", "tai", "hmn"]),
                title=title,
                search_key=fold(title),
            )
        )
    Material.objects.bulk_create(materials, batch_size=2000)
    versions = [
        MaterialVersion(
            material=m,
            number=1,
            body="Nội dung",
            status=VersionStatus.APPROVED if i % 2 else VersionStatus.DRAFT,
        )
        for i, m in enumerate(Material.objects.order_by("pk"))
    ]
    MaterialVersion.objects.bulk_create(versions, batch_size=2000)
    now = timezone.now()
    for version in MaterialVersion.objects.filter(status=VersionStatus.APPROVED).only(
        "pk", "material_id"
    ):
        Material.objects.filter(pk=version.material_id).update(
            approved_version=version, first_approved_at=now
        )
    entries = []
    for i in range(args.entries):
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}"
        commune = rng.choice(communes)
        entries.append(
            ShowcaseEntry(
                name=name,
                kind=rng.choice(["model", "product", "enterprise", "cooperative"]),
                commune=commune,
                ocop_stars=rng.randint(0, 5),
                search_key=fold(f"{name} {commune.name}"),
                sort_key=vn_sort_key(name),
            )
        )
    ShowcaseEntry.objects.bulk_create(entries, batch_size=2000)
    assets = [
        IpAsset(entry=e, kind=rng.choice(AssetKind.values), status=rng.choice(AssetStatus.values))
        for e in ShowcaseEntry.objects.all()
        for _ in range(2)
    ]
    IpAsset.objects.bulk_create(assets, batch_size=2000)
    print(
        f"Materials and showcase lists on {engine}: {args.entries:,} materials, "
        f"{args.entries:,} showcase entries ({time.perf_counter() - started:.0f} s to insert)"
    )
    client = board_client()
    pages = {
        "materials, page 1": "/tai-lieu/",
        "materials, page 100": "/tai-lieu/?trang=100",
        "materials, search 'ca phe'": "/tai-lieu/?q=ca+phe",
        "materials, filter Mông": "/tai-lieu/?ngon_ngu=hmn",
        "showcase, page 1": "/tieu-bieu/",
        "showcase, page 100": "/tieu-bieu/?trang=100",
        "showcase, search 'che shan tuyet'": "/tieu-bieu/?q=che+shan+tuyet",
        "showcase, filter GI granted": "/tieu-bieu/?tai_san=gi&tinh_trang=granted",
    }
    for label, url in pages.items():
        client.get(url)  # warm up
        timings = []
        for _ in range(args.requests):
            t0 = time.perf_counter()
            response = client.get(url)
            timings.append(1000 * (time.perf_counter() - t0))
            assert response.status_code == 200, (url, response.status_code)
        print(f"  {label:<36} {summary(timings)}")


if __name__ == "__main__":
    main()
