from django.urls import path

from lantoa.reminders import views

app_name = "reminders"

urlpatterns = [
    path("cong-van/", views.letter_create, name="letter_create"),
]
