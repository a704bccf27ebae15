"""`ror-referent sync` and `send` as a user runs them, against a sandbox subprocess on 127.0.0.1."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.demo import make_demo
from app.models.store import Workspace
from tests.sync_support import SandboxProcess, demo_with_seed

PW = "pw-cli-93ab"


def rr(*args: str, password: str | None = PW) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "ROR_REFERENT_PASSWORD"}
    if password:
        env["ROR_REFERENT_PASSWORD"] = password
    exe = Path(sys.executable).parent / "ror-referent"
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=300)


@pytest.fixture
def sandbox(tmp_path):
    demo, seed = demo_with_seed(tmp_path)
    want = demo.nodes.stats()["nodes"]
    demo.close()
    proc = SandboxProcess(tmp_path / "srv", PW, "--seed", str(seed)).start()
    yield proc, want
    proc.stop()


def test_sync_creates_a_new_workspace_from_the_server(sandbox, tmp_path):
    proc, want = sandbox
    ws_path = tmp_path / "new.sqlite"
    done = rr("sync", "--workspace", str(ws_path), "--server", proc.base_url, "--user", "demo")
    assert done.returncode == 0, done.stderr
    assert f"reçu(s) : {sum(want.values())}" in done.stdout and "conflit(s) : 0" in done.stdout
    with Workspace.open(ws_path) as ws:
        assert ws.nodes.stats()["nodes"] == want
        assert ws.settings.get("server_url") == proc.base_url
    for f in tmp_path.glob("new.sqlite*"):
        assert PW.encode() not in f.read_bytes()
    again = rr("sync", "--workspace", str(ws_path), "--json")  # server and user remembered
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["pulled"] == 0


def test_without_password_and_without_a_terminal_the_error_is_clear(sandbox, tmp_path):
    proc, _ = sandbox
    done = rr("sync", "--workspace", str(tmp_path / "x.sqlite"), "--server", proc.base_url, password=None)
    assert done.returncode == 2
    assert "ROR_REFERENT_PASSWORD" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.sqlite").exists(), "no half-made workspace left behind"


def test_an_unreachable_server_keeps_the_work_pending(tmp_path):
    ws_path = tmp_path / "demo.sqlite"
    make_demo(ws_path).close()
    done = rr("sync", "--workspace", str(ws_path), "--server", "http://127.0.0.1:9/fhir")
    assert done.returncode == 1 and "injoignable" in done.stderr and "Traceback" not in done.stderr


def test_send_prints_the_task_and_sanitaire_needs_direction(sandbox, tmp_path):
    proc, _ = sandbox
    ws_path = tmp_path / "ws.sqlite"
    assert rr("sync", "--workspace", str(ws_path), "--server", proc.base_url).returncode == 0
    with Workspace.open(ws_path) as ws:
        ch = next(r for r in ws.nodes.all() if r.kind == "EG" and r.domaine == "sanitaire")
        ime = next(r for r in ws.nodes.all() if r.name == "IME Le Moulin")
        for eg in (ch, ime):
            under = {eg.id}
            for r in ws.nodes.all():
                if r.parent_id in under:
                    under.add(r.id)
            uos = [r for r in ws.nodes.all() if r.id in under and r.kind == "UO"]
            ws.nodes.rename(uos[0].id, uos[0].name + " Bis")
            for uo in uos:
                ws.fiches.finalise(uo.id, problems=0)
        ch_finess, ime_finess = ch.finess, ime.finess
    waiting = rr("send", "--workspace", str(ws_path), "--eg", ch_finess)
    assert waiting.returncode == 0, waiting.stderr
    assert "En attente de confirmation par la Direction" in waiting.stdout and "--direction" in waiting.stdout
    sent = rr("send", "--workspace", str(ws_path), "--eg", ch_finess, "--direction")
    assert sent.returncode == 0, sent.stderr
    assert "tâche : " in sent.stdout and "dossier : Dossier en cours de validation" in sent.stdout
    assert "in_validation" not in sent.stdout, "states in words"
    again = rr("send", "--workspace", str(ws_path), "--eg", ch_finess, "--direction")
    assert again.returncode == 0, again.stderr
    assert "déjà été envoyé pour validation" in again.stdout and "rien à envoyer" not in again.stdout + again.stderr
    other = rr("send", "--workspace", str(ws_path), "--eg", ime_finess, "--json")
    out = json.loads(other.stdout)
    assert out["task"] and out["dossier"] == "in_validation"
    unknown = rr("send", "--workspace", str(ws_path), "--eg", "999999999")
    assert unknown.returncode == 2 and "Aucun établissement" in unknown.stderr
