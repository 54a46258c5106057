"""Typed readers of LANTOA_* environment variables that fail loudly on bad values."""

from __future__ import annotations

import os
from pathlib import Path


class ConfigError(Exception):
    """A LANTOA_* variable holds a value the system cannot use."""


def env_str(name: str, default: str) -> str:
    """Return the variable's text, or the default when it is unset or empty."""
    value = os.environ.get(name, "").strip()
    return value or default


def env_bool(name: str, default: bool) -> bool:
    """Return a boolean from 1/0, true/false, yes/no, on/off."""
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(
        f"{name}={raw!r} không phải giá trị đúng/sai (dùng true/false, 1/0, yes/no, on/off)"
    )


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    """Return an integer, refusing text and values below the minimum."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} không phải số nguyên") from None
    if minimum is not None and value < minimum:
        raise ConfigError(f"{name}={value} phải từ {minimum} trở lên")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated list with blanks dropped."""
    raw = os.environ.get(name, "")
    if not raw.strip():
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_dir(name: str, default: str, *, private_if_holds: tuple[str, ...] = ()) -> Path:
    """Return a directory that exists and is writable, creating it if needed.

    With `private_if_holds`, a folder made here is 0700, and so is made one already holding any
    of those names (the program's own folder); another folder named by mistake (/tmp, a home)
    is left as it is.
    """
    path = Path(env_str(name, default)).expanduser().resolve()
    try:
        made = not path.exists()
        path.mkdir(parents=True, exist_ok=True, mode=0o700 if private_if_holds else 0o777)
        ours = made or any((path / held).exists() for held in private_if_holds)
        if private_if_holds and ours and path.stat().st_uid == os.getuid():
            # The database, uploads and opinion texts are inside, and files created there are
            # 0644 (the SQLite file among them): the folder keeps other local accounts out.
            path.chmod(path.stat().st_mode & 0o700)
    except OSError as exc:
        raise ConfigError(
            f"{name}: không tạo được thư mục dữ liệu {path}: {exc.strerror}"
        ) from None
    if not path.is_dir() or not os.access(path, os.W_OK | os.X_OK):
        raise ConfigError(f"{name}: không ghi được vào thư mục dữ liệu {path}")
    return path


def env_time_zone(name: str, default: str) -> str:
    """Return an IANA time zone name the system knows (Asia/Ho_Chi_Minh)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    value = env_str(name, default)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"{name}={value!r} không phải múi giờ (dùng tên như Asia/Ho_Chi_Minh)"
        ) from None
    return value


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def env_log_level(name: str, default: str) -> str:
    """Return a logging level name, in capitals."""
    value = env_str(name, default).upper()
    if value not in LOG_LEVELS:
        raise ConfigError(
            f"{name}={value!r} không phải mức ghi nhật ký (dùng {', '.join(LOG_LEVELS)})"
        )
    return value


def env_origins(name: str) -> list[str]:
    """Return a comma-separated list of origins, each with its scheme (https://host)."""
    origins = env_list(name, [])
    for origin in origins:
        if not origin.startswith(("https://", "http://")):
            raise ConfigError(
                f"{name}: {origin!r} thiếu giao thức; viết đầy đủ, ví dụ https://{origin}"
            )
    return origins
