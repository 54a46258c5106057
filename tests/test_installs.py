"""The session's migrated install: migrated once for all workers, copied into test databases."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests import installs
from tests.installs import Install


def _fake_migrate(calls: list[Path], seconds: float = 0.0) -> Callable[[Path], Install]:
    def install_migrated(data_dir: Path) -> Install:
        calls.append(data_dir)
        time.sleep(seconds)
        data_dir.mkdir(parents=True)
        with closing(sqlite3.connect(data_dir / "lantoa.sqlite3")) as database:
            database.execute("PRAGMA journal_mode=WAL")
            database.execute("CREATE TABLE don_vi (ma TEXT)")
            database.execute("INSERT INTO don_vi VALUES ('03127')")
            database.commit()
        return Install(data_dir=data_dir)

    return install_migrated


def test_it_migrates_once_while_a_second_worker_waits_for_it(monkeypatch, tmp_path):
    calls: list[Path] = []
    monkeypatch.setattr(installs, "install_migrated", _fake_migrate(calls, seconds=0.3))
    got: list[Install] = []
    workers = [
        threading.Thread(target=lambda: got.append(installs.install_migrated_once(tmp_path)))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert calls == [tmp_path / "migrated"]
    assert [i.data_dir for i in got] == [tmp_path / "migrated"] * 2
    # The second returned only once the first had finished: the database is whole.
    assert (tmp_path / "migrated" / "lantoa.sqlite3").exists()
    assert not (tmp_path / "migrated" / "lantoa.sqlite3-wal").exists()


def test_it_migrates_again_for_another_session_folder(monkeypatch, tmp_path):
    calls: list[Path] = []
    monkeypatch.setattr(installs, "install_migrated", _fake_migrate(calls))
    for session in ("phien-1", "phien-2"):
        (tmp_path / session).mkdir()
        installs.install_migrated_once(tmp_path / session)
    assert calls == [tmp_path / "phien-1" / "migrated", tmp_path / "phien-2" / "migrated"]


def test_it_builds_each_named_installation_once_in_a_session_folder(tmp_path):
    built: list[str] = []

    def build(data_dir: Path) -> None:
        built.append(data_dir.name)
        _fake_migrate([])(data_dir)

    # The browser grounds: the province, then the campaign on it; a second worker asks again.
    for name in ("ground-province", "ground-campaign", "ground-province", "ground-campaign"):
        install = installs.install_built_once(tmp_path, name, build)
        assert install.data_dir == tmp_path / name
    assert built == ["ground-province", "ground-campaign"]


class _Connection:
    """What sqlite_copy_into needs of Django's connection: ensure_connection and .connection."""

    def __init__(self) -> None:
        self.connection: sqlite3.Connection | None = None

    def ensure_connection(self) -> None:
        self.connection = self.connection or sqlite3.connect(":memory:")


def test_it_copies_the_installs_database_into_a_connection_and_leaves_it_untouched(
    monkeypatch, tmp_path
):
    monkeypatch.setattr(installs, "install_migrated", _fake_migrate([]))
    install = installs.install_migrated_once(tmp_path)
    before = sorted(p.name for p in install.data_dir.iterdir())
    target = _Connection()
    installs.sqlite_copy_into(install, target)
    assert target.connection is not None
    assert target.connection.execute("SELECT ma FROM don_vi").fetchall() == [("03127",)]
    assert sorted(p.name for p in install.data_dir.iterdir()) == before


def test_it_refuses_to_copy_a_folder_that_holds_no_database(tmp_path):
    (tmp_path / "migrated").mkdir()
    with pytest.raises(sqlite3.OperationalError):
        installs.sqlite_copy_into(Install(data_dir=tmp_path / "migrated"), _Connection())


@pytest.mark.django_db
def test_it_leaves_no_migration_unapplied_in_the_test_database():
    # Under -n N on SQLite the test database is the shared install's copy, else Django migrated it.
    executor = MigrationExecutor(connection)
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []
    tables = set(connection.introspection.table_names())
    assert {"django_migrations", "organization_unit", "auth_permission"} <= tables
