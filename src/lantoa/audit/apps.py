from django.apps import AppConfig


class AuditConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "lantoa.audit"
    verbose_name = "Nhật ký hệ thống"

    def ready(self) -> None:
        from lantoa.audit.receivers import connect

        connect()
