"""Secrets and bearer tokens: the password and refresh token live only in the OS keyring, tokens only in memory.

`Secrets` wraps `keyring` (a machine without a usable keyring simply has no stored secret); `TokenAuth` gets
an access token from the server's token endpoint (OAuth2 password or refresh_token grant), keeps it in memory
and renews it when the server answers 401. Nothing here writes a secret to disk, a log or the workspace. The
token endpoint may be given as a function (found in the CapabilityStatement when first needed): it is asked
only when a token is needed, and what it raises (an endpoint on another origin) stops there, before any
password is sent. The grant goes through the caller's httpx client, whose `CredentialGuard` (origin.py) lets
it reach only the token endpoint's origin.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable

import httpx
import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from app.sync.errors import AuthError, ServerError
from app.sync.origin import host_of
from app.sync.payload import TooLarge, loads_bounded, read_capped
from app.sync.retrying import retry_after

__all__ = ["AuthError", "MemoryKeyring", "PASSWORD_ENV", "Secrets", "TokenAuth", "password_source"]

SERVICE = "ror-referent"
PASSWORD_ENV = "ROR_REFERENT_PASSWORD"
TOKEN_MAX_BYTES = 1024 * 1024


class Secrets:
    """Per-server, per-user secrets in the OS keyring (service `ror-referent:<server>`)."""

    def __init__(self, server: str, user: str) -> None:
        self.service = f"{SERVICE}:{server.rstrip('/')}"
        self.user = user

    def _get(self, name: str) -> str | None:
        try:
            return keyring.get_password(self.service, name)
        except (KeyringError, RuntimeError):
            return None

    def _set(self, name: str, value: str | None) -> bool:
        try:
            if value is None:
                keyring.delete_password(self.service, name)
            else:
                keyring.set_password(self.service, name, value)
            return True
        except (PasswordDeleteError, KeyringError, RuntimeError):
            return False

    def password(self) -> str | None:
        return self._get(self.user)

    def set_password(self, value: str | None) -> bool:
        return self._set(self.user, value)

    def refresh_token(self) -> str | None:
        return self._get(f"{self.user}#refresh")

    def set_refresh_token(self, value: str | None) -> bool:
        return self._set(f"{self.user}#refresh", value)


def password_source(secrets: Secrets, ask: Callable[[], str | None] | None = None) -> Callable[[], str | None]:
    """Where the password comes from, in order: the keyring, ROR_REFERENT_PASSWORD, then `ask()` (once)."""
    asked: list[str | None] = []

    def get() -> str | None:
        found = secrets.password() or os.environ.get(PASSWORD_ENV)
        if found:
            return found
        if ask is None:
            return None
        if not asked:
            asked.append(ask())
        return asked[0]

    return get


class TokenAuth:
    """Bearer tokens for one user from `token_url` (a URL, or a function giving it); thread-safe, renewed on
    demand."""

    def __init__(self, token_url: str | Callable[[], str], user: str, secrets: Secrets,
                 password: Callable[[], str | None], http: httpx.Client | None = None) -> None:
        self._endpoint = token_url
        self.user = user
        self.secrets = secrets
        self._password = password
        self._http = http
        self._access: str | None = None
        # SMART launch context of the last token answer (`fhirContext` references): the user's structures
        self.context: list[str] = []
        self._lock = threading.Lock()

    @property
    def token_url(self) -> str:
        """The token endpoint (found now when it was given as a function; may raise AuthError)."""
        if callable(self._endpoint):
            self._endpoint = self._endpoint()
        return self._endpoint

    def header(self, http: httpx.Client) -> dict[str, str]:
        """The Authorization header, fetching a token first when there is none."""
        with self._lock:
            if self._access is None:
                self._access = self._fetch(http)
            return {"Authorization": f"Bearer {self._access}"}

    def invalidate(self, used: dict[str, str]) -> None:
        """Forget the token that the server refused (unless another thread renewed it already)."""
        with self._lock:
            if self._access and used.get("Authorization") == f"Bearer {self._access}":
                self._access = None

    def _fetch(self, http: httpx.Client) -> str:
        url = self.token_url
        refresh = self.secrets.refresh_token()
        if refresh:
            answer = self._grant(http, url, {"grant_type": "refresh_token", "refresh_token": refresh})
            if answer is not None:
                return self._keep(answer)
            self.secrets.set_refresh_token(None)
        password = self._password()
        if not password:
            raise AuthError("auth-password-unknown", variable=PASSWORD_ENV)
        answer = self._grant(http, url, {"grant_type": "password", "username": self.user, "password": password})
        if answer is None:
            raise AuthError("auth-refused", user=self.user)
        return self._keep(answer)

    def _grant(self, http: httpx.Client, url: str, form: dict[str, str]) -> dict | None:
        """The token endpoint's answer; None when it refuses the grant. A 5xx is a ServerError (retried by the
        client); an answer that is not a token is an AuthError."""
        request = http.build_request("POST", url, data=form, headers={"Accept": "application/json"})
        response = http.send(request, stream=True)
        try:
            body = read_capped(response, TOKEN_MAX_BYTES)
        except TooLarge as exc:
            raise AuthError("sync-token-garbage", host=host_of(url)) from exc
        if response.status_code in (400, 401, 403):
            return None
        if response.status_code >= 300:
            raise ServerError(response.status_code, "sync-status", code=response.status_code,
                              retry_after=retry_after(response.headers.get("Retry-After")))
        try:
            answer = loads_bounded(body)
        except ValueError as exc:
            raise AuthError("sync-token-garbage", host=host_of(url)) from exc
        if not isinstance(answer, dict) or not isinstance(answer.get("access_token"), str) \
                or not answer["access_token"]:
            raise AuthError("sync-token-garbage", host=host_of(url))
        return answer

    def _keep(self, answer: dict) -> str:
        context = answer.get("fhirContext")
        self.context = [str(c["reference"]) for c in context if isinstance(c, dict) and c.get("reference")] \
            if isinstance(context, list) else []
        refresh = answer.get("refresh_token")
        if isinstance(refresh, str) and refresh:
            self.secrets.set_refresh_token(refresh)
        return str(answer["access_token"])


class MemoryKeyring(KeyringBackend):
    """A keyring held in memory: for tests and for machines where no secret may be stored on disk."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("absent")
