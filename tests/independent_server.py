"""An independent FHIR R4 server for the sync tests: Medplum's FHIR router over its in-memory repository
(npm `@medplum/fhir-router` 4.5.2, pinned with its lock in tests/independent/, installed by scripts/setup.sh),
run by node on a free port of 127.0.0.1 (tests/independent/server.mjs) for the time of a test.

    with IndependentServer() as server:
        server.base_url            # http://127.0.0.1:PORT/fhir
        server.put(resource)       # store a resource under its own id (seeding)
        server.read("Organization", rid)

It has no authentication: the tests talk to it with an `app.sync.client.FhirClient` without credentials.
"""
from __future__ import annotations

import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent / "independent"
SERVER = HERE / "server.mjs"
MODULES = HERE / "node_modules" / "@medplum" / "fhir-router"


def missing() -> str | None:
    """Why the server cannot run here (a sentence), or None."""
    if shutil.which("node") is None:
        return "node is not installed (scripts/setup.sh installs the independent server when node is there)"
    if not MODULES.is_dir():
        return f"{MODULES} is missing: run scripts/setup.sh (npm ci in tests/independent)"
    return None


class IndependentServer:
    """`node server.mjs 0` as a subprocess; stopped (and waited for) on exit."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[str] | None = None
        self.port = 0
        self.base_url = ""

    def __enter__(self) -> IndependentServer:
        problem = missing()
        if problem:
            raise RuntimeError(problem)
        self.proc = subprocess.Popen(["node", str(SERVER), "0"], cwd=HERE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True)
        deadline = time.monotonic() + 60
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        while not line.startswith("listening ") and time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the independent FHIR server stopped: {line}{self.proc.stdout.read()}")
            line = self.proc.stdout.readline()
        if not line.startswith("listening "):
            self.__exit__()
            raise RuntimeError("the independent FHIR server did not start")
        self.port = int(line.split()[1])
        self.base_url = f"http://127.0.0.1:{self.port}/fhir"
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            if self.proc.stdout is not None:
                self.proc.stdout.close()
            self.proc = None

    def put(self, resource: dict[str, Any]) -> dict[str, Any]:
        """Store `resource` under its own id (update as create), as the server answers it."""
        url = f"{self.base_url}/{resource['resourceType']}/{resource['id']}"
        response = httpx.put(url, json=resource, headers={"Content-Type": "application/fhir+json"}, timeout=30)
        response.raise_for_status()
        return response.json()

    def read(self, rtype: str, rid: str) -> httpx.Response:
        return httpx.get(f"{self.base_url}/{rtype}/{rid}", timeout=30)


@contextmanager
def seeded_independent(tmp_path: Path):
    """(server, demo workspace, bundle): the independent server seeded with the demo's published state (built by
    app/sync/mapping.py), the open demo beside it; a missing Node/Medplum fails the test with its reason."""
    from app.sync.mapping import workspace_to_bundle
    from tests.sync_support import demo_with_seed

    problem = missing()
    assert problem is None, problem
    demo, _ = demo_with_seed(tmp_path)
    bundle = workspace_to_bundle(demo.path)
    try:
        with IndependentServer() as server:
            for entry in bundle["entry"]:
                server.put(entry["resource"])
            yield server, demo, bundle
    finally:
        demo.close()
