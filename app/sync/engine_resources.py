"""The engine's view of the FHIR mapping: the resource to send for a node, and the node a resource describes.

The ROR mapping itself lives in app/sync/mapping.py; this module only adds what the engine needs around it:
references to parents (server id once known, else `urn:uuid:<uid>` inside a dossier's Bundle), the
identifier used for conditional creates, the Bundle of a dossier, and pulled resources as `PulledItem`s.
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from app.models.schema import Fiche, Node
from app.models.sync_apply import PulledItem

try:
    from app.sync import mapping as _mapping
except ImportError:  # a checkout without the ROR mapping: the minimal one below
    _mapping = None

PULLED_TYPES = ("Organization", "HealthcareService")
NODE_UID_SYSTEM = "urn:ror-referent:node-uid"
KIND_URL = "urn:ror-referent:node-kind"
ANSWERS_URL = "urn:ror-referent:answers"
COLUMNS_URL = "urn:ror-referent:node-columns"
CARRIED = ("finess", "siren", "siret", "departement", "categorie", "domaine", "champ", "type_offre", "status",
           "finess_data", "origins", "prefilled")


def uid_condition(uid: str) -> str:
    """The If-None-Exist condition that finds a node's resource by its client id."""
    return f"identifier={NODE_UID_SYSTEM}|{uid}"


def server_type(kind: str) -> str:
    return "HealthcareService" if kind == "UO" else "Organization"


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


def _build(s, node: Node, fiche: Fiche | None) -> dict[str, Any]:
    parent = s.get(Node, node.parent_id) if node.parent_id else None
    return to_resource(node, fiche, _reference(parent))


def to_resource(node: Node, fiche: Fiche | None, parent_ref: str | None) -> dict[str, Any]:
    """The resource for a node: the ROR mapping (app/sync/mapping.py), else a minimal fallback."""
    if _mapping is not None:
        return _mapping.to_resource(node, fiche, parent_ref)
    return _minimal_resource(node, fiche, parent_ref)


def _minimal_resource(node: Node, fiche: Fiche | None, parent_ref: str | None) -> dict[str, Any]:
    """Kind, name, identifiers, parent, answers and indexed columns: enough for a server without profile check."""
    rtype = server_type(node.kind)
    resource: dict[str, Any] = {"resourceType": rtype}
    if node.server_id:
        resource["id"] = node.server_id
    resource["identifier"] = [{"system": NODE_UID_SYSTEM, "value": node.uid}]
    resource["name"] = node.name
    ext = [{"url": KIND_URL, "valueCode": node.kind}]
    if fiche is not None and fiche.answers:
        ext.append({"url": ANSWERS_URL, "valueString": json.dumps(fiche.answers, ensure_ascii=False,
                                                                  sort_keys=True)})
    columns = {c: getattr(node, c) for c in CARRIED if getattr(node, c) is not None}
    ext.append({"url": COLUMNS_URL, "valueString": json.dumps(columns, ensure_ascii=False, sort_keys=True)})
    resource["extension"] = ext
    if parent_ref:
        resource["providedBy" if rtype == "HealthcareService" else "partOf"] = {"reference": parent_ref}
    return resource


def resource_of(ws, node_id: int) -> dict[str, Any]:
    """What the node looks like as a resource now (mine, for a conflict)."""
    with ws.reading() as s:
        node, fiche = _load(s, node_id)
        return _build(s, node, fiche)


def local_values(resource: dict[str, Any]) -> PulledItem:
    """The node columns and answers a resource carries (for a pull or a merged conflict)."""
    if _mapping is not None:
        item = _mapping.apply_resource(resource)
        if isinstance(item, PulledItem):
            return item
    return _minimal_values(resource)


def _minimal_values(resource: dict[str, Any]) -> PulledItem:
    ext = {e.get("url"): e for e in resource.get("extension") or []}
    kind = (ext.get(KIND_URL) or {}).get("valueCode") or ("UO" if resource["resourceType"] == "HealthcareService"
                                                          else "EG")
    answers = None
    if ANSWERS_URL in ext:
        answers = json.loads(ext[ANSWERS_URL]["valueString"])
    columns = json.loads(ext[COLUMNS_URL]["valueString"]) if COLUMNS_URL in ext else {}
    uid = next((i.get("value") for i in resource.get("identifier") or [] if i.get("system") == NODE_UID_SYSTEM),
               None)
    parent = (resource.get("providedBy") or resource.get("partOf") or {}).get("reference")
    meta = resource.get("meta") or {}
    return PulledItem(server_type=resource["resourceType"], server_id=str(resource.get("id") or ""),
                      version=meta.get("versionId"), uid=uid, parent=parent,
                      columns={**columns, "kind": kind, "name": resource.get("name") or ""}, answers=answers,
                      resource=resource)


def pulled_items(fetched: dict[str, list[dict[str, Any]]]) -> list[PulledItem]:
    """Organizations first (parents), then services."""
    if _mapping is not None:
        return _mapping.pulled_items(fetched)
    items = []
    for rtype in PULLED_TYPES:
        items.extend(local_values(r) for r in fetched.get(rtype, []))
    return items


def job_for(ws, node_id: int, entry_ids: list[int]):
    from app.sync.engine_push import Job

    with ws.reading() as s:
        node, fiche = _load(s, node_id)
        if node.deleted:
            action = "delete" if node.server_id else "skip"
            resource = None
        else:
            action = "update" if node.server_id else "create"
            resource = _build(s, node, fiche)
        return Job(node_id=node_id, entry_ids=entry_ids, action=action, resource=resource,
                   server_type=server_type(node.kind), server_id=node.server_id, version=node.server_version,
                   base=fiche.resource if fiche else None, stamp=node.updated_at, uid=node.uid)


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
            resource = _build(s, node, s.get(Fiche, node.id))
            if node.server_id:
                entries.append({"fullUrl": f"{rtype}/{node.server_id}", "resource": resource,
                                "request": {"method": "PUT", "url": f"{rtype}/{node.server_id}"}})
            else:
                resource.pop("id", None)
                entries.append({"fullUrl": f"urn:uuid:{node.uid}", "resource": resource,
                                "request": {"method": "POST", "url": rtype}})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def published_bundle(ws) -> dict[str, Any]:
    """Every live node as a resource (`urn:uuid:<uid>` full URLs, parents first): a seed for a server."""
    if _mapping is not None:
        return _mapping.workspace_to_bundle(ws.path)
    entries = []
    with ws.reading() as s:
        nodes = {n.id: n for n in s.scalars(select(Node).where(Node.deleted.is_(False)))}
        fiches = {f.node_id: f for f in s.scalars(select(Fiche))}
        for node in sorted(nodes.values(), key=lambda n: (server_type(n.kind) != "Organization", n.id)):
            parent = nodes.get(node.parent_id)
            resource = to_resource(node, fiches.get(node.id), f"urn:uuid:{parent.uid}" if parent else None)
            resource.pop("id", None)
            entries.append({"fullUrl": f"urn:uuid:{node.uid}", "resource": resource})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}
