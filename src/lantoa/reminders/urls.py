from django.urls import path

from lantoa.reminders import views

app_name = "reminders"

urlpatterns = [
    path("cong-van/", views.letter_create, name="letter_create"),
    path("cong-van/<int:letter_id>/", views.letter_detail, name="letter_detail"),
    path("cong-van/<int:letter_id>/xem-truoc/", views.letter_preview, name="letter_preview"),
    # An issued letter's file, for the units it names (and the board).
    path("cong-van/<int:letter_id>/tep/", views.letter_file, name="letter_file"),
]
