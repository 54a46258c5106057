from django.urls import include, path

from lantoa.reporting import views, views_board, views_review, views_submission

app_name = "reporting"

urlpatterns = [
    path("", views.unit_home, name="unit_home"),
    path("dot/<int:campaign_id>/don-vi/<int:unit_id>/", views.unit_campaign, name="unit_campaign"),
    path(
        "dot/<int:campaign_id>/don-vi/<int:unit_id>/them/",
        views.activity_create,
        name="activity_create",
    ),
    path("hoat-dong/<int:activity_id>/", views.activity_detail, name="activity_detail"),
    path("hoat-dong/<int:activity_id>/sua/", views.activity_edit, name="activity_edit"),
    path("hoat-dong/<int:activity_id>/xoa/", views.activity_remove, name="activity_remove"),
    path("hoat-dong/<int:activity_id>/minh-chung/", views.evidence_upload, name="evidence_upload"),
    path("minh-chung/<int:evidence_id>/", views.evidence_download, name="evidence_download"),
    path(
        "yeu-cau/<int:request_id>/don-vi/<int:unit_id>/nop/",
        views_submission.submission_create,
        name="submission_create",
    ),
    path(
        "yeu-cau/<int:request_id>/don-vi/<int:unit_id>/nop/mau.xlsx",
        views_submission.submission_template_download,
        name="submission_template",
    ),
    path(
        "yeu-cau/<int:request_id>/don-vi/<int:unit_id>/nop/tai-len/",
        views_submission.submission_upload,
        name="submission_upload",
    ),
    path("don-vi/<int:unit_id>/sap-nhap/", views_board.unit_merge_view, name="unit_merge"),
    path("dot/<int:campaign_id>/yeu-cau/them/", views_board.request_create, name="request_create"),
    path("yeu-cau/<int:request_id>/", views_board.request_detail, name="request_detail"),
    path("yeu-cau/<int:request_id>/duyet/", views_review.review_queue, name="review_queue"),
    path(
        "minh-chung/<int:evidence_id>/anh-nho/",
        views_review.evidence_thumbnail,
        name="evidence_thumbnail",
    ),
    path("dot/<int:campaign_id>/anh/", views_review.gallery, name="gallery"),
    path(
        "yeu-cau/<int:request_id>/gia-han/", views_board.extension_create, name="extension_create"
    ),
    path("nop/<int:submission_id>/duyet/", views_board.submission_review, name="submission_review"),
    path(
        "nop/<int:submission_id>/cach-lam-hay/",
        views_board.practice_mark,
        name="practice_mark",
    ),
    path(
        "nop/<int:submission_id>/mo-lai/",
        views_board.submission_reopen_view,
        name="submission_reopen",
    ),
    path("dot/<int:campaign_id>/khoa/", views_board.lock_set, name="lock_set"),
    path("quy-tac-kiem-tra/", views_board.rules, name="rules"),
    path("excel/", include("lantoa.reporting.excel.urls")),
    path("theo-doi/", include("lantoa.reporting.dashboard.urls")),
]
