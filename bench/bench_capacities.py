"""Lits et places benchmarks.

    dispo_push_500_s   500 units with changed figures sent to the sandbox (one JSON Patch each), target <= 3 s

Each benchmark is one function `name(quick) -> dict` registered in RUNNERS; BENCHES lists the names (read by
bench/run.py without importing this module). The Disponibilités views' benchmarks (dispo_open_ms,
dispo_group_open_s) are added the same way: a name in BENCHES and a function in RUNNERS.
"""
from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import keyring

from app.models import capacities as C
from app.models.store import Workspace
from app.sync.auth import MemoryKeyring
from app.sync.session import open_session

BENCHES = ["dispo_push_500_s", "dispo_open_ms", "dispo_group_open_s"]
PASSWORD = "bench-pw"


def dispo_push_500_s(quick: bool = False) -> dict:
    """A sync run sending the figures of 500 units (each unit's Location known at its version, as after a
    pull) to `ror-sandbox serve` in a process of its own (as a real server is): timed from the run's start to
    the last acknowledgement written. The sandbox commits every write durably (synchronous=FULL) before
    answering, so the disk's fsync time is part of the figure; PATCHes that arrive together share one commit
    (sandbox/patch_route.py)."""
    from sandbox.store import Store
    from tests.capacity_support import published_units, sandbox_writer
    from tests.sync_support import SandboxProcess

    count = 20 if quick else 500
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        ws = Workspace.open(tmp / "ws.sqlite", create=True)
        store = Store.open(tmp / "srv", create=True)
        try:
            _, uos = published_units(ws, store, count, publish=sandbox_writer(store))
        finally:
            store.close()
        with ws.batch():
            for i, nid in enumerate(uos):
                ws.capacities.set(nid, C.LIT, C.COURANT, {C.INSTALLES: 30, C.DISPONIBLES: i % 10, C.OCCUPES: 20})
        server = SandboxProcess(tmp / "srv", PASSWORD).start()
        try:
            engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PASSWORD)
            try:
                client.authenticate()  # the token grant is not part of the figure
                t0 = time.perf_counter()
                report = engine.run(pull=False)
                seconds = time.perf_counter() - t0
            finally:
                client.close()
            assert report.ok and report.pushed == count, report.errors
            assert {r.sync_state for r in ws.capacities.rows()} == {C.SYNCED}
        finally:
            server.stop()
            ws.close()
    return {"bench": "dispo_push_500_s", "value": round(seconds, 3), "unit": "s", "target": 3, "units": count,
            "requests": report.requests}


def _views(quick: bool) -> dict[str, dict]:
    """The Disponibilités views' figures, both from one window on one workspace (bench/dispo_views.py)."""
    from dispo_views import measure  # bench/ is on sys.path under bench/run.py

    return measure(quick)


RUNNERS: dict[str, Callable[[bool], dict]] = {
    "dispo_push_500_s": dispo_push_500_s,
    "dispo_open_ms": lambda quick: _views(quick)["dispo_open_ms"],
    "dispo_group_open_s": lambda quick: _views(quick)["dispo_group_open_s"],
}


def run(quick: bool = False, only: set[str] | None = None) -> list[dict]:
    return [RUNNERS[name](quick) for name in BENCHES if name in RUNNERS and (not only or name in only)]
