"""Checking an account against the server's token endpoint, for the login and the Direction confirmation.

Runs on the sync thread (it does network). The password is tried with a password grant through the same
`TokenAuth` the engine uses, but with secrets held in memory: nothing reaches the keyring unless the caller
keeps it (the referent's own account, once it is known to be right). A Direction password is never kept.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.sync.auth import AuthError, Secrets, TokenAuth
from app.sync.client import FhirClient, OfflineError, RetryPolicy, ServerError, token_url


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
    """Outcome of a check: `ok`; else `kind` ('invalid', 'offline', 'refused', 'error') and a French `message`."""

    ok: bool
    kind: str = ""
    message: str = ""
    refresh_token: str | None = None


def tls_of(ca_bundle: str | None, client_cert: str | None, client_key: str | None):
    """(verify, cert) for httpx: TLS is always verified, with the CA bundle when one is given."""
    verify: bool | str = ca_bundle or True
    cert = (client_cert, client_key or client_cert) if client_cert else None
    return verify, cert


def check_account(server: str, user: str, password: str, verify: bool | str = True,
                  cert: tuple[str, str] | None = None) -> AccountCheck:
    """Ask the server's token endpoint for a token with this identifier and password."""
    if not user or not password:
        return AccountCheck(False, "invalid", "Identifiant et mot de passe sont obligatoires.")
    try:
        client = FhirClient(server.rstrip("/"), verify=verify, cert=cert, retry=RetryPolicy(attempts=2, total=8))
    except (OSError, ValueError) as exc:  # an unreadable CA bundle or certificate file
        return AccountCheck(False, "invalid", f"Certificat illisible : {exc}")
    secrets = MemorySecrets()
    try:
        endpoint = token_url(client.metadata(), server.rstrip("/"))
        TokenAuth(endpoint, user, secrets, lambda: password).header(client.http)  # type: ignore[arg-type]
    except OfflineError:
        return AccountCheck(False, "offline", "Serveur injoignable : le compte n'a pas pu être vérifié.")
    except AuthError:
        return AccountCheck(False, "refused", f"Le serveur a refusé l'identifiant « {user} » ou son mot de passe.")
    except ServerError as exc:
        return AccountCheck(False, "error", f"Le serveur a répondu en erreur : {exc}")
    except Exception as exc:  # noqa: BLE001 - transport trouble while getting the token (TLS, connection)
        return AccountCheck(False, "offline", f"Serveur injoignable ({type(exc).__name__}).")
    finally:
        client.close()
    return AccountCheck(True, refresh_token=secrets.refresh)


def keep_login(server: str, user: str, password: str, refresh_token: str | None) -> bool:
    """Store the referent's password (and refresh token) in the OS keyring; False when there is no keyring."""
    secrets = Secrets(server, user)
    stored = secrets.set_password(password)
    secrets.set_refresh_token(refresh_token if stored else None)
    return stored
