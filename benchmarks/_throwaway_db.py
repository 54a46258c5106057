"""A throwaway database for a benchmark: a temporary SQLite file or a fresh PostgreSQL database."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    from django.test import Client


def throwaway_database(*, url: str, name: str) -> tuple[str, Callable[[], None]]:
    """Point LANTOA_* at a new empty database; return a description and a clean-up callable."""
    data_dir = tempfile.mkdtemp(prefix=f"lantoa-{name}-")
    os.environ["LANTOA_DATA_DIR"] = data_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "lantoa.project.settings"
    if not url:
        os.environ.pop("LANTOA_DATABASE_URL", None)
        return "SQLite (WAL)", lambda: None
    import psycopg

    parts = urlsplit(url)
    database = f"lantoa_bench_{name}_{os.getpid()}"
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{database}"')
    os.environ["LANTOA_DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{database}"))

    def drop() -> None:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    return "PostgreSQL", drop


def board_client(username: str = "bench") -> Client:
    """Return a test client signed in as board staff, past the two-step sign-in."""
    from django.test import Client

    from lantoa.accounts.mfa import SESSION_KEY
    from lantoa.accounts.models import Role
    from lantoa.accounts.services import user_create

    user = user_create(
        username=username, password="mat-khau-bench-2026", unit_code="BTGDVTU", role=Role.BOARD
    )
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    session = client.session
    session[SESSION_KEY] = True
    session.save()
    return client
