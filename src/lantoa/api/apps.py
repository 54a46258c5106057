from django.apps import AppConfig


class ApiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "lantoa.api"
    verbose_name = "Kết nối API"
