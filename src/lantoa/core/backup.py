"""Backup of the database and uploads into one signed .tar.gz (restore lives in core/restore.py).

SQLite is copied with its online backup API (consistent while the server runs); PostgreSQL
with pg_dump (custom format) inside one exported snapshot. Rows that would let whoever holds an
archive act as someone (live sessions, second-factor secrets) are left out. A manifest holds
every table's row count and checksum, computed on the same snapshot, and the SHA-256 of every
member; it is signed with HMAC-SHA256 under a key kept outside the archive
(LANTOA_BACKUP_KEY_FILE), so that restore refuses an altered archive.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from django.apps import apps
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import connection, transaction

from lantoa.core.env import ConfigError
from lantoa.core.secrets import secret_key_load_or_create

FORMAT = 2
MANIFEST = "manifest.json"
SIGNATURE = "manifest.hmac"
SQLITE_MEMBER = "database/lantoa.sqlite3"
PG_MEMBER = "database/lantoa.pgdump"
UPLOADS = "uploads/"
KEY_VARIABLE = "LANTOA_BACKUP_KEY_FILE"


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message says why."""


# ---------------------------------------------------------------- what never leaves


def excluded_tables() -> list[str]:
    """Return the tables whose rows stay out of every archive (and are emptied on restore).

    Sessions are bearer credentials; apps name their own such models on their AppConfig
    (`backup_excluded_models`), so that core imports no app.
    """
    tables = {Session._meta.db_table}
    for config in apps.get_app_configs():
        for name in getattr(config, "backup_excluded_models", ()):
            tables.add(config.get_model(name)._meta.db_table)
    return sorted(tables)


# ---------------------------------------------------------------- key and signature


def backup_key_path() -> Path:
    """Return where the archive-signing key lives (LANTOA_BACKUP_KEY_FILE)."""
    return Path(settings.LANTOA_BACKUP_KEY_FILE).expanduser()


def backup_key(*, create: bool) -> bytes:
    """Return the signing key; a backup makes it on first use, a restore must be given it."""
    path = backup_key_path()
    if not path.is_file():
        if not create:
            raise BackupError(
                f"{KEY_VARIABLE}: không có khóa sao lưu tại {path}; đặt {KEY_VARIABLE} trỏ tới "
                "tệp khóa đã giữ lại từ bản cài đặt tạo ra bản sao lưu"
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return secret_key_load_or_create(path=path).encode("ascii")
    except (ConfigError, OSError, ValueError) as exc:
        raise BackupError(f"{KEY_VARIABLE}: không dùng được khóa sao lưu {path}: {exc}") from None


def manifest_signature(*, key: bytes, manifest: bytes) -> str:
    """Return the HMAC-SHA256 of the manifest's exact bytes, in hex."""
    return hmac.new(key, manifest, hashlib.sha256).hexdigest()


# ---------------------------------------------------------------- checksums


def _value(value: Any) -> str:
    if isinstance(value, memoryview | bytes | bytearray):
        return bytes(value).hex()
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        value = value.astimezone(datetime.UTC).replace(tzinfo=None)
    return repr(value)


def _table_sum(rows: Iterable[tuple[Any, ...]]) -> dict[str, Any]:
    """Return the row count and an order-independent checksum of a table's rows."""
    digests = sorted(
        hashlib.sha256("\x1f".join(_value(v) for v in row).encode()).digest() for row in rows
    )
    return {"rows": len(digests), "checksum": hashlib.sha256(b"".join(digests)).hexdigest()}


def _sqlite_tables(database: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in database.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]


def sqlite_checksums(path: Path) -> dict[str, dict[str, Any]]:
    """Return {table: {rows, checksum}} for every table of an SQLite file."""
    database = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        # Table names come from the database's own catalogue, not from a person.
        return {
            name: _table_sum(database.execute(f'SELECT * FROM "{name}"'))  # noqa: S608
            for name in _sqlite_tables(database)
        }
    finally:
        database.close()


def sqlite_clear(path: Path, *, tables: Iterable[str]) -> None:
    """Empty the tables in an SQLite file and rebuild it, so no deleted byte stays in a page."""
    database = sqlite3.connect(path)
    try:
        present = set(_sqlite_tables(database))
        for name in tables:
            if name in present:
                database.execute(f'DELETE FROM "{name}"')  # noqa: S608 - names from the models
        database.commit()
        database.execute("PRAGMA journal_mode=DELETE")  # the file stands alone, no -wal beside it
        database.execute("VACUUM")
    finally:
        database.close()


def connection_checksums(*, empty: Iterable[str] = ()) -> dict[str, dict[str, Any]]:
    """Return {table: {rows, checksum}} for every table of the default connection.

    Tables in `empty` are summed as having no rows: their data is left out of the dump.
    """
    skipped = set(empty)
    result = {}
    with connection.cursor() as cursor:
        for name in sorted(connection.introspection.table_names(cursor)):
            if name in skipped:
                result[name] = _table_sum([])
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(name)}")  # noqa: S608
            result[name] = _table_sum(cursor.fetchall())
    return result


def sqlite_integrity(path: Path) -> str:
    """Return SQLite's PRAGMA integrity_check answer ("ok" when sound)."""
    database = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return ",".join(row[0] for row in database.execute("PRAGMA integrity_check"))
    finally:
        database.close()


# ---------------------------------------------------------------- backup


def is_sqlite() -> bool:
    """Tell whether the default database is SQLite."""
    return connection.vendor == "sqlite"


def database_path() -> Path:
    """Return the SQLite file of the default database."""
    return Path(connection.settings_dict["NAME"])


class _Hashing:
    """A reader that hashes what tarfile copies out of it, so each file is read once."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def _add_file(archive: tarfile.TarFile, path: Path, name: str) -> str:
    info = archive.gettarinfo(str(path), arcname=name)
    info.mode, info.uid, info.gid, info.uname, info.gname = 0o600, 0, 0, "", ""
    with path.open("rb") as handle:
        reader = _Hashing(handle)
        archive.addfile(info, reader)
    return reader.digest.hexdigest()


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.datetime.now().timestamp())
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


def pg_env() -> dict[str, str]:
    """Return the environment that points pg_dump and pg_restore at the default database."""
    db = connection.settings_dict
    env = dict(os.environ)
    env.update(
        {
            "PGHOST": str(db.get("HOST") or "127.0.0.1"),
            "PGPORT": str(db.get("PORT") or 5432),
            "PGUSER": str(db.get("USER") or ""),
            "PGDATABASE": str(db["NAME"]),
        }
    )
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return env


def pg_tool(name: str) -> str:
    """Return the path of a PostgreSQL client tool, or say how to get it."""
    tool = shutil.which(name)
    if tool is None:
        raise BackupError(
            f"không tìm thấy {name} trong PATH: hãy cài bộ công cụ máy khách PostgreSQL"
        )
    return tool


def pg_run(argv: list[str]) -> str:
    """Run a PostgreSQL client tool on the default database; return its error text, "" if none."""
    result = subprocess.run(argv, env=pg_env(), capture_output=True, text=True, check=False)
    if result.returncode == 0:
        return ""
    return result.stderr.strip()[:500] or f"exit status {result.returncode}"


def backup_create(*, output: Path) -> dict[str, Any]:
    """Write database, uploads and the signed manifest to output (.tar.gz); return the manifest."""
    key = backup_key(create=True)
    output.parent.mkdir(parents=True, exist_ok=True)
    excluded = excluded_tables()
    with tempfile.TemporaryDirectory(prefix="lantoa-backup-") as work:
        if is_sqlite():
            dump = Path(work) / "lantoa.sqlite3"
            source = sqlite3.connect(database_path())
            target = sqlite3.connect(dump)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
            sqlite_clear(dump, tables=excluded)
            tables, member, engine = sqlite_checksums(dump), SQLITE_MEMBER, "sqlite"
        else:
            dump = Path(work) / "lantoa.pgdump"
            tables, member, engine = _pg_dump(dump, excluded), PG_MEMBER, "postgresql"
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "engine": engine,
            "created": datetime.datetime.now(datetime.UTC).isoformat(),
            "tables": tables,
            "excluded": excluded,
            "uploads": [],
            "members": {},
        }
        partial = output.with_name(output.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            manifest["members"][member] = _add_file(archive, dump, member)
            media = Path(settings.MEDIA_ROOT)
            if media.is_dir():
                for path in sorted(p for p in media.rglob("*") if p.is_file()):
                    relative = path.relative_to(media).as_posix()
                    name = f"{UPLOADS}{relative}"
                    manifest["members"][name] = _add_file(archive, path, name)
                    manifest["uploads"].append(relative)
            data = json.dumps(manifest, indent=1, sort_keys=True).encode()
            _add_bytes(archive, MANIFEST, data)
            _add_bytes(archive, SIGNATURE, manifest_signature(key=key, manifest=data).encode())
        os.chmod(partial, 0o600)
        partial.replace(output)  # never leave a half-written file under the final name
    return manifest


def _pg_dump(dump: Path, excluded: list[str]) -> dict[str, dict[str, Any]]:
    """Dump inside one exported snapshot, and sum the tables on that same snapshot."""
    tool = pg_tool("pg_dump")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        error = pg_run(
            [
                tool,
                "--format=custom",
                f"--snapshot={snapshot}",
                "--no-owner",
                *(f"--exclude-table-data={name}" for name in excluded),
                "-f",
                str(dump),
            ]
        )
        if error:
            raise BackupError(f"pg_dump lỗi: {error}")
        return connection_checksums(empty=excluded)
