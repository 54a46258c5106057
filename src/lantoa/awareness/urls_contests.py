"""Routes of study contests: the board's pages, and /cuoc-thi/ that anyone with a code opens."""

from django.urls import path

from lantoa.awareness import views_contests as views

urlpatterns = [
    path("kiem-tra-nhan-thuc/dot/<int:campaign_id>/cuoc-thi/", views.contests, name="contests"),
    path("kiem-tra-nhan-thuc/cuoc-thi/<int:contest_id>/", views.contest, name="contest"),
    path(
        "kiem-tra-nhan-thuc/cuoc-thi/<int:contest_id>/ket-qua/",
        views.contest_results,
        name="contest_results",
    ),
    path(
        "kiem-tra-nhan-thuc/cuoc-thi/<int:contest_id>/ket-qua.xlsx",
        views.contest_export,
        name="contest_export",
    ),
    path(
        "kiem-tra-nhan-thuc/cuoc-thi/<int:contest_id>/giai-thuong.xlsx",
        views.contest_prize_export,
        name="contest_prize_export",
    ),
    # Without sign-in: the round's questions, the unit names to choose from, nothing else.
    path("cuoc-thi/<str:code>/", views.contest_enter_page, name="contest_enter"),
]
