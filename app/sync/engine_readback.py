"""What the server holds of a dossier, read back entry by entry: a dossier is published only on that.

A Task marked completed says the validator accepted; it does not prove the server holds the dossier's content
(an independent server does not apply the Bundle nor write the `Task.output` the sandbox writes). Each entry of
the Bundle the dossier sent is read back:
- a create is found by the server id the Task's output names, else by its client identifier
  (`NODE_UID_SYSTEM|uuid`, which every created resource carries);
- an update is read at its id (a PATCH entry: the elements its JSON Patch sets, fhir_patch.patch_view);
- a deletion must be gone (404/410).
A resource is at the expected content when it holds every element the dossier sent (references to the
dossier's new resources rewritten to their server ids), or when it is at the version the Task's output names
(the validator may have corrected it). An update the server changed meanwhile (a version other than the one it
was based on, and other content) is `changed`; one deleted on the server is `deleted`; anything else not there
is `missing`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.sync.client import FhirClient, ServerError
from app.sync.fhir_patch import patch_view
from app.sync.fhir_systems import NODE_UID_SYSTEM

URN = "urn:uuid:"
IGNORED = ("id", "meta", "text")  # what a server writes itself


@dataclass
class Found:
    """One Bundle entry on the server: its key (uuid of a create, or "Type/id"), state and the server's copy."""

    key: str
    state: str  # "ok", "missing", "changed", "deleted"
    resource: dict[str, Any] | None = None
    version: str | None = None


@dataclass
class ReadBack:
    """Every entry of the dossier, read back; `ids` maps the uuid of each create found to its server id."""

    entries: list[Found] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return all(f.state == "ok" for f in self.entries)

    def with_state(self, state: str) -> list[Found]:
        return [f for f in self.entries if f.state == state]


def outputs(task: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """({uuid: server id}, {"Type/id": version}) from Task.output (`Type/id` or `Type/id/_history/v`)."""
    ids: dict[str, str] = {}
    versions: dict[str, str] = {}
    for out in task.get("output") or []:
        urn = str((out.get("type") or {}).get("text") or "")
        ref = str((out.get("valueReference") or {}).get("reference") or "")
        parts = ref.split("/")
        if len(parts) < 2:
            continue
        if len(parts) >= 4 and parts[2] == "_history":
            versions[f"{parts[0]}/{parts[1]}"] = parts[3]
        if urn.startswith(URN):
            ids[urn[len(URN):]] = parts[1]
    return ids, versions


def _read(client: FhirClient, rtype: str, rid: str) -> tuple[dict[str, Any] | None, str | None, bool]:
    """(resource, version, deleted): None when the server does not have it (404: never, 410: deleted)."""
    try:
        got = client.read(rtype, rid)
    except ServerError as exc:
        if exc.status in (404, 410):
            return None, None, exc.status == 410
        raise
    return got.resource, got.version, False


def _find(client: FhirClient, rtype: str, uuid: str) -> tuple[dict[str, Any] | None, str | None]:
    for resource in client.search(rtype, {"identifier": f"{NODE_UID_SYSTEM}|{uuid}"}):
        return resource, str((resource.get("meta") or {}).get("versionId") or "") or None
    return None, None


def _rewrite(value: Any, refs: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {k: _rewrite(v, refs) for k, v in value.items()}
    if isinstance(value, list):
        return [_rewrite(v, refs) for v in value]
    if isinstance(value, str) and value.startswith(URN):
        return refs.get(value, value)
    return value


def holds(server: dict[str, Any], sent: dict[str, Any], refs: dict[str, str]) -> bool:
    """Whether the server's copy holds every element the dossier sent (ids, meta and narrative aside)."""
    expected = _rewrite(sent, refs)
    return all(server.get(k) == v for k, v in expected.items() if k not in IGNORED)


def _version(entry: dict[str, Any]) -> str | None:
    """The version an entry was based on (request.ifMatch W/"v")."""
    tag = str((entry.get("request") or {}).get("ifMatch") or "")
    return tag.removeprefix("W/").strip('"') or None


def read_back(client: FhirClient, bundle: dict[str, Any], task: dict[str, Any]) -> ReadBack:
    """Read every entry of the dossier's Bundle back from the server (see the module's docstring)."""
    named_ids, named_versions = outputs(task)
    found = ReadBack()
    entries = [patch_view(e) for e in bundle.get("entry") or [] if isinstance(e, dict)]
    copies: dict[int, tuple[dict[str, Any] | None, str | None, bool]] = {}
    for index, entry in enumerate(entries):  # creates first: their ids rewrite the others' references
        url = str(entry.get("fullUrl") or "")
        resource = entry.get("resource") or {}
        if not url.startswith(URN) or not resource.get("resourceType"):
            continue
        uuid, rtype = url[len(URN):], str(resource["resourceType"])
        rid = named_ids.get(uuid)
        if rid:
            copies[index] = _read(client, rtype, rid)
        else:
            theirs, version = _find(client, rtype, uuid)
            copies[index] = (theirs, version, False)
            if theirs is not None and theirs.get("id"):
                rid = str(theirs["id"])
        if rid and copies[index][0] is not None:
            found.ids[uuid] = rid
    refs = {URN + uuid: f"{entries[i]['resource']['resourceType']}/{found.ids[uuid]}"
            for i in copies for uuid in [str(entries[i]["fullUrl"])[len(URN):]] if uuid in found.ids}
    for index, entry in enumerate(entries):
        request = entry.get("request") or {}
        resource = entry.get("resource") or {}
        if index in copies:
            uuid = str(entry["fullUrl"])[len(URN):]
            theirs, version, _gone = copies[index]
            ok = theirs is not None and (holds(theirs, resource, refs) or (
                version is not None and named_versions.get(refs.get(URN + uuid, "")) == version))
            found.entries.append(Found(uuid, "ok" if ok else "missing", theirs, version))
            continue
        if str(request.get("method") or "").upper() == "DELETE":
            key = str(request.get("url") or "")
            rtype, _sep, rid = key.partition("/")
            theirs, version, _gone = _read(client, rtype, rid)
            found.entries.append(Found(key, "ok" if theirs is None else "missing", theirs, version))
            continue
        if not resource.get("resourceType") or not resource.get("id"):
            continue
        key = f"{resource['resourceType']}/{resource['id']}"
        theirs, version, gone = _read(client, str(resource["resourceType"]), str(resource["id"]))
        if theirs is None:
            found.entries.append(Found(key, "deleted" if gone or _version(entry) else "missing", None, None))
        elif holds(theirs, resource, refs) or (version is not None and named_versions.get(key) == version):
            found.entries.append(Found(key, "ok", theirs, version))
        elif _version(entry) is not None and version is not None and version != _version(entry):
            found.entries.append(Found(key, "changed", theirs, version))
        else:
            found.entries.append(Found(key, "missing", theirs, version))
    return found


def drift(client: FhirClient, bundle: dict[str, Any]) -> ReadBack:
    """The updates and deletions of the Bundle whose resource the server changed or deleted since the version
    they were based on (why a validation fails on an If-Match): `changed` or `deleted` entries; an update the
    server holds already is `ok` at its version."""
    found = ReadBack()
    for entry in bundle.get("entry") or []:
        entry = patch_view(entry) if isinstance(entry, dict) else entry
        base = _version(entry) if isinstance(entry, dict) else None
        if base is None:
            continue
        request = entry.get("request") or {}
        key = str(request.get("url") or "")
        rtype, _sep, rid = key.partition("/")
        if not rid:
            continue
        theirs, version, _gone = _read(client, rtype, rid)
        resource = entry.get("resource")
        if theirs is None:
            found.entries.append(Found(key, "deleted"))
        elif isinstance(resource, dict) and holds(theirs, resource, {}):  # ours already: the new base
            found.entries.append(Found(key, "ok", theirs, version))
        elif version is not None and version != base:
            found.entries.append(Found(key, "changed", theirs, version))
    return found
