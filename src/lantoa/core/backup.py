"""Backup of the database and uploads into one .tar.gz, and restore into an empty data folder.

SQLite is copied with its online backup API (consistent while the server runs); PostgreSQL
with pg_dump (custom format) inside one exported snapshot. A manifest holds every table's row
count and checksum, computed on the same snapshot, and is checked again after a restore.
"""

from __future__ import annotations

import datetime
import hashlib
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
from typing import Any

from django.conf import settings
from django.db import connection, transaction

FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database/lantoa.sqlite3"
PG_MEMBER = "database/lantoa.pgdump"


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message says why."""


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


def sqlite_checksums(path: Path) -> dict[str, dict[str, Any]]:
    """Return {table: {rows, checksum}} for every table of an SQLite file."""
    database = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in database.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        # Table names come from the database's own catalogue, not from a person.
        return {
            name: _table_sum(database.execute(f'SELECT * FROM "{name}"'))  # noqa: S608
            for name in names
        }
    finally:
        database.close()


def connection_checksums() -> dict[str, dict[str, Any]]:
    """Return {table: {rows, checksum}} for every table of the default database connection."""
    result = {}
    with connection.cursor() as cursor:
        for name in sorted(connection.introspection.table_names(cursor)):
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


def _is_sqlite() -> bool:
    return connection.vendor == "sqlite"


def _database_path() -> Path:
    return Path(connection.settings_dict["NAME"])


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.datetime.now().timestamp())
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


def _pg_env() -> dict[str, str]:
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


def _pg_tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        raise BackupError(f"{name} is not on PATH: install the PostgreSQL client tools")
    return tool


def backup_create(*, output: Path) -> dict[str, Any]:
    """Write database, uploads and manifest to output (.tar.gz); return the manifest."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lantoa-backup-") as work:
        if _is_sqlite():
            dump = Path(work) / "lantoa.sqlite3"
            source = sqlite3.connect(_database_path())
            target = sqlite3.connect(dump)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
            tables, member, engine = sqlite_checksums(dump), SQLITE_MEMBER, "sqlite"
        else:
            dump = Path(work) / "lantoa.pgdump"
            tables, member, engine = _pg_dump(dump), PG_MEMBER, "postgresql"
        manifest = {
            "format": FORMAT,
            "engine": engine,
            "created": datetime.datetime.now(datetime.UTC).isoformat(),
            "tables": tables,
            "uploads": [],
        }
        partial = output.with_name(output.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(dump, arcname=member)
            media = Path(settings.MEDIA_ROOT)
            if media.is_dir():
                for path in sorted(p for p in media.rglob("*") if p.is_file()):
                    relative = path.relative_to(media).as_posix()
                    archive.add(path, arcname=f"uploads/{relative}")
                    manifest["uploads"].append(relative)
            _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=1).encode())
        os.chmod(partial, 0o600)
        partial.replace(output)  # never leave a half-written file under the final name
    return manifest


def _pg_dump(dump: Path) -> dict[str, dict[str, Any]]:
    """Dump inside one exported snapshot, and sum the tables on that same snapshot."""
    tool = _pg_tool("pg_dump")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        result = subprocess.run(
            [tool, "--format=custom", f"--snapshot={snapshot}", "--no-owner", "-f", str(dump)],
            env=_pg_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise BackupError(f"pg_dump failed: {result.stderr.strip()[:500]}")
        return connection_checksums()


# ---------------------------------------------------------------- restore


def _data_folder_empty() -> bool:
    media = Path(settings.MEDIA_ROOT)
    if media.is_dir() and any(p.is_file() for p in media.rglob("*")):
        return False
    if _is_sqlite():
        path = _database_path()
        return not path.exists() or path.stat().st_size == 0
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def _safe_members(archive: tarfile.TarFile) -> list[tarfile.TarInfo]:
    members = archive.getmembers()
    for member in members:
        parts = Path(member.name).parts
        if member.name.startswith("/") or ".." in parts or not (member.isfile() or member.isdir()):
            raise BackupError(f"unsafe path in backup: {member.name!r}")
    return members


def backup_restore(*, source: Path) -> dict[str, Any]:
    """Restore a backup into an empty data folder, then compare every table with the manifest.

    Returns {"tables": n, "rows": total, "mismatches": [...], "integrity": "ok"|...}.
    """
    if not _data_folder_empty():
        raise BackupError(
            "the data folder (or database) is not empty: restore only into an empty one"
        )
    try:
        archive = tarfile.open(source, "r:gz")  # noqa: SIM115 - closed by the with below
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"cannot read backup {source}: {exc}") from None
    with archive, tempfile.TemporaryDirectory(prefix="lantoa-restore-") as work:
        members = _safe_members(archive)
        archive.extractall(work, members=members, filter="data")
        manifest = json.loads((Path(work) / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise BackupError(f"unknown backup format {manifest.get('format')!r}")
        engine = "sqlite" if _is_sqlite() else "postgresql"
        if manifest["engine"] != engine:
            raise BackupError(
                f"backup is from {manifest['engine']}, this installation uses {engine}"
            )
        media = Path(settings.MEDIA_ROOT)
        uploads = Path(work) / "uploads"
        if uploads.is_dir():
            shutil.copytree(uploads, media, dirs_exist_ok=True)
        if engine == "sqlite":
            target = _database_path()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(work) / SQLITE_MEMBER, target)
            integrity = sqlite_integrity(target)
            found = sqlite_checksums(target)
        else:
            _pg_restore(Path(work) / PG_MEMBER)
            integrity = "ok"
            found = connection_checksums()
    expected = manifest["tables"]
    mismatches = sorted(
        name for name in set(expected) | set(found) if expected.get(name) != found.get(name)
    )
    return {
        "tables": len(found),
        "rows": sum(t["rows"] for t in found.values()),
        "mismatches": mismatches,
        "integrity": integrity,
        "uploads": len(manifest.get("uploads", [])),
    }


def _pg_restore(dump: Path) -> None:
    result = subprocess.run(
        [
            _pg_tool("pg_restore"),
            "--no-owner",
            "--exit-on-error",
            "-d",
            _pg_env()["PGDATABASE"],
            str(dump),
        ],
        env=_pg_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()[:500]}")
