"""The FHIR client the sync engine speaks through: deadlines, retries, versions, conditional creates, paging.

- Every request has a deadline (connect 10 s, read 30 s by default) and goes through the `CredentialGuard`
  (origin.py): the bearer token only to the server's origin, a token grant only to the token endpoint's,
  plain http only to this machine. Redirects are not followed.
- Transient failures (429 and 5xx honouring Retry-After, dropped or refused connections) are retried by
  tenacity within a bounded number of tries and seconds (retrying.py). A read time-out or a TLS failure is
  not: it says so at once. When the probe that opens a session found the server unreachable, the requests
  of the next `cooldown` seconds fail at once instead of waiting again for the same silence.
- What the server sends is read within bounds (payload.py: size, JSON, depth) and must be the FHIR resource
  asked for, with the JSON shape the app reads (fhir_shape.py); anything else is one sentence (AnswerError).
- Paging follows `Bundle.link[next]` on the server's own origin only, never a page already read, and at most
  `max_pages` pages.
- Updates always carry If-Match; creates carry If-None-Exist so a retry after a lost answer never makes a
  second copy. Each exchange is reported to `on_exchange(method, path, status, seconds, attempt)` for the
  journal: never a header, never a body, never a secret.
"""
from __future__ import annotations

import itertools
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from app.sync.auth import TokenAuth
from app.sync.errors import (
    AnswerError,
    AuthError,
    NotFhirError,
    OfflineError,
    PreconditionFailed,
    ServerError,
    SyncError,
    TlsError,
)
from app.sync.fhir_shape import shape_problem
from app.sync.origin import CredentialGuard, host_of, install, same_origin, server_address
from app.sync.payload import MAX_BYTES, NotJson, TooDeep, TooLarge, loads_bounded, media_type, read_capped
from app.sync.retrying import RETRY_STATUSES, RetryPolicy, retry_after, ssl_cause

__all__ = ["AnswerError", "AuthError", "FhirClient", "NotFhirError", "OfflineError", "PreconditionFailed",
           "RETRY_STATUSES", "Result", "RetryPolicy", "ServerError", "SyncError", "TlsError", "token_url"]

FHIR_JSON = "application/fhir+json"
JSON_PATCH = "application/json-patch+json"
OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
MAX_PAGES = 5000
MB = 1024 * 1024
# OpenSSL verify codes -> the sentence (app.models.refusals)
_TLS_KEYS = {2: "sync-tls-authority", 18: "sync-tls-authority", 19: "sync-tls-authority",
             20: "sync-tls-authority", 21: "sync-tls-authority", 9: "sync-tls-expired", 10: "sync-tls-expired",
             62: "sync-tls-name"}

Exchange = Callable[[str, str, int, float, int], None]


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
        body = loads_bounded(response.content)
        if isinstance(body, dict) and body.get("resourceType") == "OperationOutcome" and not shape_problem(body):
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
    status = response.status_code
    kind = PreconditionFailed if status == 412 else ServerError
    wait = retry_after(response.headers.get("Retry-After"))
    message = " ; ".join(m for m in messages if m)
    if message:
        return kind(status, message, fields, outcome, retry_after=wait)
    if 300 <= status < 400 and response.headers.get("location"):
        where = httpx.URL(str(response.url)).join(response.headers["location"])
        return kind(status, "sync-redirect", fields, outcome, retry_after=wait, host=host_of(response.url),
                    location=host_of(where) + where.path)
    return kind(status, "sync-status", fields, outcome, retry_after=wait, code=status)


def transport_error(exc: httpx.TransportError, url: str | httpx.URL, timeout: httpx.Timeout) -> SyncError:
    """What a failed connection means for the user: a refused certificate, no answer in time, unreachable."""
    host = host_of(url)
    cause = ssl_cause(exc)
    if isinstance(cause, ssl.SSLCertVerificationError):
        return TlsError(_TLS_KEYS.get(cause.verify_code, "sync-tls"), host=host)
    if cause is not None:
        return TlsError("sync-tls-handshake", host=host)
    if isinstance(exc, httpx.ReadTimeout | httpx.WriteTimeout):
        seconds = timeout.read if isinstance(exc, httpx.ReadTimeout) else timeout.write
        return OfflineError("sync-no-answer", host=host, seconds=f"{seconds or 0:g}")
    return OfflineError("sync-offline", host=host)


def tls_context(verify: bool | str = True, cert: tuple[str, str] | None = None) -> ssl.SSLContext | bool:
    """TLS verified against the system's authorities or a CA bundle file, with an optional client certificate.
    Verification cannot be turned off."""
    if verify is False:
        raise ValueError("TLS verification cannot be turned off")
    if verify is True and cert is None:
        return True
    ctx = ssl.create_default_context(cafile=verify if isinstance(verify, str) else None)
    if cert is not None:
        ctx.load_cert_chain(cert[0], cert[1])
    return ctx


def timeouts(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """A deadline for every request: connect 10 s and read 30 s by default; a number is the read deadline."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(float(value), connect=min(float(value), 10.0))


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
                 cert: tuple[str, str] | None = None, timeout: float | httpx.Timeout | None = None,
                 retry: RetryPolicy | None = None, on_exchange: Exchange | None = None,
                 pool: int = 10, http: httpx.Client | None = None, max_bytes: int = MAX_BYTES,
                 max_pages: int = MAX_PAGES, cooldown: float = 2.0) -> None:
        self.base_url = server_address(base_url)
        self.auth = auth
        self.retry = retry or RetryPolicy()
        self.on_exchange = on_exchange
        self.max_bytes = max_bytes
        self.max_pages = max_pages
        self.cooldown = cooldown
        self.timeout = http.timeout if http is not None else timeouts(timeout)
        self.http = http or httpx.Client(
            verify=tls_context(verify, cert), timeout=self.timeout,
            limits=httpx.Limits(max_connections=pool, max_keepalive_connections=pool),
            headers={"Accept": FHIR_JSON}, follow_redirects=False)
        self.guard = CredentialGuard(self.base_url)
        install(self.http, self.guard)
        self._down: tuple[float, OfflineError] | None = None

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> FhirClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def host(self) -> str:
        return host_of(self.base_url)

    # ------------------------------------------------------------------ transport
    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}/{path.lstrip('/')}"

    def request(self, method: str, path: str, *, json: Any = None, params: dict | None = None,
                headers: dict[str, str] | None = None, ok: tuple[int, ...] = (),
                retry: RetryPolicy | None = None, authenticate: bool = True, trip: bool = False) -> httpx.Response:
        """Send with retries; return the response (its body read, within `max_bytes`) when 2xx or in `ok`;
        raise ServerError, OfflineError, TlsError, AuthError, AnswerError. `trip`: when this request finds the
        server unreachable, the requests of the next `cooldown` seconds fail at once."""
        url: str | httpx.URL = self.url(path)
        if params and "?" not in str(url):
            # the query encoded once, as httpx would: parsing a URL of a hundred references costs milliseconds
            url = httpx.URL(url).copy_with(query=str(httpx.QueryParams(params)).encode("ascii"))
            params = None
        down = self._down
        if down is not None and time.monotonic() < down[0]:
            raise OfflineError(down[1].key, **down[1].args_)
        counter = itertools.count(1)

        def once() -> httpx.Response:
            return self._attempt(method, url, json, params, headers or {}, ok, authenticate, next(counter))

        try:
            response = (retry or self.retry).retrying()(once)
        except httpx.TransportError as exc:
            error = transport_error(exc, url, self.timeout)
            if trip and isinstance(error, OfflineError):
                self._down = (time.monotonic() + self.cooldown, error)
            raise error from exc
        if trip:
            self._down = None
        return response

    def _attempt(self, method: str, url: str | httpx.URL, json: Any, params: dict | None, headers: dict[str, str],
                 ok: tuple[int, ...], authenticate: bool, attempt: int) -> httpx.Response:
        """One try (two when a refused token is renewed): the response with its capped body, or an error."""
        for renewed in (False, True):
            sent_auth = self.auth.header(self.http) if self.auth is not None and authenticate else {}
            request = self.http.build_request(
                method, url, json=json, params=params,
                headers={**({"Content-Type": FHIR_JSON} if json is not None else {}), **headers, **sent_auth})
            t0 = time.monotonic()
            try:
                streamed = self.http.send(request, stream=True)
                body = read_capped(streamed, self.max_bytes)
            except httpx.TransportError:
                self._report(method, url, 0, time.monotonic() - t0, attempt)
                raise
            except TooLarge as exc:
                self._report(method, url, streamed.status_code, time.monotonic() - t0, attempt)
                raise AnswerError("sync-too-large", host=self.host, size=self.max_bytes // MB) from exc
            status = streamed.status_code
            self._report(method, url, status, time.monotonic() - t0, attempt)
            response = httpx.Response(status, headers=streamed.headers, content=body, request=request)
            if status == 401 and sent_auth and not renewed:
                self.auth.invalidate(sent_auth)  # type: ignore[union-attr]
                continue
            if status < 300 or status in ok:
                return response
            if status == 401:
                raise AuthError("auth-denied")
            raise server_error(response)
        raise AssertionError("unreachable")

    def authenticate(self) -> None:
        """Get a token now when there is none, with the retries, deadlines and sentences of a request (for a
        caller that needs the token answer itself, e.g. its SMART context)."""
        auth = self.auth
        if auth is None:
            return
        try:
            self.retry.retrying()(lambda: auth.header(self.http))
        except httpx.TransportError as exc:
            raise transport_error(exc, self.base_url, self.timeout) from exc

    def _report(self, method: str, url: str | httpx.URL, status: int, seconds: float, attempt: int) -> None:
        if self.on_exchange is not None:
            path = url.path if isinstance(url, httpx.URL) else urlsplit(url).path
            self.on_exchange(method, path, status, seconds, attempt)

    # ------------------------------------------------------------------ reading answers
    def json_of(self, response: httpx.Response) -> Any:
        """The body as JSON within the depth bound; AnswerError (one sentence) otherwise."""
        try:
            return loads_bounded(response.content)
        except TooDeep as exc:
            raise AnswerError("sync-too-deep", host=self.host, count=exc.args[0]) from exc
        except NotJson as exc:
            raise AnswerError("sync-not-json", host=self.host,
                              content_type=media_type(response) or "sans type") from exc

    def resource_of(self, response: httpx.Response, expected: str | None = None) -> dict[str, Any]:
        """The body as one FHIR resource of type `expected` (any type when None), with the shape the app
        reads; AnswerError otherwise."""
        return self.checked(self.json_of(response), expected)

    def checked(self, value: Any, expected: str | None = None) -> dict[str, Any]:
        if not isinstance(value, dict) or not isinstance(value.get("resourceType"), str):
            raise AnswerError("sync-not-resource", host=self.host)
        rtype = value["resourceType"]
        if expected is not None and rtype != expected:
            raise AnswerError("sync-wrong-resource", host=self.host, found=rtype, expected=expected)
        problem = shape_problem(value)
        if problem is not None:
            rid = value.get("id")
            what = f"{rtype}/{rid}" if isinstance(rid, str) else rtype
            raise AnswerError("sync-malformed", host=self.host, what=what, path=problem)
        return value

    def _result(self, response: httpx.Response, expected: str) -> Result:
        resource = self.resource_of(response, expected) if response.content.strip() else {}
        version = (parse_etag(response.headers.get("ETag"))
                   or str((resource.get("meta") or {}).get("versionId") or "") or None)
        return Result(resource, version, response.status_code)

    # ------------------------------------------------------------------ FHIR interactions
    def metadata(self, retry: RetryPolicy | None = None, trip: bool = False) -> dict[str, Any]:
        """The CapabilityStatement (read without credentials); NotFhirError when something else answers."""
        try:
            response = self.request("GET", "metadata", retry=retry, authenticate=False, trip=trip)
            return self.resource_of(response, "CapabilityStatement")
        except AnswerError as exc:
            raise NotFhirError("sync-not-fhir", url=self.base_url) from exc
        except ServerError as exc:
            if exc.status < 500:
                raise NotFhirError("sync-not-fhir", url=self.base_url) from exc
            raise

    def read(self, rtype: str, rid: str) -> Result:
        return self._result(self.request("GET", f"{rtype}/{rid}"), rtype)

    def history(self, rtype: str, rid: str, version: str) -> Result:
        """One past version of a resource."""
        return self._result(self.request("GET", f"{rtype}/{rid}/_history/{version}"), rtype)

    def create(self, resource: dict[str, Any], if_none_exist: str | None = None) -> Result:
        """POST; with `if_none_exist` ("identifier=system|value") a replay returns the first copy (200)."""
        headers = {"If-None-Exist": if_none_exist} if if_none_exist else None
        rtype = resource["resourceType"]
        return self._result(self.request("POST", rtype, json=resource, headers=headers), rtype)

    def update(self, resource: dict[str, Any], version: str) -> Result:
        """PUT with If-Match; a 412 raises PreconditionFailed."""
        rtype = resource["resourceType"]
        path = f"{rtype}/{resource['id']}"
        return self._result(self.request("PUT", path, json=resource, headers={"If-Match": f'W/"{version}"'}),
                            rtype)

    def patch(self, rtype: str, rid: str, operations: list[dict[str, Any]], version: str) -> Result:
        """JSON Patch (application/json-patch+json) with If-Match; a 412 raises PreconditionFailed."""
        headers = {"If-Match": f'W/"{version}"', "Content-Type": JSON_PATCH}
        return self._result(self.request("PATCH", f"{rtype}/{rid}", json=operations, headers=headers), rtype)

    def delete(self, rtype: str, rid: str, version: str | None = None) -> None:
        headers = {"If-Match": f'W/"{version}"'} if version else None
        self.request("DELETE", f"{rtype}/{rid}", headers=headers, ok=(404, 410))

    def search(self, rtype: str, params: dict[str, Any] | None = None,
               on_page: Callable[[dict[str, Any]], None] | None = None) -> Iterator[dict[str, Any]]:
        """Every matching resource, following Bundle.link[next] page after page: on the server's own origin
        only, never to a page already read, at most `max_pages` pages (AnswerError otherwise, after the
        resources of the pages read). `on_page(bundle)` sees each page before its resources (total, meta)."""
        response = self.request("GET", rtype, params=params)
        seen = {str(response.request.url)}
        while True:
            page = self.resource_of(response, "Bundle")
            if on_page is not None:
                on_page(page)
            for entry in page.get("entry") or []:
                resource = entry.get("resource")
                if resource is None:
                    continue
                resource = self.checked(resource)
                mode = (entry.get("search") or {}).get("mode")
                if mode == "outcome" or resource["resourceType"] == "OperationOutcome":
                    continue
                if mode == "match" and resource["resourceType"] != rtype:
                    raise AnswerError("sync-wrong-resource", host=self.host, found=resource["resourceType"],
                                      expected=rtype)
                yield resource
            following = next((link.get("url") for link in page.get("link") or []
                              if link.get("relation") == "next" and link.get("url")), None)
            if not following:
                return
            url = str(httpx.URL(self.base_url + "/").join(following))
            if not same_origin(url, self.base_url):
                raise AnswerError("sync-next-foreign", host=self.host, location=host_of(url))
            if url in seen:
                raise AnswerError("sync-next-loop", host=self.host)
            if len(seen) >= self.max_pages:
                raise AnswerError("sync-too-many-pages", host=self.host, count=self.max_pages)
            seen.add(url)
            response = self.request("GET", url)
            seen.add(str(response.request.url))


def token_url(metadata: dict[str, Any], base_url: str) -> str:
    """The token endpoint named by the CapabilityStatement (SMART oauth-uris), else `[base]/token`; an
    endpoint on another origin than the server's is refused (AuthError): the password never goes there."""
    base_url = base_url.rstrip("/")
    for rest in metadata.get("rest") or []:
        for ext in ((rest.get("security") or {}).get("extension")) or []:
            if ext.get("url") != OAUTH_URIS:
                continue
            for sub in ext.get("extension") or []:
                named = sub.get("valueUri") or sub.get("valueUrl")
                if sub.get("url") == "token" and isinstance(named, str) and named:
                    try:
                        found = str(httpx.URL(base_url + "/").join(named))
                    except (httpx.InvalidURL, ValueError):
                        found = named
                    if not _same_origin_safe(found, base_url):
                        raise AuthError("sync-token-foreign", host=_host_safe(found))
                    return found
    return base_url + "/token"


def _same_origin_safe(a: str, b: str) -> bool:
    try:
        return same_origin(a, b)
    except (httpx.InvalidURL, ValueError):
        return False


def _host_safe(url: str) -> str:
    try:
        return host_of(url)
    except (httpx.InvalidURL, ValueError):
        return urlsplit(url).netloc.rsplit("@", 1)[-1] or url[:60]
