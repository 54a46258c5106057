"""Writes of the outgoing register: race-safe numbering and recording an issued document."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

from lantoa.core.errors import Refused
from lantoa.documents.models import OutgoingCounter, OutgoingDocument, OutgoingType


class RegisterError(Refused):
    """A document that cannot be registered, with a Vietnamese message."""


@transaction.atomic
def outgoing_number_next(*, doc_type: str, year: int) -> int:
    """Take the next number of a document type in a year; concurrent callers never share one."""
    if doc_type not in OutgoingType.values:
        raise RegisterError("Loại văn bản không hợp lệ.")
    try:
        with transaction.atomic():  # a savepoint: a concurrent first insert must not abort us
            OutgoingCounter.objects.get_or_create(doc_type=doc_type, year=year)
    except IntegrityError:
        pass
    counter = OutgoingCounter.objects.select_for_update().get(doc_type=doc_type, year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number


@transaction.atomic
def outgoing_document_issue(
    *,
    doc_type: str,
    year: int,
    symbol: str,
    title: str,
    render: Callable[[int], bytes],
    filename: str,
    user: AbstractBaseUser | None,
    campaign: object | None = None,
) -> OutgoingDocument:
    """Number a document, render it with that number, store the file and enter it in the register.

    The filename may hold "{number}", replaced by the number taken.
    """
    if not title.strip():
        raise RegisterError("Chưa có trích yếu văn bản.")
    number = outgoing_number_next(doc_type=doc_type, year=year)
    data = render(number)
    filename = filename.replace("{number}", str(number))
    document = OutgoingDocument(
        doc_type=doc_type,
        year=year,
        number=number,
        symbol=symbol,
        title=title.strip()[:500],
        campaign=campaign,  # type: ignore[misc]
        filename=filename[:255],
        sha256=hashlib.sha256(data).hexdigest(),
        issued_by=user,
    )
    document.file.save(filename, ContentFile(data), save=False)
    document.save()
    return document
