"""`POST /fhir/token` (also answered at `/token`): OAuth2 password and refresh_token grants, form-encoded."""
from __future__ import annotations

from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import JSONResponse

from .auth import check_password, issue_tokens, redeem_refresh
from .web import sandbox_of

_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _error(code: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": code, "error_description": description}, status, headers=_NO_STORE)


async def token(request: Request) -> JSONResponse:
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return _error("invalid_request", "Le corps doit être encodé en application/x-www-form-urlencoded.")
    form = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8", "replace"),
                                         keep_blank_values=True).items()}
    sandbox = sandbox_of(request)
    grant = form.get("grant_type")
    if grant == "password":
        username = form.get("username", "")
        if not check_password(sandbox.store, username, form.get("password", "")):
            return _error("invalid_grant", "Identifiant ou mot de passe incorrect.")
    elif grant == "refresh_token":
        username = redeem_refresh(sandbox.store, form.get("refresh_token", "")) or ""
        if not username:
            return _error("invalid_grant", "Jeton de rafraîchissement invalide ou expiré.")
    else:
        return _error("unsupported_grant_type", "grant_type doit valoir password ou refresh_token.")
    return JSONResponse(issue_tokens(sandbox.store, username, sandbox.access_lifetime), headers=_NO_STORE)
