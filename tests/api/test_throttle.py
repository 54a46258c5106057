"""The API's limit: per token (or client), counted in the database so it holds across processes."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory

from lantoa.api.models import ApiToken
from lantoa.api.urls import TokenRateThrottle
from tests.accounts.two_processes import allowed_in_two_processes
from tests.api.test_api import api, token_for

FACTORY = RequestFactory()


def test_it_counts_calls_without_a_token_per_client_not_per_forged_header(settings):
    settings.LANTOA_BEHIND_PROXY = False
    throttle = TokenRateThrottle("120/m")
    keys = {
        throttle.get_cache_key(
            FACTORY.get("/api/v1/me", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR=forged)
        )
        for forged in ["192.0.2.1", "192.0.2.2", "192.0.2.3"]
    }
    assert len(keys) == 1, "a client must not get a fresh allowance by forging X-Forwarded-For"


def test_it_counts_each_client_behind_the_proxy_apart(settings):
    settings.LANTOA_BEHIND_PROXY = True
    settings.LANTOA_TRUSTED_PROXIES = 1
    throttle = TokenRateThrottle("120/m")
    first, second = (
        throttle.get_cache_key(
            FACTORY.get("/api/v1/me", REMOTE_ADDR="10.0.0.254", HTTP_X_FORWARDED_FOR=client)
        )
        for client in ["10.20.0.5", "10.20.0.6"]
    )
    assert first != second


# One server process: calls 100 times with one token.
CALLER_SETUP = """
from django.test import RequestFactory
from lantoa.api.models import ApiToken
from lantoa.api.urls import TokenRateThrottle
throttle = TokenRateThrottle("120/m")
request = RequestFactory().get("/api/v1/me", REMOTE_ADDR="10.1.2.3")
request.auth = ApiToken(pk=7)
"""


def test_it_holds_a_tokens_limit_across_two_processes(tmp_path):
    allowed = allowed_in_two_processes(
        tmp_path,
        setup=CALLER_SETUP,
        count="sum(throttle.allow_request(request) for _ in range(100))",
    )
    assert sum(allowed) == 120, allowed
    assert all(allowed), "both processes called"


def test_it_counts_each_token_apart_by_its_id():
    throttle = TokenRateThrottle("120/m")
    keys = set()
    for pk in (1, 2):
        request = FACTORY.get("/api/v1/me", REMOTE_ADDR="10.0.0.9")
        request.auth = ApiToken(pk=pk, name="Phần mềm xã", prefix="lt_same")
        keys.add(throttle.get_cache_key(request))
    assert len(keys) == 2


def test_it_refuses_a_rate_the_minute_counts_cannot_hold():
    with pytest.raises(Exception, match="per minute"):
        TokenRateThrottle("1000/h")


@pytest.mark.django_db
def test_it_answers_429_in_vietnamese_with_retry_after_past_the_limit(
    commune_reporter, throttle_minute_held
):
    client = api(token_for(commune_reporter))
    answers = [client.get("/api/v1/me") for _ in range(121)]
    assert [a.status_code for a in answers[:-1]] == [200] * 120
    refused = answers[-1]
    assert refused.status_code == 429
    assert refused.json()["detail"] == "Gửi quá nhiều yêu cầu; hãy thử lại sau."
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert Client(REMOTE_ADDR="10.9.9.9").get("/api/v1/me").status_code == 401, "others go on"
