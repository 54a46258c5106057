from django.db import migrations, models

CHOICES = [
    ("rendering", "Đang tạo tệp"),
    ("issued", "Đã ban hành"),
    ("void", "Hủy số (không tạo được tệp)"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0002_official_reports"),
    ]

    operations = [
        # Every entry registered before this step was written with its file in one transaction.
        migrations.AddField(
            model_name="outgoingdocument",
            name="state",
            field=models.CharField(
                choices=CHOICES, default="issued", max_length=10, verbose_name="tình trạng"
            ),
        ),
        migrations.AlterField(
            model_name="outgoingdocument",
            name="state",
            field=models.CharField(
                choices=CHOICES, default="rendering", max_length=10, verbose_name="tình trạng"
            ),
        ),
        migrations.AddField(
            model_name="outgoingdocument",
            name="void_reason",
            field=models.CharField(blank=True, max_length=500, verbose_name="lý do hủy số"),
        ),
    ]
