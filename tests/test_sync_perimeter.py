"""The sync's perimeter against a real sandbox on 127.0.0.1: a workspace asks for its structures and what hangs
under them, never the whole server, and lists what does not fit the tree instead of placing or dropping it."""
from __future__ import annotations

import json

import httpx
import pytest

from app.cli import main as cli_main
from app.models.store import Workspace
from app.sync import engine_perimeter
from app.sync.session import open_session
from sandbox.auth import attach_structures
from sandbox.server import SandboxThread
from tests.sync_support import demo_with_seed

PW = "pw-perimeter-41d2"
GROUP_EJ = "750000077"  # the demo's multi-site group: one EJ, three EGs of four units each
GROUP_EGS = ("010000081", "130000094", "290000108")
R207 = "https://mos.esante.gouv.fr/NOS/TRE_R207-TypeOrganisationInterne/FHIR/TRE-R207-TypeOrganisationInterne"
PERIMETER_PARAMS = {"identifier", "partof", "organization", "_id"}
HS_SEARCH = "HealthcareService"


@pytest.fixture
def demo(tmp_path):
    ws, seed = demo_with_seed(tmp_path)
    yield ws, seed
    ws.close()


@pytest.fixture
def server(tmp_path, demo, kr):
    with SandboxThread(tmp_path / "srv", password=PW, seed=demo[1]) as running:
        yield running


class Spy:
    """Every search the engine makes and every resource the server sent back for it."""

    def __init__(self, client) -> None:
        self.searches: list[tuple[str, dict]] = []
        self.received: list[tuple[str, str]] = []
        real = client.search

        def search(rtype, params=None, on_page=None):
            self.searches.append((rtype, dict(params or {})))
            for resource in real(rtype, params, on_page=on_page):
                self.received.append((resource["resourceType"], resource["id"]))
                yield resource

        client.search = search


def _session(tmp_path, server, name="ws.sqlite", finess=None):
    ws = Workspace.open(tmp_path / name, create=True)
    if finess:
        engine_perimeter.remember(ws, finess)
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW)
    return ws, engine, client


def _ids_under(server, finess: str) -> set[tuple[str, str]]:
    """("Type", id) of an EG and of everything under it on the server."""
    store = server.store
    eg = next(r for r in store.select("Organization", [], None, 10_000)
              if any(i.get("value") == finess for i in r.content.get("identifier") or []))
    found, frontier = {("Organization", eg.id)}, {eg.id}
    rows = store.select("Organization", [], None, 10_000) + store.select("HealthcareService", [], None, 10_000)
    while frontier:
        below = {(r.type, r.id) for r in rows
                 if (r.content.get("partOf") or r.content.get("providedBy") or {}).get("reference", "")
                 .rsplit("/", 1)[-1] in frontier}
        frontier = {rid for _, rid in below - found}
        found |= below
    return found


def test_two_of_three_egs_are_pulled_and_the_third_never_arrives(tmp_path, server):
    ws, engine, client = _session(tmp_path, server, finess=GROUP_EGS[:2])
    spy = Spy(client)
    try:
        report = engine.run()
    finally:
        client.close()
    assert report.ok, report.errors
    egs = {r.finess: r for r in ws.nodes.all() if r.kind == "EG"}
    assert set(egs) == set(GROUP_EGS[:2])
    assert [r.finess for r in ws.nodes.all() if r.kind == "EJ"] == [GROUP_EJ]  # the EGs' parent, alone
    assert sum(1 for r in ws.nodes.all() if r.kind == "UO") == 8
    third = _ids_under(server, GROUP_EGS[2])
    assert len(third) == 5 and not third & set(spy.received), "nothing of the third EG ever arrived"
    # every search named the perimeter (structures, their children, their services): none asked the server whole
    assert spy.searches and all(PERIMETER_PARAMS & set(params) for _, params in spy.searches), spy.searches
    assert len(spy.received) == len(set(spy.received)) == 2 + 1 + 8  # two EGs, their EJ, their eight units
    assert report.requests <= 12, report.requests
    assert engine_perimeter.stored(ws) == list(GROUP_EGS[:2])
    # an incremental pull asks the same perimeter again and still never the third EG
    client2 = open_session(ws, server.base_url, "demo", ask=lambda: PW)[1]
    engine.client = client2
    spy2 = Spy(client2)
    try:
        again = engine.run()
    finally:
        client2.close()
    assert again.ok and again.pulled == 0
    assert not third & set(spy2.received)
    assert all(PERIMETER_PARAMS & set(params) for _, params in spy2.searches), spy2.searches
    ws.close()


def test_a_new_workspace_takes_the_structures_its_account_is_attached_to(tmp_path, server):
    attach_structures(server.store, "demo", [GROUP_EGS[0], GROUP_EGS[2]])
    ws, engine, client = _session(tmp_path, server)
    try:
        report = engine.run()
    finally:
        client.close()
    assert report.ok, report.errors
    assert {r.finess for r in ws.nodes.all() if r.kind == "EG"} == {GROUP_EGS[0], GROUP_EGS[2]}
    assert engine_perimeter.stored(ws) == sorted([GROUP_EGS[0], GROUP_EGS[2]])
    ws.close()


def test_an_unattached_account_gets_every_structure_of_the_server(tmp_path, server, demo):
    ws, engine, client = _session(tmp_path, server)
    try:
        assert engine.run().ok
    finally:
        client.close()
    assert ws.nodes.stats()["nodes"] == demo[0].nodes.stats()["nodes"]
    ws.close()


def _put(server, resource: dict) -> str:
    rid = resource["id"]
    server.store.write(resource["resourceType"], rid, resource)
    return rid


def _unfit_on_server(server) -> dict[str, str]:
    """Under the group's first EG: an Organization of an unknown internal type with a unit under it, an
    Organization that claims to be an EG (SIRET, category) under an EG, and a unit provided by an Organization
    the server does not have."""
    eg = next(r for r in server.store.select("Organization", [], None, 10_000)
              if any(i.get("value") == GROUP_EGS[0] for i in r.content.get("identifier") or []))
    strange = _put(server, {"resourceType": "Organization", "id": "strange-kind", "name": "Cellule inconnue",
                            "type": [{"coding": [{"system": R207, "code": "9"}]}],
                            "partOf": {"reference": f"Organization/{eg.id}"}})
    below = _put(server, {"resourceType": "HealthcareService", "id": "below-strange", "name": "Unité perdue",
                          "providedBy": {"reference": f"Organization/{strange}"}})
    nested = _put(server, {"resourceType": "Organization", "id": "eg-under-eg", "name": "Site dans le site",
                           "identifier": [{"system": "http://sirene.fr", "value": "12345678900011"}],
                           "partOf": {"reference": f"Organization/{eg.id}"}})
    return {f"Organization/{strange}": "unknown-kind", f"HealthcareService/{below}": "unknown-parent",
            f"Organization/{nested}": "misplaced", "FINESS 999999999": "not-found"}


def test_what_does_not_fit_the_tree_is_listed_and_never_becomes_a_node(tmp_path, server):
    expected = _unfit_on_server(server)
    ws, engine, client = _session(tmp_path, server, finess=[GROUP_EGS[0], "999999999"])
    try:
        report = engine.run()
    finally:
        client.close()
    assert report.ok, report.errors
    assert {u.reference: u.reason for u in report.unfit} == expected
    names = {r.name for r in ws.nodes.all()}
    assert not names & {"Cellule inconnue", "Unité perdue", "Site dans le site"}
    assert sum(1 for r in ws.nodes.all() if r.kind == "UO") == 4  # the EG's own units are all there
    assert all(u.text() for u in report.unfit)
    ws.close()


def test_the_command_line_takes_finess_numbers_and_prints_what_does_not_fit(tmp_path, server, monkeypatch,
                                                                            capsys):
    _unfit_on_server(server)
    monkeypatch.setenv("ROR_REFERENT_PASSWORD", PW)
    path = tmp_path / "cli.sqlite"
    code = cli_main(["sync", "--workspace", str(path), "--server", server.base_url, "--user", "demo",
                     "--finess", GROUP_EGS[0], "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0, out
    assert len(out["unfit"]) == 3 and any("Cellule inconnue" in line for line in out["unfit"])
    with Workspace.open(path) as ws:
        assert engine_perimeter.stored(ws) == [GROUP_EGS[0]]
        assert {r.finess for r in ws.nodes.all() if r.kind == "EG"} == {GROUP_EGS[0]}
    code = cli_main(["sync", "--workspace", str(path)])
    text = capsys.readouterr().out
    assert code == 0 and text.count("hors arborescence : ") == 3, text
    assert cli_main(["sync", "--workspace", str(path), "--finess", "12"]) == 2
    assert "Numéro FINESS invalide" in capsys.readouterr().err


def test_the_reconciliation_lists_the_perimeter_only_and_finds_its_deletions(tmp_path, server):
    ws, engine, client = _session(tmp_path, server, finess=GROUP_EGS[:2])
    try:
        assert engine.run().ok
        uo = next(r for r in ws.nodes.all() if r.kind == "UO")
        server.store.write("HealthcareService", uo.server_id, None, deleted=True)
        spy = Spy(client)
        report = engine.reconcile()
    finally:
        client.close()
    assert report.ok and report.gone == 1, report.errors
    assert uo.id not in {r.id for r in ws.nodes.all()}  # tombstoned
    assert not _ids_under(server, GROUP_EGS[2]) & set(spy.received)
    assert all(PERIMETER_PARAMS & set(params) for _, params in spy.searches), spy.searches
    ws.close()


def test_a_workspace_with_no_perimeter_and_no_account_context_is_told_so(tmp_path, server):
    from app.sync.client import FhirClient
    from app.sync.engine import SyncEngine

    ws = Workspace.open(tmp_path / "bare.sqlite", create=True)
    with FhirClient(server.base_url) as client:  # no credentials: no account to take structures from
        report = SyncEngine(ws, client).run()
    assert not report.ok and "Périmètre inconnu" in report.errors[0]
    assert ws.nodes.stats()["nodes"]["EJ"] == 0
    ws.close()


def test_the_sandbox_answers_the_searches_the_perimeter_uses(server):
    """`_include`, `_revinclude`, `_offset` and the token's `fhirContext`, FHIR R4 style."""
    with server.client() as http:
        eg = http.get("Organization", params={"identifier": GROUP_EGS[0],
                                             "_include": "Organization:partof"}).json()
        modes = sorted((e["search"]["mode"], e["resource"]["resourceType"]) for e in eg["entry"])
        assert modes == [("include", "Organization"), ("match", "Organization")] and eg["total"] == 1
        eg_id = next(e["resource"]["id"] for e in eg["entry"] if e["search"]["mode"] == "match")
        rev = http.get("Organization", params={"_id": eg_id, "_revinclude": "HealthcareService:organization"})
        assert sorted(e["resource"]["resourceType"] for e in rev.json()["entry"]) == ["HealthcareService"] * 4 + [
            "Organization"]
        pages = [http.get(HS_SEARCH, params={"organization": f"Organization/{eg_id}", "_count": "3",
                                             "_offset": str(n)}).json() for n in (0, 3)]
        assert [len(p.get("entry") or []) for p in pages] == [3, 1]
        assert "_offset=3" in next(link["url"] for link in pages[0]["link"] if link["relation"] == "next")
        refused = http.get("Organization", params={"_include": "HealthcareService:organization"})
        assert refused.status_code == 400
    token = httpx.post(server.base_url + "/token", data={"grant_type": "password", "username": "demo",
                                                          "password": PW}).json()
    assert {c["reference"] for c in token["fhirContext"]} >= {f"Organization/{eg_id}"}


def test_an_incremental_pull_sees_changes_of_the_structures_and_of_their_parent(tmp_path, server):
    ws, engine, client = _session(tmp_path, server, finess=GROUP_EGS[:1])
    try:
        assert engine.run().ok
        eg = next(r for r in ws.nodes.all() if r.kind == "EG")
        ej = next(r for r in ws.nodes.all() if r.kind == "EJ")
        for node, name in ((eg, "EHPAD Renommé"), (ej, "Groupe Renommé")):
            row = server.store.read("Organization", node.server_id)
            server.store.write("Organization", node.server_id, {**row.content, "name": name})
        report = engine.run()
    finally:
        client.close()
    assert report.ok and report.pulled == 2, report.errors
    assert {ws.nodes.get(eg.id).name, ws.nodes.get(ej.id).name} == {"EHPAD Renommé", "Groupe Renommé"}
    ws.close()
