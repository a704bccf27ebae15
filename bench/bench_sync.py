"""Sync benchmarks against a seeded sandbox on 127.0.0.1: first pull of the perimeter (a new workspace takes the
structures its account is attached to: in the sandbox, every seeded structure), pushing 100 changed fiches, a
no-op sync (which must not list the perimeter: the reconciliation runs once per session and every 24 h), and a
reconciliation (every id and version of the perimeter against the workspace's).

Full size is the 8,000-fiche group (`make_demo(egs=500, uos=15)`); quick mode uses the small demo. Each figure
also gives `cpu_s`, the CPU time of the process (the client and the in-process sandbox), which other programs
running on the machine disturb less than the wall time.
"""
from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import keyring

from app.models.demo import make_demo
from app.models.kinds import Kind
from app.models.store import Workspace
from app.sync.auth import MemoryKeyring
from app.sync.session import open_session

BENCHES = ["pull_initial_s", "push_100_s", "sync_noop_s", "reconcile_s"]
FULL = (500, 15)
QUICK = (3, 4)
PASSWORD = "bench-pw"


def run(quick: bool = False) -> list[dict]:
    from sandbox.server import SandboxThread

    egs, uos = QUICK if quick else FULL
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        demo = tmp / "demo.sqlite"
        seed_ws = make_demo(demo, egs=egs, uos=uos)
        # fiches complete in the published state: the server rightly refuses an update of an incomplete one
        complete = {r.uid for r in seed_ws.nodes.all()
                    if r.kind == Kind.UO and r.problems == 0 and r.server_id}
        seed_ws.close()
        seed = demo  # the sandbox seeds itself from the workspace file (its published state)
        with SandboxThread(tmp / "srv", password=PASSWORD, seed=seed) as server:
            ws = Workspace.open(tmp / "ws.sqlite", create=True)
            engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PASSWORD)
            try:
                t0, c0 = time.perf_counter(), time.process_time()
                first = engine.run()
                pull, pull_cpu = time.perf_counter() - t0, time.process_time() - c0
                assert first.ok, first.errors
                uo_ids = [r.id for r in ws.nodes.all() if r.kind == Kind.UO and r.server_id in complete][:100]
                for i, node_id in enumerate(uo_ids):
                    answers = dict(ws.fiches.get(node_id).answers)
                    answers["bench"] = [{"valueInteger": i}]
                    ws.fiches.save(node_id, answers)
                t0, c0 = time.perf_counter(), time.process_time()
                pushed = engine.run()
                push, push_cpu = time.perf_counter() - t0, time.process_time() - c0
                assert pushed.ok and pushed.pushed == len(uo_ids), pushed.errors
                noops = []
                for _ in range(3):
                    t0, c0 = time.perf_counter(), time.process_time()
                    noop = engine.run()
                    noops.append((time.perf_counter() - t0, time.process_time() - c0))
                    assert noop.ok and not noop.reconciled, "a no-op sync never lists the server"
                t0, c0 = time.perf_counter(), time.process_time()
                reconciled = engine.reconcile()
                reconcile, reconcile_cpu = time.perf_counter() - t0, time.process_time() - c0
                assert reconciled.ok and reconciled.reconciled and not reconciled.gone, reconciled.errors
            finally:
                client.close()
                ws.close()
    noop, noop_cpu = sorted(noops)[1]
    return [
        {"bench": "pull_initial_s", "value": round(pull, 3), "unit": "s", "target": 10,
         "resources": first.pulled, "cpu_s": round(pull_cpu, 3)},
        {"bench": "push_100_s", "value": round(push, 3), "unit": "s", "target": 2, "fiches": len(uo_ids),
         "cpu_s": round(push_cpu, 3)},
        {"bench": "sync_noop_s", "value": round(noop, 3), "unit": "s", "target": 0.3, "cpu_s": round(noop_cpu, 3)},
        {"bench": "reconcile_s", "value": round(reconcile, 3), "unit": "s", "target": 3,
         "requests": reconciled.requests, "cpu_s": round(reconcile_cpu, 3)},
    ]


if __name__ == "__main__":
    for r in run():
        print(json.dumps(r))
