"""`lantoa materials audio <version id>`: make a script's machine draft reading now."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError

from lantoa.core.commands import ActionCommand
from lantoa.materials.audio import AudioUnavailable, audio_render
from lantoa.materials.models import MaterialVersion


class Command(ActionCommand):
    """Material commands; `audio` renders the espeak-ng machine draft of a version."""

    help = "Tài liệu: audio <số phiên bản> tạo bản đọc thử do máy (cần espeak-ng)."

    def add_actions(self, actions: Any) -> None:
        """Declare the audio subcommand."""
        audio = actions.add_parser("audio", help="tạo tệp WAV bản đọc thử do máy của một phiên bản")
        audio.add_argument("version_id", type=int)

    def do_audio(self, options: dict[str, Any]) -> None:
        """Read a version's script into its machine draft WAV."""
        version = MaterialVersion.objects.filter(pk=options["version_id"]).first()
        if version is None:
            raise CommandError(f"Không có phiên bản tài liệu số {options['version_id']}.")
        try:
            version = audio_render(version=version)
        except AudioUnavailable:
            raise CommandError(
                "Máy chủ chưa cài espeak-ng: không tạo được bản đọc thử do máy."
            ) from None
        self.stdout.write(f"Đã lưu bản đọc thử do máy: {version.audio.name}")
