"""What each resource type can be searched by, and the index rows extracted from a resource for it."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

RESOURCE_TYPES = ("Organization", "HealthcareService", "Location", "Bundle", "Task", "Questionnaire", "ValueSet")

# Search parameters per type beyond the common ones (_id, _lastUpdated, identifier): name -> kind.
SEARCH_PARAMS: dict[str, dict[str, str]] = {
    "Organization": {"name": "string", "partof": "reference", "type": "token", "active": "token"},
    "HealthcareService": {"name": "string", "organization": "reference", "location": "reference", "type": "token",
                          "active": "token"},
    "Location": {"name": "string", "partof": "reference", "organization": "reference", "type": "token",
                 "status": "token"},
    "Bundle": {},
    "Task": {"status": "token", "focus": "reference", "code": "token"},
    "Questionnaire": {"name": "string", "url": "token", "version": "token", "status": "token", "context": "token"},
    "ValueSet": {"name": "string", "url": "token", "version": "token", "status": "token"},
}

# The resource type a bare id refers to, per reference parameter (None: any type).
REFERENCE_TARGETS = {"partof": None, "organization": "Organization", "location": "Location", "focus": None}

_PUNCTUATION = re.compile(r"[^\w]+")
_REF = re.compile(r"(?:^|/)([A-Z][A-Za-z]+)/([A-Za-z0-9\-.]{1,64})(?:/_history/[^/]+)?$")


def normalise_text(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces: what `name` search compares
    ('Sainte-Anne' ~ 'sainte anne')."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_PUNCTUATION.sub(" ", plain.casefold()).split())


def split_reference(reference: str) -> tuple[str, str]:
    """`Organization/12`, an absolute URL or `urn:uuid:...` -> (type or '', id or the urn)."""
    match = _REF.search(reference or "")
    if match:
        return match.group(1), match.group(2)
    return "", reference or ""


def _codings(concepts: Any) -> Iterator[tuple[str, str]]:
    for concept in concepts if isinstance(concepts, list) else [concepts]:
        if isinstance(concept, dict):
            for coding in concept.get("coding") or []:
                if coding.get("code"):
                    yield coding.get("system") or "", str(coding["code"])


def _reference(value: Any) -> Iterator[tuple[str, str]]:
    for one in value if isinstance(value, list) else [value]:
        if isinstance(one, dict) and one.get("reference"):
            yield split_reference(one["reference"])


def index_rows(resource: dict[str, Any]) -> tuple[str | None, list[tuple[str, str, str]]]:
    """(normalised searchable name or None, [(param, system, code)]) for one resource."""
    rtype = resource.get("resourceType")
    rows: list[tuple[str, str, str]] = []
    identifiers = resource.get("identifier")
    for ident in identifiers if isinstance(identifiers, list) else [identifiers]:
        if isinstance(ident, dict) and ident.get("value"):
            rows.append(("identifier", ident.get("system") or "", str(ident["value"])))
    params = SEARCH_PARAMS.get(rtype, {})
    names = [resource.get("name"), resource.get("title")]
    if rtype in ("Organization", "Location"):
        names += resource.get("alias") or []
    name = "\n".join(normalise_text(n) for n in names if isinstance(n, str) and n) if "name" in params else ""
    sources: dict[str, Iterator[tuple[str, str]]] = {}
    if "partof" in params:
        sources["partof"] = _reference(resource.get("partOf"))
    if rtype == "HealthcareService":
        sources["organization"] = _reference(resource.get("providedBy"))
        sources["location"] = _reference(resource.get("location"))
    elif rtype == "Location":
        sources["organization"] = _reference(resource.get("managingOrganization"))
    if "type" in params:
        sources["type"] = _codings(resource.get("type") or [])
    if rtype == "Task":
        sources["focus"] = _reference(resource.get("focus"))
        sources["code"] = _codings(resource.get("code"))
    if "context" in params:
        sources["context"] = (pair for use in resource.get("useContext") or []
                              for pair in _codings(use.get("valueCodeableConcept")))
    for simple in ("status", "url", "version"):
        if simple in params and resource.get(simple):
            sources[simple] = iter([("", str(resource[simple]))])
    if "active" in params and isinstance(resource.get("active"), bool):
        sources["active"] = iter([("", "true" if resource["active"] else "false")])
    for param, pairs in sources.items():
        rows.extend((param, system, code) for system, code in pairs)
    return (name or None), rows
