"""Numbers typed into an address: a page answers, never a server error, whatever was typed.

A 23-digit id overflowed the database's integer, "²" passed str.isdigit() and int() refused it,
and a date typed as a check's code could not be made into an address: each was a server error.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import client_for

pytestmark = pytest.mark.django_db
# Every name a page reads from its address (request.GET in src/), each given the same value.
PARAMS = [
    "ca_cu",
    "campaign",
    "channel",
    "chu_de",
    "cum",
    "dinh_dang",
    "doc_hai",
    "don_vi",
    "dot",
    "kiem_tra",
    "loai",
    "luan_dieu",
    "ma",
    "nam",
    "next",
    "q",
    "sac_thai",
    "sap_xep",
    "showcase_q",
    "tai_san",
    "thu_tu",
    "tinh_trang",
    "trang",
    "trang_thai",
    "xa",
    "xem_lai",
    "xuat",
]
TYPED = ("99999999999999999999999", "²", "32/13/2026")


def _pages(resolver: URLResolver | None = None, prefix: str = "") -> list[tuple[str, URLPattern]]:
    """Return the named routes that take no argument or only a campaign's id."""
    found = []
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name != "admin":
                namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
                found += _pages(pattern, namespace)
        elif pattern.name and set(pattern.pattern.regex.groupindex) <= {"campaign_id"}:
            found.append((f"{prefix}{pattern.name}", pattern))
    return found


@pytest.mark.parametrize("who", ["board_user", "commune_reporter"])
def test_it_answers_every_page_without_a_server_error_whatever_number_is_typed(
    request, who, kl51_campaign
):
    client = client_for(request.getfixturevalue(who))
    client.raise_request_exception = False
    failed = []
    for name, pattern in _pages():
        arguments = {"campaign_id": kl51_campaign.pk} if pattern.pattern.regex.groupindex else {}
        path = reverse(name, kwargs=arguments)
        for typed in TYPED:
            answer = client.get(f"{path}?{urlencode(dict.fromkeys(PARAMS, typed))}")
            if answer.status_code >= 500:
                failed.append(f"{path} {typed}: {answer.status_code}")
    assert len(_pages()) > 40
    assert failed == []
