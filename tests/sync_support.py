"""Helpers for the sync tests: an in-memory keyring, a sandbox subprocess on a fixed port, admin calls."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import keyring

from app.sync.auth import MemoryKeyring


def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def demo_with_seed(tmp_path: Path):
    """The small demo workspace (open) and a Bundle file of its published state, to seed a server with."""
    import json

    from app.models.demo import make_demo
    from app.sync.mapping import workspace_to_bundle

    ws = make_demo(tmp_path / "demo.sqlite")
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps(workspace_to_bundle(ws.path)))
    return ws, seed


@contextmanager
def seeded_sandbox(tmp_path: Path, password: str):
    """A sandbox on 127.0.0.1 in this process, seeded with the small demo's published state."""
    from sandbox.server import SandboxThread

    ws, seed = demo_with_seed(tmp_path)
    ws.close()
    with SandboxThread(tmp_path / "srv", password=password, seed=seed) as running:
        yield running


@contextmanager
def pulled_workspace(tmp_path: Path, base_url: str, password: str):
    """(workspace, engine): a new workspace that pulled everything from the server at `base_url`."""
    from app.models.store import Workspace
    from app.sync.session import open_session

    ws = Workspace.open(tmp_path / "ws.sqlite", create=True)
    engine, client = open_session(ws, base_url, "demo", ask=lambda: password)
    assert engine.run().ok
    try:
        yield ws, engine
    finally:
        client.close()
        ws.close()


def uos_under(ws, eg_id: int) -> list:
    """The UOs anywhere under the EG `eg_id`, in id order."""
    from app.models.kinds import Kind

    under, found = {eg_id}, []
    for r in sorted(ws.nodes.all(), key=lambda r: r.id):
        if r.parent_id in under:
            under.add(r.id)
            if r.kind == Kind.UO:
                found.append(r)
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SandboxProcess:
    """`ror-sandbox serve` as a real subprocess on a fixed port, so it can be stopped and restarted."""

    def __init__(self, data: Path, password: str, *extra: str, port: int | None = None) -> None:
        self.data, self.password, self.extra = data, password, extra
        self.port = port or free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/fhir"
        self.proc: subprocess.Popen | None = None
        self.log = data.parent / f"{data.name}.log"

    @staticmethod
    def command() -> str:
        return shutil.which("ror-sandbox") or str(Path(sys.executable).parent / "ror-sandbox")

    def start(self, *extra: str) -> SandboxProcess:
        with open(self.log, "a") as log:
            self.proc = subprocess.Popen([self.command(), "serve", "--port", str(self.port), "--data", str(self.data),
                                          "--password", self.password, *self.extra, *extra],
                                         stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.base_url + "/metadata", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(self.log.read_text())
            time.sleep(0.1)
        raise RuntimeError("ror-sandbox did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def admin(self, method: str, path: str, json: dict | None = None) -> httpx.Response:
        token = httpx.post(self.base_url + "/token", data={"grant_type": "password", "username": "demo",
                                                          "password": self.password}).json()["access_token"]
        root = self.base_url.rsplit("/fhir", 1)[0]
        response = httpx.request(method, root + path, json=json, headers={"Authorization": f"Bearer {token}"},
                                 timeout=30)
        response.raise_for_status()
        return response

    def validate(self, task_id: str, *args: str) -> str:
        cmd = [self.command(), "validate", task_id, "--data", str(self.data), *args]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def stats(self) -> dict:
        import json
        done = subprocess.run([self.command(), "stats", "--data", str(self.data)], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)
