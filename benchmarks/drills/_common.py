"""Shared set-up for the drills: a fresh SQLite data folder or a fresh PostgreSQL database."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

PG_BASE = os.environ.get("LANTOA_DRILL_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
ROOT = Path(__file__).resolve().parents[2]


def lantoa(env: dict[str, str], *args: str) -> str:
    """Run a lantoa command in the drill's environment; fail loudly."""
    result = subprocess.run(
        [sys.executable, "-m", "lantoa", *args], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SystemExit(f"lantoa {' '.join(args)} failed:\n{result.stderr[-2000:]}")
    return result.stdout


@contextmanager
def fresh_install(engine: str, *, migrate: bool = True):
    """Yield the environment of a new, migrated installation (deleted afterwards)."""
    with tempfile.TemporaryDirectory(prefix="lantoa-drill-") as data_dir:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
        env["LANTOA_DATA_DIR"] = data_dir
        env["PYTHONPATH"] = str(ROOT / "src")
        database = None
        if engine == "postgresql":
            import psycopg

            database = f"lantoa_drill_{uuid.uuid4().hex[:10]}"
            with psycopg.connect(PG_BASE, autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{database}"')
            env["LANTOA_DATABASE_URL"] = PG_BASE.rsplit("/", 1)[0] + f"/{database}"
        try:
            if migrate:
                lantoa(env, "migrate", "-v0")
                lantoa(
                    env,
                    "shell",
                    "-c",
                    "from lantoa.organization.demo import province_load_demo; province_load_demo()",
                )
            yield env
        finally:
            if database:
                import psycopg

                with psycopg.connect(PG_BASE, autocommit=True) as admin:
                    admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def django_setup() -> None:
    """Set up Django inside a drill's worker process."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.project.settings")
    import django

    django.setup()


def write_report(tag: str) -> None:
    """Write one report in one transaction: a notification and its audit entry."""
    from django.db import transaction

    from lantoa.audit.models import AuditAction
    from lantoa.audit.services import audit_record
    from lantoa.notifications.services import notifications_send
    from lantoa.organization.models import Unit

    with transaction.atomic():
        unit = Unit.objects.get(code="03127")
        notifications_send(unit=unit, title=tag, body="Báo cáo diễn tập " * 20)
        audit_record(action=AuditAction.CHANGE, username="drill", target=tag)
