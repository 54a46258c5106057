"""Clear the Django admin's staff mark of accounts that are not board staff.

Until 07/12/2026 «Chuyên viên Ban» held at any unit set the mark (and kept it); the rule is now
that role held at the board (accounts.capabilities.makes_board_staff). Superusers keep theirs.
"""

from django.db import migrations


def staff_marks_clear(apps, schema_editor):
    User = apps.get_model("auth", "User")
    Membership = apps.get_model("accounts", "Membership")
    Permission = apps.get_model("auth", "Permission")
    board_staff = Membership.objects.filter(role="board", unit__kind="board").values("user_id")
    marked = User.objects.filter(is_staff=True, is_superuser=False).exclude(pk__in=board_staff)
    change_user = Permission.objects.filter(content_type__app_label="auth", codename="change_user")
    for user in marked:
        user.user_permissions.remove(*change_user)
    marked.update(is_staff=False)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_request_counts_shared_by_every_process"),
        ("organization", "0002_unit_vietnamese_sort_key"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(staff_marks_clear, migrations.RunPython.noop)]
