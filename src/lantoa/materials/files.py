"""Checks of a material's attached file: size limit named, content by magic bytes, not name."""

from __future__ import annotations

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from lantoa.core.uploads import MB, UploadRefused, check_size

# extension -> (content kind, content type)
ALLOWED = {
    ".pdf": ("pdf", "application/pdf"),
    ".png": ("png", "image/png"),
    ".jpg": ("jpeg", "image/jpeg"),
    ".jpeg": ("jpeg", "image/jpeg"),
    ".mp3": ("mp3", "audio/mpeg"),
    ".wav": ("wav", "audio/wav"),
    ".ogg": ("ogg", "audio/ogg"),
    ".m4a": ("mp4", "audio/mp4"),
    ".mp4": ("mp4", "video/mp4"),
    ".webm": ("webm", "video/webm"),
}
DESCRIBED = {
    "pdf": "PDF",
    "png": "ảnh PNG",
    "jpeg": "ảnh JPEG",
    "mp3": "âm thanh MP3",
    "wav": "âm thanh WAV",
    "ogg": "âm thanh OGG",
    "mp4": "video/âm thanh MP4",
    "webm": "video WebM",
}


def sniff_media(head: bytes) -> str | None:
    """Name what the first bytes of a file are, or None when they are none of the allowed kinds."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"OggS"):
        return "ogg"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "webm"
    return None


def max_material_bytes() -> int:
    """Return the configured largest attached file (LANTOA_MATERIAL_MAX_MB)."""
    return int(settings.LANTOA_MATERIAL_MAX_MB) * MB


def material_file_check(upload: UploadedFile) -> str:
    """Refuse a file too large, of a kind not allowed, or whose content lies; return its type."""
    name = (upload.name or "").lower().strip()
    ext = next((e for e in ALLOWED if name.endswith(e)), None)
    if ext is None:
        raise UploadRefused(
            "Định dạng tệp không được nhận; chỉ nhận: " + ", ".join(sorted(ALLOWED)) + "."
        )
    limit = max_material_bytes()
    size = upload.size if upload.size is not None else None
    if size is not None and size > limit:
        raise UploadRefused(
            f"Tệp quá lớn ({size / MB:,.0f} MB); giới hạn cho tệp tài liệu là "
            f"{limit // MB:,} MB.".replace(",", ".")
        )
    try:
        check_size(upload, max_bytes=limit)
    except UploadRefused as exc:
        raise UploadRefused(
            exc.message.replace(
                "Hãy chia tệp", f"Giới hạn cho tệp tài liệu là {limit // MB} MB. Hãy chia tệp"
            )
        ) from None
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    expected, content_type = ALLOWED[ext]
    found = sniff_media(head)
    if found != expected:
        what = DESCRIBED.get(found or "", "không nhận ra")
        raise UploadRefused(f"Nội dung tệp ({what}) không khớp đuôi {ext}; không được nhận.")
    return content_type
