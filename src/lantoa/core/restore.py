"""Restore of a signed `lantoa backup` archive into an empty data folder.

Every member is unpacked into a staging folder beside the data and hashed on the way; nothing
is moved into place until the manifest's signature, every member's checksum and (on SQLite)
the database's integrity and table checksums have passed. A refused restore leaves the data
folder as it was.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from django.conf import settings
from django.db import connection, transaction

from lantoa.core.backup import (
    FORMAT,
    MANIFEST,
    PG_MEMBER,
    SIGNATURE,
    SQLITE_MEMBER,
    UPLOADS,
    BackupError,
    backup_key,
    connection_checksums,
    database_path,
    excluded_tables,
    is_sqlite,
    manifest_signature,
    pg_env,
    pg_run,
    pg_tool,
    sqlite_checksums,
    sqlite_clear,
    sqlite_integrity,
)

MANIFEST_MAX_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024


def _data_folder_empty() -> bool:
    media = Path(settings.MEDIA_ROOT)
    if media.is_dir() and any(p.is_file() for p in media.rglob("*")):
        return False
    if is_sqlite():
        path = database_path()
        return not path.exists() or path.stat().st_size == 0
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def _member_name(member: tarfile.TarInfo, seen: set[str]) -> str:
    """Return the member's name if it is a regular file at an expected, new, safe place."""
    name = member.name
    parts = PurePosixPath(name).parts
    expected = name in {MANIFEST, SIGNATURE, SQLITE_MEMBER, PG_MEMBER} or (
        name.startswith(UPLOADS) and len(parts) > 1
    )
    if (
        not member.isfile()
        or not expected
        or name.startswith("/")
        or "\\" in name
        or any(part in {"", ".", ".."} for part in parts)
        or PurePosixPath(*parts).as_posix() != name
    ):
        raise BackupError(f"mục lạ trong bản sao lưu: {name!r}; không khôi phục gì")
    if name in seen:
        raise BackupError(f"mục {name!r} xuất hiện hai lần trong bản sao lưu; không khôi phục gì")
    seen.add(name)
    return name


def _unpack(source: Path, staging: Path) -> tuple[bytes, bytes, dict[str, str]]:
    """Unpack the members into staging while hashing them; return manifest, signature, sums."""
    try:
        archive = tarfile.open(source, "r|gz")  # noqa: SIM115 - closed by the with below
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"không đọc được bản sao lưu {source}: {exc}") from None
    sums: dict[str, str] = {}
    seen: set[str] = set()
    signed: dict[str, bytes] = {}
    try:
        with archive:
            for member in archive:
                name = _member_name(member, seen)
                handle = archive.extractfile(member)
                assert handle is not None  # a regular file always has content
                if name in {MANIFEST, SIGNATURE}:
                    if member.size > MANIFEST_MAX_BYTES:
                        raise BackupError(f"{name} trong bản sao lưu quá lớn")
                    signed[name] = handle.read()
                    continue
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with target.open("xb") as out:
                    while chunk := handle.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                sums[name] = digest.hexdigest()
    except (OSError, EOFError, zlib.error, tarfile.TarError) as exc:
        raise BackupError(
            f"không đọc được bản sao lưu {source}: {exc}; không khôi phục gì"
        ) from None
    return signed.get(MANIFEST, b""), signed.get(SIGNATURE, b""), sums


def _verified_manifest(
    key: bytes, manifest: bytes, signature: bytes, sums: dict[str, str]
) -> dict[str, Any]:
    """Return the manifest once its signature and every member's checksum are right."""
    if not manifest or not signature:
        raise BackupError(
            "bản sao lưu không có bảng kê có chữ ký (do lantoa cũ tạo, hoặc bị cắt ngang); "
            "không khôi phục gì"
        )
    expected = manifest_signature(key=key, manifest=manifest)
    if not hmac.compare_digest(expected.encode("ascii"), signature.strip()):
        raise BackupError(
            "chữ ký của bảng kê sai: tệp sao lưu đã bị sửa, hoặc LANTOA_BACKUP_KEY_FILE không "
            "phải khóa đã dùng khi sao lưu; không khôi phục gì"
        )
    content = json.loads(manifest.decode("utf-8"))
    if content.get("format") != FORMAT:
        raise BackupError(f"định dạng sao lưu không rõ {content.get('format')!r}")
    listed: dict[str, str] = content["members"]
    added = sorted(set(sums) - set(listed))
    missing = sorted(set(listed) - set(sums))
    altered = sorted(name for name in set(listed) & set(sums) if listed[name] != sums[name])
    if added or missing or altered:
        problems = [
            f"{label}: {', '.join(names[:5])}"
            for label, names in (("thêm", added), ("thiếu", missing), ("bị sửa", altered))
            if names
        ]
        raise BackupError(
            f"bản sao lưu không khớp bảng kê có chữ ký ({'; '.join(problems)}); không khôi phục gì"
        )
    return content


def _place_uploads(staged: Path) -> Callable[[], None]:
    """Move the staged uploads into MEDIA_ROOT (empty); return how to take them back."""
    media = Path(settings.MEDIA_ROOT)
    if not staged.is_dir():
        return lambda: None
    if media.exists():
        shutil.rmtree(media)  # holds no file: _data_folder_empty said so
    media.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(staged, media)

    def take_back() -> None:
        shutil.move(media, staged)

    return take_back


def _place_file(staged: Path, target: Path) -> None:
    """Put a staged file at target in one rename (through a sibling copy across disks)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(staged, target)
    except OSError:
        partial = target.with_name(target.name + ".restoring")
        shutil.copyfile(staged, partial)
        os.replace(partial, target)


def backup_restore(*, source: Path) -> dict[str, Any]:
    """Restore a signed backup into an empty data folder; refuse, changing nothing, if altered.

    Returns {"tables": n, "rows": total, "mismatches": [...], "integrity": "ok"|..., "uploads"}.
    """
    if not _data_folder_empty():
        raise BackupError(
            "thư mục dữ liệu (hoặc cơ sở dữ liệu) không trống: chỉ khôi phục vào nơi còn trống"
        )
    key = backup_key(create=False)  # before reading a byte: without it nothing can be checked
    home = Path(settings.MEDIA_ROOT).parent
    home.mkdir(parents=True, exist_ok=True)
    # Staged beside the data, on the same disk, so that moving into place is a rename.
    staging = Path(tempfile.mkdtemp(prefix=".lantoa-restore-", dir=home))
    try:
        manifest = _verified_manifest(key, *_unpack(source, staging))
        engine = "sqlite" if is_sqlite() else "postgresql"
        if manifest["engine"] != engine:
            raise BackupError(f"bản sao lưu từ {manifest['engine']}, bản cài đặt này dùng {engine}")
        if engine == "sqlite":
            report = _restore_sqlite(staging / SQLITE_MEMBER, manifest)
        else:
            report = _restore_postgresql(staging, manifest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    report["uploads"] = len(manifest.get("uploads", []))
    return report


def _mismatches(expected: dict[str, Any], found: dict[str, Any]) -> list[str]:
    return sorted(
        name for name in set(expected) | set(found) if expected.get(name) != found.get(name)
    )


def _restore_sqlite(staged: Path, manifest: dict[str, Any]) -> dict[str, Any]:
    if not staged.is_file():
        raise BackupError("bản sao lưu không chứa cơ sở dữ liệu SQLite; không khôi phục gì")
    try:
        # A restored database has no sessions, whatever the archive held.
        sqlite_clear(staged, tables=excluded_tables())
        integrity = sqlite_integrity(staged)
        found = sqlite_checksums(staged)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"không đọc được cơ sở dữ liệu trong bản sao lưu: {exc}") from None
    mismatches = _mismatches(manifest["tables"], found)
    if integrity != "ok" or mismatches:
        raise BackupError(
            f"cơ sở dữ liệu trong bản sao lưu không qua kiểm tra (integrity={integrity}, các "
            f"bảng lệch: {', '.join(mismatches) or 'không có'}); không khôi phục gì"
        )
    connection.close()  # nothing may hold the empty file we replace
    undo = _place_uploads(staged.parent.parent / UPLOADS.rstrip("/"))
    try:
        _place_file(staged, database_path())
    except OSError as exc:
        undo()
        raise BackupError(f"không ghi được tệp cơ sở dữ liệu: {exc}") from None
    return {
        "tables": len(found),
        "rows": sum(t["rows"] for t in found.values()),
        "mismatches": [],
        "integrity": integrity,
    }


def _restore_postgresql(staging: Path, manifest: dict[str, Any]) -> dict[str, Any]:
    dump = staging / PG_MEMBER
    if not dump.is_file():
        raise BackupError("bản sao lưu không chứa bản kết xuất PostgreSQL; không khôi phục gì")
    undo = _place_uploads(staging / UPLOADS.rstrip("/"))
    error = pg_run(
        [
            pg_tool("pg_restore"),
            "--no-owner",
            "--exit-on-error",
            "--single-transaction",  # all or nothing: a failed restore writes no table
            "-d",
            pg_env()["PGDATABASE"],
            str(dump),
        ]
    )
    if error:
        undo()
        raise BackupError(f"pg_restore lỗi: {error}")
    excluded = excluded_tables()
    with transaction.atomic(), connection.cursor() as cursor:
        # A restored database has no sessions, whatever the archive held.
        names = set(connection.introspection.table_names(cursor))
        for name in excluded:
            if name in names:
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(name)}")  # noqa: S608
    found = connection_checksums()
    return {
        "tables": len(found),
        "rows": sum(t["rows"] for t in found.values()),
        "mismatches": _mismatches(manifest["tables"], found),
        "integrity": "ok",
    }
