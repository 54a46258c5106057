import fcntl
import os

import pytest
from django.db.utils import ConnectionHandler

from lantoa.core.database import sqlite_config

pytestmark = pytest.mark.django_db


def lock_is_free(path: str) -> bool:
    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    finally:
        os.close(fd)


@pytest.mark.parametrize("outcome", ["commit", "rollback"])
def test_it_holds_the_writer_queue_only_inside_a_transaction(tmp_path, outcome):
    from lantoa.core.sqlite.base import DatabaseWrapper

    handler = ConnectionHandler({"default": sqlite_config(path=tmp_path / "db.sqlite3")})
    connection = DatabaseWrapper(handler.settings["default"], alias="writer-queue-test")
    lock = str(tmp_path / "db.sqlite3.writelock")
    try:
        with connection.cursor() as cursor:
            cursor.execute("CREATE TABLE t (x integer)")
        assert lock_is_free(lock), "a statement outside a transaction takes no queue place"
        # What transaction.atomic() does on SQLite when it opens the outermost block.
        connection.set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO t VALUES (1)")
        assert not lock_is_free(lock), "a writer inside a transaction must hold the queue"
        connection.commit() if outcome == "commit" else connection.rollback()
        connection.set_autocommit(True)
        assert lock_is_free(lock)
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM t")
            assert cursor.fetchone()[0] == (1 if outcome == "commit" else 0)
    finally:
        connection.close()
