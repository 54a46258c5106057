"""A refused request is one line of the server log (who, what path); a real error keeps its
traceback."""

from __future__ import annotations

import logging
import sys

import pytest
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.urls import reverse

from lantoa.core.logfilters import RefusalOneLine
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_a_403_is_logged_in_one_line_naming_the_user_and_the_path(caplog, leader_user):
    url = reverse("documents:counter_set")
    with caplog.at_level(logging.WARNING, logger="django.request"):
        assert client_for(leader_user).post(url, {}).status_code == 403
    (record,) = [r for r in caplog.records if r.name == "django.request"]
    assert record.exc_info is None and not record.exc_text
    line = logging.Formatter().format(record)
    assert "\n" not in line and "Traceback" not in line
    assert url in line and leader_user.get_username() in line and "POST" in line


def _record(exception: BaseException, status: int) -> logging.LogRecord:
    """A record as django.request logs an answer of `status` raised as `exception`."""
    try:
        raise exception
    except BaseException:
        exc_info = sys.exc_info()
    level = logging.ERROR if status >= 500 else logging.WARNING
    record = logging.LogRecord(
        "django.request", level, __file__, 1, "Answer: %s", ("/dot/",), exc_info
    )
    record.request, record.status_code = RequestFactory().get("/dot/"), status
    return record


def test_a_real_error_keeps_its_traceback():
    record = _record(ValueError("hỏng"), 500)
    assert RefusalOneLine().filter(record) and record.exc_info is not None
    assert "Traceback" in logging.Formatter().format(record)


def test_the_filter_drops_the_traceback_of_a_refusal_without_a_user():
    record = _record(PermissionDenied("Không được."), 403)
    assert RefusalOneLine().filter(record) and record.exc_info is None
    line = logging.Formatter().format(record)
    assert "/dot/" in line and "\n" not in line and "Không được." in line
