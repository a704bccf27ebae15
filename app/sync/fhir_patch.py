"""JSON Patch (RFC 6902) for the writes a server opens only as PATCH: from the server's copy the workspace last
held to the resource as it is now, first-level elements only (the ROR's rule, "seuls les attributs de premier
niveau"), checked with `jsonpatch` so the patch applied to that copy gives exactly the new content.

In a Bundle a PATCH entry carries the JSON Patch in a Binary resource (FHIR R4, transaction/batch);
`patch_view` turns such an entry back into a partial resource (what the patch sets) for the read-back.
"""
from __future__ import annotations

import base64
import json
from typing import Any

import jsonpatch

from app.sync.server_rules import JSON_PATCH

BOOKKEEPING = ("id", "meta", "resourceType")


def _content(resource: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (resource or {}).items() if k not in BOOKKEEPING}


def operations(base: dict[str, Any] | None, new: dict[str, Any]) -> list[dict[str, Any]]:
    """The first-level JSON Patch from `base` to `new` (their id and meta aside). Without a base every element of
    `new` is added (an `add` on an existing member replaces it). A patch that changes nothing is a lone `test` of
    the resource type, so the server still writes a new version (a yearly confirmation)."""
    old, wanted = _content(base), _content(new)
    ops: list[dict[str, Any]] = []
    for key in sorted(set(old) | set(wanted)):
        path = "/" + key
        if key not in wanted:
            if base is not None:
                ops.append({"op": "remove", "path": path})
        elif key not in old:
            ops.append({"op": "add", "path": path, "value": wanted[key]})
        elif old[key] != wanted[key]:
            ops.append({"op": "replace", "path": path, "value": wanted[key]})
    if base is not None and ops:
        patched = jsonpatch.JsonPatch(ops).apply(_content(base))
        if patched != wanted:  # never send a patch that would not give the new content
            raise AssertionError("JSON Patch does not reproduce the resource")
    return ops or [{"op": "test", "path": "/resourceType", "value": new.get("resourceType")}]


def binary(ops: list[dict[str, Any]]) -> dict[str, Any]:
    """The Binary a Bundle's PATCH entry carries."""
    data = base64.b64encode(json.dumps(ops, ensure_ascii=False).encode("utf-8")).decode("ascii")
    return {"resourceType": "Binary", "contentType": JSON_PATCH, "data": data}


def operations_of(resource: Any) -> list[dict[str, Any]] | None:
    """The JSON Patch a Binary carries, or None when it is not one."""
    if not isinstance(resource, dict) or resource.get("resourceType") != "Binary":
        return None
    if str(resource.get("contentType") or "").split(";")[0].strip().lower() != JSON_PATCH:
        return None
    try:
        ops = json.loads(base64.b64decode(str(resource.get("data") or ""), validate=True))
    except ValueError:
        return None
    return ops if isinstance(ops, list) and all(isinstance(o, dict) for o in ops) else None


def patch_view(entry: dict[str, Any]) -> dict[str, Any]:
    """A Bundle entry as the read-back sees it: a PATCH entry becomes `{resource: what the patch sets}` (type and
    id from its request url); any other entry is returned as it is."""
    request = entry.get("request") or {}
    if str(request.get("method") or "").upper() != "PATCH":
        return entry
    ops = operations_of(entry.get("resource")) or []
    rtype, _sep, rid = str(request.get("url") or "").partition("/")
    partial: dict[str, Any] = {"resourceType": rtype, "id": rid}
    for op in ops:
        if op.get("op") in ("add", "replace") and str(op.get("path") or "").count("/") == 1:
            partial[str(op["path"])[1:]] = op.get("value")
    return {**entry, "resource": partial}
