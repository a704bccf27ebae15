"""Which failures are worth another try, and how long to keep trying (tenacity).

Retried: 429, 500, 502, 503, 504 (waiting what Retry-After asks), dropped or refused connections, a connect
or pool time-out. Not retried: a read time-out (the server took the request and did not answer within the
deadline: the caller hears it at once and what waits stays in the outbox), a TLS failure, any other answer.
Tries stop after `attempts`, or before a wait would pass `total` seconds since the first try.
"""
from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import tenacity

from app.sync.errors import ServerError

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_TRANSIENT_TRANSPORT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ReadError,
                        httpx.WriteError, httpx.RemoteProtocolError, httpx.CloseError, httpx.ProxyError)


def ssl_cause(exc: BaseException) -> ssl.SSLError | None:
    """The TLS error under an httpx error, if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def is_transient(exc: BaseException) -> bool:
    """Worth another try: a retryable status, or a connection that failed or dropped (never TLS)."""
    if isinstance(exc, ServerError):
        return exc.status in RETRY_STATUSES
    return isinstance(exc, _TRANSIENT_TRANSPORT) and ssl_cause(exc) is None


@dataclass
class RetryPolicy:
    """At most `attempts` tries within `total` seconds; waits `base` * 2^n (plus jitter) up to `cap`, or what
    the server's Retry-After asks. `sleep` is replaceable (tests)."""

    attempts: int = 12
    total: float = 45.0
    base: float = 0.5
    cap: float = 8.0
    rng: random.Random = field(default_factory=random.Random)
    sleep: Callable[[float], None] = time.sleep

    def _wait(self, state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome is not None else None
        asked = getattr(exc, "retry_after", None)
        if asked is not None:
            return float(asked) + self.rng.uniform(0, min(0.2, self.base))
        backoff = min(self.cap, self.base * 2 ** (state.attempt_number - 1))
        return backoff * self.rng.uniform(0.5, 1.0)

    def retrying(self) -> tenacity.Retrying:
        """A tenacity controller for one request; the last failure is raised as it is."""
        return tenacity.Retrying(
            stop=tenacity.stop_after_attempt(max(1, self.attempts)) | tenacity.stop_before_delay(self.total),
            wait=self._wait, retry=tenacity.retry_if_exception(is_transient), sleep=self.sleep, reraise=True)


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    from datetime import UTC, datetime

    return max(0.0, (when - datetime.now(UTC)).total_seconds())
