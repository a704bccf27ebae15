"""Every acknowledged save survives a SIGKILL at any moment, and the file stays intact."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.models.kinds import Kind
from app.models.store import Workspace

CHILD = Path(__file__).with_name("durability_child.py")
ROUNDS = 25


def test_acknowledged_saves_survive_sigkill(tmp_path):
    path = tmp_path / "durable.sqlite"
    ws = Workspace.open(path, create=True)
    ej = ws.nodes.create(None, Kind.EJ, ["EJ"]).inserted.pop()
    eg = ws.nodes.create(ej, Kind.EG, ["EG"], domaine="medico-social").inserted.pop()
    ws.close()
    rng = random.Random(17)
    acknowledged: list[int] = []
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    for _ in range(ROUNDS):
        start = (acknowledged[-1] + 1) if acknowledged else 0
        proc = subprocess.Popen([sys.executable, str(CHILD), str(path), str(eg), str(start)],
                                stdout=subprocess.PIPE, text=True, env=env)
        # wait for the child to be writing, then kill it at a random moment
        first = proc.stdout.readline()
        assert first.strip(), "the child acknowledged nothing"
        acknowledged.append(int(first))
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        acknowledged.extend(int(line) for line in out.split())
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {r[0] for r in con.execute("SELECT name FROM node WHERE kind = 'UO'")}
    finally:
        con.close()
    missing = [i for i in acknowledged if f"Sauvegarde {i}" not in names]
    assert not missing, f"acknowledged saves lost: {missing[:10]}"
    assert len(acknowledged) > ROUNDS
