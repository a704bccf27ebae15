"""The sync process killed at random moments, ten times, then left to finish: nothing duplicated, nothing lost.

`ror-referent sync` runs as a user runs it, in a process of its own, against a sandbox on 127.0.0.1; it is
killed (SIGKILL: no cleanup of any kind) in the middle of its work, which goes to the server in several
requests (12 edited fiches, a dossier with a new unit). The next runs must converge.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.models.kinds import Kind
from app.models.store import Workspace
from app.sync import engine_resources as res
from sandbox.server import SandboxThread
from tests.sync_support import SandboxProcess, demo_with_seed

PW = "pw-kill-5e1"


def _command(ws_path: Path, *extra: str) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "ROR_REFERENT_PASSWORD": PW}
    exe = Path(sys.executable).parent / "ror-referent"
    return [str(exe), "sync", "--workspace", str(ws_path), *extra], env


def _sync(ws_path: Path, *extra: str) -> subprocess.CompletedProcess:
    cmd, env = _command(ws_path, *extra)
    return subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)


def _killed_sync(ws_path: Path, after: float) -> None:
    cmd, env = _command(ws_path)
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


def _uos_under(ws, eg_id: int) -> list:
    rows = ws.nodes.all()
    under = {eg_id}
    for r in rows:
        if r.parent_id in under:
            under.add(r.id)
    return [r for r in rows if r.id in under and r.kind == Kind.UO]


def test_ten_kills_of_the_sync_process_lose_and_duplicate_nothing(tmp_path):
    demo, seed = demo_with_seed(tmp_path)
    complete = {r.uid for r in demo.nodes.all() if r.kind == Kind.UO and r.problems == 0 and r.server_id}
    units = demo.nodes.stats()["nodes"]["UO"]
    demo.close()
    ws_path = tmp_path / "ws.sqlite"
    with SandboxThread(tmp_path / "srv", password=PW, seed=seed) as server:
        first = _sync(ws_path, "--server", server.base_url, "--user", "demo")
        assert first.returncode == 0, first.stderr
        with Workspace.open(ws_path) as ws:
            edited = [r for r in ws.nodes.all() if r.kind == Kind.UO and r.uid in complete][:12]
            for i, uo in enumerate(edited):
                fiche = ws.fiches.get(uo.id)
                ws.fiches.save(uo.id, fiche.answers, resource={**(fiche.resource or {}), "comment": f"kill {i}"})
            eg = next(r for r in ws.nodes.all() if r.name == "IME Le Moulin")
            created = ws.nodes.duplicate(_uos_under(ws, eg.id)[0].id)
            new_id = next(iter(created.inserted))
            for uo in _uos_under(ws, eg.id):
                ws.fiches.finalise(uo.id, problems=0)
            ws.dossiers.send(eg.id)
        rng = random.Random(20261201)
        for _ in range(10):
            _killed_sync(ws_path, rng.uniform(0.6, 2.5))  # the CLI's start takes about half a second
        for _ in range(5):
            done = _sync(ws_path)
            with Workspace.open(ws_path) as ws:
                if done.returncode == 0 and ws.outbox.count() == 0 and ws.dossiers.of(eg.id).task_id:
                    task_id = ws.dossiers.of(eg.id).task_id
                    break
        else:
            raise AssertionError(f"no convergence after the kills: {done.stdout}{done.stderr}")
        assert server.store.counts()["Task"] == 1, "one dossier, one Task, however many kills"
        SandboxProcess(server.store.path.parent, PW).validate(task_id, "--accept")
        done = _sync(ws_path)
        assert done.returncode == 0, done.stderr
        with Workspace.open(ws_path) as ws:
            assert ws.outbox.count() == 0
            assert ws.dossiers.of(eg.id).state == "published"
            assert server.store.counts()["HealthcareService"] == units + 1, "no duplicate on the server"
            for i, uo in enumerate(edited):
                node = ws.nodes.get(uo.id)
                on_server = server.store.read(res.server_type(node.kind), node.server_id).content
                assert not node.dirty and on_server.get("comment") == f"kill {i}", "no local edit lost"
            assert ws.nodes.get(new_id).server_id
            assert ws.nodes.stats()["nodes"]["UO"] == units + 1
