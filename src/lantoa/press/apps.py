from django.apps import AppConfig


class PressConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "lantoa.press"
    verbose_name = "Báo chí"
