"""The CapabilityStatement served at `GET /fhir/metadata`: what the sandbox supports, and where to get a token."""
from __future__ import annotations

from typing import Any

from .indexing import RESOURCE_TYPES
from .search import params_of

OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"
_INTERACTIONS = ["read", "vread", "update", "delete", "history-instance", "create", "search-type"]
# The ROR's rules: PUT on HealthcareService; Location and Organization change only by PATCH (JSON Patch,
# If-Match, first-level elements), so `update` is not declared on them. The PUT route itself still answers
# (clients built without the statement keep working); a client that reads the statement sends PATCH there.
_PATCHED = {"Location": ["patch"], "Organization": ["patch"]}
_NOT_DECLARED = {"Location": {"update"}, "Organization": {"update"}}
_TYPES = {"id": "token", "date": "date", "string": "string", "token": "token", "reference": "reference"}


def capability_statement(base: str, instant: str) -> dict[str, Any]:
    resources = []
    for rtype in RESOURCE_TYPES:
        params = [{"name": name, "type": _TYPES[kind]} for name, kind in params_of(rtype).items()]
        entry: dict[str, Any] = {
            "type": rtype, "interaction": [{"code": code} for code in _INTERACTIONS + _PATCHED.get(rtype, [])
                            if code not in _NOT_DECLARED.get(rtype, set())],
            "versioning": "versioned-update", "readHistory": True, "updateCreate": True,
            "conditionalCreate": True, "conditionalUpdate": False, "conditionalDelete": "not-supported",
            "searchParam": params,
            "documentation": "PUT sur une ressource existante exige If-Match (sinon 428).",
        }
        refs = [name for name, kind in params_of(rtype).items() if kind == "reference"]
        entry["searchInclude"] = [f"{rtype}:{name}" for name in refs]
        entry["searchRevInclude"] = [f"{other}:{name}" for other in RESOURCE_TYPES
                                     for name, kind in params_of(other).items() if kind == "reference"]
        if rtype == "ValueSet":
            entry["operation"] = [{"name": "expand", "definition": "http://hl7.org/fhir/OperationDefinition/ValueSet-expand"}]
        resources.append(entry)
    return {
        "resourceType": "CapabilityStatement", "status": "active", "date": instant, "kind": "instance",
        "software": {"name": "ror-sandbox", "version": "0.1.0"},
        "implementation": {"description": "Bac à sable ROR local (ror-sandbox)", "url": base},
        "fhirVersion": "4.0.1", "format": ["application/fhir+json", "json"],
        "patchFormat": ["application/json-patch+json"],
        "rest": [{
            "mode": "server",
            "documentation": "Search results are ordered by _lastUpdated then id; paging with _count (default 200, "
                             "max 1000) and the next link.",
            "security": {
                "extension": [{"url": OAUTH_URIS, "extension": [{"url": "token", "valueUri": f"{base}/token"}]}],
                "service": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/restful-security-service",
                                         "code": "OAuth"}]}],
                "description": "Bearer token from POST [base]/token (grant_type=password or refresh_token).",
            },
            "resource": resources,
        }],
    }
