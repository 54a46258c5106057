"""Routes of awareness checks: the staff pages, and /kiem-tra/ that anyone with a code opens."""

from django.urls import path

from lantoa.awareness import views, views_checks, views_tallies
from lantoa.awareness.bank import views as bank
from lantoa.awareness.surveys import views as surveys
from lantoa.awareness.urls_contests import urlpatterns as contest_patterns

app_name = "awareness"

urlpatterns = [
    path("kiem-tra-nhan-thuc/dot/<int:campaign_id>/cau-hoi/", bank.bank, name="bank"),
    path("kiem-tra-nhan-thuc/dot/<int:campaign_id>/cau-hoi.xlsx", bank.bank_xlsx, name="bank_xlsx"),
    path("kiem-tra-nhan-thuc/dot/<int:campaign_id>/cau-hoi.docx", bank.bank_word, name="bank_docx"),
    path("kiem-tra-nhan-thuc/cau-hoi/<int:question_id>/", bank.question, name="question"),
    path(
        "kiem-tra-nhan-thuc/kiem-tra/<int:check_id>/phieu-giay.pdf",
        views.paper_sheet,
        name="paper_sheet",
    ),
    path(
        "kiem-tra-nhan-thuc/kiem-tra/<int:check_id>/phieu-giay.xlsx",
        views_tallies.tally_template_download,
        name="tally_template",
    ),
    path(
        "kiem-tra-nhan-thuc/kiem-tra/<int:check_id>/nhap-phieu-giay/",
        views_tallies.tally_upload,
        name="tally_upload",
    ),
    path(
        "kiem-tra-nhan-thuc/dot/<int:campaign_id>/ket-qua/", views.campaign_results, name="results"
    ),
    path("kiem-tra-nhan-thuc/hoat-dong/<int:activity_id>/", views.activity, name="activity"),
    path(
        "kiem-tra-nhan-thuc/dot/<int:campaign_id>/danh-sach/",
        views_checks.campaign_checks,
        name="checks",
    ),
    path(
        "kiem-tra-nhan-thuc/dot/<int:campaign_id>/bieu-do/",
        views_checks.campaign_chart,
        name="chart",
    ),
    path("kiem-tra-nhan-thuc/dot/<int:campaign_id>/khao-sat/", surveys.surveys, name="surveys"),
    path("kiem-tra-nhan-thuc/khao-sat/<int:pk>/", surveys.survey, name="survey"),
    path("kiem-tra-nhan-thuc/khao-sat/<int:pk>/sua/", surveys.survey_edit, name="survey_edit"),
    path(
        "kiem-tra-nhan-thuc/khao-sat/<int:pk>/ket-qua.xlsx",
        surveys.survey_export,
        name="survey_export",
    ),
    # The only pages without sign-in: the check's title and questions, nothing else.
    path("kiem-tra/", views.answer_home, name="answer_home"),
    path("kiem-tra/<str:code>/", views.answer, name="answer"),
    path("khao-sat/<str:code>/", surveys.survey_answer_page, name="survey_answer"),
]
urlpatterns += contest_patterns
