"""The key that makes one published article the same wherever it is reported."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lantoa.core.text import fold

_TRACKING = ("utm_", "fbclid", "gclid", "zarsrc", "mc_")


def normalised_url(url: str) -> str:
    """Return the URL with scheme and host lower-cased, www. and tracking parameters dropped."""
    url = url.strip()
    if not url:
        return ""
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith(_TRACKING)
        )
    )
    path = parts.path.rstrip("/")
    # http and https show the same article: the key ignores the scheme's difference.
    return urlunsplit(("https", host, path, query, ""))


def publication_key(*, url: str = "", outlet: str = "", issue: str = "", title: str = "") -> str:
    """Return "url:<normalised url>", else "issue:<outlet>|<issue>|<title>" folded, else ""."""
    normalised = normalised_url(url)
    if normalised:
        return ("url:" + normalised)[:500]
    if outlet.strip() and issue.strip() and title.strip():
        return ("issue:" + "|".join(fold(x) for x in (outlet, issue, title)))[:500]
    return ""
