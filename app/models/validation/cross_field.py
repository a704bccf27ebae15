"""Rules between fields: ages in order, the type d'offre within its champ d'activité, the champ allowed for the
establishment's category, opening slots in order and not overlapping.

Fields are found by their FHIR definition, so the rules hold for any form that follows the ROR profiles.
Which type d'offre belongs to which champ is the curated table the nomenclature pack is built from
(app/resources/nomenclatures/sources/J238-par-champ.csv, read by `nomenclature_build.read_champ_table`).
Which champs an establishment may describe follows its domaine (the pack's perimeter table, from its FINESS
category): sanitaire -> MCO, SMR, PSY; médico-social -> MS, Social; ville -> Ville, MCO. Coordination and
unknown categories are not judged.
"""
from __future__ import annotations

from functools import cache
from typing import Any

from app.models.forms.values import answer_code, answer_value
from app.models.validation.facts import Facts
from app.models.validation.problem import Problem, problem
from app.models.validation.walk import Entry, Walk

AGE_LOW = "ageRange.valueRange.low.value"
AGE_HIGH = "ageRange.valueRange.high.value"
CHAMP = "HealthcareService.type.coding"
OFFRE = "HealthcareService.category.coding"
HOURS = "availableTime"
CHAMPS_BY_DOMAINE = {"sanitaire": {"01", "02", "03"}, "medico-social": {"04", "06"}, "ville": {"05", "01"}}
CHAMP_NAMES = {"01": "MCO", "02": "SMR", "03": "PSY", "04": "MS", "05": "Ville", "06": "Social"}


def check(walk: Walk, facts: Facts | None, pack: Any) -> list[Problem]:
    return [*_ages(walk), *_offre_and_champ(walk, facts, pack), *_hours(walk)]


def _first(entries: list[Entry]) -> tuple[Entry, Any] | None:
    for entry in entries:
        for answer in entry.answers:
            value = answer_value(answer)[1]
            if value is not None:
                return entry, value
    return None


def _ages(walk: Walk) -> list[Problem]:
    low, high = _first(walk.by_definition(AGE_LOW)), _first(walk.by_definition(AGE_HIGH))
    if low is None or high is None or low[0].path != high[0].path:
        return []
    (entry, lo), (_e, hi) = low, high
    if isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo > hi:
        return [problem(entry.item.link_id, "age-range", entry.path, min=lo, max=hi)]
    return []


@cache
def offre_champs() -> dict[str, frozenset[str]]:
    """Type d'offre (J238) code -> the champs d'activité (TRE_R227) it belongs to."""
    from app.models.nomenclature_build import CHAMP_TABLE, parse_csv, read_champ_table

    return {code: frozenset(champs) for code, champs in read_champ_table(parse_csv(CHAMP_TABLE)).items()}


def _coded(entry: Entry) -> list[tuple[str, str]]:
    """(code, display) of each coded answer of an entry."""
    found = []
    for answer in entry.answers:
        code = answer_code(answer)
        value = answer_value(answer)[1]
        if code:
            display = value.get("display") if isinstance(value, dict) else None
            found.append((str(code), str(display or "")))
    return found


def _named(code: str, display: str) -> str:
    return f"{code} « {display} »" if display else code


def _offre_and_champ(walk: Walk, facts: Facts | None, pack: Any) -> list[Problem]:
    champ_entries = walk.by_definition(CHAMP)
    if not champ_entries:
        return []
    champ_entry = champ_entries[0]
    champs = _coded(champ_entry)
    if not champs:
        return []
    champ, champ_display = champs[0]
    shown_champ = _named(champ, champ_display or CHAMP_NAMES.get(champ, ""))
    found: list[Problem] = []
    table = offre_champs()
    for entry in walk.by_definition(OFFRE):
        for code, display in _coded(entry):
            allowed = table.get(code)
            if allowed is not None and champ not in allowed:
                found.append(problem(entry.item.link_id, "offre-champ", entry.path, offre=_named(code, display),
                                     champ=shown_champ))
    categorie = facts.categorie if facts is not None else None
    if categorie and pack is not None and hasattr(pack, "domaine_of_categorie"):
        allowed_champs = CHAMPS_BY_DOMAINE.get(pack.domaine_of_categorie(categorie))
        if allowed_champs is not None and champ not in allowed_champs:
            label = pack.label_of_categorie(categorie) if hasattr(pack, "label_of_categorie") else None
            found.append(problem(champ_entry.item.link_id, "champ-categorie", champ_entry.path, champ=shown_champ,
                                 categorie=_named(categorie, label or "")))
    return found


def _time(value: Any) -> str | None:
    """'HH:MM' or 'HH:MM:SS' as 'HH:MM:SS' (comparable as text), None when it is not a time."""
    if not isinstance(value, str) or len(value) < 5:
        return None
    return value[:8] if len(value) >= 8 else value[:5] + ":00"


def _hours(walk: Walk) -> list[Problem]:
    found: list[Problem] = []
    for group in walk.by_definition(HOURS):
        item = group.item
        if not (item.type == "group" and item.repeats):
            continue
        parts = {suffix: next((c for c in item.walk() if (c.definition or "").endswith(suffix)), None)
                 for suffix in ("daysOfWeek", "availableStartTime", "availableEndTime")}
        day_item, start_item, end_item = parts["daysOfWeek"], parts["availableStartTime"], parts["availableEndTime"]
        if day_item is None or start_item is None or end_item is None:
            continue
        by_day: dict[str, list[tuple[str, str, int]]] = {}
        for index, repetition in enumerate(group.answers):
            inner = repetition.get("item") if isinstance(repetition, dict) else None
            if not isinstance(inner, dict):
                continue
            path = (*group.path, (item.link_id, index))
            start = _time(answer_value((inner.get(start_item.link_id) or [{}])[0])[1])
            end = _time(answer_value((inner.get(end_item.link_id) or [{}])[0])[1])
            days = [str(answer_code(a)) for a in inner.get(day_item.link_id) or [] if answer_code(a)]
            if start is None or end is None:
                continue
            if end <= start:
                found.append(problem(end_item.link_id, "hours-order", path, day=days[0] if days else "",
                                     start=start[:5], end=end[:5]))
                continue
            for day in days:
                by_day.setdefault(day, []).append((start, end, index))
        for day, slots in by_day.items():
            slots.sort()
            latest_end = ""
            for start, end, index in slots:
                if latest_end and start < latest_end:
                    found.append(problem(start_item.link_id, "hours-overlap", (*group.path, (item.link_id, index)),
                                         day=day, start=start[:5], end=end[:5]))
                latest_end = max(latest_end, end)
    return found
