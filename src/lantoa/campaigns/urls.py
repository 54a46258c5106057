from django.urls import path

from lantoa.campaigns import views

app_name = "campaigns"

urlpatterns = [
    path("", views.campaign_list, name="list"),
    path("<int:campaign_id>/", views.campaign_detail, name="detail"),
    path("<int:campaign_id>/huong-dan.docx", views.campaign_guidance_docx, name="guidance_docx"),
    path("<int:campaign_id>/ke-hoach/<int:unit_id>.docx", views.unit_plan, name="unit_plan"),
]
