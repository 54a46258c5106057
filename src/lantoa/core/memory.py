"""Helpers for steps that build many Python objects at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk step, restoring it afterwards.

    An Excel import makes hundreds of thousands of small objects that live until it ends;
    the collector would walk them again and again (a quarter of an import's time) and find
    nothing to free. Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
