"""Every audit entry now has its sequence number; make it required and unique (#21.4)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    # A migration of its own: PostgreSQL refuses ALTER TABLE after row changes in one transaction.
    dependencies = [("audit", "0002_keyed_chain_with_sequence_numbers")]

    operations = [
        migrations.AlterField(
            model_name="auditentry",
            name="seq",
            field=models.PositiveBigIntegerField(unique=True, verbose_name="số thứ tự"),
        ),
    ]
