"""The sync engine end to end against a real sandbox on 127.0.0.1: offline edits, dossiers, conflicts, faults."""
from __future__ import annotations

import json

import pytest

from app.models.kinds import Kind
from app.models.store import Workspace
from app.sync import engine_resources as res
from app.sync.session import open_session
from sandbox.server import SandboxThread
from tests.sync_support import SandboxProcess, demo_with_seed

PW = "pw-engine-7c1e"


@pytest.fixture
def demo(tmp_path):
    """The small demo group, and a Bundle of it (its published state) to seed a server with."""
    ws, seed = demo_with_seed(tmp_path)
    yield ws, seed
    ws.close()


@pytest.fixture
def server(tmp_path, demo):
    # the sandbox checks every incoming resource with the app's own ROR profile check
    with SandboxThread(tmp_path / "srv", password=PW, seed=demo[1]) as running:
        yield running


@pytest.fixture
def pulled(tmp_path, server, kr):
    """A new workspace made by a first sync from the seeded server, with its engine."""
    ws = Workspace.open(tmp_path / "ws.sqlite", create=True)
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW)
    report = engine.run()
    assert report.ok and report.pulled > 0
    yield ws, engine
    client.close()
    ws.close()


def _uos(ws, eg_name=None):
    rows = ws.nodes.all()
    if eg_name is None:
        return [r for r in rows if r.kind == Kind.UO]
    eg = next(r for r in rows if r.name == eg_name)
    under = {eg.id}
    for r in rows:
        if r.parent_id in under:
            under.add(r.id)
    return [r for r in rows if r.id in under and r.kind == Kind.UO]


def _edit(ws, node_id: int, text: str) -> None:
    """A content edit of a published fiche: a new HealthcareService.comment on the stored resource."""
    fiche = ws.fiches.get(node_id)
    ws.fiches.save(node_id, fiche.answers, resource={**(fiche.resource or {}), "comment": text})


def _server_comment(server, node) -> str | None:
    return server.store.read(res.server_type(node.kind), node.server_id).content.get("comment")


def test_first_sync_pulls_the_published_tree_and_a_second_does_nothing(pulled, demo):
    ws, engine = pulled
    assert ws.nodes.stats()["nodes"] == demo[0].nodes.stats()["nodes"]
    again = engine.run()
    assert again.ok and again.pulled == 0 and again.pushed == 0
    assert ws.outbox.count() == 0


def test_edits_made_while_the_server_is_stopped_arrive_after_restart(tmp_path, demo, kr):
    proc = SandboxProcess(tmp_path / "srvp", PW, "--seed", str(demo[1])).start()
    try:
        ws = Workspace.open(tmp_path / "ws.sqlite", create=True)
        engine, client = open_session(ws, proc.base_url, "demo", ask=lambda: PW)
        assert engine.run().ok
        proc.stop()
        uo = _uos(ws)[0]
        _edit(ws, uo.id, "saisi sans réseau")
        offline = engine.run()
        assert offline.offline and not offline.ok and ws.outbox.count() == 1
        proc.start()
        back = engine.run()
        assert back.ok and back.pushed == 1 and ws.outbox.count() == 0
        node = ws.nodes.get(uo.id)
        assert not node.dirty
        assert client.read("HealthcareService", node.server_id).resource["comment"] == "saisi sans réseau"
        client.close()
        ws.close()
    finally:
        proc.stop()


def _open_dossier_with_new_uo(ws, eg_name="IME Le Moulin"):
    eg = next(r for r in ws.nodes.all() if r.name == eg_name)
    created = ws.nodes.duplicate(_uos(ws, eg_name)[0].id)  # a new unit with complete content
    new_id = next(iter(created.inserted))
    for uo in _uos(ws, eg_name):
        ws.fiches.finalise(uo.id, problems=0)
    return eg, new_id


def test_send_a_dossier_validate_it_and_see_it_published(pulled, server):
    ws, engine = pulled
    eg, new_id = _open_dossier_with_new_uo(ws)
    report = engine.send(eg.id)
    assert report.ok and len(report.sent) == 1
    d = ws.dossiers.of(eg.id)
    assert d.state == "in_validation" and d.task_id == report.sent[0]
    assert ws.outbox.count() == 0
    resent = engine.run()  # replaying is harmless: nothing new on the server
    assert resent.ok and server.store.counts()["Task"] == 1
    proc = SandboxProcess(server.store.path.parent, PW)
    proc.validate(d.task_id, "--accept")
    after = engine.run()
    assert after.ok and after.published == 1
    assert ws.dossiers.of(eg.id).state == "published"
    node = ws.nodes.get(new_id)
    assert node.server_id and not node.dirty
    on_server = server.store.read("HealthcareService", node.server_id)
    assert on_server.content["name"] == node.name
    assert engine.run().pulled == 0, "in step after the pull that followed publication"


def test_a_rejected_dossier_comes_back_with_the_comments_on_the_fiches(pulled, server):
    ws, engine = pulled
    eg, new_id = _open_dossier_with_new_uo(ws)
    report = engine.send(eg.id)
    d = ws.dossiers.of(eg.id)
    uid = ws.nodes.get(new_id).uid
    other = _uos(ws, "IME Le Moulin")[0]
    SandboxProcess(server.store.path.parent, PW).validate(
        d.task_id, "--reject", "Dossier incomplet", "--note", f"urn:uuid:{uid}", "Préciser la capacité",
        "--note", f"HealthcareService/{other.server_id}", "Horaires manquants")
    back = engine.run()
    assert report.ok and back.ok and back.rejected == 1
    d = ws.dossiers.of(eg.id)
    assert d.state == "rejected" and d.comments["comment"] == "Dossier incomplet"
    assert ws.nodes.get(new_id).comment == "Préciser la capacité"
    assert ws.nodes.get(other.id).comment == "Horaires manquants"
    # Editable again: a change goes into the same dossier, which can be sent again.
    ws.nodes.rename(new_id, "Unité Accueil Temporaire Enfants")
    again = engine.send(eg.id)
    assert again.ok and len(again.sent) == 1 and again.sent[0] != d.task_id


def test_a_concurrent_edit_gives_a_conflict_that_resolve_settles(pulled, server):
    ws, engine = pulled
    uo = _uos(ws)[1]
    root = server.base_url.rsplit("/fhir", 1)[0]
    with server.client() as admin:
        admin.post(f"{root}/admin/edit/HealthcareService/{uo.server_id}", json={"set": {"name": "Nom du serveur"}})
    _edit(ws, uo.id, "ma saisie")
    report = engine.run()
    assert report.conflicts == 1 and ws.nodes.get(uo.id).conflict
    assert ws.outbox.count() == 0  # parked with the conflict, not retried blindly
    on_server = server.store.read("HealthcareService", uo.server_id).content
    assert on_server["name"] == "Nom du serveur" and "ma saisie" not in json.dumps(on_server)
    (conflict,) = engine.conflicts()
    fields = {f.field for f in conflict.fields}
    assert {"name", "comment"} <= fields
    settled = engine.resolve(uo.id, {"name": "theirs", "comment": "mine"})
    assert settled.ok and settled.pushed == 1 and settled.conflicts == 0
    node = ws.nodes.get(uo.id)
    assert not node.conflict and node.name == "Nom du serveur"
    on_server = server.store.read("HealthcareService", uo.server_id).content
    assert on_server["name"] == "Nom du serveur" and "ma saisie" in json.dumps(on_server)
    assert engine.conflicts() == []


def test_with_faults_at_30_percent_a_full_sync_converges(tmp_path, server, kr, demo):
    ws = Workspace.open(tmp_path / "ws.sqlite", create=True)
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW)
    assert engine.run().ok
    # fiches that are complete in the published state (the server rightly refuses an update of an incomplete one)
    complete = {r.uid for r in demo[0].nodes.all() if r.kind == "UO" and r.problems == 0 and r.server_id}
    edited = [uo for uo in _uos(ws) if uo.server_id in complete][:12]
    for i, uo in enumerate(edited):
        _edit(ws, uo.id, f"fault-test {i}")
    eg, new_id = _open_dossier_with_new_uo(ws)
    ws.dossiers.send(eg.id)
    server.sandbox.faults.rate = 0.3
    for _ in range(12):
        report = engine.run()
        if report.ok and ws.outbox.count() == 0:
            break
    task_id = ws.dossiers.of(eg.id).task_id
    assert report.ok and task_id and server.store.counts()["Task"] == 1
    SandboxProcess(server.store.path.parent, PW).validate(task_id, "--accept")
    for _ in range(12):
        report = engine.run()
        if report.ok and report.published:
            break
    server.sandbox.faults.rate = 0.0
    assert report.ok and ws.outbox.count() == 0 and report.conflicts == 0
    assert ws.dossiers.of(eg.id).state == "published"
    want = demo[0].nodes.stats()["nodes"]["UO"] + 1
    assert server.store.counts()["HealthcareService"] == want, "no duplicate on the server"
    for i, uo in enumerate(edited):
        node = ws.nodes.get(uo.id)
        assert not node.dirty
        assert _server_comment(server, node) == f"fault-test {i}", "no local edit lost"
    assert ws.nodes.get(new_id).server_id
    assert ws.nodes.stats()["nodes"]["UO"] == want
    client.close()
    ws.close()


def test_no_secret_in_the_workspace_files_after_a_sync(pulled, tmp_path, kr):
    ws, engine = pulled
    uo = _uos(ws)[0]
    _edit(ws, uo.id, "y")
    assert engine.run().ok
    access = engine.client.auth._access
    refresh = next(v for k, v in kr.store.items() if k[1].endswith("#refresh"))
    assert access and refresh
    journal = json.dumps(ws.journal.recent(limit=10_000), ensure_ascii=False)
    assert "/fhir/HealthcareService" in journal
    for f in list(tmp_path.glob("ws.sqlite*")):
        data = f.read_bytes()
        for secret in (PW, access, refresh, "Bearer"):
            assert secret.encode() not in data, f"{secret[:6]}... found in {f.name}"
    for secret in (PW, access, refresh, "Bearer"):
        assert secret not in journal


def test_a_dossier_the_server_refuses_goes_back_to_the_referents(tmp_path, demo, kr):
    def checker(resource):
        return ["Nom interdit"] if resource.get("name") == "Interdit" else []

    with SandboxThread(tmp_path / "srv2", password=PW, seed=demo[1], checker=checker) as server:
        ws = Workspace.open(tmp_path / "ws2.sqlite", create=True)
        engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW)
        assert engine.run().ok
        eg, new_id = _open_dossier_with_new_uo(ws)
        ws.nodes.rename(new_id, "Interdit")
        report = engine.send(eg.id)
        assert not report.ok and "Nom interdit" in report.errors[0]
        d = ws.dossiers.of(eg.id)
        assert d.state == "open" and d.comments["fields"]
        assert server.store.counts()["Task"] == 0
        ws.nodes.rename(new_id, "Unité Accueil Temporaire")
        assert engine.send(eg.id).ok
        client.close()
        ws.close()


def test_a_pulled_fiche_our_checks_find_incomplete_arrives_with_its_problems_never_green(pulled, server):
    ws, engine = pulled
    uo = next(r for r in _uos(ws) if r.problems == 0 and r.status == "finalised")
    full = server.store.read("HealthcareService", uo.server_id).content
    # someone else publishes the unit stripped of everything but where it sits and its name
    bare = {k: v for k, v in full.items() if k in ("resourceType", "id", "identifier", "name", "providedBy",
                                                    "location")}
    server.store.write("HealthcareService", uo.server_id, bare)
    report = engine.run()
    assert report.ok and uo.id in report.changes.updated
    row = ws.nodes.get(uo.id)
    assert row.problems > 0 and row.status != "finalised"
