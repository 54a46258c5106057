from django.apps import AppConfig


class AwarenessConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "lantoa.awareness"
    verbose_name = "Kiểm tra nhận thức"
