from django.test import RequestFactory

from lantoa.api.urls import TokenRateThrottle

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
