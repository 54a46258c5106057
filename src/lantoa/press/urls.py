from django.urls import path

from lantoa.press import views, views_workbook

app_name = "press"

urlpatterns = [
    path("", views.press_home, name="home"),
    path("tong-hop/", views.overview, name="overview"),
    path("co-quan/<int:unit_id>/", views.press_unit, name="unit"),
    path("co-quan/<int:unit_id>/ke-hoach/", views.plan_save, name="plan_save"),
    path("co-quan/<int:unit_id>/tin-bai/them/", views.item_create, name="item_create"),
    path(
        "co-quan/<int:unit_id>/tep-excel/",
        views_workbook.workbook_download,
        name="workbook_download",
    ),
    path("co-quan/<int:unit_id>/tai-len/", views_workbook.workbook_upload, name="workbook_upload"),
    path("ke-hoach/<int:plan_id>/", views.plan_edit, name="plan_edit"),
    path("tin-bai/<int:item_id>/", views.item_edit, name="item_edit"),
    path("tin-bai/<int:item_id>/xoa/", views.item_remove, name="item_remove"),
    path("tieu-bieu/", views.showcase_options, name="showcase_options"),
]
