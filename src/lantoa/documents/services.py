"""Writes of the outgoing register: race-safe numbering, and issuing a document in three steps.

A document is never rendered inside a transaction: on SQLite a write transaction holds the one
writer lock, and seconds of rendering would stall every writer. (1) A short transaction takes the
number and records the entry as "đang tạo tệp" with the name its file will have; (2) the files are
rendered with that number and written under a temporary name, then renamed into place; (3) a short
transaction marks the entry issued. If (2) or (3) fails, the entry's files are removed and the
entry is marked void with the reason. Chosen over releasing the number: a văn thư never gives a
number twice, so the number stays in the register, explained, and issuing again takes the next one.
An entry a stopped server left "đang tạo tệp" is voided the same way once older than STALE_AFTER.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone

from lantoa.audit.services import audit_change
from lantoa.campaigns.models import Campaign
from lantoa.core.errors import Refused
from lantoa.core.isolation import parse_in_child
from lantoa.core.pdfsign import overall_verdict, trust_roots
from lantoa.documents.models import (
    STALE_AFTER,
    OutgoingCounter,
    OutgoingDocument,
    OutgoingReservation,
    OutgoingState,
    OutgoingType,
    outgoing_path,
)
from lantoa.documents.numbering import number_after_reserved
from lantoa.documents.signing import (
    SIGNED_SUFFIX,
    describe,
    issued_files_sign,
    signed_upload_check,
)

Files = dict[str, bytes]  # rendered bytes by file suffix ("docx", "pdf")


class RegisterError(Refused):
    """A document that cannot be registered, with a Vietnamese message."""


def _counter_locked(*, doc_type: str, year: int) -> OutgoingCounter:
    """Return the counter of a type and year, created if new, locked until the transaction ends."""
    if doc_type not in OutgoingType.values:
        raise RegisterError("Loại văn bản không hợp lệ.")
    try:
        with transaction.atomic():  # a savepoint: a concurrent first insert must not abort us
            OutgoingCounter.objects.get_or_create(doc_type=doc_type, year=year)
    except IntegrityError:
        pass
    return OutgoingCounter.objects.select_for_update().get(doc_type=doc_type, year=year)


@transaction.atomic
def outgoing_number_next(*, doc_type: str, year: int) -> int:
    """Take the next number of a type in a year, past reserved ranges; callers never share one."""
    counter = _counter_locked(doc_type=doc_type, year=year)
    counter.last_number = number_after_reserved(
        doc_type=doc_type, year=year, number=counter.last_number + 1
    )
    counter.save(update_fields=["last_number"])
    return counter.last_number


MAX_NUMBER = 100_000
# A range longer than this is more likely a typing slip than a paper register's need.
MAX_RESERVED = 1_000


def _vn(number: int) -> str:
    return f"{number:_}".replace("_", ".")


@transaction.atomic
def outgoing_range_reserve(
    *,
    doc_type: str,
    year: int,
    first: int,
    last: int,
    note: str,
    user: User | None,
) -> OutgoingReservation:
    """Let the văn thư keep numbers first..last of a type and year for paper documents.

    Only numbers not yet given: issuing skips the range, and ranges never overlap.
    """
    if not 2000 <= year <= 2100:
        raise RegisterError("Năm không hợp lệ.", fields={"nam": "Năm không hợp lệ."})
    if not 1 <= first <= last <= MAX_NUMBER:
        message = f"Dải số phải từ 1 đến {_vn(MAX_NUMBER)}, số đầu không lớn hơn số cuối."
        raise RegisterError(message, fields={"tu_so": message})
    if last - first + 1 > MAX_RESERVED:
        message = f"Mỗi lần giữ tối đa {_vn(MAX_RESERVED)} số."
        raise RegisterError(message, fields={"den_so": message})
    counter = _counter_locked(doc_type=doc_type, year=year)  # refuses an unknown type
    if first <= counter.last_number:
        message = (
            f"Số {first} đã được cấp trong năm {year}; chỉ giữ được từ số "
            f"{counter.last_number + 1} trở lên (không giữ số đã dùng)."
        )
        raise RegisterError(message, fields={"tu_so": message})
    overlap = OutgoingReservation.objects.filter(
        doc_type=doc_type, year=year, first__lte=last, last__gte=first
    ).first()
    if overlap is not None:
        message = f"Dải số trùng với dải đã giữ {overlap.first}–{overlap.last}."
        raise RegisterError(message, fields={"tu_so": message})
    reservation = OutgoingReservation.objects.create(
        doc_type=doc_type,
        year=year,
        first=first,
        last=last,
        note=note.strip()[:255],
        reserved_by=user,
    )
    audit_change(
        op="outgoing_range_reserve",
        user=user,
        target=f"Giữ số {first}–{last} loại {doc_type} năm {year}",
        detail={"doc_type": doc_type, "year": year, "first": first, "last": last},
    )
    return reservation


@transaction.atomic
def outgoing_counter_set(*, doc_type: str, year: int, next_number: int) -> OutgoingCounter:
    """Let the văn thư continue the paper register: the next number of a type in a year.

    Only forward: a number already given (or spent on a void entry) is never given again.
    """
    if not 2000 <= year <= 2100:
        raise RegisterError("Năm không hợp lệ.")
    if not 1 <= next_number <= MAX_NUMBER:
        raise RegisterError(f"Số tiếp theo phải từ 1 đến {MAX_NUMBER:_}.".replace("_", "."))
    counter = _counter_locked(doc_type=doc_type, year=year)
    if next_number <= counter.last_number:
        raise RegisterError(
            f"Số {next_number} đã được cấp trong năm {year}; số tiếp theo phải từ "
            f"{counter.last_number + 1} trở lên (không cấp lại số đã dùng)."
        )
    counter.last_number = next_number - 1
    counter.save(update_fields=["last_number"])
    audit_change(
        op="outgoing_counter_set",
        target=f"Số tiếp theo loại {doc_type} năm {year}",
        detail={"doc_type": doc_type, "year": year, "next_number": next_number},
    )
    return counter


@transaction.atomic
def outgoing_document_reserve(
    *,
    doc_type: str,
    year: int,
    symbol: str,
    title: str,
    filename: str,
    user: User | None,
    campaign: Campaign | None = None,
) -> OutgoingDocument:
    """Take the next number and enter the document as being rendered, with its file's name.

    The filename may hold "{number}", replaced by the number taken.
    """
    if not title.strip():
        raise RegisterError("Chưa có trích yếu văn bản.")
    number = outgoing_number_next(doc_type=doc_type, year=year)
    filename = filename.replace("{number}", str(number))[:255]
    document = OutgoingDocument(
        doc_type=doc_type,
        year=year,
        number=number,
        symbol=symbol,
        title=title.strip()[:500],
        campaign=campaign,
        filename=filename,
        sha256="",
        issued_by=user,
        state=OutgoingState.RENDERING,
    )
    document.file.name = outgoing_path(document, filename)
    document.save()
    return document


def _write_in_place(name: str, data: bytes) -> None:
    """Write a stored file under a temporary name and rename it into place: never half a file."""
    path = Path(default_storage.path(name))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{uuid.uuid4().hex}.part")
    mode = settings.FILE_UPLOAD_PERMISSIONS or 0o640
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _files_remove(document: OutgoingDocument) -> None:
    """Remove every file of an entry (all formats, and temporaries); its names are random."""
    path = Path(default_storage.path(document.file.name or ""))
    stem = path.name.rsplit(".", 1)[0]
    for found in path.parent.glob(f"{stem}.*"):
        found.unlink(missing_ok=True)


def outgoing_document_void(*, document: OutgoingDocument, reason: str) -> None:
    """Remove an unfinished entry's files, then mark it void with the reason (number spent)."""
    _files_remove(document)
    OutgoingDocument.objects.filter(pk=document.pk, state=OutgoingState.RENDERING).update(
        state=OutgoingState.VOID, void_reason=reason[:500]
    )
    audit_change(
        op="outgoing_document_void",
        target=f"Hủy số văn bản {document.code}",
        detail={"document": document.pk, "reason": reason[:500]},
    )


def outgoing_stale_void(*, now: datetime.datetime | None = None) -> int:
    """Void entries still "đang tạo tệp" long after their number was taken (a stopped server)."""
    cutoff = (now or timezone.now()) - STALE_AFTER
    stale = list(
        OutgoingDocument.objects.filter(state=OutgoingState.RENDERING, issued_at__lt=cutoff)
    )
    for document in stale:
        outgoing_document_void(document=document, reason="Máy chủ dừng khi đang tạo tệp.")
    return len(stale)


@transaction.atomic
def outgoing_document_complete(
    *, document: OutgoingDocument, sha256: str, signatures: list[dict[str, str]] | None = None
) -> OutgoingDocument:
    """Mark an entry issued once its files are in place, with its PDF's signatures."""
    locked = OutgoingDocument.objects.select_for_update().get(pk=document.pk)
    if locked.state != OutgoingState.RENDERING:
        raise RegisterError(f"Số {locked.code} đã bị hủy trong khi tạo tệp.")
    locked.sha256 = sha256
    locked.state = OutgoingState.ISSUED
    locked.signatures = signatures or []
    locked.save(update_fields=["sha256", "state", "signatures"])
    audit_change(
        op="outgoing_document_complete",
        user=locked.issued_by,
        target=f"Ban hành văn bản số {locked.code}",
        detail={"document": locked.pk, "campaign": locked.campaign_id, "sha256": sha256},
    )
    return locked


def outgoing_document_render(
    *,
    document: OutgoingDocument,
    render: Callable[[int], Files],
    finish: Callable[[OutgoingDocument, Files], None] | None = None,
) -> OutgoingDocument:
    """Render a reserved entry's files outside any transaction, then mark it issued or void.

    `render` returns the bytes by suffix; the entry's own suffix is its main file, the others are
    stored beside it. `finish` runs in the completing transaction (e.g. to mark a report issued).
    """
    main = (document.file.name or "").rsplit(".", 1)[-1]
    try:
        files, signatures = issued_files_sign(render(document.number))
        for suffix, data in files.items():
            _write_in_place(document.sibling_name(suffix), data)
        with transaction.atomic():
            issued = outgoing_document_complete(
                document=document,
                sha256=hashlib.sha256(files[main]).hexdigest(),
                signatures=signatures,
            )
            if finish is not None:
                finish(issued, files)
    except Exception as exc:
        outgoing_document_void(
            document=document, reason=f"Không tạo được tệp ({type(exc).__name__})."
        )
        raise RegisterError(
            f"Không tạo được tệp văn bản số {document.code}. Số này đã được ghi hủy trong sổ "
            "văn bản đi và không dùng lại; có thể ban hành lại với số tiếp theo."
        ) from exc
    return issued


def outgoing_document_issue(
    *,
    doc_type: str,
    year: int,
    symbol: str,
    title: str,
    render: Callable[[int], Files],
    filename: str,
    user: User | None,
    campaign: Campaign | None = None,
    finish: Callable[[OutgoingDocument, Files], None] | None = None,
) -> OutgoingDocument:
    """Number a document, render its files with that number outside any transaction, register it."""
    outgoing_stale_void()
    document = outgoing_document_reserve(
        doc_type=doc_type,
        year=year,
        symbol=symbol,
        title=title,
        filename=filename,
        user=user,
        campaign=campaign,
    )
    return outgoing_document_render(document=document, render=render, finish=finish)


def outgoing_signed_copy_add(
    *, document: OutgoingDocument, data: bytes, filename: str, user: User | None
) -> OutgoingDocument:
    """Keep a leader's signed copy of an issued PDF once it is that PDF plus signatures only.

    The copy must start with the issued bytes and add nothing but signatures (pyHanko's
    modification analysis), each intact; its certificates are checked against the board's
    roots offline. A copy without a signature, or altered, is refused with what was found.
    """
    if document.state != OutgoingState.ISSUED or not default_storage.exists(
        document.sibling_name("pdf")
    ):
        raise RegisterError("Văn bản này chưa có bản PDF đã ban hành để đối chiếu.")
    with default_storage.open(document.sibling_name("pdf"), "rb") as handle:
        issued = handle.read()
    checks = parse_in_child(
        signed_upload_check, data, filename=filename, roots=trust_roots(), issued=issued
    )
    found = [{**c.as_dict(), "by": "leader"} for c in checks]
    message = ""
    if not checks:
        message = "Tệp tải lên không có chữ ký số."
    elif overall_verdict(checks) == "altered":
        message = (
            "Tệp tải lên không phải bản PDF đã ban hành cộng chữ ký số, hoặc đã bị sửa sau khi "
            f"ký: {describe(found)}. Hãy ký lại đúng bản PDF tải từ sổ văn bản đi."
        )
    if message:
        raise RegisterError(message, fields={"tep": message})
    # The signatures of the issued file are in the copy too: the copy's list replaces them.
    _write_in_place(document.sibling_name(SIGNED_SUFFIX), data)
    with transaction.atomic():
        locked = OutgoingDocument.objects.select_for_update().get(pk=document.pk)
        locked.signatures = [
            {**c, "by": "organisation" if i < len(document.signatures) else "leader"}
            for i, c in enumerate(found)
        ]
        locked.save(update_fields=["signatures"])
        audit_change(
            op="outgoing_signed_copy_add",
            user=user,
            target=f"Bản ký số của văn bản {locked.code}",
            detail={"document": locked.pk, "sha256": hashlib.sha256(data).hexdigest()},
        )
    return locked
