"""Pulled fiches come complete (answers read from the resources), and capacities travel as Locations both ways,
against a real sandbox on 127.0.0.1 seeded with the demo workspace."""
from __future__ import annotations

import pytest

from app.models import fiche_service
from app.models.demo import build_demo, make_demo
from app.models.forms import FormState
from app.models.forms_catalog import canonical, with_name
from app.models.kinds import Kind
from app.models.store import Workspace
from app.sync.mapping import location_id
from app.sync.session import open_session
from sandbox.server import SandboxThread
from sandbox.workflow import accept
from tests.sync_support import memory_keyring

PW = "pw-locations-3f9a"
NOS = "https://mos.esante.gouv.fr/NOS/"
EXT = "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/"
CAPACITY = EXT + "ror-location-supported-capacity"


@pytest.fixture
def server(tmp_path):
    memory_keyring()
    demo = tmp_path / "demo.sqlite"
    make_demo(demo).close()
    with SandboxThread(tmp_path / "srv", password=PW, seed=demo) as running:
        yield running


@pytest.fixture
def pulled(tmp_path, server):
    ws = Workspace.open(tmp_path / "ws.sqlite", create=True)
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW)
    report = engine.run()
    assert report.ok and report.pulled > 0, report.errors
    yield ws, engine
    client.close()
    ws.close()


def _capacity(nature: str, count: int) -> dict:
    def coded(name: str, code: str) -> list[dict]:
        return [{"valueCoding": {"system": f"{NOS}{name}/FHIR/{name.replace('_', '-')}", "code": code}}]

    return {"item": {"uo.capacites.nature": coded("TRE_R329-NatureCapacite", nature),
                     "uo.capacites.statut": coded("TRE_R330-TypeStatutCapacite", "01"),
                     "uo.capacites.temporalite": coded("TRE_R331-TemporaliteCapacite", "01"),
                     "uo.capacites.nombre": [{"valueInteger": count}]}}


def _counts(location: dict) -> list[int]:
    found = []
    for ext in location.get("extension") or []:
        if ext["url"] == CAPACITY:
            found += [p["valueInteger"] for p in ext["extension"] if p["url"] == "nbCapacity"]
    return found


def _ehpad_uo(ws):
    rows = ws.nodes.all()
    eg = next(r for r in rows if r.name == "EHPAD Les Tilleuls")
    return eg, next(r for r in rows if r.parent_id == eg.id and r.kind == Kind.UO and r.server_id)


def test_pulled_fiches_hold_the_answers_their_form_reads_and_complete_ones_have_no_problem(pulled):
    ws, _ = pulled
    demo = {n["uid"]: (n, f) for n, f in zip(build_demo().nodes, build_demo().fiches, strict=True)}
    checked = 0
    for row in ws.nodes.all():
        fiche = ws.fiches.get(row.id)
        assert fiche.resource, row.name  # the full server copy is kept for the way out
        source = demo.get(row.uid)
        if row.kind != Kind.UO or source is None:
            continue
        node, data = source
        assert fiche.questionnaire == canonical(data["questionnaire"])
        assert fiche.answers["uo.nom"] == [{"valueString": row.name}]
        if node.get("status") == "finalised" and not node.get("problems"):
            q = fiche_service.questionnaire(data["questionnaire"])
            problems = [p for p in FormState(q, fiche.answers).problems() if p.level == "error"]
            assert problems == [], (row.name, problems)
            assert fiche.answers["uo.horaires"] == data["answers"]["uo.horaires"]
            checked += 1
    assert checked >= 15


def test_a_capacity_edit_pushed_directly_arrives_on_the_servers_location(pulled, server):
    ws, engine = pulled
    eg, uo = _ehpad_uo(ws)
    answers = dict(ws.fiches.get(uo.id).answers)
    answers["uo.capacites"] = [_capacity("01", 40), _capacity("02", 2)]
    ws.fiches.save(uo.id, answers, in_dossier=False)
    report = engine.run()
    assert report.ok and report.pushed >= 1, report.errors
    fiche = ws.fiches.get(uo.id)
    loc_id = fiche.location["id"]
    stored = server.store.read("Location", loc_id)
    assert _counts(stored.content) == [40, 2]
    commune = next(e for e in stored.content["extension"] if e["url"] == EXT + "ror-commune-cog")
    assert commune["valueCodeableConcept"]["coding"][0]["code"] == "01053"  # from the EG's FINESS commune
    service = server.store.read("HealthcareService", uo.server_id).content
    assert {"reference": f"Location/{loc_id}"} in service["location"]
    # A second edit goes to the same Location (PUT, If-Match on its version), no new one.
    answers = dict(ws.fiches.get(uo.id).answers)
    assert [c["item"]["uo.capacites.nombre"] for c in answers["uo.capacites"]] == [[{"valueInteger": 40}],
                                                                                [{"valueInteger": 2}]]
    answers["uo.capacites"][0]["item"]["uo.capacites.nombre"] = [{"valueInteger": 38}]
    ws.fiches.save(uo.id, answers, in_dossier=False)
    assert engine.run().ok
    again = server.store.read("Location", loc_id)
    assert _counts(again.content) == [38, 2] and int(again.version) > int(stored.version)
    assert server.store.counts()["Location"] == 1
    assert ws.fiches.get(uo.id).location["id"] == loc_id and not ws.nodes.get(uo.id).dirty


def test_a_location_changed_on_the_server_alone_refreshes_the_fiche(pulled, server):
    ws, engine = pulled
    _, uo = _ehpad_uo(ws)
    answers = dict(ws.fiches.get(uo.id).answers)
    answers["uo.capacites"] = [_capacity("01", 12)]
    ws.fiches.save(uo.id, answers, in_dossier=False)
    assert engine.run().ok
    loc_id = ws.fiches.get(uo.id).location["id"]
    content = server.store.read("Location", loc_id).content
    for ext in content["extension"]:
        if ext["url"] == CAPACITY:
            for part in ext["extension"]:
                if part["url"] == "nbCapacity":
                    part["valueInteger"] = 15
    server.store.write("Location", loc_id, content)  # another system changes the capacity only
    report = engine.run()
    assert report.ok and report.pulled >= 1
    fiche = ws.fiches.get(uo.id)
    assert _counts(fiche.location) == [15]
    assert fiche.answers["uo.capacites"][0]["item"]["uo.capacites.nombre"] == [{"valueInteger": 15}]


def test_local_unsent_edits_are_not_overwritten_by_a_pull(pulled, server):
    ws, engine = pulled
    _, uo = _ehpad_uo(ws)
    answers = dict(ws.fiches.get(uo.id).answers)
    answers["uo.nom"] = [{"valueString": "Nom local"}]
    ws.fiches.save(uo.id, answers, in_dossier=True)  # waits in the dossier: stays dirty
    content = server.store.read("HealthcareService", uo.server_id).content
    server.store.write("HealthcareService", uo.server_id, {**content, "name": "Nom serveur"})
    engine.run()
    assert ws.fiches.get(uo.id).answers["uo.nom"] == [{"valueString": "Nom local"}]


def test_a_new_uo_with_capacities_sent_in_a_dossier_and_accepted_has_its_location_published(pulled, server):
    ws, engine = pulled
    eg, uo = _ehpad_uo(ws)
    created = ws.nodes.duplicate(uo.id)
    new_id = next(iter(created.inserted))
    answers = dict(ws.fiches.get(new_id).answers)
    answers["uo.capacites"] = [_capacity("01", 8)]
    ws.fiches.save(new_id, answers)
    for row in ws.nodes.all():
        if row.kind == Kind.UO and (row.parent_id == eg.id):
            if fiche_service.problem_count(fiche_service.open_fiche(ws, row.id).state.problems()):
                # the demo's incomplete units are completed first: the store refuses to finalise them
                ws.fiches.save(row.id, with_name(ws.fiches.get(uo.id).answers, Kind.UO, row.name))
            ws.fiches.finalise(row.id, problems=0)
    report = engine.send(eg.id)
    assert report.ok and len(report.sent) == 1, report.errors
    task = server.store.read("Task", ws.dossiers.of(eg.id).task_id).content
    bundle_id = task["input"][0]["valueReference"]["reference"].split("/")[-1]
    bundle_entries = server.store.read("Bundle", bundle_id).content["entry"]
    urn = f"urn:uuid:{location_id(ws.nodes.get(new_id).uid)}"
    assert any(e.get("fullUrl") == urn and e["request"]["method"] == "POST" for e in bundle_entries)
    accept(server.store, ws.dossiers.of(eg.id).task_id)
    after = engine.run()
    assert after.ok and after.published == 1, after.errors
    node, fiche = ws.nodes.get(new_id), ws.fiches.get(new_id)
    assert node.server_id and fiche.location and fiche.location.get("id")
    published = server.store.read("Location", fiche.location["id"])
    assert _counts(published.content) == [8]
    service = server.store.read("HealthcareService", node.server_id).content
    assert {"reference": f"Location/{fiche.location['id']}"} in service["location"]
    assert fiche.answers["uo.capacites"][0]["item"]["uo.capacites.nombre"] == [{"valueInteger": 8}]
