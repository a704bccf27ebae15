"""The `ror-location-supported-capacity` extensions of a RORLocation, read into figures and written back.

Pure: the store reads a unit's figures from its last known Location before anything was typed, and the sync
builds the Location's new `extension` array (other extensions kept, the unit's figures replaced) for its PATCH.
One extension carries one count: nature (J187), status (J188), temporality (J189), nbCapacity, source (J193),
update date, temporary assignment (J195, required: "Aucune" unless the Location said otherwise) and gender.
"""
from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.models import capacities as C

EXT_SUPPORTED_CAPACITY = ("https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/"
                          "ror-location-supported-capacity")
# J190 (gender of a capacity): the code system is the one the Location used; this is used for a new one
GENDER_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R332-GenreCapacite/FHIR/TRE-R332-GenreCapacite"

Key = tuple[str, str, str]  # nature, gender ('' when none), temporality


@dataclass
class Figures:
    """A unit's figures for one key, as a Location carries them."""

    counts: dict[str, int | None] = field(default_factory=dict)
    updated_at: str | None = None
    source: str | None = None


def _code(part: dict[str, Any] | None) -> str | None:
    codings = ((part or {}).get("valueCodeableConcept") or {}).get("coding") or []
    first = codings[0] if codings and isinstance(codings[0], dict) else {}
    code = first.get("code")
    return str(code) if code is not None else None


def _parts(ext: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(p.get("url")): p for p in ext.get("extension") or [] if isinstance(p, dict)}


def is_capacity(ext: Any) -> bool:
    return isinstance(ext, dict) and ext.get("url") == EXT_SUPPORTED_CAPACITY


def figures_of(location: Mapping[str, Any] | None) -> dict[Key, Figures]:
    """The figures a Location carries, by (nature, gender, temporality); the newest update date and its source
    stand for the key. Extensions without nature, status or a count are skipped."""
    found: dict[Key, Figures] = {}
    for ext in (location or {}).get("extension") or []:
        if not is_capacity(ext):
            continue
        parts = _parts(ext)
        nature, status = _code(parts.get("capacityType")), _code(parts.get("capacityStatus"))
        count = (parts.get("nbCapacity") or {}).get("valueInteger")
        if not nature or not status or not isinstance(count, int) or isinstance(count, bool):
            continue
        key = (nature, _code(parts.get("gender")) or "", _code(parts.get("temporalityCapacity")) or C.COURANT)
        fig = found.setdefault(key, Figures())
        fig.counts[status] = (fig.counts.get(status) or 0) + count  # several closing types add up
        stamp = parts.get("capacityUpdateDate") or {}
        updated = stamp.get("valueDateTime") or stamp.get("valueDate") or stamp.get("valueInstant")
        if isinstance(updated, str) and (fig.updated_at is None or updated > fig.updated_at):
            fig.updated_at = updated
            fig.source = _code(parts.get("capacitySourceType")) or fig.source
    return found


def _concept(system: str, code: str, display: str | None = None) -> dict[str, Any]:
    coding = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return {"coding": [coding]}


def extension(nature: str, status: str, temporality: str, count: int, *, updated_at: str, source: str,
              gender: str | None = None, assignment: dict[str, Any] | None = None,
              gender_system: str = GENDER_SYSTEM) -> dict[str, Any]:
    """One capacity extension, with every part the profile requires."""
    parts: list[dict[str, Any]] = [
        {"url": "capacityType", "valueCodeableConcept": _concept(C.NATURE_SYSTEM, nature, C.NATURES.get(nature))},
        {"url": "capacityStatus", "valueCodeableConcept": _concept(C.STATUS_SYSTEM, status)},
        {"url": "temporalityCapacity", "valueCodeableConcept": _concept(C.TEMPORALITY_SYSTEM, temporality)},
        {"url": "nbCapacity", "valueInteger": int(count)},
        {"url": "capacitySourceType", "valueCodeableConcept": _concept(C.SOURCE_SYSTEM, source,
                                                                        C.SOURCES.get(source))},
        {"url": "capacityUpdateDate", "valueDateTime": updated_at},
        {"url": "temporaryAssignement",
         "valueCodeableConcept": copy.deepcopy(assignment) if assignment else _concept(C.ASSIGNMENT_SYSTEM,
                                                                                     C.AUCUNE, "Aucune")},
    ]
    if gender:
        parts.append({"url": "gender", "valueCodeableConcept": _concept(gender_system, gender)})
    return {"url": EXT_SUPPORTED_CAPACITY, "extension": parts}


@dataclass(frozen=True)
class Entry:
    """The figures the store holds for one key of a unit (what the PATCH sends)."""

    nature: str
    gender: str | None
    temporality: str
    counts: Mapping[str, int | None]
    updated_at: str
    source: str


def merged_extensions(base: Mapping[str, Any] | None, entries: Iterable[Entry]) -> list[dict[str, Any]]:
    """The Location's new `extension` array: every extension of `base` kept, except the capacity extensions of
    the keys the entries give, which are replaced by one extension per status counted."""
    entries = list(entries)
    keys = {(e.nature, e.gender or "", e.temporality) for e in entries}
    kept: list[dict[str, Any]] = []
    assignment: dict[Key, dict[str, Any]] = {}
    gender_system = GENDER_SYSTEM
    for ext in (base or {}).get("extension") or []:
        if not is_capacity(ext):
            kept.append(copy.deepcopy(ext))
            continue
        parts = _parts(ext)
        key = (_code(parts.get("capacityType")) or "", _code(parts.get("gender")) or "",
               _code(parts.get("temporalityCapacity")) or C.COURANT)
        gender_codings = ((parts.get("gender") or {}).get("valueCodeableConcept") or {}).get("coding") or []
        if gender_codings and gender_codings[0].get("system"):
            gender_system = str(gender_codings[0]["system"])
        if key in keys:
            if "temporaryAssignement" in parts:
                assignment.setdefault(key, parts["temporaryAssignement"].get("valueCodeableConcept") or {})
            continue
        kept.append(copy.deepcopy(ext))
    for e in entries:
        key = (e.nature, e.gender or "", e.temporality)
        for status in sorted(e.counts):
            count = e.counts[status]
            if count is None:
                continue
            kept.append(extension(e.nature, status, e.temporality, count, updated_at=e.updated_at, source=e.source,
                                  gender=e.gender, assignment=assignment.get(key) or None,
                                  gender_system=gender_system))
    return kept


def capacity_extensions(location: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """Only the capacity extensions of a Location (to compare what was sent with what the server holds)."""
    return [ext for ext in (location or {}).get("extension") or [] if is_capacity(ext)]
