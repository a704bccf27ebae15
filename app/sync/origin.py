"""Credentials stay with the server: which addresses are accepted, and the one gate every request passes.

- `server_address(url)`: a server address without embedded credentials, `https` unless the host is this
  machine (127.0.0.0/8, ::1, localhost); checked before any connection.
- `CredentialGuard`: an httpx request hook on the client's connection pool. A request that carries an
  `Authorization` header goes only to the server's origin (scheme, host, port); a form (a token grant: password
  or refresh token) only to the token endpoint's origin, which is the server's own unless the user named
  another explicitly; plain http only to this machine. Anything else is refused before a byte is sent.
"""
from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

import httpx

from app.sync.errors import AddressError, CredentialError

DEFAULT_PORTS = {"http": 80, "https": 443}
FORM = "application/x-www-form-urlencoded"

Origin = tuple[str, str, int]


def is_loopback(host: str) -> bool:
    """This machine: localhost, 127.0.0.0/8, ::1."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def origin_of(url: str | httpx.URL) -> Origin:
    """(scheme, host, port) with the scheme's default port filled in."""
    u = url if isinstance(url, httpx.URL) else httpx.URL(url)  # a request's URL is not parsed again
    scheme = u.scheme.lower()
    return scheme, u.host.lower(), u.port or DEFAULT_PORTS.get(scheme, 0)


def shown(url: str) -> str:
    """An address as it may be shown or stored: without user information, without a trailing slash."""
    parts = urlsplit(url.strip())
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return parts._replace(netloc=netloc).geturl().rstrip("/")


def host_of(url: str | httpx.URL) -> str:
    """host[:port] for messages."""
    u = url if isinstance(url, httpx.URL) else httpx.URL(url)
    return f"{u.host}:{u.port}" if u.port else u.host


def server_address(url: str) -> str:
    """The address, normalised; AddressError when it carries credentials, is not http(s), or is plain http to
    another machine. Nothing is connected to."""
    text = (url or "").strip()
    parts = urlsplit(text)
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise AddressError("sync-address-credentials")
    try:
        host = parts.hostname
    except ValueError:
        host = None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise AddressError("sync-address", url=shown(text))
    if parts.scheme.lower() == "http" and not is_loopback(host):
        raise AddressError("sync-address-http", host=parts.netloc)
    try:
        httpx.URL(text)
    except (httpx.InvalidURL, ValueError) as exc:
        raise AddressError("sync-address", url=shown(text)) from exc
    return text.rstrip("/")


def same_origin(a: str | httpx.URL, b: str | httpx.URL) -> bool:
    return origin_of(a) == origin_of(b)


class CredentialGuard:
    """The request hook: `httpx.Client(event_hooks={"request": [guard]})`; raises CredentialError (nothing is
    sent) for a credential bound elsewhere than its origin, AddressError for plain http to another machine."""

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url
        self.server = origin_of(server_url)
        self.token_origins: set[Origin] = {self.server}

    def allow_token_endpoint(self, url: str) -> None:
        """A token endpoint the user named explicitly: token grants (never the bearer token) may go there."""
        self.token_origins.add(origin_of(url))

    def __call__(self, request: httpx.Request) -> None:
        target = origin_of(request.url)
        if target[0] != "https" and not is_loopback(target[1]):
            raise AddressError("sync-address-http", host=host_of(request.url))
        if "authorization" in request.headers and target != self.server:
            raise CredentialError("sync-credential-foreign", host=host_of(request.url),
                                  server=host_of(self.server_url))
        if request.headers.get("content-type", "").startswith(FORM) and target not in self.token_origins:
            raise CredentialError("sync-credential-foreign", host=host_of(request.url),
                                  server=host_of(self.server_url))


def install(http: httpx.Client, guard: CredentialGuard) -> None:
    """Put the guard first among the client's request hooks (once)."""
    hooks = http.event_hooks
    requests = [h for h in hooks.get("request", []) if not isinstance(h, CredentialGuard)]
    hooks["request"] = [guard, *requests]
    http.event_hooks = hooks
