"""Lits et places in bulk: a push sends its chunks back to back and writes each while the next is on the wire;
the sandbox commits PATCHes arriving together in one transaction, each in its own savepoint; the group's
rows read the form only for units with nothing typed, and its 30 days read stamps of any offset."""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import httpx
import pytest

from app.models import capacities as C
from app.models.capacity_fhir import extension, figures_of
from app.models.capacity_form import with_group
from app.models.changes import Changes
from app.models.kinds import Kind
from app.models.pulled import Ack
from app.models.store import Workspace
from app.sync import engine_capacities
from app.sync.client import RetryPolicy, SyncError
from app.sync.session import open_session
from sandbox import patch_route
from sandbox.outcome import FhirError
from sandbox.server import SandboxThread
from tests.capacity_support import location_for, published_units
from tests.sync_support import memory_keyring

PW = "pw-capacity-batches-51c0"


@pytest.fixture
def server(tmp_path):
    memory_keyring()
    with SandboxThread(tmp_path / "srv", password=PW) as running:
        yield running


@pytest.fixture
def ws(tmp_path):
    w = Workspace.open(tmp_path / "ws.sqlite", create=True)
    yield w
    w.close()


def _client(ws, server):
    _engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW,
                                   retry=RetryPolicy(attempts=2, total=3, base=0.05, cap=0.1))
    return client


def _typed(ws, uos):
    for i, nid in enumerate(uos):
        ws.capacities.set(nid, C.LIT, C.COURANT, {C.INSTALLES: 30, C.DISPONIBLES: i % 10, C.OCCUPES: 20})


def test_a_chunked_push_sends_every_unit_and_writes_every_chunk(ws, server):
    _eg, uos = published_units(ws, server.store, 7)
    _typed(ws, uos)
    assert ws.capacities.waiting_units() == uos
    seen: list[tuple[int, int]] = []
    client = _client(ws, server)
    try:
        changes = Changes()
        done = engine_capacities.push(ws, client, changes, pool=3, chunk=2,
                                      progress=lambda _what, n, total: seen.append((n, total)))
    finally:
        client.close()
    assert [o.kind for o in done] == ["ack"] * 7 and changes.capacities == set(uos)
    assert seen == [(2, 7), (4, 7), (6, 7), (7, 7)]
    assert ws.capacities.waiting_units() == []
    for i, nid in enumerate(uos):
        assert ws.capacities.row(nid, C.LIT).sync_state == C.SYNCED
        theirs = figures_of(server.store.read("Location", f"loc-690000017-{i}").content)
        assert theirs[(C.LIT, "", C.COURANT)].counts == {C.INSTALLES: 30, C.DISPONIBLES: i % 10, C.OCCUPES: 20}


def test_a_server_lost_midway_keeps_every_unit_either_sent_or_waiting(ws, server):
    _eg, uos = published_units(ws, server.store, 12)
    _typed(ws, uos)
    done: list = []

    def progress(_what, n, _total):
        if n == 2:  # the first chunk is written: the server goes away while the next one is on the wire
            server.sandbox.faults.rate, server.sandbox.faults.kinds = 1.0, ("drop",)

    client = _client(ws, server)
    try:
        with pytest.raises(SyncError):
            engine_capacities.push(ws, client, Changes(), pool=2, chunk=2, progress=progress, done=done)
    finally:
        client.close()
        server.sandbox.faults.rate = 0.0
    sent = {o.node_id for o in done if o.kind == "ack"}
    assert set(uos[:2]) <= sent and len(done) < len(uos)  # the chunks after the failing one never left
    waiting = set(ws.capacities.waiting_units())
    assert sent.isdisjoint(waiting) and sent | waiting == set(uos)
    for i, nid in enumerate(uos):
        row = ws.capacities.row(nid, C.LIT)
        assert row.sync_state == (C.SYNCED if nid in sent else C.PENDING)
        if nid in sent:
            theirs = figures_of(server.store.read("Location", f"loc-690000017-{i}").content)
            assert theirs[(C.LIT, "", C.COURANT)].counts[C.DISPONIBLES] == i % 10


def test_patches_committed_together_refuse_one_without_the_others(server):
    store = server.store
    for rid in ("a", "b", "c"):
        store.write("Location", rid, location_for(rid))

    def job(rid, fail=False):
        def run():
            row = store.write("Location", rid, {**location_for(rid), "name": rid + " 2"})
            if fail:
                raise FhirError(422, "refusé après écriture", "processing")
            return row
        return run

    async def together():
        return await asyncio.gather(*(patch_route._committed(store, j) for j in
                                      (job("a"), job("b", fail=True), job("c"))), return_exceptions=True)

    commits: list[str] = []
    store.db.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    try:
        a, b, c = asyncio.run(together())
    finally:
        store.db.set_trace_callback(None)
    assert commits == ["COMMIT"]  # one transaction, one fsync, for the three
    assert isinstance(b, FhirError) and b.status == 422
    assert (a.version, c.version) == (2, 2)
    assert store.read("Location", "b").version == 1 and store.read("Location", "b").content["name"] == "b"
    assert store.read("Location", "c").content["name"] == "c 2"


def test_concurrent_patches_over_http_each_get_their_own_answer(server):
    for i in range(8):
        server.store.write("Location", f"p{i}", location_for(f"P{i}"))
    ops = [{"op": "replace", "path": "/name", "value": "nouveau"}]

    def patch(i):
        with server.client() as http:
            return http.patch(f"/Location/p{i}", json=ops, headers={
                "Content-Type": "application/json-patch+json", "If-Match": 'W/"9"' if i == 3 else 'W/"1"'})

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(patch, range(8)))
    assert [a.status_code for a in answers] == [200, 200, 200, 412, 200, 200, 200, 200]
    assert all(a.json()["meta"]["versionId"] == "2" for i, a in enumerate(answers) if i != 3)
    assert server.store.read("Location", "p3").content["name"] == "P3"
    assert {server.store.read("Location", f"p{i}").content["name"] for i in range(8) if i != 3} == {"nouveau"}
    assert isinstance(answers[3], httpx.Response) and answers[3].headers["ETag"] == 'W/"1"'


def _unit(ws, name="Unité"):
    ej = ws.nodes.create(None, Kind.EJ, ["CH"], finess="010780054").inserted.pop()
    eg = ws.nodes.create(ej, Kind.EG, ["Hôpital"], finess="010000024", domaine="sanitaire",
                         departement="01").inserted.pop()
    return eg, ws.nodes.create(eg, Kind.UO, [name]).inserted.pop()


def test_the_form_stands_for_a_unit_until_figures_are_typed_and_the_location_always_shows(ws):
    eg, nid = _unit(ws)
    answers = with_group({}, C.PLACE, C.COURANT, {C.INSTALLES: 6}, C.SAISIE_MANUELLE)
    ws.fiches.save(nid, answers)
    assert [(r.nature, dict(r.counts)) for r in ws.capacities.rows([eg])] == [(C.PLACE, {C.INSTALLES: 6})]
    ws.capacities.set(nid, C.LIT, C.COURANT, {C.INSTALLES: 10})
    # figures typed: the unit's rows are its typed figures (and its Location's), no longer the form's others
    assert [(r.nature, dict(r.counts)) for r in ws.capacities.rows([eg])] == [(C.LIT, {C.INSTALLES: 10})]
    stamp = "2026-11-20T08:00:00.000+00:00"
    location = {**location_for("U"), "id": "l1", "meta": {"versionId": "3"}, "extension": [
        extension(C.PLACE, C.INSTALLES, C.PREVISIONNEL_24H, 4, updated_at=stamp, source=C.BED_MANAGEMENT)]}
    ws.server.in_step([Ack(node_id=nid, server_id=None, version=None, resource=None, stamp=None,
                           location=location)], [])
    rows = ws.capacities.rows([eg])
    assert [(r.nature, r.temporality, dict(r.counts), r.source) for r in rows] == [
        (C.LIT, C.COURANT, {C.INSTALLES: 10}, C.SAISIE_MANUELLE),
        (C.PLACE, C.PREVISIONNEL_24H, {C.INSTALLES: 4}, C.BED_MANAGEMENT)]
    assert rows == ws.capacities.rows()  # the group's read (every EG) gives the same rows


def test_the_thirty_days_read_stamps_of_any_offset(ws):
    eg, nid = _unit(ws)
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

    def entry(at, free):
        return C.HistoryEntry(nid, C.LIT, None, C.COURANT, {C.INSTALLES: 10, C.DISPONIBLES: free}, C.SAISIE_MANUELLE,
                              at)

    # 29 Nov 23:30 UTC written at +02:00 (30 Nov by its own date), then 30 Nov 10:00 UTC, then a second-precision
    # stamp of 1 Dec
    ws.capacities.load([entry("2026-11-30T01:30:00+02:00", 1), entry("2026-11-30T10:00:00.000+00:00", 2),
                        entry("2026-12-01T09:00:00Z", 3)])
    days = {d.day: d.count(C.DISPONIBLES) for d in ws.capacities.daily_totals([eg], days=30, now=now)}
    assert (days["2026-11-28"], days["2026-11-29"], days["2026-11-30"], days["2026-12-01"]) == (0, 1, 2, 3)


def test_figures_go_as_the_servers_rules_on_location_allow(ws, server):
    """JSON Patch where the server declares it; a PUT of the whole Location where it declares update only; no
    request at all where it declares no write: the figures wait and the report says which write is missing."""
    from app.sync.engine import SyncReport
    from app.sync.server_rules import ServerRules, TypeRules

    _eg, uos = published_units(ws, server.store, 2)
    _typed(ws, uos)
    calls: list = []
    client = _client(ws, server)
    client.on_exchange = lambda method, *_rest: calls.append(method)
    put_only = ServerRules(types={"Location": TypeRules(frozenset({"read", "update"}))})
    nothing = ServerRules(types={"Location": TypeRules(frozenset({"read"}))})
    try:
        done = engine_capacities.push(ws, client, Changes(), rules=nothing)
        assert [o.kind for o in done] == ["unsupported"] * 2 and "PATCH" not in calls and "PUT" not in calls
        assert ws.capacities.waiting_units() == uos  # nothing lost, nothing marked refused
        assert ws.capacities.row(uos[0], C.LIT).sync_state == C.PENDING
        report = SyncReport()
        report.say(done[0].error, "Unité")
        assert report.reasons[0].refusal.key == "sync-update-unsupported" and "Location" in report.errors[0]
        done = engine_capacities.push(ws, client, Changes(), rules=put_only)
    finally:
        client.close()
    assert [o.kind for o in done] == ["ack"] * 2 and "PUT" in calls and "PATCH" not in calls
    assert ws.capacities.waiting_units() == []
    for i, nid in enumerate(uos):
        assert ws.capacities.row(nid, C.LIT).sync_state == C.SYNCED
        theirs = figures_of(server.store.read("Location", f"loc-690000017-{i}").content)
        assert theirs[(C.LIT, "", C.COURANT)].counts == {C.INSTALLES: 30, C.DISPONIBLES: i % 10, C.OCCUPES: 20}
