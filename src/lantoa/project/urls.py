"""The site map: each app mounts its own URLs under a Vietnamese path."""

from django.contrib import admin
from django.urls import include, path

from lantoa.api.urls import api
from lantoa.core import views as core_views
from lantoa.project import views as project_views

admin.site.site_header = "Lan Tỏa — Quản trị"
admin.site.site_title = "Lan Tỏa"
admin.site.index_title = "Quản trị hệ thống"

urlpatterns = [
    path("", project_views.home, name="home"),
    path("healthz", core_views.healthz, name="healthz"),
    path("tai-khoan/", include("lantoa.accounts.urls")),
    path("don-vi/", include("lantoa.accounts.urls_units")),
    path("dot/", include("lantoa.campaigns.urls")),
    path("huong-dan/", include("lantoa.guidance.urls")),
    path("bao-cao/", include("lantoa.reporting.urls")),
    path("tai-khoan/api/", include("lantoa.api.token_urls")),
    path("api/v1/", api.urls),
    path("nhat-ky/", include("lantoa.accounts.urls_audit")),
    path("van-ban-di/", include("lantoa.documents.urls")),
    path("bao-cao-chinh-thuc/", include("lantoa.documents.reports.urls")),
    path("don-doc/", include("lantoa.reminders.urls")),
    path("du-luan/", include("lantoa.opinion.urls")),
    path("tai-lieu/", include("lantoa.materials.urls")),
    path("bao-chi/", include("lantoa.press.urls")),
    path("tieu-bieu/", include("lantoa.showcase.urls")),
    path("thong-bao/", include("lantoa.notifications.urls")),
    path("", include("lantoa.awareness.urls")),
    path("quan-tri/", admin.site.urls),
]

handler400 = "lantoa.core.views.bad_request"
handler404 = "lantoa.core.views.not_found"
handler403 = "lantoa.core.views.forbidden"
handler500 = "lantoa.core.views.server_error"
