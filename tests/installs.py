"""Installations for tests that drive `lantoa` in child processes: migrate once, copy per test.

`lantoa migrate` on an empty database takes seconds; the browser modules and the backup tests
each need a fresh installation, so the session migrates one and every user gets its own copy
(the data folder's files, and on PostgreSQL a `CREATE DATABASE … TEMPLATE` of its database).
On SQLite the workers under `-n N` share that one installation (LANTOA_TEST_INSTALLS_DIR,
tests/conftest.py), and each worker's in-memory test database is a copy of its database too.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

CONFIGURED_URL = os.environ.get("LANTOA_DATABASE_URL", "")
# The session's folder the workers share under `-n N`; unset under `-n 0`.
SHARED = os.environ.get("LANTOA_TEST_INSTALLS_DIR", "")


def on_postgresql() -> bool:
    """Whether the tests run against PostgreSQL (LANTOA_DATABASE_URL)."""
    return CONFIGURED_URL.startswith(("postgres://", "postgresql://"))


def _admin_url() -> str:
    parts = urlsplit(CONFIGURED_URL)
    return urlunsplit(parts._replace(path="/postgres", scheme="postgresql"))


def postgres_database_create(prefix: str, template: str | None = None) -> tuple[str, str]:
    """Create a database beside the configured one (a copy of `template`); return URL and name."""
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    copy_of = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(_admin_url(), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"{copy_of}')
    return urlunsplit(urlsplit(CONFIGURED_URL)._replace(path=f"/{name}")), name


def postgres_database_drop(name: str) -> None:
    """Drop a database made by postgres_database_create, closing what is still connected."""
    import psycopg

    with psycopg.connect(_admin_url(), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def lantoa_env(data_dir: Path, database_url: str = "") -> dict[str, str]:
    """Return the environment of a `lantoa` child: this process's, with only these LANTOA_*."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env["LANTOA_DATA_DIR"] = str(data_dir)
    if database_url:
        env["LANTOA_DATABASE_URL"] = database_url
    return env


@dataclass
class Install:
    """A data folder and, on PostgreSQL, its own database; no process has either open."""

    data_dir: Path
    database_url: str = ""
    pg_name: str | None = None

    @property
    def env(self) -> dict[str, str]:
        """The environment of a `lantoa` child on this installation."""
        return lantoa_env(self.data_dir, self.database_url)

    def copy_to(self, data_dir: Path) -> Install:
        """Copy this installation into data_dir (its own database too); drop() removes that."""
        # The database, its audit key and anchored heads, and the secret key travel together.
        shutil.copytree(self.data_dir, data_dir, dirs_exist_ok=True)
        if self.pg_name is None:
            return Install(data_dir=data_dir)
        url, name = postgres_database_create("lantoa_copy", template=self.pg_name)
        return Install(data_dir=data_dir, database_url=url, pg_name=name)

    def drop(self) -> None:
        """Drop this installation's PostgreSQL database (its folder goes with pytest's tmp)."""
        if self.pg_name:
            postgres_database_drop(self.pg_name)


def install_migrated(data_dir: Path) -> Install:
    """Run `lantoa migrate` on a new data folder (and a new PostgreSQL database when configured)."""
    url, name = postgres_database_create("lantoa_install") if on_postgresql() else ("", None)
    install = Install(data_dir=data_dir, database_url=url, pg_name=name)
    try:
        # The child has exited before any copy is made: no open connection, no WAL left behind.
        subprocess.run(
            [sys.executable, "-m", "lantoa", "migrate", "--verbosity", "0"],
            env=install.env,
            check=True,
            timeout=300,
        )
    except BaseException:
        install.drop()
        raise
    return install


def install_migrated_once(folder: Path) -> Install:
    """Return the SQLite installation migrated in folder, migrating it only for the first caller."""
    return install_built_once(folder, "migrated", install_migrated)


def install_built_once(folder: Path, name: str, build: Callable[[Path], object]) -> Install:
    """Return the SQLite installation `name` in folder, built by build(data_dir) only once.

    The workers under `-n N` share the session's folder: the first to need an installation
    builds it and another waits for it instead of building its own.
    """
    install = Install(data_dir=folder / name)
    done = folder / f"{name}.done"
    with (folder / f"{name}.lock").open("w") as lock:
        # Held while building: another worker waits for this installation instead of its own.
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            build(install.data_dir)
            # Everything in the main file, no WAL beside it: copies read the file alone.
            with closing(sqlite3.connect(install.data_dir / "lantoa.sqlite3")) as database:
                database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            done.touch()
    return install


def sqlite_copy_into(install: Install, connection: Any) -> None:
    """Copy the installation's migrated database into Django's (in-memory) test connection."""
    source = f"file:{install.data_dir / 'lantoa.sqlite3'}?mode=ro&immutable=1"
    connection.ensure_connection()
    # Django's own parallel runner clones SQLite test databases the same way (backup API).
    with closing(sqlite3.connect(source, uri=True)) as migrated:
        migrated.backup(connection.connection)
