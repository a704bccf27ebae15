"""Paging while the server changes: a resource written or deleted between two pages of a pull is applied or
tombstoned, nothing is skipped, nothing crashes. Real sandbox on 127.0.0.1, small pages (`_count=2`), and a
second writer acting on the server between two page requests; in keyset paging (the sandbox's own) and in
offset paging (as many real servers page, where a change shifts every later page)."""
from __future__ import annotations

import pytest

from app.models.store import Workspace
from app.sync import engine_paging
from app.sync import engine_resources as res
from app.sync.session import open_session
from tests.sync_support import seeded_sandbox

PW = "pw-paging-8e21"
HS = "HealthcareService"


@pytest.fixture
def server(tmp_path, kr):
    with seeded_sandbox(tmp_path, PW) as running:
        yield running


def _live(server, rtype: str) -> dict[str, str]:
    return {r.id: str(r.version) for r in server.store.select(rtype, [], None, 100_000)}


class BetweenPages:
    """Runs `action` once, on the server, right after the response to the `after`-th page of a search of `rtype`
    (so before the next page is asked for)."""

    def __init__(self, client, rtype: str, action, after: int = 1) -> None:
        self.count, self.done = 0, False
        chained = client.on_exchange

        def hook(method, path, status, seconds, attempt):
            if chained is not None:
                chained(method, path, status, seconds, attempt)
            if method == "GET" and path.endswith(f"/{rtype}") and status == 200 and not self.done:
                self.count += 1
                if self.count == after:
                    self.done = True
                    action()

        client.on_exchange = hook


def _session(tmp_path, server, name="ws.sqlite"):
    ws = Workspace.open(tmp_path / name, create=True)
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW)
    engine.page_size = 2
    return ws, engine, client


def _first_service(server):
    """The service the search orders first (lastUpdated, id): it is on the first page."""
    return server.store.select(HS, [], None, 1)[0]


def _in_step(ws, server) -> None:
    """Every service on the server is a live node at the server's version, and no other service is."""
    nodes = {r.server_id for r in ws.nodes.all() if r.kind == "UO"}
    theirs = _live(server, HS)
    assert nodes == set(theirs)
    assert ws.server.live_server_ids(res.server_type)[HS] == theirs


@pytest.mark.parametrize("paging", ["keyset", "offset"])
def test_an_edit_between_two_pages_of_a_first_pull_arrives_at_its_new_version(tmp_path, server, paging):
    server.sandbox.paging = paging
    ws, engine, client = _session(tmp_path, server)
    first = _first_service(server)

    def edit():
        server.store.write(HS, first.id, {**first.content, "comment": "changé pendant la lecture"})

    watcher = BetweenPages(client, HS, edit)
    try:
        report = engine.run()
    finally:
        client.close()
    assert watcher.done and report.ok, report.errors
    _in_step(ws, server)
    node = next(r for r in ws.nodes.all() if r.server_id == first.id)
    assert ws.fiches.get(node.id).resource["comment"] == "changé pendant la lecture"
    ws.close()


@pytest.mark.parametrize("paging", ["keyset", "offset"])
def test_a_delete_between_two_pages_of_a_first_pull_leaves_no_unit_missing(tmp_path, server, paging):
    server.sandbox.paging = paging
    ws, engine, client = _session(tmp_path, server)
    first = _first_service(server)
    watcher = BetweenPages(client, HS, lambda: server.store.write(HS, first.id, None, deleted=True))
    try:
        report = engine.run()
    finally:
        client.close()
    assert watcher.done and report.ok, report.errors
    _in_step(ws, server)  # the deleted one is not a node, the one after it (shifted in offset paging) is
    assert first.id not in {r.server_id for r in ws.nodes.all()}
    ws.close()


def test_an_edit_and_a_delete_between_pages_of_an_incremental_pull(tmp_path, server):
    server.sandbox.paging = "offset"
    ws, engine, client = _session(tmp_path, server)
    try:
        assert engine.run().ok
        # five services change on the server: the next pull pages through them two by two
        changed = server.store.select(HS, [], None, 5)
        for row in changed:
            server.store.write(HS, row.id, {**row.content, "comment": "revu"})
        target_edit, target_delete = changed[0].id, changed[1].id

        def both():
            current = server.store.read(HS, target_edit)
            server.store.write(HS, target_edit, {**current.content, "comment": "revu deux fois"})
            server.store.write(HS, target_delete, None, deleted=True)

        watcher = BetweenPages(client, HS, both)
        report = engine.run()
    finally:
        client.close()
    assert watcher.done and report.ok, report.errors
    assert report.gone == 1 and report.reconciled  # the deletion was seen while paging: reconciled at once
    _in_step(ws, server)
    edited = next(r for r in ws.nodes.all() if r.server_id == target_edit)
    assert ws.fiches.get(edited.id).resource["comment"] == "revu deux fois"
    for row in changed[2:]:
        node = next(r for r in ws.nodes.all() if r.server_id == row.id)
        assert ws.fiches.get(node.id).resource["comment"] == "revu"
    assert target_delete not in {r.server_id for r in ws.nodes.all()}
    ws.close()


def test_a_pull_that_stays_unstable_keeps_its_marks_back(tmp_path, server):
    """A server that changes under every reading: the pull applies what it saw (newest copies) and does not
    move its high-water marks, so the next pull reads the same window again."""
    ws, engine, client = _session(tmp_path, server)
    try:
        assert engine.run().ok
        marks = {k: ws.settings.get(f"sync.last_pull.{k}") for k in ("Organization", HS, "Location")}
        row = _first_service(server)
        server.store.write(HS, row.id, {**row.content, "comment": "0"})
        edits = iter(range(1, 100))
        chained = client.on_exchange

        def keep_writing(method, path, status, seconds, attempt):
            chained(method, path, status, seconds, attempt)
            if method == "GET" and path.endswith(f"/{HS}"):
                current = server.store.read(HS, row.id)
                server.store.write(HS, row.id, {**current.content, "comment": str(next(edits))})

        client.on_exchange = keep_writing
        report = engine.run()
        client.on_exchange = chained
    finally:
        client.close()
    assert report.ok, report.errors
    assert {k: ws.settings.get(f"sync.last_pull.{k}") for k in ("Organization", HS, "Location")} == marks
    node = next(r for r in ws.nodes.all() if r.server_id == row.id)
    assert int(ws.fiches.get(node.id).resource["comment"]) >= 1
    ws.close()


def test_paged_search_reads_again_a_search_whose_total_changed(server):
    """engine_paging on its own: a deletion between two pages makes the search read again; the second
    reading is whole and stable, and says something was deleted."""
    server.sandbox.paging = "offset"
    with server.client() as http:
        token = http.headers["Authorization"]
    from app.sync.client import FhirClient

    client = FhirClient(server.base_url)
    client.http.headers["Authorization"] = token
    first = _first_service(server)
    BetweenPages(client, HS, lambda: server.store.write(HS, first.id, None, deleted=True))
    try:
        paged = engine_paging.search(client, HS, {"_count": "3", "_sort": "_lastUpdated"})
    finally:
        client.close()
    assert not paged.unstable and paged.shrunk
    assert {rid for _, rid in paged.resources} == set(_live(server, HS))
