"""Routes of this part of reporting; included inside the `reporting` namespace."""

from django.urls import path

from lantoa.reporting.dashboard import views

urlpatterns: list = [
    path("dot/<int:campaign_id>/", views.board_dashboard, name="dashboard"),
    path(
        "dot/<int:campaign_id>/bieu-do/<slug:which>/",
        views.dashboard_chart,
        name="dashboard_chart",
    ),
    path("dot/<int:campaign_id>/xuat.<str:fmt>", views.dashboard_export, name="dashboard_export"),
]
