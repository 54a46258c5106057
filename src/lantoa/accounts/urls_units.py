from django.urls import path

from lantoa.accounts import views_units

app_name = "organization"

urlpatterns = [
    path("", views_units.unit_directory, name="directory"),
    path("<int:unit_id>/", views_units.unit_detail, name="unit"),
    path("<int:unit_id>/so-lieu/", views_units.unit_figure_save, name="figure_save"),
]
