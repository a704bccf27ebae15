"""Inbound half of the mapping: what a pulled ROR resource says about a node, as plain data for the store.

`apply_resource` reads an Organization or HealthcareService into a `PulledItem` (app.models.pulled) whose
`resource` is the complete server copy (kept in `fiche.resource`, so it goes back out with no element lost) and
whose `answers` is `{}`: `apply_pulled` fills them with what the node's form reads from the resource and its
Location (definition-based population), once the node's form is known (it may depend on the EG above).
A Location gives a `PulledLocation` with its capacities as plain dicts; `pulled_items` hands each pulled
Location to the service whose `location` references it, `lone_locations` gives the others (a capacity changed
on the server while the service did not).

Node kind of an Organization: the KIND_URL extension, else TRE_R207 (1 -> P, 2 -> S, 3 -> UF; 4 Unité
élémentaire is folded: see `pulled_items`), else an EG when it has a category (TRE_R66), a SIRET or a parent,
else an EJ.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.models.json_tree import json_copy
from app.models.pulled import PulledItem
from app.sync import fhir_build as B
from app.sync import fhir_systems as S

R207_KINDS = {"1": "P", "2": "S", "3": "UF"}
ELEMENTARY_UNIT = "4"
PULLED_TYPES = ("Organization", "HealthcareService", "Location")


@dataclass
class PulledLocation:
    """A pulled Location: its capacities (see `capacities_of`) and the complete server copy."""

    server_id: str
    version: str | None
    capacities: list[dict[str, Any]] = field(default_factory=list)
    resource: dict[str, Any] | None = None


def kind_of(resource: dict[str, Any]) -> str | None:
    """The node kind a resource describes ('EJ' ... 'UO'), None for an Organization typed 4 (folded)."""
    if resource.get("resourceType") == "HealthcareService":
        return "UO"
    marker = B.extension(resource, S.KIND_URL)
    if marker and marker.get("valueCode"):
        return str(marker["valueCode"])
    oi = B.code_in(resource.get("type") or [], S.R207_TYPE_OI)
    if oi is not None:
        return R207_KINDS.get(oi)
    if (B.code_in(resource.get("type") or [], S.R66_CATEGORIE) or resource.get("partOf")
            or B.identifier_value(resource, S.SIRET_SYSTEM, S.G07_ID_TYPE, S.G07_SIRET)):
        return "EG"
    return "EJ"


def _departement(finess: str | None, resource: dict) -> str | None:
    if finess and len(finess) == 9:
        return finess[:2]
    for address in resource.get("address") or []:
        postal = str((address or {}).get("postalCode") or "")
        if len(postal) == 5 and postal.isdigit():
            return "2A" if postal.startswith("20") and postal < "20200" else (
                "2B" if postal.startswith("20") else (postal[:3] if postal.startswith("97") else postal[:2]))
    return None


def _columns(resource: dict, kind: str) -> dict[str, Any]:
    cols: dict[str, Any] = {"kind": kind, "name": resource.get("name") or ""}
    if kind == "UO":
        cols["champ"] = B.code_in(resource.get("type") or [], S.R227_CHAMP)
        cols["type_offre"] = B.code_in(resource.get("category") or [], S.R244_TYPE_OFFRE)
        return cols
    if kind in ("EJ", "EG"):
        finess = B.identifier_value(resource, S.FINESS_SYSTEMS, S.G07_ID_TYPE, S.G07_FINESS)
        cols["finess"] = finess
        cols["departement"] = _departement(finess, resource)
    if kind == "EJ":
        cols["siren"] = B.identifier_value(resource, S.SIREN_SYSTEM, S.G07_ID_TYPE, S.G07_SIREN)
    if kind == "EG":
        cols["siret"] = B.identifier_value(resource, S.SIRET_SYSTEM, S.G07_ID_TYPE, S.G07_SIRET)
        cols["categorie"] = B.code_in(resource.get("type") or [], S.R66_CATEGORIE)
    return cols


def apply_resource(resource: dict[str, Any], *, owned: bool = False) -> PulledItem | PulledLocation | None:
    """What a pulled resource says: a `PulledItem` (Organization, HealthcareService), a `PulledLocation`,
    or None (an Organization typed 4 Unité élémentaire, or a resource type the tree does not hold).
    `owned`: the caller hands the resource over (a pull's fresh JSON), so it is kept without a copy."""
    rtype = resource.get("resourceType")
    meta = resource.get("meta") or {}
    server_id = str(resource.get("id") or "")
    if rtype == "Location":
        return PulledLocation(server_id=server_id, version=meta.get("versionId"),
                              capacities=capacities_of(resource), resource=json_copy(resource))
    if rtype not in ("Organization", "HealthcareService"):
        return None
    kind = kind_of(resource)
    if kind is None:
        return None
    parent = resource.get("providedBy") if rtype == "HealthcareService" else resource.get("partOf")
    return PulledItem(server_type=rtype, server_id=server_id, version=meta.get("versionId"),
                      uid=B.identifier_value(resource, S.NODE_UID_SYSTEM), parent=B.reference_key(parent),
                      columns=_columns(resource, kind), answers={},
                      resource=resource if owned else json_copy(resource))


def pulled_items(fetched: dict[str, list[dict[str, Any]]]) -> list[PulledItem]:
    """The nodes of a pull: Organizations (parents first is not needed: apply_pulled waits for parents), then
    services, each with the pulled Location it references. A service provided by an Organization typed 4
    (Unité élémentaire) hangs on that unit's parent."""
    locations = {f"Location/{loc.get('id')}": loc for loc in fetched.get("Location") or []}
    folded: dict[str, str | None] = {}
    items: list[PulledItem] = []
    for resource in fetched.get("Organization") or []:
        if kind_of(resource) is None:
            folded[f"Organization/{resource.get('id')}"] = B.reference_key(resource.get("partOf"))
            continue
        item = apply_resource(resource, owned=True)
        if isinstance(item, PulledItem):
            items.append(item)
    for resource in fetched.get("HealthcareService") or []:
        item = apply_resource(resource, owned=True)
        if isinstance(item, PulledItem):
            seen = set()
            while item.parent in folded and item.parent not in seen:
                seen.add(item.parent)
                item.parent = folded[item.parent]
            item.location = next((locations[key] for key in _location_keys(resource)
                                  if key in locations), None)
            items.append(item)
    return items


def _location_keys(service: dict[str, Any]) -> list[str]:
    return [k for k in (B.reference_key(r) for r in service.get("location") or []) if k]


def lone_locations(fetched: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The pulled Locations no pulled service references (for `apply_pulled(..., locations=...)`)."""
    taken = {key for service in fetched.get("HealthcareService") or [] for key in _location_keys(service)}
    return [loc for loc in fetched.get("Location") or [] if f"Location/{loc.get('id')}" not in taken]


def capacities_of(location: dict[str, Any]) -> list[dict[str, Any]]:
    """The capacities of a RORLocation: [{"type", "status", "temporality", "source", "assignment": coding,
    "count": int, "updated": dateTime}] (missing parts are None)."""
    found = []
    for ext in location.get("extension") or []:
        if ext.get("url") != S.EXT_SUPPORTED_CAPACITY:
            continue
        parts = {p.get("url"): p for p in ext.get("extension") or []}

        def coding(name: str, parts: dict = parts) -> dict | None:
            codings = ((parts.get(name) or {}).get("valueCodeableConcept") or {}).get("coding") or []
            return json_copy(codings[0]) if codings else None

        updated = parts.get("capacityUpdateDate") or {}
        found.append({
            "type": coding("capacityType"), "status": coding("capacityStatus"),
            "temporality": coding("temporalityCapacity"), "source": coding("capacitySourceType"),
            "assignment": coding("temporaryAssignement"),
            "count": (parts.get("nbCapacity") or {}).get("valueInteger"),
            "updated": updated.get("valueDateTime") or updated.get("valueDate"),
        })
    return found


CAPACITY_LINKS = {"type": "uo.capacites.nature", "status": "uo.capacites.statut",
                  "temporality": "uo.capacites.temporalite", "count": "uo.capacites.nombre",
                  "source": "uo.capacites.source", "assignment": "uo.capacites.affectation"}


def capacities_answers(location: dict[str, Any]) -> list[dict[str, Any]]:
    """The capacities of a Location as instances of the UO forms' repeating group `uo.capacites`."""
    instances = []
    for cap in capacities_of(location):
        item: dict[str, list[dict[str, Any]]] = {}
        for key, link in CAPACITY_LINKS.items():
            value = cap.get(key)
            if value is None:
                continue
            item[link] = [{"valueInteger": value}] if key == "count" else [{"valueCoding": value}]
        instances.append({"item": item})
    return instances
