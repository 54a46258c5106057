from django.apps import AppConfig


class ShowcaseConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "lantoa.showcase"
    verbose_name = "Mô hình, sản phẩm tiêu biểu"
