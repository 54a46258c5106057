from django.urls import include, path

from lantoa.reporting import views

app_name = "reporting"

urlpatterns = [
    path("", views.unit_home, name="unit_home"),
    path("excel/", include("lantoa.reporting.excel.urls")),
    path("theo-doi/", include("lantoa.reporting.dashboard.urls")),
]
