from django.apps import AppConfig


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "lantoa.core"
    label = "lantoa_core"
    verbose_name = "Lõi hệ thống"
