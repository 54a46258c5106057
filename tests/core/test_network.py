from django.test import RequestFactory

from lantoa.core.network import client_address

FACTORY = RequestFactory()


def request_from(remote: str, forwarded: str | None = None):  # type: ignore[no-untyped-def]
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return FACTORY.get("/", REMOTE_ADDR=remote, **extra)


def test_it_ignores_x_forwarded_for_unless_behind_a_proxy(settings):
    settings.LANTOA_BEHIND_PROXY = False
    assert client_address(request_from("10.0.0.9", "192.0.2.1")) == "10.0.0.9"


def test_it_takes_the_address_the_trusted_proxy_saw(settings):
    settings.LANTOA_BEHIND_PROXY = True
    settings.LANTOA_TRUSTED_PROXIES = 1
    # The client wrote "192.0.2.1"; our proxy appended the address it really saw.
    assert client_address(request_from("10.0.0.254", "192.0.2.1, 10.20.0.5")) == "10.20.0.5"


def test_it_counts_trusted_proxies_from_the_right(settings):
    settings.LANTOA_BEHIND_PROXY = True
    settings.LANTOA_TRUSTED_PROXIES = 2
    header = "192.0.2.1, 10.20.0.5, 10.0.0.250"
    assert client_address(request_from("10.0.0.254", header)) == "10.20.0.5"
    assert client_address(request_from("10.0.0.254", "10.20.0.5")) == "10.20.0.5"


def test_it_falls_back_to_the_peer_without_a_usable_header(settings):
    settings.LANTOA_BEHIND_PROXY = True
    settings.LANTOA_TRUSTED_PROXIES = 1
    assert client_address(request_from("10.0.0.254")) == "10.0.0.254"
    assert client_address(request_from("10.0.0.254", "không-phải-địa-chỉ")) == "10.0.0.254"
    assert client_address(request_from("10.0.0.254", " 2001:DB8::1 ")) == "2001:db8::1"
