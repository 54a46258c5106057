"""Runs a parser of untrusted input in a child process with memory and time limits."""

from __future__ import annotations

import signal
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from lantoa.core.uploads import MB, UploadRefused

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkServerContext

T = TypeVar("T")

PARSER_MEMORY_MB = 768
PARSER_SECONDS = 30


def _child_main(
    conn: Connection, func: Callable[..., object], args: tuple, kwargs: dict, memory_mb: int
) -> None:
    """Run func under an address-space limit and send back ("ok", result) or the exception."""
    import resource

    limit = memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        result: tuple[str, object] = ("ok", func(*args, **kwargs))
    except MemoryError:
        result = ("memory", None)
    except Exception as exc:  # noqa: BLE001 - every failure is reported to the parent
        message = getattr(exc, "message", None)
        result = ("raised", exc) if isinstance(message, str) else ("crash", repr(exc)[:300])
    try:
        conn.send(result)
    except Exception:  # noqa: BLE001 - an unpicklable result or exception
        conn.send(("crash", "unpicklable result"))
    finally:
        conn.close()


def _context(module: str) -> ForkServerContext:
    import multiprocessing

    from django.conf import settings

    # forkserver: children start from a small clean process, never from a threaded web server.
    # The first call's preload list counts (before the server starts): it holds every parser's
    # module, since a child whose parser (openpyxl, Pillow, pypdf behind it) the server has not
    # loaded imports it itself, a fifth of a second or more for each upload.
    context = multiprocessing.get_context("forkserver")
    preload = list(settings.LANTOA_PARSER_MODULES) if settings.configured else []
    context.set_forkserver_preload(["lantoa.core.isolation", module, *preload])
    return context


def parse_in_child(
    func: Callable[..., T],
    *args: object,
    memory_mb: int = PARSER_MEMORY_MB,
    seconds: float = PARSER_SECONDS,
    **kwargs: object,
) -> T:
    """Call a module-level func(*args, **kwargs) in a child process with memory and time limits.

    Returns its result; re-raises an exception carrying a Vietnamese `.message` (UploadRefused,
    DocumentError) as it is; anything else (crash, memory, time) becomes UploadRefused.
    """
    context = _context(getattr(func, "__module__", "lantoa.core.isolation"))
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child_main, args=(sender, func, args, kwargs, memory_mb), daemon=True
    )
    process.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise UploadRefused(
                f"Xử lý tệp vượt quá {seconds:.0f} giây (tệp quá phức tạp hoặc độc hại); "
                "không được nhận."
            )
        try:
            status, value = receiver.recv()
        except (EOFError, OSError):
            status, value = "died", None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    if status == "died":
        # Killed (SIGKILL): the kernel's out-of-memory killer; any other silent end is a crash
        # of the parser's own code (a C library aborting), which the memory limit may cause too.
        status = "memory" if process.exitcode == -signal.SIGKILL else "died"
    if status == "ok":
        return value
    if status == "raised":
        raise value
    if status == "memory":
        raise UploadRefused(
            f"Xử lý tệp cần quá nhiều bộ nhớ (trên {memory_mb} MB); tệp có thể độc hại, "
            "không được nhận."
        )
    if status == "died":
        raise UploadRefused(
            f"Xử lý tệp dừng đột ngột (mã {process.exitcode}); tệp có thể hỏng, quá lớn hoặc "
            "độc hại, không được nhận."
        )
    raise UploadRefused("Không đọc được tệp (tệp hỏng hoặc sai định dạng).")
