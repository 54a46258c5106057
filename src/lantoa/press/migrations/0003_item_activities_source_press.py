"""Mark the activities of the press items already recorded as kept by the press pages."""

from django.db import migrations


def forwards(apps, schema_editor):
    PressItem = apps.get_model("press", "PressItem")
    Activity = apps.get_model("reporting", "Activity")
    ids = PressItem.objects.exclude(activity=None).values_list("activity_id", flat=True)
    Activity.objects.filter(pk__in=list(ids)).update(source="press")


def backwards(apps, schema_editor):
    Activity = apps.get_model("reporting", "Activity")
    Activity.objects.filter(source="press").update(source="web")


class Migration(migrations.Migration):
    dependencies = [
        ("press", "0002_press_item_activity"),
        ("reporting", "0009_activity_source_press"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
