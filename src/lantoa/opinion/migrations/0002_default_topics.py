"""The default topic list for KL 51 (board-editable afterwards)."""

import json
from pathlib import Path

from django.db import migrations

TOPICS = Path(__file__).resolve().parent.parent / "seed" / "topics.json"


def add_topics(apps, schema_editor):
    Topic = apps.get_model("opinion", "Topic")
    for position, data in enumerate(json.loads(TOPICS.read_text(encoding="utf-8"))):
        Topic.objects.get_or_create(
            slug=data["slug"],
            defaults={"name": data["name"], "keywords": data["keywords"], "position": position},
        )


class Migration(migrations.Migration):
    dependencies = [("opinion", "0001_opinion_items_claims_clusters")]

    operations = [migrations.RunPython(add_topics, migrations.RunPython.noop)]
