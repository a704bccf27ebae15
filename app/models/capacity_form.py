"""A UO form's capacities group (`uo.capacites`) read as figures and written from them.

Pure: before any figure was entered the store reads a unit's figures from its form, and `ws.capacities.set`
rewrites the group so that a later save of the fiche sends the same figures as the PATCH did. The group is a
repeating group whose instances hold nature (J187), status (J188), temporality (J189), count and source (J193).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.models import capacities as C

GROUP = "uo.capacites"
LINKS = {"nature": "uo.capacites.nature", "status": "uo.capacites.statut", "temporality": "uo.capacites.temporalite",
         "count": "uo.capacites.nombre", "source": "uo.capacites.source"}


def code_of(answer: Any) -> str | None:
    if isinstance(answer, dict):
        coding = answer.get("valueCoding") or {}
        if isinstance(coding, dict) and coding.get("code") is not None:
            return str(coding["code"])
    return None


def answers_figures(group: Any) -> dict[tuple[str, str, str], dict[str, int | None]]:
    """The figures of a form's capacities group (no gender, no date there)."""
    found: dict[tuple[str, str, str], dict[str, int | None]] = {}
    for inst in group if isinstance(group, list) else []:
        items = (inst or {}).get("item") or {} if isinstance(inst, dict) else {}

        def first(link: str, items: dict = items) -> Any:
            values = items.get(link) or []
            return values[0] if values else None

        nature, status = code_of(first(LINKS["nature"])), code_of(first(LINKS["status"]))
        count = (first(LINKS["count"]) or {}).get("valueInteger") if isinstance(first(LINKS["count"]), dict) else None
        if not nature or not status or not isinstance(count, int):
            continue
        key = (nature, "", code_of(first(LINKS["temporality"])) or C.COURANT)
        found.setdefault(key, {})[status] = count
    return found


def _coding(system: str, code: str, labels: Mapping[str, str]) -> dict[str, Any]:
    coding = {"system": system, "code": code}
    if code in labels:
        coding["display"] = labels[code]
    return {"valueCoding": coding}


def with_group(answers: Mapping[str, Any], nature: str, temporality: str, counts: Mapping[str, int | None],
                source: str) -> dict[str, Any]:
    """The answers with the form's capacities group carrying these figures (other instances kept)."""
    group = [inst for inst in answers.get(GROUP) or [] if isinstance(inst, dict)]
    kept = []
    for inst in group:
        items = inst.get("item") or {}
        same = (code_of((items.get(LINKS["nature"]) or [None])[0]) == nature
                and (code_of((items.get(LINKS["temporality"]) or [None])[0]) or C.COURANT) == temporality
                and code_of((items.get(LINKS["status"]) or [None])[0]) in counts)
        if not same:
            kept.append(inst)
    for status in C.STATUS_ORDER + (C.RESERVES,):
        count = counts.get(status)
        if count is None:
            continue
        kept.append({"item": {
            LINKS["nature"]: [_coding(C.NATURE_SYSTEM, nature, C.NATURES)],
            LINKS["status"]: [_coding(C.STATUS_SYSTEM, status, {})],
            LINKS["temporality"]: [_coding(C.TEMPORALITY_SYSTEM, temporality, {})],
            LINKS["count"]: [{"valueInteger": int(count)}],
            LINKS["source"]: [_coding(C.SOURCE_SYSTEM, source, C.SOURCES)],
        }})
    return {**answers, GROUP: kept}
