"""`lantoa backup` then `lantoa restore` into an empty data folder gives the same tables."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

PG_URL = os.environ.get("LANTOA_DATABASE_URL", "")
LOAD = (
    "from lantoa.organization.demo import province_load_demo; province_load_demo(); "
    "from lantoa.guidance.demo import campaign_load_demo; campaign_load_demo()"
)


def lantoa(data_dir: Path, *args: str, database_url: str = "") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env["LANTOA_DATA_DIR"] = str(data_dir)
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


def round_trip(tmp_path: Path, source_url: str = "", target_url: str = "") -> None:
    source, target, archive = tmp_path / "nguon", tmp_path / "dich", tmp_path / "sao-luu.tar.gz"
    assert lantoa(source, "migrate", "-v0", database_url=source_url).returncode == 0
    loaded = lantoa(source, "shell", "-c", LOAD, database_url=source_url)
    assert loaded.returncode == 0, loaded.stderr
    made = lantoa(source, "backup", "-o", str(archive), database_url=source_url)
    assert made.returncode == 0, made.stderr
    assert "uploaded files" in made.stdout
    restored = lantoa(target, "restore", str(archive), database_url=target_url)
    assert restored.returncode == 0, restored.stderr
    assert "counts and checksums equal" in restored.stdout
    again = lantoa(target, "restore", str(archive), database_url=target_url)
    assert again.returncode != 0 and "not empty" in again.stderr
    checked = lantoa(target, "audit", "verify", database_url=target_url)
    assert checked.returncode == 0, checked.stderr


@pytest.mark.skipif(PG_URL.startswith("postgres"), reason="SQLite round trip")
def test_it_backs_up_and_restores_sqlite_with_equal_checksums(tmp_path):
    round_trip(tmp_path)


@pytest.mark.skipif(not PG_URL.startswith("postgres"), reason="needs LANTOA_DATABASE_URL")
def test_it_backs_up_and_restores_postgresql_with_equal_checksums(tmp_path):
    import psycopg

    base = PG_URL.rsplit("/", 1)[0]
    names = [f"lantoa_sauluu_{uuid.uuid4().hex[:8]}_{side}" for side in ("src", "dst")]
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        round_trip(tmp_path, f"{base}/{names[0]}", f"{base}/{names[1]}")
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
