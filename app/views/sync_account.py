"""Checking an account against the server's token endpoint, for the login and the Direction confirmation.

Runs on the sync thread (it does network). The password is tried with a password grant through the same
`TokenAuth` the engine uses, but with secrets held in memory: nothing reaches the keyring unless the caller
keeps it (the referent's own account, once it is known to be right). A Direction password is never kept.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.models.refusals import Refusal
from app.views.refusal_text import refusal_text

# The sync stack (httpx, keyring) is imported where it is used: it loads with the first connection or sync, not
# with the window (app_start_s).

REFUSED = {"auth-refused", "auth-denied"}  # the server said no to this identifier or password


class MemorySecrets:
    """The `Secrets` interface, in memory only (what a verification may receive must not be stored)."""

    def __init__(self) -> None:
        self.refresh: str | None = None

    def password(self) -> str | None:
        return None

    def refresh_token(self) -> str | None:
        return None

    def set_refresh_token(self, value: str | None) -> bool:
        self.refresh = value
        return True


@dataclass
class AccountCheck:
    """Outcome of a check: `ok`; else `kind` ('invalid', 'offline', 'refused', 'error') and the refusal `error`.
    `message` says it in the interface's language when it is read (on the GUI thread, not the sync one)."""

    ok: bool
    kind: str = ""
    error: Refusal | None = None
    refresh_token: str | None = None

    @property
    def message(self) -> str:
        return refusal_text(self.error) if self.error is not None else ""


def tls_of(ca_bundle: str | None, client_cert: str | None, client_key: str | None):
    """(verify, cert) for httpx: TLS is always verified, with the CA bundle when one is given."""
    verify: bool | str = ca_bundle or True
    cert = (client_cert, client_key or client_cert) if client_cert else None
    return verify, cert


def check_account(server: str, user: str, password: str, verify: bool | str = True,
                  cert: tuple[str, str] | None = None) -> AccountCheck:
    """Ask the server's token endpoint for a token with this identifier and password."""
    from app.sync.auth import AuthError, TokenAuth
    from app.sync.client import FhirClient, OfflineError, RetryPolicy, token_url
    from app.sync.errors import SyncError

    if not user or not password:
        return AccountCheck(False, "invalid", Refusal("account-missing"))
    try:
        client = FhirClient(server.rstrip("/"), verify=verify, cert=cert, retry=RetryPolicy(attempts=2, total=8))
    except (OSError, ValueError) as exc:  # an unreadable CA bundle or certificate file
        return AccountCheck(False, "invalid", Refusal("account-certificate", reason=str(exc)))
    secrets = MemorySecrets()
    try:
        endpoint = token_url(client.metadata(), server.rstrip("/"))
        TokenAuth(endpoint, user, secrets, lambda: password).header(client.http)  # type: ignore[arg-type]
    except OfflineError as exc:
        return AccountCheck(False, "offline", exc)
    except AuthError as exc:  # the credentials refused, or a token service the password must not reach
        return AccountCheck(False, "refused" if exc.key in REFUSED else "error", exc)
    except SyncError as exc:  # TLS, an answer that is not FHIR, a server error: each its own sentence
        return AccountCheck(False, "error", exc)
    except Exception as exc:  # noqa: BLE001 - transport trouble while getting the token (connection)
        return AccountCheck(False, "offline", Refusal("account-transport", name=type(exc).__name__))
    finally:
        client.close()
    return AccountCheck(True, refresh_token=secrets.refresh)


def keep_login(server: str, user: str, password: str, refresh_token: str | None) -> bool:
    """Store the referent's password (and refresh token) in the OS keyring; False when there is no keyring."""
    from app.sync.auth import Secrets

    secrets = Secrets(server, user)
    stored = secrets.set_password(password)
    secrets.set_refresh_token(refresh_token if stored else None)
    return stored
