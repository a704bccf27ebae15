"""Removing what looks like a credential from what goes into a support bundle.

The workspace never stores a secret (they live in the OS keyring, which a bundle never reads); this is the second
line: a setting whose name or value looks like a credential is dropped, user and password are taken out of URLs,
and bearer tokens, `password=`/`token=` pairs and private keys are masked in texts (journal, logs, errors).
"""
from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

MASK = "[masqué]"
SECRET_NAME = re.compile(r"pass(word|wd|phrase)?|secret|token|credential|api[_-]?key|private[_-]?key|cookie|"
                         r"session[_-]?id|authori[sz]ation|bearer|keyring|mot[_-]?de[_-]?passe", re.I)
# A JSON Web Token, or a long opaque string with no space (an API key, a session id).
TOKEN_VALUE = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*|[A-Za-z0-9+/_=-]{40,}")
PATTERNS = [
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S),
     "[clé privée masquée]"),
    (re.compile(r"\b(Bearer)\s+[A-Za-z0-9._~+/=-]{6,}", re.I), r"\1 " + MASK),
    (re.compile(r"\b(Basic)\s+[A-Za-z0-9+/]{8,}={0,2}", re.I), r"\1 " + MASK),
    (re.compile(r"""(["']?(?:access_token|refresh_token|id_token|client_secret|password|passwd|api_?key|token|"""
                r"""secret|mot_de_passe)["']?\s*[:=]\s*["']?)[^"'&\s,;}]+""", re.I), r"\1" + MASK),
    (re.compile(r"\b([a-z][a-z0-9+.-]*://)[^/\s:@\"']*:[^/\s@\"']*@", re.I), r"\1"),  # user:password@ in a URL
]
TRIGGERS = ("private key", "bearer", "basic", "token", "pass", "secret", "api", "mot_de_passe", "://")


def scrub_text(text: str) -> str:
    """A text with every credential-looking part masked."""
    lowered = text.lower()
    if not any(t in lowered for t in TRIGGERS):
        return text
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def strip_userinfo(url: str) -> str:
    """A URL without its `user:password@` part."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return scrub_text(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port is not None:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def scrub_setting(key: str, value: str | None) -> str | None:
    """A workspace setting as it may go into a bundle; None drops it."""
    if SECRET_NAME.search(key) or value is None:
        return None
    if "PRIVATE KEY" in value or TOKEN_VALUE.fullmatch(value.strip()):
        return None
    if "://" in value:
        value = strip_userinfo(value.strip()) if " " not in value.strip() else value
    return scrub_text(value)


def map_strings(doc: Any, fn: Any) -> Any:
    """`doc` with `fn` applied to every string in it (keys kept)."""
    if isinstance(doc, str):
        return fn(doc)
    if isinstance(doc, list):
        return [map_strings(v, fn) for v in doc]
    if isinstance(doc, dict):
        return {k: map_strings(v, fn) for k, v in doc.items()}
    return doc


def scrub_json_text(text: str) -> str:
    """A stored JSON document with credential-looking strings masked (parsed only when something may match)."""
    lowered = text.lower()
    if not any(t in lowered for t in TRIGGERS):
        return text
    try:
        doc = json.loads(text)
    except ValueError:
        return scrub_text(text)
    cleaned = map_strings(doc, scrub_text)
    return text if cleaned == doc else json.dumps(cleaned)
