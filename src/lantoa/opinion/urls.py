from django.urls import path

from lantoa.opinion import views, views_claims, views_report

app_name = "opinion"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("gui/", views.submit, name="submit"),
    path("cua-toi/", views.mine, name="mine"),
    path("y-kien/", views.items, name="items"),
    path("y-kien/<int:item_id>/", views.item_detail, name="item"),
    path("nhap/", views.imports, name="imports"),
    path("nhap/<int:job_id>/", views.import_status, name="import_status"),
    path("luan-dieu/", views_claims.claims, name="claims"),
    path("luan-dieu/<int:claim_id>/", views_claims.claim_detail, name="claim"),
    path("chu-de/", views_claims.topics, name="topics"),
    path("mo-hinh/", views.model_versions, name="models"),
    path("bao-cao/", views_report.report, name="report"),
    path("bao-cao/<int:report_id>/", views_report.report_detail, name="report_detail"),
    path("bao-cao/<int:report_id>/xem-truoc/", views_report.report_preview, name="report_preview"),
    path("bao-cao/<int:report_id>/tep/", views_report.report_file, name="report_file"),
    path("canh-bao/<int:alert_id>/an/", views.alert_dismiss, name="alert_dismiss"),
]
