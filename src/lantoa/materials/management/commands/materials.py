"""`lantoa materials audio <version id>`: make a script's machine draft reading now."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError

from lantoa.core.commands import ActionCommand
from lantoa.materials.audio import AudioUnavailable, audio_render
from lantoa.materials.models import MaterialVersion


class Command(ActionCommand):
    """Material commands; `audio` renders the espeak-ng machine draft of a version."""

    help = "Materials: audio <version id> makes the machine draft reading (needs espeak-ng)."

    def add_actions(self, actions: Any) -> None:
        """Declare the audio subcommand."""
        audio = actions.add_parser("audio", help="render the machine draft WAV of a version")
        audio.add_argument("version_id", type=int)

    def do_audio(self, options: dict[str, Any]) -> None:
        """Read a version's script into its machine draft WAV."""
        version = MaterialVersion.objects.filter(pk=options["version_id"]).first()
        if version is None:
            raise CommandError(f"no material version {options['version_id']}")
        try:
            version = audio_render(version=version)
        except AudioUnavailable:
            raise CommandError("espeak-ng is not installed; no machine draft made") from None
        self.stdout.write(f"Machine draft reading stored: {version.audio.name}")
