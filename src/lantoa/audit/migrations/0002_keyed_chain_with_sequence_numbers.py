"""Re-chain the audit log under keyed MACs over every field, numbered in sequence (#21.4)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def upgrade(apps, schema_editor):
    from lantoa.audit.legacy import legacy_chain_upgrade

    legacy_chain_upgrade(apps.get_model("audit", "AuditEntry"))


def downgrade(apps, schema_editor):
    from lantoa.audit.legacy import legacy_chain_downgrade

    legacy_chain_downgrade(apps.get_model("audit", "AuditEntry"))


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_hash_chained_audit_entries"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="auditentry",
            name="seq",
            field=models.PositiveBigIntegerField(null=True, verbose_name="số thứ tự"),
        ),
        migrations.AlterField(
            model_name="auditentry",
            name="user",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="người dùng",
            ),
        ),
        migrations.RunPython(upgrade, downgrade),
    ]
