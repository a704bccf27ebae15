"""What the sync layer raises: refusals with a key (app.models.refusals), said in French by `str()`, in the
user's language by the window (context "Refusal").

A `SyncError` built from a sentence rather than a key (a server's own OperationOutcome text, or an older
caller's French sentence) is kept as it is under the key "sync-said".
"""
from __future__ import annotations

from typing import Any

from app.models.refusals import MESSAGES, Refusal


class SyncError(Refusal):
    """Base of what the sync layer raises; `str()` is the French sentence for the user."""

    def __init__(self, key: str, **args: Any) -> None:
        if key not in MESSAGES:
            key, args = "sync-said", {"message": key}
        super().__init__(key, **args)


class OfflineError(SyncError):
    """The server could not be reached, or did not answer in time: what waits stays in the outbox."""


class TlsError(SyncError):
    """The server's certificate was refused (or TLS failed): not retried, not 'offline'."""


class AnswerError(SyncError):
    """The server answered something the client cannot read: not JSON, too large, too deep, wrong shape."""


class SessionError(SyncError):
    """The server address, or what answers at it, is unusable: nothing was stored."""


class AddressError(SessionError, ValueError):
    """A server address refused before any connection (embedded credentials, plain http to another host)."""


class CredentialError(SyncError):
    """A request would have carried the server's credentials to another origin: it was not sent."""


class NotFhirError(AnswerError):
    """What answers at the address is not a FHIR server (no CapabilityStatement at [base]/metadata)."""


class AuthError(SyncError):
    """The server refused the credentials, or none could be obtained."""


class ServerError(SyncError):
    """The server answered with an error; `fields` maps a FHIRPath (issue.expression) to its messages."""

    def __init__(self, status: int, message: str, fields: dict[str, list[str]] | None = None,
                 outcome: dict | None = None, retry_after: float | None = None, **args: Any) -> None:
        super().__init__(message, **args)
        self.status = status
        self.fields = fields or {}
        self.outcome = outcome
        self.retry_after = retry_after


class WriteUnsupported(SyncError):
    """The server's CapabilityStatement opens no write a change needs (server_rules.py): nothing was sent."""


class PreconditionFailed(ServerError):
    """412: someone changed the resource first (If-Match), or If-None-Exist matched several."""
