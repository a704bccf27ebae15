"""The FHIR client the sync engine speaks through: retries, versions, conditional creates, paging, errors.

Every request is retried on dropped connections, 5xx, 429 and 503 (honouring Retry-After) with exponential
backoff and jitter, within a bounded number of attempts and a bounded total time. Updates always carry
If-Match; creates carry If-None-Exist so a retry after a lost answer never makes a second copy. Each exchange
is reported to `on_exchange(method, path, status, seconds, attempt)` for the journal: never a header, never
a body, never a secret.
"""
from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from app.sync.auth import AuthError, TokenAuth

FHIR_JSON = "application/fhir+json"
OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# connect, read, write, pool, protocol errors and timeouts; a 5xx from the token endpoint
TRANSIENT_ERRORS = (httpx.TransportError, httpx.HTTPStatusError)

Exchange = Callable[[str, str, int, float, int], None]


class SyncError(Exception):
    """Base of what the sync layer raises; the message is French, for the user."""


class OfflineError(SyncError):
    """The server could not be reached (or kept failing) within the retry budget."""


class ServerError(SyncError):
    """The server answered with an error; `fields` maps a FHIRPath (issue.expression) to its messages."""

    def __init__(self, status: int, message: str, fields: dict[str, list[str]] | None = None,
                 outcome: dict | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.fields = fields or {}
        self.outcome = outcome


class PreconditionFailed(ServerError):
    """412: someone changed the resource first (If-Match), or If-None-Exist matched several."""


def parse_etag(value: str | None) -> str | None:
    """`W/"3"` -> '3'."""
    if not value:
        return None
    value = value.strip()
    if value.startswith("W/"):
        value = value[2:]
    return value.strip('"') or None


def server_error(response: httpx.Response) -> ServerError:
    """An OperationOutcome (or any error body) turned into a ServerError with messages per field."""
    outcome: dict | None = None
    try:
        body = response.json()
        if isinstance(body, dict) and body.get("resourceType") == "OperationOutcome":
            outcome = body
    except ValueError:
        pass
    fields: dict[str, list[str]] = {}
    messages: list[str] = []
    for item in (outcome or {}).get("issue") or []:
        text = item.get("diagnostics") or (item.get("details") or {}).get("text") or item.get("code") or ""
        messages.append(text)
        for path in item.get("expression") or item.get("location") or []:
            fields.setdefault(path, []).append(text)
    message = " ; ".join(m for m in messages if m) or f"Le serveur a répondu {response.status_code}."
    kind = PreconditionFailed if response.status_code == 412 else ServerError
    return kind(response.status_code, message, fields, outcome)


@dataclass
class RetryPolicy:
    """Bounded retries: at most `attempts` tries and `total` seconds, backoff `base` * 2^n (+ jitter)."""

    attempts: int = 8
    total: float = 60.0
    base: float = 0.2
    cap: float = 8.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after + self.rng.uniform(0, 0.2), self.cap * 2)
        return min(self.cap, self.base * 2 ** (attempt - 1)) * self.rng.uniform(0.5, 1.0)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


@dataclass
class Result:
    """A resource the server sent back with its version (from the ETag or meta.versionId)."""

    resource: dict[str, Any]
    version: str | None
    status: int

    @property
    def id(self) -> str | None:
        return self.resource.get("id")


class FhirClient:
    """One FHIR server at `base_url`; thread-safe (httpx.Client is), usable from a worker pool."""

    def __init__(self, base_url: str, *, auth: TokenAuth | None = None, verify: bool | str = True,
                 cert: tuple[str, str] | None = None, timeout: float = 20.0,
                 retry: RetryPolicy | None = None, on_exchange: Exchange | None = None,
                 pool: int = 10, http: httpx.Client | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.retry = retry or RetryPolicy()
        self.on_exchange = on_exchange
        self.http = http or httpx.Client(
            verify=tls_context(verify, cert), timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            limits=httpx.Limits(max_connections=pool, max_keepalive_connections=pool),
            headers={"Accept": FHIR_JSON}, follow_redirects=False)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> FhirClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ transport
    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}/{path.lstrip('/')}"

    def request(self, method: str, path: str, *, json: Any = None, params: dict | None = None,
                headers: dict[str, str] | None = None, ok: tuple[int, ...] = ()) -> httpx.Response:
        """Send with retries; return the response when 2xx or in `ok`, raise ServerError / OfflineError."""
        url = self.url(path)
        policy = self.retry
        started = time.monotonic()
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            sent_auth: dict[str, str] = {}
            t0 = time.monotonic()
            wait: float | None = None
            try:
                if self.auth is not None:
                    sent_auth = self.auth.header(self.http)
                response = self.http.request(method, url, json=json, params=params,
                                             headers={**(headers or {}), **sent_auth,
                                                      **({"Content-Type": FHIR_JSON} if json is not None else {})})
            except TRANSIENT_ERRORS as exc:
                self._report(method, url, 0, time.monotonic() - t0, attempt)
                failure: Exception = exc
            else:
                status = response.status_code
                self._report(method, url, status, time.monotonic() - t0, attempt)
                if status == 401 and self.auth is not None and not refreshed:
                    refreshed = True
                    self.auth.invalidate(sent_auth)
                    attempt -= 1
                    continue
                if status < 300 or status in ok:
                    return response
                if status == 401:
                    raise AuthError("Le serveur refuse l'accès : identifiant ou mot de passe à vérifier.")
                if status not in RETRY_STATUSES:
                    raise server_error(response)
                failure = server_error(response)
                wait = _retry_after(response)
            delay = policy.delay(attempt, wait)
            if attempt >= policy.attempts or time.monotonic() - started + delay > policy.total:
                if isinstance(failure, ServerError):
                    raise failure
                raise OfflineError(f"Serveur injoignable ({_host(url)}) : {type(failure).__name__}.") from failure
            time.sleep(delay)

    def _report(self, method: str, url: str, status: int, seconds: float, attempt: int) -> None:
        if self.on_exchange is not None:
            self.on_exchange(method, urlsplit(url).path, status, seconds, attempt)

    # ------------------------------------------------------------------ FHIR interactions
    def metadata(self) -> dict[str, Any]:
        return self.request("GET", "metadata").json()

    def read(self, rtype: str, rid: str) -> Result:
        return _result(self.request("GET", f"{rtype}/{rid}"))

    def create(self, resource: dict[str, Any], if_none_exist: str | None = None) -> Result:
        """POST; with `if_none_exist` ("identifier=system|value") a replay returns the first copy (200)."""
        headers = {"If-None-Exist": if_none_exist} if if_none_exist else None
        return _result(self.request("POST", resource["resourceType"], json=resource, headers=headers))

    def update(self, resource: dict[str, Any], version: str) -> Result:
        """PUT with If-Match; a 412 raises PreconditionFailed."""
        path = f"{resource['resourceType']}/{resource['id']}"
        return _result(self.request("PUT", path, json=resource, headers={"If-Match": f'W/"{version}"'}))

    def delete(self, rtype: str, rid: str, version: str | None = None) -> None:
        headers = {"If-Match": f'W/"{version}"'} if version else None
        self.request("DELETE", f"{rtype}/{rid}", headers=headers, ok=(404, 410))

    def search(self, rtype: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every matching resource, following Bundle.link[next] page after page."""
        page = self.request("GET", rtype, params=params).json()
        while True:
            for entry in page.get("entry") or []:
                if isinstance(entry.get("resource"), dict):
                    yield entry["resource"]
            following = next((link["url"] for link in page.get("link") or [] if link.get("relation") == "next"), None)
            if not following:
                return
            page = self.request("GET", following).json()


def tls_context(verify: bool | str = True, cert: tuple[str, str] | None = None) -> ssl.SSLContext | bool:
    """TLS verified against the system's authorities or a CA bundle file, with an optional client certificate."""
    if verify is False and cert is None:
        return False
    if verify is True and cert is None:
        return True
    ctx = ssl.create_default_context(cafile=verify if isinstance(verify, str) else None)
    if verify is False:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    if cert is not None:
        ctx.load_cert_chain(cert[0], cert[1])
    return ctx


def _host(url: str) -> str:
    return urlsplit(url).netloc


def _result(response: httpx.Response) -> Result:
    resource = response.json() if response.content else {}
    version = (parse_etag(response.headers.get("ETag"))
               or str((resource.get("meta") or {}).get("versionId") or "") or None)
    return Result(resource, version, response.status_code)


def token_url(metadata: dict[str, Any], base_url: str) -> str:
    """The token endpoint named by the CapabilityStatement (SMART oauth-uris), else `[base]/token`."""
    for rest in metadata.get("rest") or []:
        for ext in ((rest.get("security") or {}).get("extension")) or []:
            if ext.get("url") == OAUTH_URIS:
                for sub in ext.get("extension") or []:
                    if sub.get("url") == "token" and sub.get("valueUri"):
                        return sub["valueUri"]
    return base_url.rstrip("/") + "/token"
