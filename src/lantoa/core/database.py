"""Turns LANTOA_DATABASE_URL (or the embedded SQLite default) into Django's DATABASES entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dj_database_url

from lantoa.core.env import ConfigError

SQLITE_INIT = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
# Seconds a writer waits for the write lock. Sixty busy writers on two cores can queue for
# more than ten seconds; waiting is right, failing a report is not.
SQLITE_BUSY_SECONDS = 60
# Seconds a server thread keeps its SQLite connection between requests. Opening one per
# request (PRAGMAs, Django's SQL functions, the schema parsed again) took about 40 % of a
# contest entry's server time; PostgreSQL connections are kept as long.
SQLITE_CONNECTION_SECONDS = 60


def sqlite_config(*, path: Path) -> dict[str, Any]:
    """Return the embedded SQLite settings: WAL, IMMEDIATE transactions, a busy timeout, kept."""
    return {
        "ENGINE": "lantoa.core.sqlite",
        "CONN_MAX_AGE": SQLITE_CONNECTION_SECONDS,
        "NAME": str(path),
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": SQLITE_BUSY_SECONDS,
            "init_command": SQLITE_INIT,
        },
        # Tests run in memory; named, not None, so pytest-xdist's workers do not each get a
        # suffixed file name beside the data folder's database.
        "TEST": {"NAME": ":memory:"},
    }


def database_config(*, url: str, data_dir: Path) -> dict[str, Any]:
    """Return the DATABASES['default'] entry for a URL, refusing malformed ones."""
    if not url:
        return sqlite_config(path=data_dir / "lantoa.sqlite3")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in {"postgres", "postgresql", "pgsql"}:
        if not parts.path.strip("/"):
            raise ConfigError("LANTOA_DATABASE_URL: địa chỉ PostgreSQL không nêu tên cơ sở dữ liệu")
        try:
            config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        except (ValueError, KeyError) as exc:
            raise ConfigError(f"LANTOA_DATABASE_URL sai dạng: {exc}") from None
        config.setdefault("OPTIONS", {})
        return dict(config)
    if scheme == "sqlite":
        path = parts.path
        if not path or path == "/":
            raise ConfigError("LANTOA_DATABASE_URL: địa chỉ SQLite không nêu tệp")
        return sqlite_config(path=Path(path))
    raise ConfigError(
        "LANTOA_DATABASE_URL phải bắt đầu bằng postgres:// hoặc sqlite:/// "
        f"(đang là {url.split(':', 1)[0]!r})"
    )
