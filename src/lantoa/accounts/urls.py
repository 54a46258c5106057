from django.urls import path

from lantoa.accounts import mfa_views, views, views_users

app_name = "accounts"

urlpatterns = [
    path("dang-nhap/", views.LoginView.as_view(), name="login"),
    path("dang-xuat/", views.LogoutView.as_view(), name="logout"),
    path("doi-mat-khau/", views.PasswordChangeView.as_view(), name="password_change"),
    path("xac-thuc-hai-buoc/", mfa_views.mfa_verify_view, name="mfa_verify"),
    path("xac-thuc-hai-buoc/dang-ky/", mfa_views.mfa_enrol, name="mfa_enrol"),
    path("xac-thuc-hai-buoc/doi-dien-thoai/", mfa_views.mfa_replace, name="mfa_replace"),
    path("nguoi-dung/", views_users.user_list, name="user_list"),
    path("nguoi-dung/<int:user_id>/", views_users.user_detail, name="user_detail"),
]
