"""The secret key kept in the data folder, generated once with mode 600."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from lantoa.core.env import ConfigError


def secret_key_load_or_create(*, path: Path) -> str:
    """Return the key stored at path, writing a new random one on first use."""
    if path.exists():
        key = path.read_text(encoding="ascii").strip()
        if len(key) < 50:
            raise ConfigError(f"the secret key file {path} is too short or damaged")
        return key
    key = secrets.token_urlsafe(64)
    try:
        # O_EXCL: two processes starting together must not both write a key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return secret_key_load_or_create(path=path)
    except OSError as exc:
        raise ConfigError(f"cannot write the secret key file {path}: {exc.strerror}") from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key)
    return key
