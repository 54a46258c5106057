from django.apps import AppConfig


class ProjectConfig(AppConfig):
    """The top layer: wiring that spans apps (serve, demo, the daily jobs), no models."""

    name = "lantoa.project"
    label = "lantoa_project"
    verbose_name = "Lắp ráp hệ thống"

    def ready(self) -> None:
        """Wire the columns of higher apps into the dashboard's export, as its page shows them."""
        from lantoa.awareness.selectors import dashboard_columns
        from lantoa.reporting.dashboard.export import DASHBOARD_COLUMNS

        if dashboard_columns not in DASHBOARD_COLUMNS:
            DASHBOARD_COLUMNS.append(dashboard_columns)
