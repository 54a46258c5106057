from django.urls import path

from lantoa.guidance import views

app_name = "guidance"

urlpatterns = [
    path("tai-len/", views.guidance_upload, name="upload"),
    path("nhap-tay/", views.guidance_new_blank, name="new_blank"),
    path("<int:document_id>/", views.guidance_review, name="review"),
    path("<int:document_id>/tep-goc/", views.guidance_original, name="original"),
]
