"""Files people upload and others download: checked, cleaned, named safely, stored, sent back."""

from __future__ import annotations

import unicodedata
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.db.models.fields.files import FieldFile
from django.http import FileResponse

from lantoa.core.filekinds import CONTENT_TYPES, INLINE_TYPES
from lantoa.core.images import check_and_reencode
from lantoa.core.uploads import MB, UPLOADS, UploadRefused, check_size

# Upload points whose size limit is a setting (in MB) rather than a constant in UPLOADS.
LIMIT_SETTINGS = {"material": "LANTOA_MATERIAL_MAX_MB"}
MAX_NAME_LENGTH = 200
STORAGE_FAILED = (
    "Máy chủ không lưu được tệp (thư mục lưu trữ không ghi được hoặc đã đầy); chưa có gì "
    "được lưu. Hãy báo quản trị hệ thống rồi thử lại."
)
# Unicode categories never kept in a name: controls (NUL, newline), format characters (the
# right-to-left override U+202E that makes "gnp.exe" read "exe.png"), surrogates, private use.
_DROPPED = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})


@dataclass(frozen=True)
class CleanFile:
    """An upload that passed its point's checks: safe name, kind, type and bytes to store."""

    name: str
    kind: str
    content_type: str
    data: bytes | None  # the re-encoded image; None: store the upload as received

    @property
    def size(self) -> int | None:
        """Return the size of the bytes to store, when they are not the upload's own."""
        return None if self.data is None else len(self.data)


def safe_filename(name: str, *, fallback: str = "tep") -> str:
    """Return a file name fit to store and send back: no folder, control or direction characters.

    Everything from a NUL on is dropped (`x.png\\0.html` is `x.png`); Vietnamese letters stay.
    """
    name = (name or "").split("\x00", 1)[0].replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFC", name)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in _DROPPED)
    name = " ".join(name.split()).rstrip(" .").lstrip(" ")
    if not name or name.startswith("."):
        name = fallback + name
    if len(name) > MAX_NAME_LENGTH:
        stem, dot, ext = name.rpartition(".")
        name = stem[: MAX_NAME_LENGTH - len(ext) - 1] + dot + ext if dot else name[:MAX_NAME_LENGTH]
    return name


def upload_limit(point: str) -> int:
    """Return the largest file an upload point takes, in bytes."""
    setting = LIMIT_SETTINGS.get(point)
    if setting:
        return int(getattr(settings, setting)) * MB
    return UPLOADS[point].max_bytes or 50 * MB


def clean_upload(upload: File, *, point: str, fallback: str = "tep") -> CleanFile:
    """Run an upload through its point's checks; images and PDFs in the limited child process.

    Raises UploadRefused with a Vietnamese message; nothing is stored here.
    """
    from lantoa.core.isolation import parse_in_child

    limit = upload_limit(point)
    size = upload.size if upload.size is not None else upload
    check_size(size, max_bytes=limit, advice=UPLOADS[point].too_big)
    name = safe_filename(upload.name or "", fallback=fallback)
    path = getattr(upload, "temporary_file_path", None)
    data: bytes | Path
    if path is not None:
        data = Path(path())
    else:
        upload.seek(0)
        data = upload.read()
        upload.seek(0)
    rule = UPLOADS[point]
    kind, cleaned = parse_in_child(
        check_and_reencode,
        data,
        name,
        point,
        limit,
        memory_mb=rule.parse_memory_mb,
        seconds=rule.parse_seconds,
    )
    return CleanFile(name=name, kind=kind, content_type=CONTENT_TYPES[kind], data=cleaned)


def store_file(field: FieldFile, clean: CleanFile, upload: File) -> int:
    """Save a checked file into a file field, returning its stored size.

    A folder that cannot be written, or a full disk, becomes UploadRefused with no partial
    file left behind.
    """
    content = ContentFile(clean.data) if clean.data is not None else upload
    if clean.data is None:
        upload.seek(0)
    target = field.field.generate_filename(field.instance, clean.name)
    try:
        field.name = field.storage.save(target, content, max_length=field.field.max_length)
    except OSError:
        with suppress(OSError):
            if field.storage.exists(target):
                field.storage.delete(target)
        raise UploadRefused(STORAGE_FAILED) from None
    # As FieldFile.save does (the stubs do not declare the flag).
    field._committed = True  # type: ignore[attr-defined]  # FieldFile's flag, absent from the stubs
    return clean.size if clean.size is not None else (upload.size or 0)


class UserFileRow(Protocol):
    """A row that keeps an uploaded file with its checked type, cleaned name and size."""

    file: FieldFile
    content_type: str
    original_name: str
    size: int


def user_file_store(row: UserFileRow, clean: CleanFile, upload: File) -> None:
    """Store a checked upload in a row's file, with the type and name its check gave."""
    row.content_type = clean.content_type
    row.original_name = clean.name
    row.size = store_file(row.file, clean, upload)


def user_file_response(field: FieldFile, *, filename: str, content_type: str) -> FileResponse:
    """Send a stored user file: a download, except re-encoded images, typed by its checked kind."""
    content_type = content_type if content_type in CONTENT_TYPES.values() else ""
    response = FileResponse(
        field.open("rb"),
        as_attachment=content_type not in INLINE_TYPES,
        filename=safe_filename(filename),
        content_type=content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
