"""Garbage and misbehaviour from a server (and in a file given to fhir-check): one sentence, no traceback,
the workspace unchanged. Real HTTP servers on 127.0.0.1."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.sync.client import RetryPolicy
from app.sync.errors import SessionError
from app.sync.session import open_session
from tests.fake_servers import FakeServer, StalledServer, bundle, capability, fhir, raw, token_answer

QUICK = RetryPolicy(attempts=2, total=2, base=0.01)
PW = "pw-garbage"
DEEP = 900


def deep_json(levels: int) -> bytes:
    inner = '{"url": "x", "extension": [' * levels + "]}" * levels
    return ('{"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {"resourceType": '
            f'"Organization", "id": "1", "extension": [{inner}]}}}}]}}').encode()


def snapshot(ws) -> tuple:
    """What the user's work is: the units, what waits for the server, the pull marks."""
    marks = {k: ws.settings.get(k) for k in ("server_url", "server_user", "sync.last_pull.Organization",
                                             "sync.last_pull.HealthcareService", "sync.last_pull.Location")}
    return ws.nodes.all(), [(e.id, e.state, e.op) for e in ws.outbox.entries()], marks


def run_against(ws, server: FakeServer, **options):
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW, retry=QUICK, **options)
    before = snapshot(ws)
    with client:
        report = engine.run()
    return report, before


def server_with(search, token=None) -> FakeServer:
    """A server whose metadata is right and whose searches answer `search`."""
    return FakeServer({"/metadata": lambda s: fhir(capability()),
                       "/token": token or (lambda s: token_answer()),
                       "/Organization": search, "/HealthcareService": search, "/Location": search})


GARBAGE = {
    "a login portal (200 HTML)": (lambda s: raw("<html><body>Connexion au portail</body></html>"),
                                  "autre chose que du JSON FHIR (text/html)"),
    "an empty 200": (lambda s: raw(b"", content_type="application/fhir+json"), "autre chose que du JSON"),
    "10 MB of garbage": (lambda s: raw(random.Random(1).randbytes(10 * 1024 * 1024),
                                       content_type="application/fhir+json"), "autre chose que du JSON"),
    "a JSON array": (lambda s: fhir([1, 2, 3]), "autre chose qu'une ressource FHIR"),
    "a wrong resourceType": (lambda s: fhir({"resourceType": "Patient", "id": "p"}),
                             "ressource Patient au lieu de Bundle"),
    "an entry of another type": (lambda s: fhir(bundle([{"resourceType": "Patient", "id": "p"}])),
                                 "ressource Patient au lieu de"),
    "meta as a list": (lambda s: fhir(bundle([{"resourceType": "Organization", "id": "1", "meta": []}])),
                       "mal formée (Organization/1, élément Organization.meta)"),
    "identifier as a string": (lambda s: fhir(bundle([{"resourceType": "Organization", "id": "1",
                                                       "identifier": "FINESS"}])), "Organization.identifier"),
    "a number for a name": (lambda s: fhir(bundle([{"resourceType": "Organization", "id": "1", "name": 42}])),
                            "Organization.name"),
    "a coding that is a string": (lambda s: fhir(bundle([{"resourceType": "Organization", "id": "1",
                                                          "type": [{"coding": "x"}]}])),
                                  "Organization.type.coding"),
    "entries that are not a list": (lambda s: fhir({"resourceType": "Bundle", "entry": {"resource": {}}}),
                                    "Bundle.entry"),
    "JSON nested 900 levels deep": (lambda s: raw(deep_json(DEEP), content_type="application/fhir+json"),
                                    "plus de 100 niveaux"),
}


@pytest.mark.parametrize("what", list(GARBAGE))
def test_garbage_from_the_server_is_one_sentence_and_changes_nothing(kr, ws, what):
    answer, said = GARBAGE[what]
    with server_with(answer) as server:
        report, before = run_against(ws, server)
    assert not report.ok and len(report.errors) == 1, report.errors
    assert said in report.errors[0]
    assert "Traceback" not in report.errors[0] and "\n" not in report.errors[0]
    assert snapshot(ws) == before


def test_the_size_read_is_capped(kr, ws):
    with server_with(lambda s: raw(b" " * (3 * 1024 * 1024), content_type="application/fhir+json")) as server:
        engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW, retry=QUICK)
        client.max_bytes = 1024 * 1024
        with client:
            report = engine.run()
    assert report.errors == [f"Le serveur 127.0.0.1:{server.port} a envoyé une réponse de plus de 1 Mo : elle "
                             "n'a pas été lue."]


@pytest.mark.parametrize("token", [raw("<html>SSO</html>"), fhir(["access_token"]), raw(b"x" * 2_000_000)])
def test_a_token_answer_that_is_not_a_token_is_one_sentence(kr, ws, token):
    with server_with(lambda s: fhir(bundle([])), token=lambda s: token) as server:
        report, before = run_against(ws, server)
    assert len(report.errors) == 1 and "autre chose qu'un jeton" in report.errors[0]
    assert snapshot(ws) == before


def test_a_base_url_without_fhir_is_named_and_fhir_suggested(kr, ws):
    with FakeServer({"/fhir/metadata": lambda s: fhir(capability()),
                     "/metadata": lambda s: raw("<html>Accueil</html>")}) as server:
        with pytest.raises(SessionError) as caught:
            open_session(ws, server.root, "demo", retry=QUICK)
    assert str(caught.value) == (f"L'adresse {server.root} ne ressemble pas à un serveur FHIR ({server.root}/metadata "
                                 f"ne donne pas de CapabilityStatement) : essayez {server.root}/fhir.")
    assert ws.settings.get("server_url") is None, "nothing stored"


def test_an_address_where_nothing_fhir_answers_is_named(kr, ws):
    with FakeServer({}) as server:  # 404 everywhere
        with pytest.raises(SessionError, match="ne ressemble pas à un serveur FHIR"):
            open_session(ws, server.base_url, "demo", retry=QUICK)
    assert ws.settings.get("server_url") is None


def test_a_stalled_server_gives_its_message_within_the_read_time_out(kr, ws):
    with StalledServer() as stalled:
        started = time.monotonic()
        engine, client = open_session(ws, stalled.base_url, "demo", ask=lambda: PW, timeout=1.5)
        with client:
            report = engine.run()
        elapsed = time.monotonic() - started
    assert report.offline and len(report.errors) == 1
    assert report.errors[0] == (f"Le serveur 127.0.0.1:{stalled.port} n'a pas répondu dans le délai de 1.5 s : "
                                "serveur injoignable pour l'instant.")
    assert elapsed < 1.5 + 2.5, "one read deadline, not one per step or per retry"


def rr(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ROR_REFERENT_PASSWORD": PW}
    exe = Path(sys.executable).parent / "ror-referent"
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


def test_the_command_is_not_silent_against_a_stalled_server(tmp_path):
    new = tmp_path / "new.sqlite"
    with StalledServer() as stalled:
        started = time.monotonic()
        done = rr("sync", "--workspace", str(new), "--server", stalled.base_url, "--timeout", "2")
        elapsed = time.monotonic() - started
    assert done.returncode == 1 and "n'a pas répondu dans le délai de 2 s" in done.stderr
    assert "Traceback" not in done.stderr
    assert elapsed < 15, "the deadline, plus starting the command"
    assert not new.exists(), "no half-made workspace"


def test_the_command_says_what_a_login_portal_is(tmp_path):
    new = tmp_path / "new.sqlite"
    with FakeServer({"/": lambda s: raw("<html>Portail captif</html>")}) as portal:
        done = rr("sync", "--workspace", str(new), "--server", portal.base_url)
    assert done.returncode == 2 and "ne ressemble pas à un serveur FHIR" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not new.exists()


# ---------------------------------------------------------------- fhir-check
@pytest.mark.parametrize("content, code, said", [
    (deep_json(DEEP), 2, "plus de 100 niveaux"),
    (b"[" * 200_000, 2, "plus de 100 niveaux"),
    (b"[1, 2]", 2, "ne contient pas une ressource FHIR"),
    (b"<html></html>", 2, "n'est pas du JSON valide"),
    (json.dumps({"resourceType": "Organization", "meta": [], "name": 3}).encode(), 1, "Organization.meta"),
    (json.dumps({"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "HealthcareService",
                                                                   "type": "x"}}]}).encode(), 1,
     "Bundle.entry[0].resource.HealthcareService.type"),
])
def test_fhir_check_says_one_sentence_for_what_is_not_a_resource(tmp_path, content, code, said):
    path = tmp_path / "in.json"
    path.write_bytes(content)
    done = rr("fhir-check", str(path))
    assert done.returncode == code, done.stderr
    assert said in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
