"""Units whose Location is already on a sandbox, in step with a workspace (the state after a sync), for the
lits et places sync tests and benchmark."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.models.kinds import Kind
from app.models.pulled import Ack

EXT = "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/"
COMMUNE = "https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM"


def location_for(name: str) -> dict[str, Any]:
    """A RORLocation the profile accepts, without capacities yet."""
    return {"resourceType": "Location", "name": name, "status": "active",
            "extension": [
                {"url": EXT + "ror-commune-cog",
                 "valueCodeableConcept": {"coding": [{"system": COMMUNE, "code": "69264"}]}},
                {"url": EXT + "ror-meta-creation-date", "valueDateTime": "2026-01-05T08:00:00+01:00"},
            ]}


def sandbox_writer(store: Any) -> Callable[[str, dict[str, Any]], dict[str, Any]]:
    """Writes a Location straight into a sandbox's store (what `published_units` needs)."""
    return lambda rid, location: store.write("Location", rid, location).content


def published_units(ws: Any, store: Any, count: int, *, eg_name: str = "CH Capacités",
                    finess: str = "690000017",
                    publish: Callable[[str, dict[str, Any]], dict[str, Any]] | None = None) -> tuple[int, list[int]]:
    """An EJ, an EG and `count` UOs in `ws`, each UO's Location written to the sandbox `store` (or through
    `publish(id, location)`, which returns it as the server stored it) and known as the UO's last server copy
    (fiche.location); every outbox entry done, as after a sync."""
    publish = publish or sandbox_writer(store)
    ej = ws.nodes.create(None, Kind.EJ, ["Hospices Capacités"], finess="690000009").inserted.pop()
    eg = ws.nodes.create(ej, Kind.EG, [eg_name], finess=finess, domaine="sanitaire",
                         departement="69").inserted.pop()
    names = [f"Unité {i:03d}" for i in range(count)]
    uos = sorted(ws.nodes.create(eg, Kind.UO, names,
                                 answers={"uo.nom": [{"valueString": "x"}]}).inserted)
    acks = []
    for i, nid in enumerate(uos):
        stored = publish(f"loc-{finess}-{i}", location_for(names[i]))
        acks.append(Ack(node_id=nid, server_id=f"hs-{finess}-{i}", version="1", resource=None, stamp=None,
                        location=stored))
    ws.server.in_step(acks, [e.id for e in ws.outbox.entries()])
    return eg, uos
