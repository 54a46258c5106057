from django.urls import path

from lantoa.documents.reports import views

app_name = "reports"

urlpatterns = [
    path("", views.report_list, name="list"),
    path("<int:report_id>/", views.report_detail, name="detail"),
    path("<int:report_id>/thao-tac/", views.report_action, name="action"),
    path("<int:report_id>/xem-truoc/", views.report_preview, name="preview"),
    path("<int:report_id>/tai.<str:fmt>", views.report_download, name="download"),
    path(
        "dot/<int:campaign_id>/don-vi/<int:unit_id>/bao-cao.<str:fmt>",
        views.unit_report,
        name="unit_report",
    ),
]
