"""`ror-referent sync` exit codes as its help states them: 0 in step, 3 while a conflict waits for the user,
against a seeded sandbox on 127.0.0.1."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.models.store import Workspace
from app.sync.session import open_session
from tests.test_sync_engine import PW, _edit, _uos, demo, server  # noqa: F401 - fixtures


def rr(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ROR_REFERENT_PASSWORD": PW}
    exe = Path(sys.executable).parent / "ror-referent"
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=300)


def test_the_help_names_the_exit_codes():
    done = rr("sync", "--help")
    assert done.returncode == 0 and "3 conflits en attente" in " ".join(done.stdout.split())


def test_unresolved_conflicts_exit_3_until_they_are_settled(server, tmp_path):  # noqa: F811
    path = tmp_path / "ws.sqlite"
    first = rr("sync", "--workspace", str(path), "--server", server.base_url)
    assert first.returncode == 0, first.stderr
    with Workspace.open(path) as ws:
        uo = _uos(ws)[1]
        _edit(ws, uo.id, "ma saisie")
    with server.client() as admin:
        admin.post(f"{server.root_url}/admin/edit/HealthcareService/{uo.server_id}",
                   json={"set": {"name": "Nom du serveur"}})
    clash = rr("sync", "--workspace", str(path))
    assert clash.returncode == 3, clash.stderr
    assert "conflit(s) : 1" in clash.stdout and "1 conflit(s) en attente de votre choix" in clash.stderr
    still = rr("sync", "--workspace", str(path), "--json")
    assert still.returncode == 3
    with Workspace.open(path) as ws:
        engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW)
        with client:
            (conflict,) = engine.conflicts()
            assert engine.resolve(uo.id, {f.field: "theirs" for f in conflict.fields}).ok
    settled = rr("sync", "--workspace", str(path))
    assert settled.returncode == 0, settled.stderr
