"""Kinds of stored user files (images, audio, video), told by their first bytes, and their types."""

from __future__ import annotations

# Extension -> the kind its content must be (Office, PDF and text kinds are in core.uploads).
MEDIA_EXTENSIONS = {
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".mp3": "mp3",
    ".wav": "wav",
    ".ogg": "ogg",
    ".m4a": "mp4",
    ".mp4": "mp4",
    ".webm": "webm",
}
# Images are decoded and re-encoded before they are stored, so only they may be shown inline.
IMAGE_KINDS = frozenset({"png", "jpeg"})
# Checked kind -> the content type a download is sent with (never taken from the file name).
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
    "ogg": "audio/ogg",
    "mp4": "video/mp4",
    "webm": "video/webm",
}
INLINE_TYPES = frozenset(CONTENT_TYPES[kind] for kind in IMAGE_KINDS)
DESCRIBED = {
    "png": "ảnh PNG",
    "jpeg": "ảnh JPEG",
    "mp3": "âm thanh MP3",
    "wav": "âm thanh WAV",
    "ogg": "âm thanh OGG",
    "mp4": "video/âm thanh MP4",
    "webm": "video WebM",
}


def sniff_media(head: bytes) -> str | None:
    """Name the image, audio or video kind of a file's first bytes, or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    # An MP3 frame starts with 11 set bits; FF FE/FF FF are a UTF-16 byte order mark or noise.
    if head.startswith(b"ID3") or (
        len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0 and head[1] < 0xFE
    ):
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
