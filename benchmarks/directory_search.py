"""p50/p95 of the unit directory search with 3,321 commune-level units on SQLite."""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time

COMMUNES = 3321
QUERIES = [
    "dien bien phu",
    "Điện Biên",
    "muong",
    "xa thanh",
    "phường 7",
    "nam",
    "tan",
    "son",
    "quang",
    "binh",
    "xã an",
    "",
    "hoa",
    "phu",
    "dong",
    "tien",
    "vinh",
    "long",
]
SYLLABLES = [
    "An",
    "Bình",
    "Hòa",
    "Phú",
    "Tân",
    "Thành",
    "Mường",
    "Sơn",
    "Quang",
    "Đông",
    "Tiến",
    "Vĩnh",
    "Long",
    "Hưng",
    "Nam",
    "Bắc",
    "Trung",
    "Thạnh",
    "Lộc",
    "Phước",
    "Yên",
    "Hải",
]


def main() -> None:
    data_dir = tempfile.mkdtemp(prefix="lantoa-bench-")
    os.environ["LANTOA_DATA_DIR"] = data_dir
    os.environ.pop("LANTOA_DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "lantoa.project.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from lantoa.accounts.models import Role
    from lantoa.accounts.services import user_create
    from lantoa.organization.demo import province_load_demo
    from lantoa.organization.models import Unit, UnitKind
    from lantoa.organization.services import unit_keys_refresh

    call_command("migrate", verbosity=0)
    board = province_load_demo()
    rng = random.Random(7)
    existing = Unit.objects.filter(
        kind__in=[UnitKind.COMMUNE, UnitKind.WARD], state="active"
    ).count()
    units = []
    for index in range(COMMUNES - existing):
        kind = UnitKind.WARD if index % 9 == 0 else UnitKind.COMMUNE
        prefix = "Phường" if kind == UnitKind.WARD else "Xã"
        locality = f"{prefix} {rng.choice(SYLLABLES)} {rng.choice(SYLLABLES)}"
        name = f"Đảng ủy {locality[0].lower()}{locality[1:]}"
        code = f"9{index:05d}"
        unit = Unit(kind=kind, name=name, locality=locality, code=code, parent=board)
        unit_keys_refresh(unit)
        units.append(unit)
    Unit.objects.bulk_create(units)
    user_create(
        username="bench", password="mat-khau-bench-2026", unit_code="BTGDVTU", role=Role.BOARD
    )
    client = Client(HTTP_HOST="localhost")
    client.login(username="bench", password="mat-khau-bench-2026")
    try:  # the benchmark measures search, not the two-step sign-in
        from lantoa.accounts.mfa import SESSION_KEY

        session = client.session
        session[SESSION_KEY] = True
        session.save()
    except ImportError:
        pass
    commune_count = Unit.objects.filter(
        kind__in=[UnitKind.COMMUNE, UnitKind.WARD], state="active"
    ).count()
    timings = []
    for round_ in range(10):
        for query in QUERIES:
            started = time.perf_counter()
            response = client.get(
                "/don-vi/", {"q": query}, HTTP_HX_REQUEST="true" if round_ % 2 else ""
            )
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"unit directory search, {commune_count} commune-level units, SQLite, "
        f"{len(timings)} requests:"
    )
    print(f"  p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, max {timings[-1]:.1f} ms")


if __name__ == "__main__":
    main()
