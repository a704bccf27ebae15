"""What a server accepts, read from its CapabilityStatement: per resource type, which interactions it declares
(read, search, create, update, patch, delete), whether it takes a conditional create, and which PATCH formats.

The sync decides from these how to send a write: PUT when the type declares `update`, else a JSON Patch when it
declares `patch` with JSON Patch among its formats, else nothing (the change waits, and the report says why).

Defaults, when the statement says nothing:
- no statement at all (the server was unreachable when the session opened, or an engine built without one), or a
  statement that lists no resource: `UNKNOWN`, everything allowed, PUT preferred (the client behaves as before);
- a type missing from a statement that lists others: nothing allowed on it;
- `patch` declared without `patchFormat`: JSON Patch (`application/json-patch+json`);
- `conditionalCreate` absent: not supported (FHIR R4's default), so the client looks for its identifier first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

JSON_PATCH = "application/json-patch+json"
FHIRPATH_PATCH = "fhirpath"  # FHIRPath Patch: a Parameters resource sent as application/fhir+json (or xml)
_FHIRPATH_MEDIA = ("application/fhir+json", "application/fhir+xml", "json", "xml")
INTERACTIONS = ("read", "search", "create", "update", "patch", "delete")


@dataclass(frozen=True)
class TypeRules:
    """The interactions one resource type declares."""

    interactions: frozenset[str] = frozenset()
    conditional_create: bool = False

    def allows(self, interaction: str) -> bool:
        return interaction in self.interactions


EVERYTHING = TypeRules(frozenset(INTERACTIONS), conditional_create=True)


@dataclass(frozen=True)
class ServerRules:
    """The server's rules per resource type; `declared` is False when they are the permissive default."""

    types: dict[str, TypeRules] = field(default_factory=dict)
    patch_formats: frozenset[str] = frozenset({JSON_PATCH})
    declared: bool = True

    def of(self, rtype: str) -> TypeRules:
        if not self.declared:
            return EVERYTHING
        return self.types.get(rtype, TypeRules())

    def allows(self, rtype: str, interaction: str) -> bool:
        return self.of(rtype).allows(interaction)

    def conditional_create(self, rtype: str) -> bool:
        return self.of(rtype).conditional_create

    def write(self, rtype: str) -> str | None:
        """How a change of an existing `rtype` goes: 'update' (PUT), 'patch' (JSON Patch), or None."""
        rules = self.of(rtype)
        if rules.allows("update"):
            return "update"
        if rules.allows("patch") and JSON_PATCH in self.patch_formats:
            return "patch"
        return None

    def missing_write(self, rtype: str) -> str:
        """Why `write(rtype)` is None, as a Refusal key: only FHIRPath Patch open, or no write at all."""
        if self.allows(rtype, "patch") and FHIRPATH_PATCH in self.patch_formats:
            return "sync-patch-fhirpath-only"
        return "sync-update-unsupported"


UNKNOWN = ServerRules(declared=False)


def _interaction(code: str) -> str | None:
    if code == "search-type":
        return "search"
    return code if code in INTERACTIONS else None


def _formats(statement: dict[str, Any]) -> frozenset[str]:
    declared = statement.get("patchFormat")
    if not isinstance(declared, list) or not declared:
        return frozenset({JSON_PATCH})
    found: set[str] = set()
    for media in declared:
        kind = str(media).split(";")[0].strip().lower()
        if kind == JSON_PATCH:
            found.add(JSON_PATCH)
        elif kind in _FHIRPATH_MEDIA:
            found.add(FHIRPATH_PATCH)
    return frozenset(found)


def from_statement(statement: dict[str, Any] | None) -> ServerRules:
    """The rules a CapabilityStatement declares for its server mode (see the module's defaults)."""
    if not isinstance(statement, dict):
        return UNKNOWN
    rests = [r for r in statement.get("rest") or [] if isinstance(r, dict) and r.get("mode", "server") == "server"]
    types: dict[str, TypeRules] = {}
    for rest in rests:
        for entry in rest.get("resource") or []:
            if not isinstance(entry, dict) or not isinstance(entry.get("type"), str):
                continue
            codes = {_interaction(str((i or {}).get("code") or "")) for i in entry.get("interaction") or []
                     if isinstance(i, dict)}
            types[entry["type"]] = TypeRules(frozenset(c for c in codes if c),
                                             conditional_create=entry.get("conditionalCreate") is True)
    if not types:
        return UNKNOWN
    return ServerRules(types=types, patch_formats=_formats(statement))
