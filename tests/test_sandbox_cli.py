"""`ror-sandbox` as a support agent runs it: serve (seeded, with faults), stats, tasks, errors, no secrets kept."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest

from sandbox.server import login


def ror_sandbox() -> list[str]:
    found = shutil.which("ror-sandbox")
    return [found] if found else [sys.executable, "-m", "sandbox.cli"]


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*ror_sandbox(), *map(str, args)], capture_output=True, text=True, timeout=120)


class Served:
    """`ror-sandbox serve` in a subprocess on a free port, its output in a log file."""

    def __init__(self, tmp_path: Path, data: Path, *extra):
        self.log_path = tmp_path / f"serve-{uuid.uuid4().hex[:6]}.log"
        self.log = self.log_path.open("w")
        self.proc = subprocess.Popen([*ror_sandbox(), "serve", "--port", "0", "--data", str(data), *map(str, extra)],
                                     stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.base_url = ""
        for _ in range(300):
            found = re.search(r"http://127\.0\.0\.1:\d+/fhir", self.log_path.read_text())
            if found:
                self.base_url = found.group(0)
                try:
                    if httpx.get(self.base_url + "/metadata").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"ror-sandbox serve did not start: {self.log_path.read_text()[-500:]}")

    def stop(self) -> str:
        self.proc.terminate()
        self.proc.wait(timeout=30)
        self.log.close()
        return self.log_path.read_text()


def seed_bundle(path: Path) -> Path:
    ej, eg = f"urn:uuid:{uuid.uuid4()}", f"urn:uuid:{uuid.uuid4()}"
    entries = [{"fullUrl": ej, "resource": {"resourceType": "Organization", "name": "EJ seed"}},
               {"fullUrl": eg, "resource": {"resourceType": "Organization", "name": "EG seed",
                                            "partOf": {"reference": ej}}}]
    entries += [{"resource": {"resourceType": "HealthcareService", "id": f"hs{i}", "name": f"UO {i}",
                              "providedBy": {"reference": eg}}} for i in range(5)]
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}))
    return path


def test_serve_seeded_from_a_bundle_is_idempotent_and_keeps_no_secret(tmp_path):
    seed, data = seed_bundle(tmp_path / "seed.json"), tmp_path / "data"
    server = Served(tmp_path, data, "--seed", seed, "--password", "s3cret-pw")
    tokens = login(server.base_url, "s3cret-pw")
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    services = httpx.get(server.base_url + "/HealthcareService", headers=headers).json()
    assert services["total"] == 5
    eg_ref = services["entry"][0]["resource"]["providedBy"]["reference"]
    eg = httpx.get(f"{server.base_url}/{eg_ref}", headers=headers).json()
    assert eg["name"] == "EG seed" and eg["meta"]["versionId"] == "1"
    assert httpx.get(f"{server.base_url}/{eg['partOf']['reference']}", headers=headers).json()["name"] == "EJ seed"
    assert httpx.get(server.base_url + "/HealthcareService/hs3", headers=headers).json()["name"] == "UO 3"
    log = server.stop()
    assert "s3cret-pw" not in log and "Utilisateur : demo" not in log
    stats = run("stats", "--data", data)
    assert stats.returncode == 0
    assert json.loads(stats.stdout) == {"Organization": 2, "HealthcareService": 5, "Location": 0, "Bundle": 0,
                                        "Task": 0, "Questionnaire": json.loads(stats.stdout)["Questionnaire"],
                                        "ValueSet": 0}
    again = Served(tmp_path, data, "--seed", seed, "--password", "s3cret-pw")
    log += again.stop()
    assert json.loads(run("stats", "--data", data).stdout)["HealthcareService"] == 5
    for secret in ("s3cret-pw", tokens["access_token"], tokens["refresh_token"]):
        assert secret not in log
        for file in data.iterdir():
            assert secret.encode() not in file.read_bytes(), f"{secret[:4]}... found in {file.name}"


def test_serve_generates_and_prints_a_password_when_none_is_given(tmp_path):
    server = Served(tmp_path, tmp_path / "data")
    try:
        found = re.search(r"mot de passe : (\S+)", server.log_path.read_text())
        assert found
        assert login(server.base_url, found.group(1))["token_type"] == "bearer"
    finally:
        server.stop()


def test_serve_with_a_direction_account(tmp_path):
    server = Served(tmp_path, tmp_path / "data", "--password", "pw", "--account", "direction:dir-pw")
    try:
        assert login(server.base_url, "dir-pw", username="direction")["token_type"] == "bearer"
        assert login(server.base_url, "pw")["token_type"] == "bearer"
    finally:
        log = server.stop()
    assert "dir-pw" not in log
    bad = run("serve", "--port", "0", "--data", tmp_path / "d2", "--account", "direction")
    assert bad.returncode != 0 and "NOM:MOT_DE_PASSE" in bad.stderr and "Traceback" not in bad.stderr


def test_serve_with_faults_from_the_command_line(tmp_path):
    server = Served(tmp_path, tmp_path / "data", "--password", "pw", "--faults", "1.0", "--fault-kinds", "503")
    try:
        headers = {"Authorization": f"Bearer {login(server.base_url, 'pw')['access_token']}"}
        response = httpx.get(server.base_url + "/Organization", headers=headers)
        assert response.status_code == 503 and response.headers["retry-after"] == "1"
    finally:
        server.stop()


def test_user_mistakes_are_told_in_french_without_traceback(tmp_path):
    for args in (["stats", "--data", tmp_path / "none"], ["tasks", "--data", tmp_path / "none"],
                 ["validate", "t1", "--data", tmp_path / "none", "--accept"],
                 ["serve", "--data", tmp_path / "d", "--seed", tmp_path / "missing.json", "--password", "x"],
                 ["serve", "--data", tmp_path / "d", "--fault-kinds", "fire", "--password", "x"]):
        result = run(*args)
        assert result.returncode == 2, args
        assert result.stderr.startswith("Erreur : ") and "Traceback" not in result.stderr, result.stderr
    not_a_bundle = tmp_path / "x.json"
    not_a_bundle.write_text('{"resourceType": "Patient"}')
    result = run("serve", "--data", tmp_path / "d", "--seed", not_a_bundle, "--password", "x")
    assert result.returncode == 2 and "Bundle" in result.stderr


def test_tasks_on_an_empty_sandbox(tmp_path):
    Served(tmp_path, tmp_path / "data", "--password", "pw").stop()
    result = run("tasks", "--data", tmp_path / "data")
    assert result.returncode == 0 and "Aucune tâche" in result.stdout
    assert json.loads(run("tasks", "--data", tmp_path / "data", "--json").stdout) == []


def test_seeding_from_a_workspace_file(tmp_path):

    workspace = tmp_path / "ws.sqlite"
    made = subprocess.run(["ror-referent", "demo", "--out", str(workspace)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr[-500:]
    counts = []
    for _ in range(2):
        Served(tmp_path, tmp_path / "d", "--seed", workspace, "--password", "pw").stop()
        counts.append(json.loads(run("stats", "--data", tmp_path / "d").stdout))
    assert counts[0]["HealthcareService"] > 0 and counts[0] == counts[1], "seeding twice duplicates nothing"
