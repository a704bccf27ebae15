"""The accounts (`demo`, and those added with --account), their OAuth-style tokens (only hashes are ever
stored) and the structures each account is attached to.

An account is attached to the structures (EJ and EG, by FINESS number) given to `attach_structures`; one with
none given is attached to every structure the server holds (every Organization carrying a FINESS number), so
the seeded structures belong to every account. The token endpoint names them as SMART launch context
(`fhirContext`: references to the Organizations), which is how the app finds the perimeter of a new
workspace when the user gives none."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from app.sync.fhir_systems import FINESS_SYSTEMS

from .store import Store, format_instant

USERNAME = "demo"
ACCESS_LIFETIME = 3600
REFRESH_LIFETIME = 30 * 24 * 3600


def generate_password() -> str:
    return secrets.token_urlsafe(12)


def _password_hash(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def set_password(store: Store, password: str, username: str = USERNAME) -> None:
    salt = secrets.token_bytes(16)
    with store.transaction() as db:
        db.execute("INSERT OR REPLACE INTO account (username, salt, hash) VALUES (?, ?, ?)",
                   (username, salt, _password_hash(password, salt)))


def check_password(store: Store, username: str, password: str) -> bool:
    found = store.query("SELECT salt, hash FROM account WHERE username = ?", (username,))
    if not found:
        return False
    salt, expected = found[0]
    return hmac.compare_digest(_password_hash(password, salt), expected)


def issue_tokens(store: Store, username: str, access_lifetime: int = ACCESS_LIFETIME) -> dict[str, Any]:
    """A fresh access and refresh token pair, as the token endpoint answers it."""
    access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    with store.transaction() as db:
        db.execute("DELETE FROM grant_token WHERE expires_at < ?", (format_instant(now),))
        db.executemany("INSERT INTO grant_token (hash, kind, username, expires_at) VALUES (?, ?, ?, ?)", [
            (_token_hash(access), "access", username, format_instant(now + timedelta(seconds=access_lifetime))),
            (_token_hash(refresh), "refresh", username, format_instant(now + timedelta(seconds=REFRESH_LIFETIME))),
        ])
    return {"access_token": access, "token_type": "bearer", "expires_in": access_lifetime, "refresh_token": refresh,
            "fhirContext": [{"reference": f"Organization/{rid}"} for rid in structures_of(store, username)]}


def attach_structures(store: Store, username: str, finess: list[str]) -> None:
    """Attach an account to these structures (FINESS numbers of EJ or EG), instead of every structure."""
    with store.transaction() as db:
        db.executemany("INSERT OR IGNORE INTO account_structure (username, finess) VALUES (?, ?)",
                       [(username, f) for f in finess])


def structures_of(store: Store, username: str) -> list[str]:
    """The ids of the Organizations (EJ, EG) the account is attached to, in a stable order."""
    systems = sorted(FINESS_SYSTEMS)
    marks = ",".join("?" * len(systems))
    chosen = [r[0] for r in store.query("SELECT finess FROM account_structure WHERE username = ?", (username,))]
    sql = ("SELECT DISTINCT t.id FROM token t JOIN resource r ON r.type = t.type AND r.id = t.id "
           f"WHERE t.type = 'Organization' AND t.param = 'identifier' AND t.system IN ({marks}) AND r.deleted = 0")
    params: list = list(systems)
    if chosen:
        sql += f" AND t.code IN ({','.join('?' * len(chosen))})"
        params += chosen
    return [r[0] for r in store.query(sql + " ORDER BY t.id", params)]


def redeem_refresh(store: Store, refresh: str) -> str | None:
    """The user of a valid refresh token, which is used up (rotation); None when unknown or expired."""
    with store.transaction() as db:
        found = db.execute("SELECT username FROM grant_token WHERE hash = ? AND kind = 'refresh' AND expires_at > ?",
                           (_token_hash(refresh), format_instant(datetime.now(UTC)))).fetchone()
        if found:
            db.execute("DELETE FROM grant_token WHERE hash = ?", (_token_hash(refresh),))
    return found[0] if found else None


def user_of_access_token(store: Store, token: str) -> str | None:
    found = store.query("SELECT username FROM grant_token WHERE hash = ? AND kind = 'access' AND expires_at > ?",
                        (_token_hash(token), format_instant(datetime.now(UTC))))
    return found[0][0] if found else None
