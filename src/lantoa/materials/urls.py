from django.urls import path

from lantoa.materials import views

app_name = "materials"

urlpatterns = [
    path("", views.material_index, name="list"),
    path("them/", views.material_new, name="create"),
    path("<int:material_id>/", views.material_detail, name="detail"),
    path("<int:material_id>/sua/", views.material_change, name="edit"),
    path("<int:material_id>/to-roi.pdf", views.material_leaflet, name="leaflet_pdf"),
    path("<int:material_id>/ban-tin.pdf", views.material_newsletter_pdf, name="newsletter_pdf"),
    path("phien-ban/<int:version_id>/gui-duyet/", views.version_submit, name="submit"),
    path("phien-ban/<int:version_id>/duyet/", views.version_review, name="review"),
    path("phien-ban/<int:version_id>/tep/", views.version_file, name="file"),
    path("phien-ban/<int:version_id>/doc-thu/", views.version_audio_request, name="audio_request"),
    path("phien-ban/<int:version_id>/doc-thu.wav", views.version_audio, name="audio"),
]
