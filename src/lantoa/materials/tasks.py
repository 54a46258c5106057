"""Background jobs of materials."""

from __future__ import annotations

from django_tasks import task

from lantoa.materials.audio import audio_render
from lantoa.materials.models import MaterialVersion


@task()
def material_audio_make(version_id: int) -> str:
    """Make the machine draft reading of one version; returns the stored file name."""
    version = MaterialVersion.objects.get(pk=version_id)
    return audio_render(version=version).audio.name or ""
