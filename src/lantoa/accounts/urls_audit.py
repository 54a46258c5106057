from django.urls import path

from lantoa.accounts import views_audit

app_name = "audit"

urlpatterns = [
    path("", views_audit.audit_log, name="log"),
]
