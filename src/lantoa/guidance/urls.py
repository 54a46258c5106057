from django.urls import path

from lantoa.guidance import views, views_campaign

app_name = "guidance"

urlpatterns = [
    path("tai-len/", views.guidance_upload, name="upload"),
    path("nhap-tay/", views.guidance_new_blank, name="new_blank"),
    path("<int:document_id>/", views.guidance_review, name="review"),
    path("<int:document_id>/tep-goc/", views.guidance_original, name="original"),
    path("dot/<int:campaign_id>/sua/", views_campaign.campaign_edit, name="campaign_edit"),
    path("dot/<int:campaign_id>/nhiem-vu/them/", views_campaign.task_create, name="task_create"),
    path("dot/<int:campaign_id>/trang-thai/", views_campaign.campaign_state, name="campaign_state"),
]
