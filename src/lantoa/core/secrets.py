"""The secret key kept in the data folder, generated once with mode 600."""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

from lantoa.core.env import ConfigError

_KEY_CHARS = 50


def _stored_key(path: Path) -> str:
    key = path.read_text(encoding="ascii").strip()
    if len(key) < _KEY_CHARS:
        raise ConfigError(f"tệp khóa bí mật {path} quá ngắn hoặc bị hỏng")
    return key


def secret_key_load_or_create(*, path: Path) -> str:
    """Return the key stored at path, writing a new random one on first use."""
    if path.exists():
        return _stored_key(path)
    key = secrets.token_urlsafe(64)
    # Written whole under a temporary name (mode 600), then linked into place, which fails if a
    # key is there: a process starting at the same moment (the server's N processes, the
    # worker) sees no key or the whole of one, never an empty file, and all keep the first.
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".secret-", suffix=".tmp")
    except OSError as exc:
        raise ConfigError(f"không ghi được tệp khóa bí mật {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            return _stored_key(path)
        except OSError as exc:
            raise ConfigError(f"không ghi được tệp khóa bí mật {path}: {exc.strerror}") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    return key
