from django.apps import AppConfig


class MaterialsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "lantoa.materials"
    verbose_name = "Tài liệu tuyên truyền"
