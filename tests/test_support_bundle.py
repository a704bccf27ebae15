"""The support bundle: made while a sync runs against a real sandbox, it holds no secret, its workspace copy is
consistent, and `--pseudonymise` replaces the people's contacts with stable placeholders."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.models.store import Workspace
from app.models.support.bundle import make_bundle
from app.models.support.opening import open_bundle
from app.sync.session import open_session
from tests.support_scenario import (
    EMAIL,
    FUNCTION,
    PERSON_A,
    PERSON_B,
    PERSONAL,
    PHONE,
    add_contacts,
    complete_uos,
    contact_values,
    members,
    seeded_sandbox,
)

PW = "pw-support-5e2a"


@pytest.fixture
def server(tmp_path):
    proc, complete = seeded_sandbox(tmp_path, PW)
    yield proc, complete
    proc.stop()


@pytest.fixture
def synced(server, tmp_path, kr):
    """A user's workspace pulled from the sandbox, whose contacts reached the server (so the stored resources
    carry them too), with its engine and client."""
    proc, complete = server
    ws = Workspace.open(tmp_path / "ws.sqlite", create=True)
    engine, client = open_session(ws, proc.base_url, "demo", ask=lambda: PW)
    assert engine.run().ok
    first, second, *others = complete_uos(ws, complete)
    add_contacts(ws, first.id, second.id)
    report = engine.run()
    assert report.ok and report.pushed == 2, report.errors
    assert PHONE in contact_values(ws.fiches.get(first.id))[1], "the server's copy holds the contact"
    yield ws, engine, client, (first, second, others)
    client.close()
    ws.close()


def _sync_events(ws) -> int:
    return sum(1 for e in ws.journal.recent(1000) if e["message"].startswith("Synchronisation"))


def _secrets(client, kr) -> list[str]:
    token = client.auth.header(client.http)["Authorization"].split(" ", 1)[1]
    stored = list(kr.store.values())  # the refresh token the sync put in the keyring
    assert token and stored
    return [PW, token, *stored]


def test_a_bundle_made_during_a_sync_has_no_secret_and_pseudonymises_contacts(synced, tmp_path, kr):
    ws, engine, client, (first, second, others) = synced
    for node_id in (o.id for o in others[:5]):  # local work for the next sync to send
        fiche = ws.fiches.get(node_id)
        ws.fiches.save(node_id, fiche.answers, resource={**(fiche.resource or {}), "comment": "à envoyer"},
                       in_dossier=False)
    before = _sync_events(ws)
    reached, release = threading.Event(), threading.Event()

    def progress(stage: str, done: int, total: int) -> None:
        if not reached.is_set():  # the sync stops here, half done, until the bundle is written
            reached.set()
            release.wait(60)

    outcome = {}
    sync = threading.Thread(target=lambda: outcome.setdefault("report", engine.run(progress=progress)))
    sync.start()
    try:
        assert reached.wait(60), "the sync reported no progress"
        bundle = tmp_path / "support.zip"
        report = make_bundle(ws.path, bundle, pseudonymise=True)
    finally:
        release.set()
        sync.join(120)
    assert outcome["report"].ok, outcome["report"].errors
    # the two people of the test, and their one number; the demo's heads of units have phones of their own
    assert report.pseudonymised["name"] == 2 and report.pseudonymised["phone"] >= 1
    assert report.pseudonymised["email"] == 1

    content = members(bundle)
    assert {"workspace.sqlite", "journal.json", "summary.json", "server.json", "versions.json",
            "manifest.json"} <= set(content)
    for secret in _secrets(client, kr):
        for name, data in content.items():
            assert secret.encode() not in data, f"a secret is in {name}"
    for value in PERSONAL:
        for name, data in content.items():
            assert value.encode() not in data, f"{value!r} is still in {name}"
    server = json.loads(content["server.json"])
    assert server["server_url"] == ws.settings.get("server_url") and server["user"] == "demo"
    versions = json.loads(content["versions.json"])
    assert versions["app"] and versions["python"] and versions["qt"] and versions["os"]
    assert json.loads(content["journal.json"]), "the sync journal is in the bundle"

    opened = open_bundle(bundle, tmp_path / "opened")
    with Workspace.open(opened.workspace) as copy:
        a, b = copy.fiches.get(first.id), copy.fiches.get(second.id)
        rows_a = [r["item"] for r in a.answers["uo.contacts"]]
        rows_b = [r["item"] for r in b.answers["uo.contacts"]]
        assert rows_a[0]["uo.contacts.nature"] == [{"valueString": "Personne 1"}]
        assert rows_b[0]["uo.contacts.nature"] == [{"valueString": "Personne 2"}]
        # one number written two ways: one placeholder, in both fiches and in both resources
        assert rows_a[0]["uo.contacts.valeur"] == rows_b[0]["uo.contacts.valeur"]
        assert rows_a[0]["uo.contacts.valeur"][0]["valueString"].startswith("+33 1 00 00 ")
        assert rows_a[1]["uo.contacts.nature"] == [{"valueString": FUNCTION}], "a function is not a person"
        assert rows_a[1]["uo.contacts.valeur"] == [{"valueString": "personne1@exemple.invalid"}]
        phone = rows_a[0]["uo.contacts.valeur"][0]["valueString"]
        for fiche in (a, b):
            assert phone in contact_values(fiche)[1]
        assert "Personne 1" in contact_values(a)[1] and "personne1@exemple.invalid" in contact_values(a)[1]
        # establishment data is kept: names, FINESS, the FINESS data of the EG
        assert [(r.name, r.finess) for r in copy.nodes.all()] == [(r.name, r.finess) for r in ws.nodes.all()]
        assert copy.nodes.get(first.id).name == first.name
        # a consistent copy of that moment: what the server acknowledged before the pause is in, the sync's
        # end (its journal, written last) is not
        assert copy.outbox.count() == 0 and _sync_events(copy) == before
    assert _sync_events(ws) == before + 1


def test_without_pseudonymise_the_contacts_stay_and_secrets_still_go(synced, tmp_path, kr, monkeypatch):
    ws, _engine, client, (first, _second, _others) = synced
    logs = tmp_path / "logs"
    logs.mkdir()
    token = client.auth.header(client.http)["Authorization"].split(" ", 1)[1]
    (logs / "ror-referent.log").write_text(f"GET /fhir/metadata Authorization: Bearer {token}\n"
                                           f"login password={PW}\nappel de {PHONE}\n", encoding="utf-8")
    monkeypatch.setenv("ROR_REFERENT_LOG_DIR", str(logs))
    ws.settings.set("server_ca_bundle", "/etc/ssl/ror.pem")
    ws.settings.set("proxy_url", f"http://jean:{PW}@127.0.0.1:3128/")
    ws.settings.set("api_token", "x" * 12)
    ws.journal.log("sync", "réponse inattendue", {"headers": {"Authorization": f"Bearer {token}"}})
    bundle = tmp_path / "plain.zip"
    make_bundle(ws.path, bundle)
    content = members(bundle)
    assert "logs/ror-referent.log" in content
    for secret in _secrets(client, kr) + ["x" * 12]:
        for name, data in content.items():
            assert secret.encode() not in data, f"a secret is in {name}"
    assert PHONE.encode() in content["logs/ror-referent.log"], "not pseudonymised: the log is kept as it was"
    opened = open_bundle(bundle, tmp_path / "opened")
    with Workspace.open(opened.workspace) as copy:
        assert PERSON_A in contact_values(copy.fiches.get(first.id))[0]
        assert EMAIL in contact_values(copy.fiches.get(first.id))[0]
        assert copy.settings.get("proxy_url") == "http://127.0.0.1:3128/"
        assert copy.settings.get("api_token") is None
        assert copy.settings.get("server_ca_bundle") == "/etc/ssl/ror.pem"
        assert copy.settings.get("server_user") == "demo"
        assert copy.settings.get("server_url") is None, "the copy is cut from the user's server"
    assert PERSON_B  # the second person's fiche is covered by the pseudonymised test


def test_the_copy_holds_committed_work_only(ws, tmp_path):
    """A transaction still open in the app is not in the bundle; once committed, it is."""
    with ws.batch():
        ws.journal.log("test", "pas encore validé")
        make_bundle(ws.path, tmp_path / "during.zip")
    make_bundle(ws.path, tmp_path / "after.zip")
    during = json.loads(members(tmp_path / "during.zip")["journal.json"])
    after = json.loads(members(tmp_path / "after.zip")["journal.json"])
    assert "pas encore validé" not in [e["message"] for e in during]
    assert "pas encore validé" in [e["message"] for e in after]
    assert not Path(str(ws.path) + "-journal").exists()


def test_the_command_line_writes_a_bundle_and_refuses_a_missing_workspace(ws, tmp_path):
    exe = Path(sys.executable).parent / "ror-referent"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "out" / "bundle.zip"
    done = subprocess.run([str(exe), "support-bundle", "--workspace", str(ws.path), "--out", str(out),
                           "--pseudonymise"], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout and out.is_file()
    assert not [p for p in out.parent.iterdir() if p != out], "no temporary file left beside the bundle"
    missing = subprocess.run([str(exe), "support-bundle", "--workspace", str(tmp_path / "absent.sqlite"),
                              "--out", str(tmp_path / "x.zip")], capture_output=True, text=True, env=env,
                             timeout=300)
    assert missing.returncode == 2
    assert missing.stderr.startswith("ror-referent: ") and "Traceback" not in missing.stderr
    assert not (tmp_path / "x.zip").exists()


def test_the_apps_log_file_goes_into_the_bundle(ws, tmp_path, monkeypatch):
    import logging

    from app.models.support.environment import start_file_log

    monkeypatch.setenv("ROR_REFERENT_LOG_DIR", str(tmp_path / "journaux"))
    path = start_file_log()
    try:
        assert path == tmp_path / "journaux" / "ror-referent.log"
        assert start_file_log() == path, "one handler per process"
        logging.getLogger("app.views.sync_controller").warning("serveur injoignable (essai 3)")
        bundle = tmp_path / "b.zip"
        make_bundle(ws.path, bundle)
        assert b"serveur injoignable (essai 3)" in members(bundle)["logs/ror-referent.log"]
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "ror_referent", False)]:
            root.removeHandler(handler)
            handler.close()


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_pseudonymised_contacts_are_gone_from_every_table_the_published_base_included(ws, tmp_path):
    """The demo's heads of units have phones: in the fiches and in the last published state the diff compares
    with, the values a pseudonymised bundle replaces are nowhere in it."""
    assert ws.published.get(next(r.id for r in ws.nodes.all() if r.kind == "UO" and r.server_id)) is not None
    bundle = tmp_path / "support.zip"
    make_bundle(ws.path, bundle, pseudonymise=True)
    opened = open_bundle(bundle, tmp_path / "opened")
    replaced: set[str] = set()
    with Workspace.open(opened.workspace) as copy:
        for row in ws.nodes.all():
            mine, theirs = _strings(ws.fiches.get(row.id).answers), _strings(copy.fiches.get(row.id).answers)
            replaced |= {a for a, b in zip(mine, theirs, strict=True) if a != b}
    assert replaced, "the demo has personal contact data"
    data = members(bundle)["workspace.sqlite"]
    for value in replaced:
        assert value.encode() not in data, f"{value!r} is still in the workspace copy"
