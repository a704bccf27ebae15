"""Small pieces to build and read ROR FHIR JSON: codings, identifier slices, extensions, telecoms, references.

They edit plain dicts in place and never drop an element they do not own, so a server resource keeps every
element it came with when the mapping overlays the local values.
"""
from __future__ import annotations

from typing import Any

from app.sync import fhir_systems as S


def concept(system: str, code: str, display: str | None = None) -> dict[str, Any]:
    coding: dict[str, Any] = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return {"coding": [coding]}


def code_in(value: Any, system: str) -> str | None:
    """The first code of `system` in a CodeableConcept or a list of them, else None."""
    for cc in value if isinstance(value, list) else [value]:
        for coding in (cc or {}).get("coding") or [] if isinstance(cc, dict) else []:
            if coding.get("system") == system and coding.get("code"):
                return str(coding["code"])
    return None


def display_in(value: Any, system: str, code: str) -> str | None:
    for cc in value if isinstance(value, list) else [value]:
        for coding in (cc or {}).get("coding") or [] if isinstance(cc, dict) else []:
            if coding.get("system") == system and str(coding.get("code")) == code:
                return coding.get("display")
    return None


def set_coded(resource: dict, key: str, system: str, code: str, display: str | None = None) -> None:
    """Put `system#code` in the list element `key` (a sliced CodeableConcept list): the concept that holds
    a coding of `system` is replaced when its code differs, other concepts are kept."""
    items = resource.setdefault(key, [])
    for i, cc in enumerate(items):
        if code_in(cc, system) is not None:
            if code_in(cc, system) != code:
                items[i] = concept(system, code, display or display_in(cc, system, code))
            return
    items.append(concept(system, code, display))


def extension(element: dict, url: str) -> dict | None:
    return next((e for e in element.get("extension") or [] if e.get("url") == url), None)


def ensure_extension(element: dict, url: str, **value: Any) -> dict:
    """The extension `url` of `element`, added with `value` when absent (an existing one is left as it is)."""
    found = extension(element, url)
    if found is None:
        found = {"url": url, **value}
        element.setdefault("extension", []).append(found)
    return found


def identifier_type(ident: dict) -> set[tuple[str | None, str | None]]:
    return {(c.get("system"), c.get("code")) for c in ((ident.get("type") or {}).get("coding") or [])}


def set_identifier(resource: dict, system: str, value: str, type_system: str | None = None,
                   type_code: str | None = None, display: str | None = None,
                   also_systems: set[str] | frozenset[str] = frozenset()) -> None:
    """Put the identifier of one slice (found by system or by type) to `value`, keeping its other fields."""
    idents = resource.setdefault("identifier", [])
    wanted_type = (type_system, type_code)
    for ident in idents:
        if (ident.get("system") in ({system} | set(also_systems))
                or (type_code and wanted_type in identifier_type(ident))):
            ident["value"] = value
            ident.setdefault("system", system)
            if type_system and type_code and not ident.get("type"):
                ident["type"] = concept(type_system, type_code, display)
            return
    ident = {"system": system, "value": value}
    if type_system and type_code:
        ident = {"type": concept(type_system, type_code, display), **ident}
    idents.append(ident)


def identifier_value(resource: dict, system: str | set[str], type_system: str | None = None,
                     type_code: str | None = None) -> str | None:
    systems = {system} if isinstance(system, str) else set(system)
    for ident in resource.get("identifier") or []:
        if ident.get("system") in systems or (type_code and (type_system, type_code) in identifier_type(ident)):
            if ident.get("value"):
                return str(ident["value"])
    return None


def phone(value: str) -> dict[str, Any]:
    """A fixed-line phone ContactPoint with the two ROR extensions (channel 2 Téléphone fixe, public)."""
    return {
        "extension": [
            {"url": S.EXT_TELECOM_CHANNEL, "valueCodeableConcept": concept(S.R200_CANAL, "2", "Téléphone fixe")},
            {"url": S.EXT_TELECOM_CONFIDENTIALITY,
             "valueCodeableConcept": concept(S.R283_CONFIDENTIALITE, "1", "Accès libre")},
        ],
        "system": "phone",
        "value": value,
    }


def drop_empty_telecoms(resource: dict) -> None:
    """ContactPoints without a value (a form left them half filled) are not sent: the profile requires one."""
    holders = [resource] + [c for c in resource.get("contact") or [] if isinstance(c, dict)]
    for holder in holders:
        if "telecom" in holder:
            kept = [t for t in holder["telecom"] if isinstance(t, dict) and t.get("value")]
            if kept:
                holder["telecom"] = kept
            else:
                del holder["telecom"]
    if "contact" in resource:
        kept = [c for c in resource["contact"] if isinstance(c, dict) and c]
        if kept:
            resource["contact"] = kept
        else:
            del resource["contact"]


def ensure_profile(resource: dict, rtype: str) -> None:
    profiles = resource.setdefault("meta", {}).setdefault("profile", [])
    if S.PROFILE[rtype] not in profiles:
        profiles.append(S.PROFILE[rtype])


def reference_key(ref: Any) -> str | None:
    """"Type/id" of a reference (a full URL is cut to its last two segments; urn:uuid stays as is)."""
    text = (ref or {}).get("reference") if isinstance(ref, dict) else ref
    if not text:
        return None
    text = str(text)
    if text.startswith("urn:"):
        return text
    parts = [p for p in text.split("/_history/")[0].split("/") if p]
    return "/".join(parts[-2:]) if len(parts) >= 2 else text
