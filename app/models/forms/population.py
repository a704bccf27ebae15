"""SDC definition-based population: the answers a form would hold for resources the server sent.

The inverse of `extract()` (app/models/forms/extraction.py), with the same path logic: each answerable item
reads the element its `definition` names, in the resource of its group's `itemExtractionContext`
(HealthcareService, Organization, Location). Slices pick the elements whose codings belong to the slice's
systems (SLICE_SYSTEMS and the systems the item names: options, initial expression, value set);
`extension:name` / `extension('url')` pick extensions by URL; codings are kept only when their system is one
the item accepts. A repeating group yields one repetition per element found at its path (`uo.horaires`: one per
`availableTime`, `uo.capacites`: one per ror-location-supported-capacity, `uo.contacts`: one per
ror-healthcareservice-contact).

Documented normalisations (what a round trip `populate(extract(answers))` may change):
- a non-repeating item inside a repeating group that finds several values splits the repetition, one per
  value: an `availableTime` with `daysOfWeek: [mon, tue]` becomes two `uo.horaires` rows (one day each);
- outside repeating groups a non-repeating item keeps the first value found;
- hidden fixed items (urls, units, capacity source) are never answers: extraction writes them again;
- a code read without its display gets the display of the item's matching answer option, when there is one.

Public API:
    answers_from_resources(questionnaire, resources: list[dict], pack=None) -> dict   answers by linkId
The per-form tables (item paths and systems) are computed once per Questionnaire object and cached, so
populating thousands of fiches costs a walk of the resources only.
"""
from __future__ import annotations

import copy
import threading
import weakref
from dataclasses import dataclass, field
from typing import Any

from app.models.forms.extraction import (
    SLICE_SYSTEMS,
    context_groups,
    extension_urls,
    is_extension_url,
    is_fixed,
    item_path,
    item_systems,
)
from app.models.forms.paths import Seg
from app.models.forms.questionnaire import ItemDef, Questionnaire, value_set_of
from app.models.forms.values import _to_answer

CODED = ("choice", "open-choice", "coding")
# Organization.identifier slices of the ROR profile: the TRE_G07 type code, and the systems that say it untyped.
G07 = "https://mos.esante.gouv.fr/NOS/TRE_G07-TypeIdentifiantStructure/FHIR/TRE-G07-TypeIdentifiantStructure"
IDENTIFIER_SLICES: dict[str, tuple[str, set[str]]] = {
    "finess": ("1", {"https://finess.esante.gouv.fr", "http://finess.sante.gouv.fr", "urn:oid:1.2.250.1.71.4.2.2.1"}),
    "sirene": ("2", {"https://sirene.fr"}),
    "numSIRET": ("3", {"http://sirene.fr"}),
}


# How a step of a path filters what it found (see _steps)
_ALL, _URL, _IDENTIFIER_SLICE, _SLICE = 0, 1, 2, 3
Step = tuple[str, int, Any]  # (element name, filter, its argument)


@dataclass
class _Entry:
    """One item of the form as population needs it: its path relative to the enclosing repetition."""

    item: ItemDef
    rel: list[Seg] | None  # path from the enclosing repetition's element (or the resource); None: not read
    systems: set[str]
    repeating_group: bool = False
    children: list[_Entry] = field(default_factory=list)
    options: dict[str, dict] = field(default_factory=dict)  # code -> the option's coding (displays)
    single: frozenset[str] = frozenset()  # a repeating group's non-repeating questions (see _split)
    steps: tuple[Step, ...] = ()  # `rel` compiled once (see _steps): the reading of thousands of fiches walks it
    question: bool = False  # item.is_question, read once


@dataclass
class _Plan:
    contexts: list[tuple[str, list[_Entry]]]  # (resource type, entries of that group)


_plans: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def answers_from_resources(questionnaire: Questionnaire, resources: list[dict] | None,
                           pack: Any = None) -> dict:
    """Answers by linkId (docs/ARCHITECTURE.md) read from `resources` (None entries are ignored)."""
    plan = _plan(questionnaire, pack)
    by_type: dict[str, dict] = {}
    for resource in resources or []:
        if isinstance(resource, dict) and resource.get("resourceType"):
            by_type.setdefault(resource["resourceType"], resource)
    answers: dict = {}
    for rtype, entries in plan.contexts:
        source = by_type.get(rtype)
        if source is not None:
            _read(entries, source, answers, inside=False)
    return answers


# -- the plan: computed once per form ---------------------------------------------------------------------
def _plan(questionnaire: Questionnaire, pack: Any) -> _Plan:
    with _lock:
        found = _plans.get(questionnaire)
    if found is not None:
        return found
    pack = _pack(pack)
    url_map = extension_urls(questionnaire)
    contexts = []
    for group, rtype in context_groups(questionnaire):
        if rtype:
            contexts.append((rtype, _kept([_entry(child, rtype, url_map, [], pack) for child in group.children])))
    plan = _Plan(contexts)
    with _lock:
        _plans[questionnaire] = plan
    return plan


def _kept(entries: list[_Entry]) -> list[_Entry]:
    """The entries that can read something (a repeating group, a question with a path, or a group holding
    one): every fiche populated walks these only."""
    kept = []
    for entry in entries:
        entry.children = _kept(entry.children)
        if entry.repeating_group or (entry.question and entry.steps) or entry.children:
            kept.append(entry)
    return kept


def _pack(pack: Any) -> Any:
    if pack is not None:
        return pack
    try:
        from app.models.nomenclatures import NomenclaturePack

        return NomenclaturePack.default()
    except Exception:  # noqa: BLE001 - without a pack, systems come from the form alone
        return None


def _entry(item: ItemDef, rtype: str, url_map: dict[str, str], anchor: list[Seg], pack: Any) -> _Entry:
    segs = item_path(item, rtype, url_map) if item.definition else None
    rel = None
    if segs and [s.name for s in segs[:len(anchor)]] == [s.name for s in anchor]:
        rel = segs[len(anchor):]
    if item.is_question and (is_fixed(item) or (segs and is_extension_url(segs))):
        rel = None  # fixed values and extension urls are written by extraction, never answered
    entry = _Entry(item, rel, _systems(item, pack), question=item.is_question)
    entry.steps = _steps(rel or [], entry.systems)
    for known in [o.value.get("valueCoding") for o in item.answer_options] + \
            [a.get("valueCoding") for a in item.initial]:
        if isinstance(known, dict) and known.get("code") is not None:
            entry.options.setdefault(str(known["code"]), known)
    if item.type == "group" and item.repeats:
        entry.repeating_group = bool(rel)
        inner_anchor = segs if rel else anchor
        entry.children = [_entry(c, rtype, url_map, inner_anchor or [], pack) for c in item.children]
        entry.single = frozenset(c.item.link_id for c in _descendants(entry)
                                 if c.item.is_question and not c.item.repeats)
        return entry
    entry.children = [_entry(c, rtype, url_map, anchor, pack) for c in item.children]
    return entry


def _steps(segs: list[Seg], systems: set[str]) -> tuple[Step, ...]:
    """Each segment with the filter `_select` applies to what it finds: by extension url, by identifier slice
    (IDENTIFIER_SLICES), by coding systems (a slice: SLICE_SYSTEMS and the item's own systems), or none."""
    steps: list[Step] = []
    for seg in segs:
        if seg.url:
            steps.append((seg.name, _URL, seg.url))
        elif seg.slice in IDENTIFIER_SLICES and seg.name == "identifier":
            steps.append((seg.name, _IDENTIFIER_SLICE, seg.slice))
        elif seg.slice and (SLICE_SYSTEMS.get(seg.slice, set()) | systems):
            steps.append((seg.name, _SLICE, frozenset(SLICE_SYSTEMS.get(seg.slice, set()) | systems)))
        else:
            steps.append((seg.name, _ALL, None))
    return tuple(steps)


def _systems(item: ItemDef, pack: Any) -> set[str]:
    systems = item_systems(item, [a.get("valueCoding") for a in item.initial])
    if item.answer_value_set and pack is not None:
        vs = value_set_of(pack, item.answer_value_set)
        if vs is not None:
            systems |= {c.system for c in vs.concepts if getattr(c, "system", None)}
    return systems


# -- reading ----------------------------------------------------------------------------------------------
def _read(entries: list[_Entry], node: Any, out: dict, inside: bool) -> None:
    for entry in entries:
        if entry.repeating_group:
            reps: list[dict] = []
            for element in _walk(node, entry.steps):  # repeating_group implies rel
                inner: dict = {}
                _read(entry.children, element, inner, inside=True)
                if inner:
                    reps.extend({"item": split} for split in _split(inner, entry))
            if reps:
                out[entry.item.link_id] = reps
            continue
        if entry.question and entry.steps:
            found = _walk(node, entry.steps)
            answers = _answers(entry, found) if found else None
            if answers:
                item = entry.item
                out[item.link_id] = answers if (item.repeats or inside) else answers[:1]
        if entry.children:
            _read(entry.children, node, out, inside)


def _walk(node: Any, steps: tuple[Step, ...]) -> list[Any]:
    """Every element at `steps` under `node` (see _steps), lists flattened, slices and extension urls filtered;
    stops as soon as a step finds nothing."""
    nodes = [node]
    for name, how, arg in steps:
        found: list[Any] = []
        for current in nodes:
            if not isinstance(current, dict):
                continue
            value = current.get(name)
            if value is None:
                if name != "value":
                    continue
                value = next((v for k, v in current.items() if k.startswith("value")), None)  # value[x], unnamed
                if value is None:
                    continue
            if isinstance(value, list):
                found.extend(value)
            else:
                found.append(value)
        if not found:
            return found
        if how == _URL:
            found = [e for e in found if isinstance(e, dict) and e.get("url") == arg]
        elif how == _IDENTIFIER_SLICE:
            found = [e for e in found if isinstance(e, dict) and _in_identifier_slice(e, arg)]
        elif how == _SLICE:
            found = [e for e in found if isinstance(e, dict) and _has_system(e, arg)]
        nodes = found
    return nodes


def _has_system(element: dict, wanted: frozenset[str]) -> bool:
    """True when one of the element's codings has a system in `wanted`."""
    for c in element.get("coding") or []:
        if isinstance(c, dict):
            system = c.get("system")
            if isinstance(system, str) and system in wanted:
                return True
    return False


def _in_identifier_slice(identifier: dict, slice_name: str) -> bool:
    """An identifier belongs to a slice by its TRE_G07 type when it has one, else by its system: a FINESS
    number never fills the SIRET item however the identifiers are ordered."""
    code, systems = IDENTIFIER_SLICES[slice_name]
    type_ = identifier.get("type")
    codings = type_.get("coding") if isinstance(type_, dict) else None
    typed = {str(c.get("code")) for c in codings or [] if isinstance(c, dict) and c.get("system") == G07}
    if typed:
        return code in typed
    return identifier.get("system") in systems


def _answers(entry: _Entry, values: list[Any]) -> list[dict]:
    item = entry.item
    coded = item.type in CODED
    answers: list[dict] = []
    for value in values:
        if coded and isinstance(value, dict) and isinstance(value.get("coding"), list):
            candidates: list[Any] = value["coding"]  # a CodeableConcept: each coding is an answer
        else:
            candidates = [value]
        for candidate in candidates:
            answer = _coded_answer(entry, candidate) if coded else _to_answer(item, candidate)
            if answer is not None and answer not in answers:
                answers.append(answer)
    return answers


def _coded_answer(entry: _Entry, value: Any) -> dict | None:
    """A valueCoding from a Coding (of a system the item accepts) or a bare code, display from the options."""
    if isinstance(value, dict):
        code, system = value.get("code"), value.get("system")
        if code is None or (entry.systems and system and system not in entry.systems):
            return None  # not a coding, or one of another value set (another slice's, a translation)
        coding = {k: value[k] for k in ("system", "code", "display") if value.get(k) is not None}
    elif isinstance(value, (str, int)) and not isinstance(value, bool):
        known = entry.options.get(str(value))
        if known is not None:
            return {"valueCoding": dict(known)}
        coding = {"code": str(value)}
        if len(entry.systems) == 1:
            coding = {"system": next(iter(entry.systems)), "code": str(value)}
    else:
        return _to_answer(entry.item, value)
    if "display" not in coding:
        known = entry.options.get(str(coding["code"]))
        if known is not None and known.get("display") and known.get("system") in (None, coding.get("system")):
            coding["display"] = known["display"]
    return {"valueCoding": coding}


def _split(inner: dict, entry: _Entry) -> list[dict]:
    """One repetition per value of a non-repeating child that found several (normalisation, see above)."""
    for link_id, answers in inner.items():
        if link_id in entry.single and isinstance(answers, list) and len(answers) > 1:
            out = []
            for answer in answers:
                copy_ = copy.copy(inner)
                copy_[link_id] = [answer]
                out.extend(_split(copy_, entry))
            return out
    return [inner]


def _descendants(entry: _Entry):
    for child in entry.children:
        yield child
        if not child.repeating_group:
            yield from _descendants(child)
