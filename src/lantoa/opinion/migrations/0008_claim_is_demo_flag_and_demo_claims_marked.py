from django.db import migrations, models

# Values of opinion.demo at the time of this migration (a migration does not import app code).
DEMO_CLAIMS = ("gao-cddl-thu-hoi",)
DEMO_SOURCE = "Dữ liệu minh họa"


def mark_demo_claims(apps, schema_editor):
    """Flag the claims an earlier `lantoa demo` loaded, known by their demo items."""
    Claim = apps.get_model("opinion", "Claim")
    Claim.objects.filter(key__in=DEMO_CLAIMS, items__source=DEMO_SOURCE).update(is_demo=True)


class Migration(migrations.Migration):
    dependencies = [
        ("opinion", "0007_import_job_heartbeat"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="is_demo",
            field=models.BooleanField(default=False, verbose_name="luận điệu mẫu"),
        ),
        migrations.RunPython(mark_demo_claims, migrations.RunPython.noop),
    ]
