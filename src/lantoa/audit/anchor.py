"""The chain's anchor: an append-only file outside the database with every head written to it."""

from __future__ import annotations

import heapq
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

_LINE = re.compile(rb"^(\d{1,19}) ([0-9a-f]{64})$")
# Concurrent writers append their heads after their own commits, so neighbouring lines may
# come out of order; this many lines of look-ahead put them back in sequence order.
REORDER_WINDOW = 4096
TAIL_BYTES = 64 * 1024


@dataclass(frozen=True, order=True)
class AnchorLine:
    """One head written to the anchor: the entry's sequence number and MAC, and where it is."""

    seq: int
    mac: str
    line: int = 0


class AnchorDamaged(Exception):
    """A line of the anchor file is not a head written by Lan Tỏa."""

    def __init__(self, line: int) -> None:
        super().__init__(f"anchor line {line} is damaged")
        self.line = line


def anchor_path() -> Path:
    """Return the anchor file: LANTOA_AUDIT_ANCHOR_FILE or audit-head.log in the data folder."""
    return Path(settings.LANTOA_AUDIT_ANCHOR_FILE)


def anchor_append(*, seq: int, mac: str) -> None:
    """Append one head with a single write, so that lines of concurrent writers never mix."""
    # No fsync: a head lost in a power cut only leaves the anchor behind the database, which
    # verification accepts; an anchor ahead of the database is what reveals deleted entries.
    fd = os.open(anchor_path(), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, f"{seq} {mac}\n".encode("ascii"))
    finally:
        os.close(fd)


def anchor_append_on_commit(*, seq: int, mac: str) -> None:
    """Append the head once the entry is committed: a rolled-back entry must not be anchored."""
    transaction.on_commit(partial(_append_logged, seq=seq, mac=mac))


def _append_logged(*, seq: int, mac: str) -> None:
    try:
        anchor_append(seq=seq, mac=mac)
    except OSError:
        # The entry is committed and the request must still be answered; the anchor lags.
        logger.exception("could not write audit head %s to %s", seq, anchor_path())


def _parse(raw: bytes, number: int) -> AnchorLine:
    match = _LINE.match(raw.rstrip(b"\r\n"))
    if match is None:
        raise AnchorDamaged(number)
    return AnchorLine(seq=int(match[1]), mac=match[2].decode("ascii"), line=number)


def anchor_head() -> AnchorLine | None:
    """Return the highest head in the anchor (read from its end only), or None when empty."""
    try:
        with anchor_path().open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - TAIL_BYTES))
            tail = handle.read()
    except FileNotFoundError:
        return None
    lines = tail.split(b"\n")
    if size > TAIL_BYTES:
        lines = lines[1:]  # the first piece may be the end of a longer line
    heads = [_parse(raw, 0) for raw in lines if raw]
    return max(heads) if heads else None


def anchor_lines() -> Iterator[AnchorLine]:
    """Yield every head of the anchor in sequence order; AnchorDamaged names a bad line."""
    last = 0
    for head in _reordered():
        if head.seq < last:
            raise AnchorDamaged(head.line)
        last = head.seq
        yield head


def _reordered() -> Iterator[AnchorLine]:
    try:
        handle = anchor_path().open("rb")
    except FileNotFoundError:
        return
    with handle:
        window: list[AnchorLine] = []
        for number, raw in enumerate(handle, start=1):
            heapq.heappush(window, _parse(raw, number))
            if len(window) > REORDER_WINDOW:
                yield heapq.heappop(window)
    while window:
        yield heapq.heappop(window)


def anchor_set_aside() -> Path | None:
    """Rename the anchor file aside (kept as evidence) so a new one starts; return its new name."""
    path = anchor_path()
    if not path.exists():
        return None
    aside = path.with_name(f"{path.name}.{timezone.now():%Y%m%d-%H%M%S}.replaced")
    path.rename(aside)
    return aside
