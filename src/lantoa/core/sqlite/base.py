"""SQLite backend whose write transactions queue on an OS file lock before BEGIN IMMEDIATE.

SQLite's own busy handler polls: with dozens of writers on two cores some writers sleep
through every chance and hit the busy timeout ("database is locked") although the database
was free most of the time. A blocking `flock` on a file beside the database makes writers
wait in the kernel's queue instead, so every transaction gets its turn. Reads never take it.
"""

from __future__ import annotations

import fcntl
import os
from typing import Any

from django.db.backends.sqlite3 import base


class DatabaseWrapper(base.DatabaseWrapper):
    """SQLite with writers serialised by a lock file (`<database>.writelock`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._write_lock_fd: int | None = None

    def _lock_path(self) -> str | None:
        name = str(self.settings_dict["NAME"])
        if self.is_in_memory_db() or name in ("", ":memory:"):
            return None
        return name + ".writelock"

    def _write_lock_acquire(self) -> None:
        path = self._lock_path()
        if path is None or self._write_lock_fd is not None:
            return
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        self._write_lock_fd = fd

    def _write_lock_release(self) -> None:
        fd, self._write_lock_fd = self._write_lock_fd, None
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)

    def _start_transaction_under_autocommit(self) -> None:
        self._write_lock_acquire()
        try:
            super()._start_transaction_under_autocommit()  # type: ignore[misc]  # private in Django, absent from the stubs
        except BaseException:
            self._write_lock_release()
            raise

    def _commit(self) -> None:
        try:
            super()._commit()  # type: ignore[misc]  # private in Django, absent from the stubs
        finally:
            self._write_lock_release()

    def _rollback(self) -> None:
        try:
            super()._rollback()  # type: ignore[misc]  # private in Django, absent from the stubs
        finally:
            self._write_lock_release()

    def _close(self) -> None:
        try:
            super()._close()  # type: ignore[misc]  # private in Django, absent from the stubs
        finally:
            self._write_lock_release()
