"""Routes of awareness checks: the staff pages, and /kiem-tra/ that anyone with a code opens."""

from django.urls import path

from lantoa.awareness import views
from lantoa.awareness.urls_contests import urlpatterns as contest_patterns

app_name = "awareness"

urlpatterns = [
    path("kiem-tra-nhan-thuc/dot/<int:campaign_id>/cau-hoi/", views.bank, name="bank"),
    path(
        "kiem-tra-nhan-thuc/dot/<int:campaign_id>/cau-hoi.xlsx", views.bank_xlsx, name="bank_xlsx"
    ),
    path(
        "kiem-tra-nhan-thuc/dot/<int:campaign_id>/ket-qua/", views.campaign_results, name="results"
    ),
    path("kiem-tra-nhan-thuc/hoat-dong/<int:activity_id>/", views.activity, name="activity"),
    # The only pages without sign-in: the check's title and questions, nothing else.
    path("kiem-tra/", views.answer_home, name="answer_home"),
    path("kiem-tra/<str:code>/", views.answer, name="answer"),
]
urlpatterns += contest_patterns
