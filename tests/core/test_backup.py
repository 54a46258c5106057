"""`lantoa backup` then `lantoa restore`: equal tables, no live sessions or second-factor secrets
in the archive, and a signed manifest so that an altered archive is refused and changes nothing."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from lantoa.core import restore
from lantoa.core.backup import MANIFEST, PG_MEMBER, SIGNATURE, SQLITE_MEMBER, sqlite_checksums
from tests.installs import Install

PG_URL = os.environ.get("LANTOA_DATABASE_URL", "")
LOAD = (
    "from lantoa.organization.demo import province_load_demo; province_load_demo(); "
    "from lantoa.guidance.demo import campaign_load_demo; campaign_load_demo()"
)
PASSWORD = "mat-khau-sao-luu-2026"

# A board user who enrolled an authenticator, three sessions past the second step, one upload.
SOURCE_SETUP = """
import json, pathlib, pyotp
from django.conf import settings
from django.test import Client
from django.urls import reverse
from lantoa.accounts.mfa import SESSION_KEY, totp_enrol_confirm, totp_new_secret
from lantoa.accounts.services import user_create
from lantoa.organization.demo import province_load_demo
province_load_demo()
user = user_create(username="chuyenvien", password=PASSWORD, unit_code="BTGDVTU", role="board")
secret = totp_new_secret()
codes = totp_enrol_confirm(user=user, secret=secret, code=pyotp.TOTP(secret).now())
sessions = []
for _ in range(3):
    client = Client()
    client.post(reverse("accounts:login"), {"username": "chuyenvien", "password": PASSWORD})
    session = client.session
    session[SESSION_KEY] = True
    session.save()
    sessions.append({"key": session.session_key, "status": client.get("/").status_code})
upload = pathlib.Path(settings.MEDIA_ROOT) / "minh-chung" / "bien-ban.txt"
upload.parent.mkdir(parents=True, exist_ok=True)
upload.write_text("Biên bản hội nghị quán triệt")
pathlib.Path(OUT).write_text(json.dumps({"secret": secret, "codes": codes, "sessions": sessions}))
"""

# After a restore: replay the old session keys, then sign in again with the password.
TARGET_CHECK = """
import json, pathlib, pyotp
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from lantoa.accounts.mfa_views import PENDING_SECRET_KEY
from lantoa.accounts.models import RecoveryCode, TotpDevice
facts = json.loads(pathlib.Path(FACTS).read_text())
out = {"sessions": Session.objects.count(), "devices": TotpDevice.objects.count(),
       "codes": RecoveryCode.objects.count(), "replayed": []}
for old in facts["sessions"]:
    client = Client()
    client.cookies["sessionid"] = old["key"]
    answer = client.get("/")
    out["replayed"].append([answer.status_code, answer.get("Location", "")])
client = Client()
out["anonymous"] = client.get("/").get("Location", "")
client.post(reverse("accounts:login"), {"username": "chuyenvien", "password": PASSWORD})
out["after_password"] = client.get("/").get("Location", "")
out["verify_page"] = client.get(reverse("accounts:mfa_verify")).get("Location", "")
answer = client.post(reverse("accounts:mfa_verify"), {"ma": facts["codes"][0]})
out["old_recovery_code"] = answer.get("Location", "")
out["still_blocked"] = client.get("/").get("Location", "")
out["enrol_page"] = client.get(reverse("accounts:mfa_enrol")).status_code
secret = client.session[PENDING_SECRET_KEY]
answer = client.post(reverse("accounts:mfa_enrol"), {"ma": pyotp.TOTP(secret).now()})
out["enrolled"] = answer.status_code
out["home_after_enrol"] = client.get("/").status_code
out["enrol_url"] = reverse("accounts:mfa_enrol")
out["login_url"] = reverse("accounts:login")
pathlib.Path(OUT).write_text(json.dumps(out))
"""


def lantoa(
    data_dir: Path, *args: str, database_url: str = "", key: Path | None = None
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env["LANTOA_DATA_DIR"] = str(data_dir)
    env["LANTOA_ALLOWED_HOSTS"] = "testserver,localhost"
    if key is not None:
        env["LANTOA_BACKUP_KEY_FILE"] = str(key)
    if database_url:
        env["LANTOA_DATABASE_URL"] = database_url
    return subprocess.run(
        [sys.executable, "-m", "lantoa", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def script(text: str, **values: str) -> str:
    """Return a `shell -c` script with its constants set."""
    constants = "".join(f"{name} = {value!r}\n" for name, value in values.items())
    return constants + text


def round_trip(tmp_path: Path, installed: Install, target_url: str = "") -> None:
    """Load the demo into a copy of the migrated installation, back it up, restore it."""
    source, source_url = installed.data_dir, installed.database_url
    target, archive = tmp_path / "dich", tmp_path / "sao-luu.tar.gz"
    key = tmp_path / "khoa" / "backup.key"
    loaded = lantoa(source, "shell", "-c", LOAD, database_url=source_url)
    assert loaded.returncode == 0, loaded.stderr
    made = lantoa(source, "backup", "-o", str(archive), database_url=source_url, key=key)
    assert made.returncode == 0, made.stderr
    assert "tệp đã tải lên" in made.stdout
    restored = lantoa(target, "restore", str(archive), database_url=target_url, key=key)
    assert restored.returncode == 0, restored.stderr
    assert "số dòng và mã kiểm tra đều khớp" in restored.stdout
    again = lantoa(target, "restore", str(archive), database_url=target_url, key=key)
    assert again.returncode != 0 and "không trống" in again.stderr
    # The audit key is never in an archive: the operator brings the copy kept apart (README).
    shutil.copy2(source / "audit.key", target / "audit.key")
    checked = lantoa(target, "audit", "verify", database_url=target_url)
    assert checked.returncode == 0, checked.stderr


@pytest.mark.skipif(PG_URL.startswith("postgres"), reason="SQLite round trip")
def test_it_backs_up_and_restores_sqlite_with_equal_checksums(tmp_path, migrated_install):
    round_trip(tmp_path, migrated_install.copy_to(tmp_path / "nguon"))


postgresql_only = pytest.mark.skipif(
    not PG_URL.startswith("postgres"), reason="needs LANTOA_DATABASE_URL"
)


@contextmanager
def pg_databases(*sides: str) -> Iterator[list[str]]:
    """Yield the URLs of new empty PostgreSQL databases, dropped afterwards."""
    import psycopg

    base = PG_URL.rsplit("/", 1)[0]
    names = [f"lantoa_sauluu_{uuid.uuid4().hex[:8]}_{side}" for side in sides]
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield [f"{base}/{name}" for name in names]
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@postgresql_only
def test_it_backs_up_and_restores_postgresql_with_equal_checksums(tmp_path, migrated_install):
    source = migrated_install.copy_to(tmp_path / "nguon")
    try:
        with pg_databases("dst") as (target,):
            round_trip(tmp_path, source, target)
    finally:
        source.drop()


# ---------------------------------------------------------------- what the archive holds

sqlite_only = pytest.mark.skipif(PG_URL.startswith("postgres"), reason="SQLite archive")


@pytest.fixture(scope="module")
def made(tmp_path_factory, migrated_install) -> Iterator[dict]:
    """One source installation backed up once: the archive, its key and what was in it."""
    home = tmp_path_factory.mktemp("sao-luu")
    source, archive, key = home / "nguon", home / "sao-luu.tar.gz", home / "khoa" / "backup.key"
    facts = home / "facts.json"
    with ExitStack() as stack:
        installed = migrated_install.copy_to(source)
        stack.callback(installed.drop)
        url = installed.database_url
        setup = lantoa(
            source,
            "shell",
            "-c",
            script(SOURCE_SETUP, PASSWORD=PASSWORD, OUT=str(facts)),
            database_url=url,
        )
        assert setup.returncode == 0, setup.stderr
        written = lantoa(source, "backup", "-o", str(archive), key=key, database_url=url)
        assert written.returncode == 0, written.stderr
        yield {"home": home, "archive": archive, "key": key, "facts": facts, **read(facts)}


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def members(archive: Path) -> dict[str, bytes]:
    """Return every member's bytes, in archive order."""
    with tarfile.open(archive, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def write_archive(path: Path, content: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in content.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Return every file (with its bytes) and folder under the folder."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() if p.is_file() else None
        for p in folder.rglob("*")
    }


@sqlite_only
def test_it_leaves_sessions_out_of_the_archive(made, tmp_path):
    assert all(s["status"] == 200 for s in made["sessions"])  # they were live before the backup
    database = tmp_path / "db.sqlite3"
    database.write_bytes(members(made["archive"])[SQLITE_MEMBER])
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM django_session").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM accounts_totpdevice").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM accounts_recoverycode").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM auth_user").fetchone() >= (1,)
    raw = b"".join(members(made["archive"]).values())
    for session in made["sessions"]:
        assert session["key"].encode() not in raw


@postgresql_only
def test_it_leaves_sessions_and_totp_secrets_out_of_the_postgresql_dump(made, tmp_path):
    assert all(s["status"] == 200 for s in made["sessions"])  # they were live before the backup
    dump = tmp_path / "lantoa.pgdump"
    dump.write_bytes(members(made["archive"])[PG_MEMBER])
    # The custom format is compressed: read it back as plain SQL to search it.
    text = subprocess.run(
        ["pg_restore", "-f", "-", str(dump)], capture_output=True, text=True, check=True
    ).stdout
    assert "COPY public.auth_user " in text and "chuyenvien" in text
    assert made["secret"] not in text and made["secret"].lower() not in text.lower()
    for session in made["sessions"]:
        assert session["key"] not in text
    for table in ("django_session", "accounts_totpdevice", "accounts_recoverycode"):
        assert f"COPY public.{table} " not in text


@sqlite_only
def test_it_keeps_no_totp_secret_anywhere_in_the_archive(made):
    secret = made["secret"].encode()
    content = members(made["archive"])
    assert SQLITE_MEMBER in content and "uploads/minh-chung/bien-ban.txt" in content
    for name, data in content.items():
        assert secret not in data, name
        assert secret.lower() not in data.lower(), name
    assert secret not in gzip.decompress(made["archive"].read_bytes())


def test_it_restores_without_live_sessions_and_asks_the_board_user_to_enrol_again(made, tmp_path):
    target, out = tmp_path / "dich", tmp_path / "out.json"
    with ExitStack() as stack:
        url = stack.enter_context(pg_databases("dst"))[0] if PG_URL.startswith("postgres") else ""
        archive = str(made["archive"])
        restored = lantoa(target, "restore", archive, key=made["key"], database_url=url)
        assert restored.returncode == 0, restored.stderr
        assert (target / "uploads" / "minh-chung" / "bien-ban.txt").is_file()
        checked = lantoa(
            target,
            "shell",
            "-c",
            script(TARGET_CHECK, PASSWORD=PASSWORD, FACTS=str(made["facts"]), OUT=str(out)),
            database_url=url,
        )
        assert checked.returncode == 0, checked.stderr
    after = read(out)
    assert (after["sessions"], after["devices"], after["codes"]) == (0, 0, 0)
    # Every replayed key lands on the sign-in page: no session survived.
    assert all(status == 302 and after["login_url"] in where for status, where in after["replayed"])
    assert after["login_url"] in after["anonymous"]  # no way in without the password
    # Password first, then enrolment of a new authenticator before any page.
    assert after["enrol_url"] in after["after_password"]
    assert after["enrol_url"] in after["verify_page"]
    assert after["enrol_url"] in after["old_recovery_code"]  # old codes open nothing
    assert after["enrol_url"] in after["still_blocked"]
    assert (after["enrol_page"], after["enrolled"], after["home_after_enrol"]) == (200, 200, 200)


# ---------------------------------------------------------------- a refused restore


def empty_data_folder(made: dict) -> Path:
    """What a restore that finds no archive leaves behind: made once per module, then copied."""
    folder = made["home"] / "trong"
    if not folder.exists():
        lantoa(folder, "restore", str(made["home"] / "khong-co.tar.gz"), key=made["key"])
    return folder


def refused(made: dict, tmp_path: Path, archive: Path, key: Path | None = None) -> str:
    """Restore into an empty data folder that must come out byte-for-byte unchanged.

    The command runs in this process, pointed at the folder as `lantoa restore` in it would be
    (its database file, its uploads, its key): a child would cost a second or two of start-up
    for the same refusal. The exit status and the one-line message of a real `lantoa restore`
    are tested by refused_in_a_process (and the round trip above).
    """
    target = tmp_path / "dich"
    shutil.copytree(empty_data_folder(made), target, dirs_exist_ok=True)
    before = snapshot(target)
    assert before and not (target / "lantoa.sqlite3").exists()
    where = override_settings(
        MEDIA_ROOT=target / "uploads", LANTOA_BACKUP_KEY_FILE=str(key or made["key"])
    )
    with pytest.MonkeyPatch.context() as patch, where, pytest.raises(CommandError) as refusal:
        # The test database is in memory: a restore that went on would write the folder's file.
        patch.setattr(restore, "database_path", lambda: target / "lantoa.sqlite3")
        call_command("restore", str(archive))
    assert snapshot(target) == before
    return str(refusal.value)


def refused_in_a_process(made: dict, tmp_path: Path, archive: Path, key: Path) -> str:
    """Run `lantoa restore` in a child on an empty data folder; return what it said on stderr."""
    target = tmp_path / "dich"
    shutil.copytree(empty_data_folder(made), target, dirs_exist_ok=True)
    before = snapshot(target)
    answer = lantoa(target, "restore", str(archive), key=key)
    assert answer.returncode != 0
    assert snapshot(target) == before
    return answer.stderr


def resigned_manifest(content: dict[str, bytes], database: Path) -> bytes:
    """Return the manifest an attacker without the key would write for a changed database."""
    manifest = json.loads(content[MANIFEST])
    manifest["tables"] = sqlite_checksums(database)
    data = database.read_bytes()
    manifest["members"][SQLITE_MEMBER] = hashlib.sha256(data).hexdigest()
    return json.dumps(manifest, indent=1, sort_keys=True).encode()


@sqlite_only
def test_it_refuses_a_changed_database_with_recomputed_checksums(made, tmp_path):
    content = members(made["archive"])
    database = tmp_path / "db.sqlite3"
    database.write_bytes(content[SQLITE_MEMBER])
    with sqlite3.connect(database) as db:
        db.execute("UPDATE auth_user SET is_superuser = 1 WHERE username = 'chuyenvien'")
    content[SQLITE_MEMBER] = database.read_bytes()
    content[MANIFEST] = resigned_manifest(content, database)
    error = refused(made, tmp_path, write_archive(tmp_path / "sua.tar.gz", content))
    assert "chữ ký của bảng kê sai" in error


@sqlite_only
def test_it_refuses_an_altered_manifest(made, tmp_path):
    content = members(made["archive"])
    manifest = json.loads(content[MANIFEST])
    manifest["tables"]["auth_user"]["rows"] += 1
    manifest["uploads"].append("minh-chung/them.html")
    content[MANIFEST] = json.dumps(manifest, indent=1, sort_keys=True).encode()
    error = refused(made, tmp_path, write_archive(tmp_path / "sua.tar.gz", content))
    assert "chữ ký của bảng kê sai" in error


@sqlite_only
def test_it_refuses_an_added_or_removed_or_altered_file(made, tmp_path):
    original = members(made["archive"])
    added = {**original, "uploads/minh-chung/them.html": b"<script>alert(1)</script>"}
    removed = {k: v for k, v in original.items() if not k.startswith("uploads/")}
    altered = {**original, "uploads/minh-chung/bien-ban.txt": b"Noi dung da bi sua"}
    for label, content in (("thêm", added), ("thiếu", removed), ("bị sửa", altered)):
        archive = write_archive(tmp_path / f"{label}.tar.gz", content)
        error = refused(made, tmp_path, archive)
        assert f"{label}: uploads/minh-chung/" in error and "không khôi phục gì" in error


@sqlite_only
def test_it_refuses_an_archive_signed_with_another_key(made, tmp_path):
    other = tmp_path / "khac.key"
    other.write_text("k" * 86)
    assert "chữ ký của bảng kê sai" in refused(made, tmp_path, made["archive"], key=other)


@sqlite_only
def test_it_refuses_an_unsigned_archive(made, tmp_path):
    content = {k: v for k, v in members(made["archive"]).items() if k != SIGNATURE}
    error = refused(made, tmp_path, write_archive(tmp_path / "khong-ky.tar.gz", content))
    assert "không có bảng kê có chữ ký" in error


@sqlite_only
def test_it_names_the_key_variable_when_restore_has_no_key(made, tmp_path):
    error = refused_in_a_process(made, tmp_path, made["archive"], key=tmp_path / "khong-co.key")
    lines = [line for line in error.strip().splitlines() if line]
    assert len(lines) == 1 and "LANTOA_BACKUP_KEY_FILE" in lines[0]


@sqlite_only
def test_it_refuses_an_entry_that_climbs_out_of_the_data_folder(made, tmp_path):
    content = {**members(made["archive"]), "uploads/../../thoat.txt": b"ra ngoai"}
    error = refused(made, tmp_path, write_archive(tmp_path / "leo.tar.gz", content))
    assert "mục lạ trong bản sao lưu" in error and not (tmp_path / "thoat.txt").exists()


def test_it_warns_after_a_restore_that_the_kept_audit_key_is_not_in_place(made, tmp_path):
    # Restored on a new machine as the README's command line read, the first audit write made
    # a new audit.key and the restored log failed «lantoa audit verify» at its first entry.
    target = tmp_path / "dich"
    with ExitStack() as stack:
        url = stack.enter_context(pg_databases("dst"))[0] if PG_URL.startswith("postgres") else ""
        restored = lantoa(
            target, "restore", str(made["archive"]), key=made["key"], database_url=url
        )
    assert restored.returncode == 0, restored.stderr
    assert "LANTOA_AUDIT_KEY_FILE" in restored.stderr and "audit.key" in restored.stderr
    assert not (target / "audit.key").exists()
