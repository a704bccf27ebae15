"""The perimeter's independent searches run a few at a time against the sandbox (which answers one request at a
time): the walk finds exactly what the same walk finds one search after the other, and a pull through it
builds the same tree."""
from __future__ import annotations

import threading

import pytest

from app.models.store import Workspace
from app.sync import engine_perimeter
from app.sync.engine_perimeter import Walker
from app.sync.session import open_session
from tests.sync_support import seeded_sandbox

PW = "pw-walk-7c1e"


@pytest.fixture
def server(tmp_path, kr):
    with seeded_sandbox(tmp_path, PW) as running:
        yield running


class InFlight:
    """How many searches were running at once, at most."""

    def __init__(self, client) -> None:
        self.now = self.most = 0
        self.lock = threading.Lock()
        real = client.search

        def search(rtype, params=None, on_page=None):
            with self.lock:
                self.now += 1
                self.most = max(self.most, self.now)
            try:
                yield from real(rtype, params, on_page=on_page)
            finally:
                with self.lock:
                    self.now -= 1

        client.search = search


def _walk(client, finess: list[str], searches: int) -> dict:
    walker = Walker(client, 1000, searches=searches)
    walker.structures(finess)
    walker.below(walker.walk.roots)
    walker.services(walker.walk.organizations)
    return walker.walk.paged.resources


def test_chunks_searched_at_once_find_what_one_at_a_time_finds(tmp_path, server, monkeypatch):
    monkeypatch.setattr(engine_perimeter, "CHUNK", 2)  # many small chunks: many searches in flight
    ws = Workspace.open(tmp_path / "ws.sqlite", create=True)
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW)
    try:
        finess = engine_perimeter.resolve(ws, client)
        alone = _walk(client, finess, searches=1)
        spy = InFlight(client)
        together = _walk(client, finess, searches=4)
        assert spy.most > 1, "the chunks of a step were searched at once"
        assert together.keys() == alone.keys() and len(alone) > 20
        assert all(together[k]["meta"] == alone[k]["meta"] for k in alone)
        report = engine.run()
        assert report.ok, report.errors
        pulled = {(r.kind, r.server_id) for r in ws.nodes.all()}
        orgs_and_services = {k for k in alone if k[0] in ("Organization", "HealthcareService")}
        assert len(pulled) == len(orgs_and_services)
    finally:
        client.close()
        ws.close()
