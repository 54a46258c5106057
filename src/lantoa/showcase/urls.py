from django.urls import path

from lantoa.showcase import views

app_name = "showcase"

urlpatterns = [
    path("", views.entry_list, name="list"),
    path("them/", views.entry_edit, name="create"),
    path("<int:entry_id>/sua/", views.entry_edit, name="edit"),
    path("xuat.<str:fmt>", views.entry_export, name="export"),
]
