"""A dossier is published only on what the server holds, against a real sandbox on 127.0.0.1: a Task completed
without the outputs (or without the content), a Task deleted on the server, and a resource changed or deleted
on the server between the sending and the validation (a conflict, never an overwrite)."""
from __future__ import annotations

import pytest

from app.models.kinds import Kind
from app.sync import engine_resources as res
from app.sync.fhir_systems import NODE_UID_SYSTEM
from sandbox.workflow import BundleConflict, accept, apply_bundle
from tests.sync_support import pulled_workspace, seeded_sandbox, uos_under

PW = "pw-grounded-5e1b"
EG_NAME = "IME Le Moulin"
HS = "HealthcareService"


@pytest.fixture
def server(tmp_path):
    with seeded_sandbox(tmp_path, PW) as running:
        yield running


@pytest.fixture
def pulled(tmp_path, server, kr):
    with pulled_workspace(tmp_path, server.base_url, PW) as both:
        yield both


def _sent(ws, engine, edit_existing: bool = False):
    """A dossier on the EG with a new unit (and, asked, an edit of a published unit carried into it), sent:
    (eg, new unit id, edited unit or None, task id)."""
    eg = next(r for r in ws.nodes.all() if r.kind == Kind.EG and r.name == EG_NAME)
    first = uos_under(ws, eg.id)[0]
    new_id = next(iter(ws.nodes.duplicate(first.id).inserted))
    edited = None
    if edit_existing:
        edited = uos_under(ws, eg.id)[1]
        fiche = ws.fiches.get(edited.id)
        ws.fiches.save(edited.id, fiche.answers, resource={**(fiche.resource or {}), "comment": "dans le dossier"},
                       in_dossier=True)
    for uo in uos_under(ws, eg.id):
        ws.fiches.finalise(uo.id, problems=0)
    report = engine.send(eg.id)
    d = ws.dossiers.of(eg.id)
    assert report.ok and d.state == "in_validation", report.errors
    return eg, new_id, edited, d.task_id


def _complete_without_outputs(server, task_id):
    """What an independent server's validator does: the Task completed, no output, the Bundle not applied."""
    task = server.store.read("Task", task_id).content
    server.store.write("Task", task_id, {**task, "status": "completed"})


def _on_server(server, uid):
    where = [r for r in server.store.query("SELECT id, content FROM resource WHERE type = ? AND deleted = 0", (HS,))
             if f'"{NODE_UID_SYSTEM}"' in r[1] and f'"{uid}"' in r[1]]
    return [r[0] for r in where]


def test_a_task_completed_without_outputs_or_content_reopens_the_dossier(pulled, server):
    ws, engine = pulled
    eg, new_id, _edited, task_id = _sent(ws, engine)
    _complete_without_outputs(server, task_id)
    report = engine.run()
    d = ws.dossiers.of(eg.id)
    assert d.state == "open" and report.published == 0
    assert d.comments["key"] == "dossier-not-on-server"
    assert any("n'y sont pas telles qu'envoyées" in e and EG_NAME in e for e in report.errors), report.errors
    node = ws.nodes.get(new_id)
    assert node.server_id is None and node.dirty, "the new unit keeps its change, nothing pretends it is there"
    assert ws.outbox.count() >= 1 and all(e.state == "pending" for e in ws.outbox.pending())
    assert _on_server(server, node.uid) == []
    # nothing else is blocked, and the dossier can be sent again: validated, it is published once
    assert engine.run().ok
    again = engine.send(eg.id)
    assert again.ok and len(again.sent) == 1 and again.sent[0] != task_id
    accept(server.store, again.sent[0])
    done = engine.run()
    assert done.ok and done.published == 1 and ws.dossiers.of(eg.id).state == "published"
    node = ws.nodes.get(new_id)
    assert node.server_id and not node.dirty and _on_server(server, node.uid) == [node.server_id]
    assert ws.outbox.count() == 0


def test_a_task_completed_without_outputs_is_published_when_the_server_holds_the_content(pulled, server):
    ws, engine = pulled
    eg, new_id, edited, task_id = _sent(ws, engine, edit_existing=True)
    bundle = server.store.read("Bundle", ws.dossiers.of(eg.id).bundle_id).content
    apply_bundle(server.store, bundle)
    _complete_without_outputs(server, task_id)
    report = engine.run()
    assert report.ok and report.published == 1, report.errors
    assert ws.dossiers.of(eg.id).state == "published"
    node = ws.nodes.get(new_id)
    assert node.server_id and _on_server(server, node.uid) == [node.server_id], "found by its client identifier"
    assert not ws.nodes.get(edited.id).dirty
    assert server.store.read(HS, edited.server_id).content["comment"] == "dans le dossier"


def test_a_task_deleted_on_the_server_reopens_the_dossier_and_blocks_nothing(pulled, server):
    ws, engine = pulled
    eg, new_id, _edited, task_id = _sent(ws, engine)
    server.store.write("Task", task_id, None, deleted=True)
    report = engine.run()
    d = ws.dossiers.of(eg.id)
    assert d.state == "open" and d.comments["key"] == "dossier-task-gone"
    assert any("n'existe plus sur le serveur" in e for e in report.errors), report.errors
    assert ws.nodes.get(new_id).dirty and ws.nodes.get(new_id).server_id is None
    # later syncs pull and push as usual
    other_eg = next(r for r in ws.nodes.all() if r.kind == Kind.EG and r.name != EG_NAME)
    mine, theirs = uos_under(ws, other_eg.id)[:2]
    fiche = ws.fiches.get(mine.id)
    ws.fiches.save(mine.id, fiche.answers, resource={**(fiche.resource or {}), "comment": "après la tâche perdue"},
                   in_dossier=False)
    root = server.base_url.rsplit("/fhir", 1)[0]
    with server.client() as admin:
        admin.post(f"{root}/admin/edit/{HS}/{theirs.server_id}", json={"set": {"name": "Renommé sur le serveur"}})
    after = engine.run()
    assert after.ok and after.pushed == 1 and after.pulled >= 1, after.errors
    assert server.store.read(HS, mine.server_id).content["comment"] == "après la tâche perdue"
    assert ws.nodes.get(theirs.id).name == "Renommé sur le serveur"
    assert engine.run().ok


def test_a_server_change_between_sending_and_validation_becomes_a_conflict(pulled, server):
    ws, engine = pulled
    eg, new_id, edited, task_id = _sent(ws, engine, edit_existing=True)
    entry = next(e for e in server.store.read("Bundle", ws.dossiers.of(eg.id).bundle_id).content["entry"]
                 if e.get("fullUrl") == f"{HS}/{edited.server_id}")
    assert entry["request"]["ifMatch"].startswith('W/"'), "the entry carries the version it was based on"
    root = server.base_url.rsplit("/fhir", 1)[0]
    with server.client() as admin:
        admin.post(f"{root}/admin/edit/{HS}/{edited.server_id}", json={"set": {"name": "Nom du serveur"}})
    failed = accept(server.store, task_id)
    assert failed["status"] == "failed"  # the whole Bundle refused: nothing applied
    assert _on_server(server, ws.nodes.get(new_id).uid) == []
    report = engine.run()
    kept = server.store.read(HS, edited.server_id).content
    assert kept["name"] == "Nom du serveur" and kept.get("comment") != "dans le dossier", "never overwritten"
    d = ws.dossiers.of(eg.id)
    assert d.state == "open" and d.comments["key"] == "dossier-server-changed"
    assert report.conflicts == 1 and ws.conflicts.of(edited.id).reason == "changed"
    assert ws.conflicts.of(edited.id).resource["name"] == "Nom du serveur"
    assert ws.nodes.get(new_id).dirty


def test_a_dossier_update_of_a_resource_deleted_on_the_server_does_not_bring_it_back(pulled, server):
    ws, engine = pulled
    eg, _new_id, edited, task_id = _sent(ws, engine, edit_existing=True)
    server.store.write(HS, edited.server_id, None, deleted=True)
    assert accept(server.store, task_id)["status"] == "failed"
    assert server.store.read(HS, edited.server_id).deleted, "not brought back"
    engine.run()
    assert ws.dossiers.of(eg.id).state == "open"
    assert ws.conflicts.of(edited.id).reason == "deleted"


def test_the_sandbox_applies_a_dossier_bundle_as_a_transaction(pulled, server):
    ws, engine = pulled
    eg, new_id, edited, _task_id = _sent(ws, engine, edit_existing=True)
    bundle = server.store.read("Bundle", ws.dossiers.of(eg.id).bundle_id).content
    first = apply_bundle(server.store, bundle)
    uid = ws.nodes.get(new_id).uid
    with pytest.raises(BundleConflict) as refused:  # the update's ifMatch names a version that is no more
        apply_bundle(server.store, bundle)
    assert refused.value.ref == f"{HS}/{edited.server_id}"
    creates = {**bundle, "entry": [e for e in bundle["entry"] if "ifNoneExist" in e["request"]]}
    assert apply_bundle(server.store, creates) == first  # ifNoneExist: found again, not created twice
    assert len(_on_server(server, uid)) == 1
    assert res.uid_condition(uid) in [e["request"]["ifNoneExist"] for e in creates["entry"]]


def test_a_partly_applied_dossier_is_sent_again_on_the_versions_the_server_holds(pulled, server):
    ws, engine = pulled
    eg, new_id, edited, task_id = _sent(ws, engine, edit_existing=True)
    bundle = server.store.read("Bundle", ws.dossiers.of(eg.id).bundle_id).content
    mine = next(e["resource"] for e in bundle["entry"] if e.get("fullUrl") == f"{HS}/{edited.server_id}")
    server.store.write(HS, edited.server_id, mine)  # only the edit reached the server
    _complete_without_outputs(server, task_id)
    report = engine.run()
    d = ws.dossiers.of(eg.id)
    assert d.state == "open" and d.comments["key"] == "dossier-not-on-server"
    assert ws.nodes.get(new_id).name in d.comments["comment"] and edited.name not in d.comments["comment"]
    assert ws.conflicts.nodes() == [] and report.conflicts == 0, "its own change is no conflict"
    again = engine.send(eg.id)
    assert again.ok, again.errors
    assert accept(server.store, again.sent[0])["status"] == "completed", "based on the version the server holds"
    done = engine.run()
    assert done.ok and done.published == 1 and ws.dossiers.of(eg.id).state == "published"


def test_withdrawing_a_dossier_whose_task_is_gone_opens_it(pulled, server):
    ws, engine = pulled
    eg, new_id, _edited, task_id = _sent(ws, engine)
    server.store.write("Task", task_id, None, deleted=True)
    ws.dossiers.withdraw(eg.id)
    report = engine.run()
    assert report.ok, report.errors
    assert ws.dossiers.of(eg.id).state == "open" and ws.nodes.get(new_id).dirty
    assert not [e for e in ws.outbox.pending() if e.op == "withdraw"]
