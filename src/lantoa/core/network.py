"""The client's address: the one place that decides whether to believe a proxy's header."""

from __future__ import annotations

import ipaddress

from django.conf import settings


def _address(text: str | None) -> str | None:
    """Return the text as a normalised IP address, or None when it is not one."""
    try:
        return str(ipaddress.ip_address((text or "").strip()))
    except ValueError:
        return None


def client_address(request: object) -> str | None:
    """Return the address of the client that sent the request.

    Behind LANTOA_BEHIND_PROXY, the Nth address from the right of X-Forwarded-For (N =
    LANTOA_TRUSTED_PROXIES) is the one our own outermost proxy saw; anything left of it was
    written by the client and can be forged. Without a proxy the header is ignored altogether.
    """
    meta = getattr(request, "META", {})
    remote = _address(meta.get("REMOTE_ADDR"))
    if not settings.LANTOA_BEHIND_PROXY:
        return remote
    hops = [hop.strip() for hop in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if not hops:
        return remote
    return _address(hops[-min(settings.LANTOA_TRUSTED_PROXIES, len(hops))]) or remote
