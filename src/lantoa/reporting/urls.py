from django.urls import path

from lantoa.reporting import views

app_name = "reporting"

urlpatterns = [
    path("", views.unit_home, name="unit_home"),
]
