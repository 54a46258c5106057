"""Image checks for uploads: decode fully with a pixel limit, then re-encode without metadata.

Run inside the limited child process (core.isolation.parse_in_child): Pillow decodes here.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from lantoa.core.uploads import UploadRefused, check_upload

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

# A 40-megapixel photo is larger than any phone camera's; beyond it an image is a bomb
# (a small file that decodes into gigabytes).
MAX_IMAGE_PIXELS = 40_000_000
JPEG_QUALITY = 92
# Checked kind -> Pillow's format name.
IMAGE_FORMATS = {"png": "PNG", "jpeg": "JPEG"}
_BROKEN = "Ảnh bị hỏng hoặc bị cắt cụt (không đọc được trọn vẹn); hãy tải lại ảnh gốc."


def _open(data: bytes, kind: str) -> PILImage:
    """Open the image's header, refusing a wrong format or too many pixels before decoding."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[IMAGE_FORMATS[kind]])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        image = None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise UploadRefused(_BROKEN) from None
    width, height = image.size if image is not None else (0, 0)
    if image is None or width * height > MAX_IMAGE_PIXELS:
        megapixels = MAX_IMAGE_PIXELS // 1_000_000
        raise UploadRefused(
            f"Ảnh quá lớn (kích thước khai báo vượt {megapixels} triệu điểm ảnh; nghi tệp "
            "độc hại); không được nhận. Hãy thu nhỏ ảnh rồi tải lại."
        )
    return image


def image_reencode(data: bytes, kind: str) -> bytes:
    """Return the image decoded and encoded again in its own format: no metadata, no extra bytes.

    Refuses a truncated or broken image and one declaring more than MAX_IMAGE_PIXELS; EXIF
    (with any GPS location), comments and text chunks are dropped, the orientation is applied.
    """
    from PIL import ImageFile

    # WeasyPrint turns on loading truncated images for the whole process when imported; a
    # truncated upload must fail here (this runs in the child process, where nothing else
    # decodes images, so the module-wide switch is restored without a race).
    lenient = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        return _reencode(data, kind)
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = lenient


def _reencode(data: bytes, kind: str) -> bytes:
    from PIL import Image, ImageOps

    image = _open(data, kind)
    try:
        if kind == "png":
            image.verify()  # every chunk's checksum, up to IEND
            image = _open(data, kind)
        image.load()
        icc = image.info.get("icc_profile")
        upright = ImageOps.exif_transpose(image)
        clean = upright.copy()
        clean.info = {}  # nothing of the original's metadata is written again
        out = io.BytesIO()
        options: dict[str, object] = {"icc_profile": icc} if icc else {}
        if kind == "jpeg":
            if clean.mode not in ("RGB", "L", "CMYK"):
                clean = clean.convert("RGB")
            clean.save(out, "JPEG", quality=JPEG_QUALITY, comment=b"", **options)
        else:
            clean.save(out, "PNG", **options)
    except UploadRefused:
        raise
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        raise UploadRefused(_BROKEN) from None
    return out.getvalue()


def check_and_reencode(
    data: bytes | Path, name: str, point: str, max_bytes: int
) -> tuple[str, bytes | None]:
    """Check a file for an upload point (check_upload); return its kind and an image's re-encoding.

    Meant for the limited child process: this is where Pillow and pypdf read the file.
    """
    kind = check_upload(data, filename=name, kind=point, max_bytes=max_bytes)
    if kind not in IMAGE_FORMATS:
        return kind, None
    raw = data if isinstance(data, bytes) else Path(data).read_bytes()
    return kind, image_reencode(raw, kind)


# The longest side of a thumbnail: sharp in a two-column gallery on a phone, a few kB.
THUMBNAIL_PIXELS = 320


def image_thumbnail(data: bytes, kind: str, box: int = THUMBNAIL_PIXELS) -> bytes:
    """Return a small JPEG of an image already checked at upload (run in the limited child)."""
    from PIL import Image

    image = _open(data, kind)
    try:
        image.load()
        small = image.convert("RGB")
        small.thumbnail((box, box), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        small.save(out, "JPEG", quality=80)
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        raise UploadRefused(_BROKEN) from None
    return out.getvalue()
