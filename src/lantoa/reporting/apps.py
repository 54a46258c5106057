from django.apps import AppConfig


class ReportingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "lantoa.reporting"
    verbose_name = "Báo cáo kết quả của đơn vị"
