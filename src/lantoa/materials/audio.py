"""A machine draft reading of a loudspeaker script from espeak-ng's Vietnamese voice."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction

from lantoa.core.errors import Refused
from lantoa.materials.models import MaterialVersion
from lantoa.materials.outputs import script_text, speaking_rate

MACHINE_LABEL = "BẢN ĐỌC THỬ DO MÁY TẠO"
SPOKEN_LABEL = "Bản đọc thử do máy tạo, không phải bản phát chính thức."


class AudioUnavailable(Refused):
    """espeak-ng is not installed on this server."""

    def __init__(self) -> None:
        super().__init__("Máy chủ chưa cài espeak-ng nên không tạo được bản đọc thử.")


def espeak_path() -> str | None:
    """Return the espeak-ng program, or None when it is not installed."""
    return shutil.which("espeak-ng")


def audio_request(*, version: MaterialVersion) -> None:
    """Mark the version's audio as queued and start the background job after commit."""
    if espeak_path() is None:
        raise AudioUnavailable()
    MaterialVersion.objects.filter(pk=version.pk).update(audio_state="queued")
    from lantoa.materials.tasks import material_audio_make

    transaction.on_commit(lambda: material_audio_make.enqueue(version.pk))


def audio_render(*, version: MaterialVersion, timeout: float = 300) -> MaterialVersion:
    """Read the script with espeak-ng into a WAV stored on the version (a machine draft)."""
    program = espeak_path()
    if program is None:
        raise AudioUnavailable()
    text = f"{SPOKEN_LABEL}\n{script_text(version)}"
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "doc-thu.wav"
        try:
            subprocess.run(  # noqa: S603 - fixed program, text passed on stdin
                [program, "-v", "vi", "-s", str(speaking_rate(version)), "-w", str(out), "--stdin"],
                input=text.encode("utf-8"),
                check=True,
                timeout=timeout,
                capture_output=True,
            )
        except (subprocess.SubprocessError, OSError):
            MaterialVersion.objects.filter(pk=version.pk).update(audio_state="failed")
            raise
        data = out.read_bytes()
    version.audio.save(f"doc-thu-may-tao-v{version.number}.wav", ContentFile(data), save=False)
    version.audio_state = "done"
    version.save(update_fields=["audio", "audio_state"])
    return version
