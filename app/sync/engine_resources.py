"""The engine's view of the FHIR mapping: the resource to send for a node, and the node a resource describes.

The ROR mapping itself lives in app/sync/mapping.py; this module only adds what the engine needs around it:
references to parents (server id once known, else `urn:uuid:<uid>` inside a dossier's Bundle), the
identifier used for conditional creates, the Bundle of a dossier (with the Location of a UO's capacities), and
pulled resources as `PulledItem`s.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.models.schema import Fiche, Node
from app.models.sync_apply import PulledItem
from app.sync import mapping
from app.sync.fhir_inbound import lone_locations as _lone_locations
from app.sync.fhir_systems import NODE_UID_SYSTEM
from app.sync.mapping import server_type

PULLED_TYPES = ("Organization", "HealthcareService", "Location")
__all__ = ["NODE_UID_SYSTEM", "PULLED_TYPES", "server_type"]


def uid_condition(uid: str) -> str:
    """The If-None-Exist condition that finds a node's resource by its client id."""
    return f"identifier={NODE_UID_SYSTEM}|{uid}"


def _load(s, node_id: int) -> tuple[Node, Fiche | None]:
    return s.get(Node, node_id), s.get(Fiche, node_id)


def _reference(node: Node | None) -> str | None:
    if node is None:
        return None
    t = server_type(node.kind)
    return f"{t}/{node.server_id}" if node.server_id else f"urn:uuid:{node.uid}"


def reference_of(ws, node_id: int) -> str:
    with ws.reading() as s:
        return _reference(s.get(Node, node_id))


def _commune(s, node: Node) -> str | None:
    """The INSEE commune code of the EG above a node, for its Location: FINESS data, else the address of
    the EG's resource as the server sent it."""
    current = node
    while current is not None:
        if current.kind == "EG":
            found = (current.finess_data or {}).get("commune")
            if not found:
                eg_fiche = s.get(Fiche, current.id)
                found = mapping.commune_of(eg_fiche.resource if eg_fiche is not None else None)
            return found or None
        current = s.get(Node, current.parent_id) if current.parent_id else None
    return None


def _build_all(s, node: Node, fiche: Fiche | None) -> list[dict[str, Any]]:
    """The node's resources: the main one, then (a UO with capacities) its Location."""
    parent = s.get(Node, node.parent_id) if node.parent_id else None
    location = fiche.location if fiche is not None else None
    commune = _commune(s, node) if node.kind == "UO" else None
    return mapping.resources_for(node, fiche, _reference(parent), location_base=location, commune=commune)


def resource_of(ws, node_id: int) -> dict[str, Any]:
    """What the node looks like as a resource now (mine, for a conflict)."""
    with ws.reading() as s:
        node, fiche = _load(s, node_id)
        return _build_all(s, node, fiche)[0]


def local_values(resource: dict[str, Any]) -> PulledItem:
    """The node columns and answers an Organization or HealthcareService carries (a merged conflict)."""
    item = mapping.apply_resource(resource)
    if not isinstance(item, PulledItem):
        raise ValueError(f"not a node's resource: {resource.get('resourceType')}")
    return item


def pulled_items(fetched: dict[str, list[dict[str, Any]]]) -> list[PulledItem]:
    """Organizations first (parents), then services (with the Location each references)."""
    return mapping.pulled_items(fetched)


def lone_locations(fetched: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Pulled Locations no pulled service references."""
    return _lone_locations(fetched)


def job_for(ws, node_id: int, entry_ids: list[int]):
    from app.sync.engine_push import Job

    with ws.reading() as s:
        node, fiche = _load(s, node_id)
        if node.deleted:
            action = "delete" if node.server_id else "skip"
            resource = None
        else:
            action = "update" if node.server_id else "create"
        location = None
        if action in ("update", "create"):
            found = _build_all(s, node, fiche)
            resource = found[0]
            location = next((r for r in found[1:] if r.get("resourceType") == "Location"), None)
        known = (fiche.location if fiche is not None else None) or {}
        return Job(node_id=node_id, entry_ids=entry_ids, action=action, resource=resource,
                   server_type=server_type(node.kind), server_id=node.server_id, version=node.server_version,
                   base=fiche.resource if fiche else None, stamp=node.updated_at, uid=node.uid,
                   location=location, location_base=known or None,
                   location_version=(known.get("meta") or {}).get("versionId"))


def refresh_job(ws, job):
    """Rebuild a create just before sending it: its parent may have got its server id meanwhile."""
    return job_for(ws, job.node_id, job.entry_ids)


def dossier_bundle(ws, structure_id: int) -> dict[str, Any]:
    """A `collection` Bundle of what the structure's dossier proposes: new, changed and deleted resources."""
    entries = []
    with ws.reading() as s:
        ids, frontier = [structure_id], [structure_id]
        while frontier:
            frontier = list(s.scalars(select(Node.id).where(Node.parent_id.in_(frontier))))
            ids.extend(frontier)
        for node in s.scalars(select(Node).where(Node.id.in_(ids), Node.dirty.is_(True)).order_by(Node.id)):
            rtype = server_type(node.kind)
            if node.deleted:
                if node.server_id:
                    entries.append({"request": {"method": "DELETE", "url": f"{rtype}/{node.server_id}"}})
                continue
            resource, *more = _build_all(s, node, s.get(Fiche, node.id))
            if node.server_id:
                entries.append({"fullUrl": f"{rtype}/{node.server_id}", "resource": resource,
                                "request": {"method": "PUT", "url": f"{rtype}/{node.server_id}"}})
            else:
                resource.pop("id", None)
                entries.append({"fullUrl": f"urn:uuid:{node.uid}", "resource": resource,
                                "request": {"method": "POST", "url": rtype}})
            for extra in more:  # the UO's Location: a new one travels as urn:uuid (see mapping.location_id)
                if extra.get("id"):
                    entries.append({"fullUrl": f"Location/{extra['id']}", "resource": extra,
                                    "request": {"method": "PUT", "url": f"Location/{extra['id']}"}})
                else:
                    entries.append({"fullUrl": f"urn:uuid:{mapping.location_id(node.uid)}", "resource": extra,
                                    "request": {"method": "POST", "url": "Location"}})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}

