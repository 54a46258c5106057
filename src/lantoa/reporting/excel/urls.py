"""Routes of the Excel round trip; included inside the `reporting` namespace."""

from django.urls import path

from lantoa.reporting.excel import views

urlpatterns: list = [
    path(
        "dot/<int:campaign_id>/don-vi/<int:unit_id>/mau.xlsx",
        views.template_download,
        name="excel_template",
    ),
    path(
        "dot/<int:campaign_id>/tong-hop.xlsx",
        views.board_workbook_download,
        name="excel_board_workbook",
    ),
    path("dot/<int:campaign_id>/tai-len/", views.upload, name="excel_upload"),
    path("nhap/<int:upload_id>/", views.status, name="excel_status"),
    path("nhap/<int:upload_id>/ap-dung/", views.apply, name="excel_apply"),
]
