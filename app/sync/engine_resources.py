"""The engine's view of the FHIR mapping: the resource to send for a node, and the node a resource describes.

The ROR mapping itself lives in app/sync/mapping.py; this module only adds what the engine needs around it:
references to parents (server id once known, else `urn:uuid:<uid>` inside a dossier's Bundle), the
identifier used for conditional creates, the Bundle of a dossier (with the Location of a UO's capacities), and
pulled resources as `PulledItem`s.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.models.pulled import PulledItem
from app.models.rows import NodeView
from app.sync import fhir_patch, mapping
from app.sync.fhir_inbound import lone_locations as _lone_locations
from app.sync.fhir_systems import NODE_UID_SYSTEM
from app.sync.jobs import Job
from app.sync.mapping import server_type
from app.sync.server_rules import UNKNOWN, ServerRules

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

PULLED_TYPES = ("Organization", "HealthcareService", "Location")
__all__ = ["NODE_UID_SYSTEM", "PULLED_TYPES", "server_type"]


def uid_condition(uid: str) -> str:
    """The If-None-Exist condition that finds a node's resource by its client id."""
    return f"identifier={NODE_UID_SYSTEM}|{uid}"


def _reference(node: Any) -> str | None:
    if node is None:
        return None
    t = server_type(node.kind)
    return f"{t}/{node.server_id}" if node.server_id else f"urn:uuid:{node.uid}"


def reference_of(ws: Workspace, node_id: int) -> str | None:
    return _reference(ws.nodes.get(node_id))


def _build_all(view: NodeView) -> list[dict[str, Any]]:
    """The node's resources: the main one, then (a UO with capacities) its Location."""
    location = view.fiche.location if view.fiche is not None else None
    commune = None
    if view.node.kind == "UO":
        commune = view.finess_commune or mapping.commune_of(view.eg_resource)
    return mapping.resources_for(view.node, view.fiche, _reference(view.parent), location_base=location,
                                 commune=commune)


def resource_of(ws: Workspace, node_id: int) -> dict[str, Any]:
    """What the node looks like as a resource now (mine, for a conflict)."""
    return _build_all(ws.server.view(node_id))[0]


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


def job_for(ws: Workspace, node_id: int, entry_ids: list[int], view: NodeView | None = None) -> Job:
    """What to send for a node (`view`: its view already read, see ws.server.views)."""
    view = view or ws.server.view(node_id)
    node, fiche = view.node, view.fiche
    resource: dict[str, Any] | None = None
    location = None
    if node.deleted:
        action = "delete" if node.server_id else "skip"
    else:
        action = "update" if node.server_id else "create"
    if action in ("update", "create"):
        found = _build_all(view)
        resource = found[0]
        location = next((r for r in found[1:] if r.get("resourceType") == "Location"), None)
    known = (fiche.location if fiche is not None else None) or {}
    return Job(node_id=node_id, entry_ids=entry_ids, action=action, resource=resource,
               server_type=server_type(node.kind), server_id=node.server_id, version=node.server_version,
               base=fiche.resource if fiche else None, stamp=node.updated_at, uid=node.uid,
               location=location, location_base=known or None,
               location_version=(known.get("meta") or {}).get("versionId"))


def refresh_job(ws: Workspace, job: Job) -> Job:
    """Rebuild a create just before sending it: its parent may have got its server id meanwhile."""
    return job_for(ws, job.node_id, job.entry_ids)


def dossier_bundle(ws: Workspace, structure_id: int, rules: ServerRules = UNKNOWN) -> dict[str, Any]:
    """A `collection` Bundle of what the structure's dossier proposes: new resources (ifNoneExist on their
    client identifier), changed and deleted ones (ifMatch on the version each was based on). A change goes as
    PUT, or, when the server declares patch and not update on that type, as PATCH (a JSON Patch in a Binary, FHIR
    R4 transaction rules): from the server's Location the fiche holds, and for the unit's own resource (whose
    stored copy carries the local edits) setting every first-level element it maps."""
    entries: list[dict[str, Any]] = []
    for view in ws.server.dirty_views(structure_id):
        node = view.node
        rtype = server_type(node.kind)
        if node.deleted:
            if node.server_id:
                entries.append({"request": _based_on({"method": "DELETE", "url": f"{rtype}/{node.server_id}"},
                                                     node.server_version)})
            continue
        resource, *more = _build_all(view)
        if node.server_id:  # the fiche's resource carries local edits: a patch of it sets every element
            entries.append(_change(rules, rtype, node.server_id, resource, None, node.server_version))
        else:
            resource.pop("id", None)
            entries.append({"fullUrl": f"urn:uuid:{node.uid}", "resource": resource,
                            "request": {"method": "POST", "url": rtype, "ifNoneExist": uid_condition(node.uid)}})
        for extra in more:  # the UO's Location: a new one travels as urn:uuid (see mapping.location_id)
            if extra.get("id"):
                known = (view.fiche.location or None) if view.fiche is not None else None
                version = ((known or {}).get("meta") or {}).get("versionId")
                entries.append(_change(rules, "Location", str(extra["id"]), extra, known, version))
            else:
                loc_uid = mapping.location_id(node.uid)
                entries.append({"fullUrl": f"urn:uuid:{loc_uid}", "resource": extra,
                                "request": {"method": "POST", "url": "Location",
                                            "ifNoneExist": uid_condition(loc_uid)}})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def _change(rules: ServerRules, rtype: str, rid: str, resource: dict[str, Any], base: dict[str, Any] | None,
            version: str | None) -> dict[str, Any]:
    """The entry of a change: PUT of the resource, or PATCH (JSON Patch from `base`) when only that is open."""
    url = f"{rtype}/{rid}"
    if rules.write(rtype) == "patch":
        ops = fhir_patch.operations(base, resource)
        return {"resource": fhir_patch.binary(ops), "request": _based_on({"method": "PATCH", "url": url}, version)}
    return {"fullUrl": url, "resource": resource, "request": _based_on({"method": "PUT", "url": url}, version)}


def _based_on(request: dict[str, Any], version: str | None) -> dict[str, Any]:
    """An update or deletion carries the version it was based on (If-Match semantics): a change made on the
    server meanwhile makes the validation fail instead of being overwritten."""
    if version:
        request["ifMatch"] = f'W/"{version}"'
    return request
