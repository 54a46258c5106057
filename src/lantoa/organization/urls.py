from django.urls import path

from lantoa.organization import views

app_name = "organization"

urlpatterns = [
    path("", views.unit_directory, name="directory"),
    path("<int:unit_id>/", views.unit_detail, name="unit"),
]
