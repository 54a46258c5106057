import os
from pathlib import Path

import pytest

from lantoa.core.database import database_config
from lantoa.core.env import ConfigError, env_bool, env_dir, env_int
from lantoa.core.secrets import secret_key_load_or_create


def test_it_defaults_to_sqlite_in_wal_with_immediate_transactions(tmp_path):
    config = database_config(url="", data_dir=tmp_path)
    assert config["ENGINE"] == "lantoa.core.sqlite"
    assert config["NAME"] == str(tmp_path / "lantoa.sqlite3")
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]


def test_it_keeps_each_threads_sqlite_connection_between_requests(tmp_path):
    assert database_config(url="", data_dir=tmp_path)["CONN_MAX_AGE"] > 0


def test_it_reads_a_postgres_url(tmp_path):
    config = database_config(url="postgres://lantoa:pw@db.local:5433/lantoa", data_dir=tmp_path)
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.local", 5433, "lantoa")


@pytest.mark.parametrize(
    "url", ["mysql://x@y/z", "postgres://host-only", "not a url", "postgres://u@h:notaport/db"]
)
def test_it_refuses_a_malformed_database_url(tmp_path, url):
    with pytest.raises(ConfigError, match="LANTOA_DATABASE_URL"):
        database_config(url=url, data_dir=tmp_path)


def test_it_refuses_bad_booleans_and_numbers(monkeypatch):
    monkeypatch.setenv("LANTOA_X", "maybe")
    with pytest.raises(ConfigError):
        env_bool("LANTOA_X", False)
    monkeypatch.setenv("LANTOA_X", "ten")
    with pytest.raises(ConfigError):
        env_int("LANTOA_X", 1)
    monkeypatch.setenv("LANTOA_X", "0")
    with pytest.raises(ConfigError):
        env_int("LANTOA_X", 1, minimum=1)


def test_it_refuses_a_data_folder_it_cannot_create(monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("LANTOA_DATA_DIR", str(blocker / "data"))
    with pytest.raises(ConfigError, match="không tạo được thư mục dữ liệu"):
        env_dir("LANTOA_DATA_DIR", "./unused")


def test_it_writes_the_secret_key_once_with_mode_600(tmp_path: Path):
    path = tmp_path / "secret.key"
    first = secret_key_load_or_create(path=path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert secret_key_load_or_create(path=path) == first
    assert len(first) >= 50


def test_it_never_shows_a_half_written_secret_key_to_a_process_starting_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "secret.key"
    seen: list[str] = []
    real_fdopen = os.fdopen

    def fdopen_then_look(fd: int, *args: object, **kwargs: object):
        # Another process starting at this moment, between the key file's creation and its write.
        if not seen:
            seen.append("starting")
            try:
                seen.append(secret_key_load_or_create(path=path))
            except ConfigError as refusal:
                seen.append(f"refused: {refusal}")
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", fdopen_then_look)
    key = secret_key_load_or_create(path=path)
    monkeypatch.undo()
    # The other process wrote its own key first or waited for this one: never a refusal, and
    # both end with the key the file holds.
    assert not [s for s in seen if s.startswith("refused")]
    assert secret_key_load_or_create(path=path) == key
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_it_creates_the_data_folder_for_its_owner_alone(tmp_path, monkeypatch):
    # The database, uploads and opinion texts live there: other local accounts read it at 0755.
    monkeypatch.setenv("LANTOA_DATA_DIR", str(tmp_path / "data"))
    path = env_dir("LANTOA_DATA_DIR", "./unused", private_if_holds=("secret.key",))
    assert oct(path.stat().st_mode & 0o777) == "0o700"


def test_it_closes_an_existing_data_folder_to_other_accounts(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    (data / "secret.key").write_text("x")
    monkeypatch.setenv("LANTOA_DATA_DIR", str(data))
    env_dir("LANTOA_DATA_DIR", "./unused", private_if_holds=("secret.key",))
    assert oct(data.stat().st_mode & 0o777) == "0o700"


def test_it_leaves_a_shared_folder_named_as_data_folder_by_mistake_as_it_is(tmp_path, monkeypatch):
    # LANTOA_DATA_DIR=/tmp run as root would have stripped /tmp's sticky, world-writable bits.
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setenv("LANTOA_DATA_DIR", str(shared))
    env_dir("LANTOA_DATA_DIR", "./unused", private_if_holds=("secret.key",))
    assert oct(shared.stat().st_mode & 0o7777) == "0o1777"
