"""The last published state, the yearly confirmation and a dossier's withdrawal against a real sandbox on
127.0.0.1."""
from __future__ import annotations

import pytest

from app.models.kinds import Kind
from app.models.rules import RuleError
from tests.sync_support import SandboxProcess, pulled_workspace, seeded_sandbox, uos_under

PW = "pw-dossier-4d2a"


@pytest.fixture
def server(tmp_path):
    with seeded_sandbox(tmp_path, PW) as running:
        yield running


@pytest.fixture
def pulled(tmp_path, server, kr):
    with pulled_workspace(tmp_path, server.base_url, PW) as both:
        yield both


def _eg(ws, name):
    return next(r for r in ws.nodes.all() if r.kind == Kind.EG and r.name == name)


def test_a_pull_records_what_is_published_so_nothing_differs(pulled, server):
    ws, _engine = pulled
    eg = _eg(ws, "IME Le Moulin")
    rows = ws.published.of_structure(eg.id)
    assert {r.node_id for r in rows} >= {eg.id, *(u.id for u in uos_under(ws, eg.id))}
    on_server = server.store.read("Organization", eg.server_id).content["meta"]["lastUpdated"]
    assert ws.published.dates()[eg.id][:19] == on_server[:19]
    assert ws.published.diff(eg.id).units == []


def test_confirm_without_change_reaches_the_sandbox_as_an_update(pulled, server):
    ws, engine = pulled
    eg = _eg(ws, "IME Le Moulin")
    before = server.store.read("Organization", eg.server_id)
    changes = ws.published.confirm(eg.id)
    assert changes.outbox and ws.outbox.count() == 1
    assert ws.outbox.pending()[0].op == "confirm"
    report = engine.run()
    assert report.ok and report.pushed == 1 and ws.outbox.count() == 0, report.errors
    after = server.store.read("Organization", eg.server_id)
    assert int(after.version) == int(before.version) + 1
    assert after.content["meta"]["lastUpdated"] > before.content["meta"]["lastUpdated"]
    assert after.content["name"] == before.content["name"]
    assert ws.published.dates()[eg.id] >= ws.published.get(eg.id).confirmed_at[:10]


def test_confirm_is_refused_while_changes_wait(pulled):
    ws, _engine = pulled
    eg = _eg(ws, "IME Le Moulin")
    ws.nodes.rename(uos_under(ws, eg.id)[0].id, "Unité Renommée Pour Le Test")
    with pytest.raises(RuleError) as refused:
        ws.published.confirm(eg.id)
    assert refused.value.key == "yearly-changes-waiting"


def test_withdraw_a_dossier_in_validation_cancels_its_task(pulled, server):
    ws, engine = pulled
    eg = _eg(ws, "IME Le Moulin")
    ws.nodes.duplicate(uos_under(ws, eg.id)[0].id)
    for uo in uos_under(ws, eg.id):
        ws.fiches.finalise(uo.id, problems=0)
    report = engine.send(eg.id)
    assert report.ok and ws.dossiers.of(eg.id).state == "in_validation"
    task_id = ws.dossiers.of(eg.id).task_id
    ws.dossiers.withdraw(eg.id)
    assert ws.outbox.pending()[-1].op == "withdraw"
    assert ws.dossiers.summaries()[0].withdrawing or any(s.withdrawing for s in ws.dossiers.summaries())
    assert engine.run().ok
    assert server.store.read("Task", task_id).content["status"] == "cancelled"
    assert ws.dossiers.of(eg.id).state == "open" and ws.outbox.count() == 0
    proc = SandboxProcess(server.store.path.parent, PW)
    with pytest.raises(AssertionError):  # the validator can no longer accept it
        proc.validate(task_id, "--accept")


def test_a_published_dossier_becomes_the_new_base(pulled, server):
    ws, engine = pulled
    eg = _eg(ws, "IME Le Moulin")
    created = ws.nodes.duplicate(uos_under(ws, eg.id)[0].id)
    new_id = next(iter(created.inserted))
    for uo in uos_under(ws, eg.id):
        ws.fiches.finalise(uo.id, problems=0)
    assert [u.changes for u in ws.published.diff(eg.id).units if u.node_id == new_id] == [("created",)]
    assert engine.send(eg.id).ok
    SandboxProcess(server.store.path.parent, PW).validate(ws.dossiers.of(eg.id).task_id, "--accept")
    assert engine.run().published == 1
    assert ws.published.get(new_id) is not None
    assert ws.published.diff(eg.id).units == []
