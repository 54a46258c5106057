from django.apps import AppConfig


class ProjectConfig(AppConfig):
    """The top layer: wiring that spans apps (serve, demo, the daily jobs), no models."""

    name = "lantoa.project"
    label = "lantoa_project"
    verbose_name = "Lắp ráp hệ thống"
