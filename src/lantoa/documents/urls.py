from django.urls import path

from lantoa.documents import views

app_name = "documents"

urlpatterns = [
    path("", views.outgoing_register, name="register"),
    path("<int:document_id>/tep/", views.outgoing_file, name="outgoing_file"),
    path("so-tiep-theo/", views.outgoing_counter, name="counter_set"),
    path("giu-so/", views.outgoing_range, name="range_reserve"),
    path("<int:document_id>/chu-ky-so/", views.outgoing_signatures, name="signatures"),
    path("<int:document_id>/goi-ho-so/", views.outgoing_handoff, name="handoff"),
]
