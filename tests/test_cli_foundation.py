"""The command line through the installed entry point: demo, stats, user mistakes without tracebacks."""
from __future__ import annotations

import json
import subprocess
import sys


def rr(*args, check=True):
    proc = subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_demo_then_stats_json(tmp_path):
    ws = tmp_path / "d.sqlite"
    out = rr("demo", "--out", ws).stdout
    assert "Espace de démonstration créé" in out
    stats = json.loads(rr("stats", "--workspace", ws, "--json").stdout)
    assert stats["nodes"]["EJ"] == 4 and stats["nodes"]["UO"] >= 20
    assert set(stats["fiches"]) == {"draft", "finalised", "with_problems"}
    human = rr("stats", "--workspace", ws).stdout
    assert "finalisée" in human


def test_user_mistakes_are_plain_french(tmp_path):
    p = rr("stats", "--workspace", tmp_path / "absent.sqlite", "--json", check=False)
    assert p.returncode != 0 and "introuvable" in p.stderr and "Traceback" not in p.stderr
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00\x01 not sqlite" * 10)
    p = rr("stats", "--workspace", junk, check=False)
    assert p.returncode != 0 and "espace de travail" in p.stderr and "Traceback" not in p.stderr
    existing = tmp_path / "d.sqlite"
    rr("demo", "--out", existing)
    p = rr("demo", "--out", existing, check=False)
    assert p.returncode != 0 and "existe déjà" in p.stderr
