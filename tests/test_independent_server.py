"""The sync against a FHIR R4 server the project did not write (tests/independent_server.py: Medplum's FHIR
router, pinned): a perimeter of two of the demo group's three EGs is pulled from it, and an edit pushed back
is read back equal, at the server's own (opaque) version."""
from __future__ import annotations

import pytest

from app.models.store import Workspace
from app.sync import engine_perimeter
from app.sync.client import FhirClient
from app.sync.engine import SyncEngine
from tests.independent_server import seeded_independent

GROUP_EGS = ("010000081", "130000094", "290000108")  # the demo group's three EGs, under one EJ
HS = "HealthcareService"


@pytest.fixture
def independent(tmp_path):
    """The independent server, seeded with the demo's published Organizations, services and Locations (built
    by app/sync/mapping.py); the demo workspace beside it."""
    with seeded_independent(tmp_path) as seeded:
        yield seeded


def test_a_perimeter_is_pulled_from_the_independent_server_and_an_edit_read_back(tmp_path, independent):
    server, demo, bundle = independent
    ws = Workspace.open(tmp_path / "ws.sqlite", create=True)
    engine_perimeter.remember(ws, GROUP_EGS[:2])
    received: list[tuple[str, str]] = []
    with FhirClient(server.base_url) as client:
        real = client.search

        def spy(rtype, params=None, on_page=None):
            for resource in real(rtype, params, on_page=on_page):
                received.append((resource["resourceType"], resource["id"]))
                yield resource

        client.search = spy  # type: ignore[method-assign]
        engine = SyncEngine(ws, client)
        report = engine.run()
        assert report.ok and not report.unfit, (report.errors, [u.text() for u in report.unfit])
        egs = {r.finess for r in ws.nodes.all() if r.kind == "EG"}
        assert egs == set(GROUP_EGS[:2])
        uos = [r for r in ws.nodes.all() if r.kind == "UO"]
        assert len(uos) == 8
        third = next(e["resource"]["id"] for e in bundle["entry"]
                     if any(i.get("value") == GROUP_EGS[2] for i in e["resource"].get("identifier") or []))
        third_units = {e["resource"]["id"] for e in bundle["entry"]
                       if (e["resource"].get("providedBy") or {}).get("reference") == f"Organization/{third}"}
        assert len(third_units) == 4
        assert not ({third} | third_units) & {rid for _, rid in received}, "the third EG never arrives"

        # an edit of a published unit goes back (PUT with If-Match on the server's opaque version)
        uo = next(r for r in uos if r.name.startswith("Unité"))
        fiche = ws.fiches.get(uo.id)
        ws.fiches.save(uo.id, fiche.answers, resource={**(fiche.resource or {}), "comment": "vu par un autre serveur"})
        pushed = engine.run()
        assert pushed.ok and pushed.pushed == 1, pushed.errors
    back = server.read(HS, uo.server_id)
    assert back.status_code == 200
    theirs = back.json()
    assert theirs["comment"] == "vu par un autre serveur"
    assert theirs["name"] == uo.name and theirs["providedBy"] == fiche.resource["providedBy"]
    from app.sync import engine_resources as res

    assert ws.server.live_server_ids(res.server_type)[HS][uo.server_id] == theirs["meta"]["versionId"]
    assert ws.fiches.get(uo.id).resource["comment"] == "vu par un autre serveur"
    assert ws.outbox.count() == 0
    ws.close()
