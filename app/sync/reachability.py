"""Is the server reachable? A short GET [base]/metadata, and a watcher that reports each change of state.

`watch()` blocks (run it in a thread) and calls `on_change(online, detail)` on the first probe and whenever
the answer changes; the caller starts a sync when `online` becomes True. No authentication is needed. The
address rules of origin.py apply (nothing is sent to a refused address), TLS is verified, and the detail is
one French sentence (a refused certificate says so).
"""
from __future__ import annotations

import threading
from collections.abc import Callable

import httpx

from app.sync.client import tls_context, transport_error
from app.sync.errors import AddressError
from app.sync.origin import server_address

ONLINE, OFFLINE = "online", "offline"


def probe(base_url: str, timeout: float = 3.0, verify: bool | str = True,
          cert: tuple[str, str] | None = None) -> tuple[bool, str]:
    """(reachable, French detail) for GET [base]/metadata within `timeout` seconds."""
    try:
        url = server_address(base_url) + "/metadata"
    except AddressError as exc:
        return False, str(exc)
    deadline = httpx.Timeout(timeout)
    try:
        with httpx.Client(verify=tls_context(verify, cert), timeout=deadline, follow_redirects=False) as http:
            with http.stream("GET", url, headers={"Accept": "application/fhir+json"}) as response:
                pass  # the status is enough: the body is not read
    except httpx.TransportError as exc:
        return False, str(transport_error(exc, url, deadline))
    except httpx.HTTPError as exc:
        return False, f"Serveur injoignable ({type(exc).__name__})"
    if response.status_code >= 500:
        return False, f"Le serveur répond en erreur ({response.status_code})"
    return True, "Serveur joignable"


def watch(base_url: str, on_change: Callable[[bool, str], None], interval: float = 15.0,
          stop: threading.Event | None = None, timeout: float = 3.0,
          probe_fn: Callable[[str, float], tuple[bool, str]] | None = None) -> None:
    """Probe every `interval` seconds until `stop` is set; report the first state and every change."""
    stop = stop or threading.Event()
    check = probe_fn or (lambda url, t: probe(url, t))
    last: bool | None = None
    while not stop.is_set():
        online, detail = check(base_url, timeout)
        if online != last:
            last = online
            on_change(online, detail)
        stop.wait(interval)


class Watcher:
    """`watch()` in a daemon thread: `Watcher(url, on_change).start()`, later `.stop()`."""

    def __init__(self, base_url: str, on_change: Callable[[bool, str], None], interval: float = 15.0,
                 timeout: float = 3.0) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=watch, name="ror-reachability", daemon=True,
                                        args=(base_url, on_change, interval, self._stop, timeout))

    def start(self) -> Watcher:
        self._thread.start()
        return self

    def stop(self, wait: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(wait)
