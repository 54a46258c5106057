"""Thumbnails of photo evidence, made by the background worker and stored beside the photo."""

from __future__ import annotations

from django.core.files.base import ContentFile

from lantoa.core.images import image_thumbnail
from lantoa.core.isolation import parse_in_child
from lantoa.core.uploads import UploadRefused
from lantoa.reporting.models import Evidence

# Stored photo types (checked and re-encoded at upload) -> the kind core.images reads.
PHOTO_KINDS = {"image/png": "png", "image/jpeg": "jpeg"}
SUFFIX = ".anh-nho.jpg"


def is_photo(evidence: Evidence) -> bool:
    """Tell whether the evidence is a stored photo (the only kind with a thumbnail)."""
    return bool(evidence.file) and evidence.content_type in PHOTO_KINDS


def thumbnail_name(evidence: Evidence) -> str:
    """Return where the photo's thumbnail is stored: beside the photo, same name plus a suffix."""
    return f"{evidence.file.name}{SUFFIX}"


def thumbnail_ready(evidence: Evidence) -> bool:
    """Tell whether the worker has made the photo's thumbnail yet."""
    return is_photo(evidence) and evidence.file.storage.exists(thumbnail_name(evidence))


def evidence_thumbnail_make(*, evidence_id: int) -> bool:
    """Make one photo's thumbnail if it is missing; return whether one exists afterwards."""
    evidence = Evidence.objects.filter(pk=evidence_id).first()
    if evidence is None or not is_photo(evidence):
        return False
    if thumbnail_ready(evidence):
        return True
    with evidence.file.open("rb") as stored:
        data = stored.read()
    try:
        # Pillow decodes in the limited child, as at upload: the worker never decodes in-process.
        small = parse_in_child(image_thumbnail, data, PHOTO_KINDS[evidence.content_type])
    except UploadRefused:
        return False
    storage = evidence.file.storage
    storage.save(thumbnail_name(evidence), ContentFile(small))
    return True
