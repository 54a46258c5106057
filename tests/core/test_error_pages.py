"""The 403 page says why in Vietnamese when the refusing code gave a reason."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory

from lantoa.core.views import forbidden

pytestmark = pytest.mark.django_db


def _page(exception: Exception | None) -> str:
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    response = forbidden(request, exception)
    assert response.status_code == 403
    return response.content.decode()


def test_it_shows_the_refusals_own_reason():
    page = _page(PermissionDenied("Chỉ lãnh đạo Ban được phê duyệt công văn."))
    assert "Chỉ lãnh đạo Ban được phê duyệt công văn." in page
    assert "Bạn không có quyền thực hiện thao tác này." not in page


def test_it_falls_back_to_the_general_sentence_without_a_reason():
    for exception in (PermissionDenied(), None):
        assert "Bạn không có quyền thực hiện thao tác này." in _page(exception)


def test_it_escapes_a_reason_as_text():
    page = _page(PermissionDenied("<b>x</b>"))
    assert "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x</b>" not in page


def test_it_answers_a_request_for_an_unknown_host_in_vietnamese(client):
    # Behind a proxy that passes its own Host (nginx's default), every page was Django's
    # English «Bad Request (400)».
    response = client.get("/tai-khoan/dang-nhap/", HTTP_HOST="lantoa-proxy.internal:8712")
    body = response.content.decode()
    assert response.status_code == 400
    assert 'lang="vi"' in body and "Yêu cầu không hợp lệ" in body
    assert "Bad Request" not in body


def test_it_answers_a_get_on_a_form_only_address_in_vietnamese(client, commune_reporter):
    # A link pasted from a form's address (sign-out, a POST-only action) gave a blank page.
    client.force_login(commune_reporter)
    response = client.get("/tai-khoan/dang-xuat/")
    assert response.status_code == 405
    page = response.content.decode()
    assert "Địa chỉ này chỉ dùng để gửi biểu mẫu" in page and 'lang="vi"' in page
    assert response["Allow"]


def test_it_leaves_the_apis_answer_to_a_wrong_method_as_json(client):
    response = client.delete("/api/v1/tasks")
    assert response.status_code in (401, 405)
    assert "Địa chỉ này chỉ dùng" not in response.content.decode()
