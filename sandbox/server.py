"""Starting the sandbox: prepare the data directory, then run uvicorn (in the foreground or in a thread).

`SandboxThread` is the way tests (ours and the sync layer's) get a real server on 127.0.0.1:
    with SandboxThread(tmp_path / "srv", password="pw") as server:
        httpx.get(server.base_url + "/metadata")
"""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from .app import create_app
from .auth import set_password
from .faults import DroppableH11Protocol, FaultSettings, parse_kinds
from .seeding import seed as seed_store
from .store import Store
from .terminology import load_questionnaires
from .validation import Checker, app_checker
from .web import Sandbox

USE_APP_CHECKER: Any = "app"


def prepare(data_dir: str | Path, password: str, seed: str | Path | None = None, *, auto_validate: bool = False,
            faults: float = 0.0, fault_kinds: str | list[str] | None = None,
            checker: Checker | None | str = USE_APP_CHECKER) -> Sandbox:
    """Open (or create) the store, set the demo password, seed once, load the shipped Questionnaires."""
    store = Store.open(data_dir, create=True)
    set_password(store, password)
    if seed is not None:
        seed_store(store, seed)
    load_questionnaires(store)
    return Sandbox(store=store, checker=app_checker() if checker == USE_APP_CHECKER else checker,
                   auto_validate=auto_validate, faults=FaultSettings(rate=faults, kinds=parse_kinds(fault_kinds)))


def bind(host: str, port: int) -> socket.socket:
    # IPPROTO_TCP named, so that asyncio sets TCP_NODELAY on each connection (it checks the protocol number):
    # without it an answer written in two parts waits for the client's delayed ACK, 40 ms per request.
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


def make_server(sandbox: Sandbox, log_level: str = "info") -> uvicorn.Server:
    config = uvicorn.Config(create_app(sandbox), http=DroppableH11Protocol, ws="none", lifespan="off",
                            log_level=log_level, access_log=log_level in ("info", "debug"))
    return uvicorn.Server(config)


class SandboxThread:
    """A sandbox server in a background thread, on a free port of 127.0.0.1 (a context manager)."""

    def __init__(self, data_dir: str | Path, password: str = "sandbox-pw", **options: Any):
        self.sandbox = prepare(data_dir, password, **options)
        self.store = self.sandbox.store
        self._sock = bind("127.0.0.1", 0)
        self.port = self._sock.getsockname()[1]
        self.root_url = f"http://127.0.0.1:{self.port}"
        self.base_url = f"{self.root_url}/fhir"
        self.password = password
        self.server = make_server(self.sandbox, log_level="warning")
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self._sock]}, daemon=True)

    def __enter__(self) -> SandboxThread:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started and self._thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        if not self.server.started:
            raise RuntimeError("the sandbox server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=30)
        self._sock.close()
        self.store.close()

    def client(self, **options: Any) -> httpx.Client:
        """An httpx client on the base URL, already holding a bearer token of the demo user."""
        tokens = login(self.base_url, self.password)
        return httpx.Client(base_url=self.base_url, timeout=30,
                            headers={"Authorization": f"Bearer {tokens['access_token']}"}, **options)


def login(base_url: str, password: str, username: str = "demo") -> dict[str, Any]:
    """The token endpoint's answer for a password grant (raises httpx.HTTPStatusError when refused)."""
    response = httpx.post(f"{base_url}/token", data={"grant_type": "password", "username": username,
                                                     "password": password}, timeout=30)
    response.raise_for_status()
    return response.json()
