"""SDC definition-based extraction: build the FHIR resource(s) a filled form describes.

Each group with `itemExtractionContext` (e.g. "HealthcareService") yields one resource; every answer is placed
at its item's `definition` path. Paths may name slices (`characteristic:careMode.coding`: the element whose
coding system is the slice's, see SLICE_SYSTEMS and the systems the item itself names) and extensions
(`extension:name` resolved to the URL given by the form's fixed `.url` items, `extension('url')`).
With `base` (the resource as last known), every element the form does not manage is kept as it was and the
managed ones are replaced, so nothing outside the form is lost. An element is managed when an item answers
it, or when an editable item pre-fills it from the launch context (initialExpression) and is now empty or
disabled (the user cleared it, or it no longer applies). Disabled items are not extracted. Several answers
of one item become several codings of one CodeableConcept; each repetition of a repeating group makes a new
element. Hidden items with a fixed `initial` complete an element other answers created, never alone.

Public API:
    extract(questionnaire, answers, base: dict | None = None, context: dict | None = None) -> list[dict]
    ROR_PROFILES: dict[resource type, profile url]   put in meta.profile
Shared with population (the inverse, app/models/forms/population.py): context_groups, extension_urls,
item_path, value_hint, item_systems, is_fixed, is_extension_url, SLICE_SYSTEMS.
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from typing import Any

from app.models.forms.paths import Seg, definition_path, link_path, parse_path
from app.models.forms.questionnaire import ItemDef, Questionnaire
from app.models.forms.values import answer_value
from app.models.json_tree import json_copy

ROR_SD = "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/"
ROR_PROFILES = {
    "HealthcareService": ROR_SD + "ror-healthcareservice",
    "Organization": ROR_SD + "ror-organization",
    "Location": ROR_SD + "ror-location",
    "PractitionerRole": ROR_SD + "ror-practitionerrole",
}
NOS = "https://mos.esante.gouv.fr/NOS/"


def _tre(name: str) -> str:
    return f"{NOS}{name}/FHIR/{name.replace('_', '-')}"


# Slices of the ROR HealthcareService profile, discriminated by coding.system (reference/ror-ig NOTES).
SLICE_SYSTEMS: dict[str, set[str]] = {
    "careMode": {_tre("TRE_R213-ModePriseEnCharge")},
    "receptionType": {_tre("TRE_R240-TemporaliteAccueil")},
    "receptionModality": {_tre("TRE_R338-ModaliteAccueil")},
    "managementType": {_tre("TRE_R236-ModeGestion")},
    "specificAct": {_tre("TRE_R210-ActeSpecifique")},
    "outsideOfficeAct": {_tre("TRE_R210-ActeSpecifique")},
    "takingCareSpeciality": {_tre("TRE_R245-SpecialisationDePriseEnCharge")},
    "annualOpening": {_tre("TRE_R238-OuvertureAnnuelle")},
    "expertiseLevel": {_tre("TRE_R344-NiveauExpertise"), _tre("TRE_R253-TypeMaternite")},
    "operationalActivity": {_tre("TRE_R211-ActiviteOperationnelle")},
}
LIST_ELEMENTS = {
    "identifier", "type", "category", "specialty", "characteristic", "coding", "extension", "tag", "security",
    "profile", "telecom", "location", "coverageArea", "availableTime", "notAvailable", "contact", "line",
    "given", "prefix", "suffix", "daysOfWeek", "program", "communication", "referralMethod",
    "serviceProvisionCode", "eligibility", "endpoint", "alias", "address", "photo", "modifierExtension",
}
CODEABLE = {"type", "category", "specialty", "characteristic", "serviceProvisionCode", "program",
            "communication", "referralMethod", "purpose", "jurisdiction", "valueCodeableConcept",
            "operationalStatus", "physicalType"}
CODINGS = {"coding", "tag", "security", "valueCoding"}
REFERENCES = {"providedBy", "location", "partOf", "managingOrganization", "endpoint", "coverageArea",
              "organization", "healthcareService", "practitioner", "valueReference"}
VALUE_HINTS = {"range": "valueRange", "quantity": "valueQuantity", "period": "valuePeriod",
               "codeableconcept": "valueCodeableConcept", "coding": "valueCoding"}
EXTENSION_VALUE_KEY = {"valueCoding": "valueCodeableConcept", "valueUri": "valueUri"}
SINGLE_UNDER = {("identifier", "type"), ("telecom", "system"), ("contact", "purpose")}  # not lists there
_SYSTEM_LITERAL = re.compile(r"""system\s*=\s*['"]([^'"]+)['"]""")


@dataclass
class _Leaf:
    item: ItemDef
    segs: list[Seg]
    values: list[Any]
    answer_key: str | None
    value_hint: str | None  # value[x] name of the last segment (from the linkId) when it is an extension value
    instance: int | None
    systems: set[str] = field(default_factory=set)


def extract(questionnaire: Questionnaire, answers: dict, base: dict | list[dict] | None = None,
            context: dict | None = None) -> list[dict]:
    from app.models.forms.state import FormState  # local: state imports response, not extraction

    state = FormState(questionnaire, answers, context=context)
    groups = context_groups(questionnaire)
    contexts, types = [g for g, _ in groups], [t for _, t in groups]
    url_map = extension_urls(questionnaire)
    bases = [b for b in ([base] if isinstance(base, dict) else base or []) if isinstance(b, dict)]
    resources = []
    for n, (group, rtype) in enumerate(zip(contexts, types, strict=True)):
        if not rtype:
            continue
        this_base = next((b for b in bases if b.get("resourceType") == rtype), None)
        builder = _Builder(questionnaire, state, rtype, url_map)
        resource = builder.build(group, this_base)
        if n == 0 or this_base is not None or builder.placed:
            resources.append(resource)
    return resources


def _root_context(questionnaire: Questionnaire) -> str | None:
    for ext in questionnaire.raw.get("extension") or []:
        if str(ext.get("url", "")).endswith("itemExtractionContext"):
            expr = (ext.get("valueExpression") or {}).get("expression") or ext.get("valueCode")
            return _resource_type(expr)
    return None


def _resource_type(expression: str | None) -> str | None:
    match = re.match(r"^%?([A-Z][A-Za-z]+)", (expression or "").strip())
    return match.group(1) if match else None


# Per-form tables, computed once per Questionnaire object (parsed forms are never changed afterwards): every
# fiche extracted or populated with a form reads the same paths.
_url_maps: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_item_paths: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # item -> {rtype: (url_map, segs)}


def extension_urls(questionnaire: Questionnaire) -> dict[str, str]:
    """slice name -> extension URL, from the form's `...extension:name.url` items with a fixed value."""
    found = _url_maps.get(questionnaire)
    if found is None:
        found = _url_maps[questionnaire] = _extension_urls(questionnaire)
    return dict(found)


def _extension_urls(questionnaire: Questionnaire) -> dict[str, str]:
    urls: dict[str, str] = {}
    for item in questionnaire.all_items:
        fixed = next((a.get("valueString") or a.get("valueUri") for a in item.initial), None)
        if not fixed:
            continue
        for segs in (link_path(item.link_id) or [], parse_path(item.definition.split("#", 1)[-1])
                     if item.definition else []):
            if len(segs) >= 2 and segs[-1].name == "url" and segs[-2].name == "extension" and segs[-2].slice:
                urls.setdefault(segs[-2].slice, fixed)
    return urls


class _Builder:
    def __init__(self, questionnaire: Questionnaire, state, rtype: str, url_map: dict[str, str]) -> None:
        self.questionnaire = questionnaire
        self.state = state
        self.rtype = rtype
        self.url_map = url_map
        self.out: dict = {"resourceType": rtype}
        self.tags: dict[int, tuple] = {}  # id(element in self.out) -> (selector, instance)
        self.managed: list[tuple[list[Seg], _Leaf]] = []
        self.placed = 0

    # -- collecting the leaves -------------------------------------------------------------------------
    def build(self, group: ItemDef, base: dict | None) -> dict:
        leaves: list[_Leaf] = []
        fixed: list[_Leaf] = []
        self._collect(group, self.state.answers, None, True, leaves, fixed)
        for leaf in leaves:
            self._place(leaf)
        self.placed = len(leaves)
        for leaf in fixed:  # fixed values complete an element that real answers created, never alone
            unit = self._unit(leaf.segs)
            if self._find(self.out, unit, leaf, create=False) is not None:
                self._place(leaf)
        resource = json_copy(base) if base else {"resourceType": self.rtype}
        units: dict[tuple, tuple[list[Seg], _Leaf]] = {}
        for segs, leaf in self.managed:
            unit = self._unit(segs)
            key = tuple(s.key() for s in unit)
            if key in units:
                units[key][1].systems |= leaf.systems
            else:
                units[key] = (unit, _Leaf(leaf.item, unit, [], None, None, None, set(leaf.systems)))
        for unit, leaf in units.values():
            self._merge(resource, unit, leaf)
        meta = resource.setdefault("meta", {})
        profile = ROR_PROFILES.get(self.rtype)
        if profile and profile not in meta.setdefault("profile", []):
            meta["profile"].append(profile)
        return resource

    def _collect(self, item: ItemDef, scope: dict, instance: int | None, parent_on: bool,
                 leaves: list[_Leaf], fixed: list[_Leaf]) -> None:
        on = parent_on and (self.state.is_enabled(item.link_id) if instance is None
                            else self.state._own_condition(item, scope))
        if item.type == "group" and item.repeats:
            for n, inst in enumerate(scope.get(item.link_id) or []):
                inner = inst.get("item") if isinstance(inst, dict) else None
                if isinstance(inner, dict):
                    token = hash((item.link_id, n, instance))
                    for child in item.children:
                        self._collect(child, inner, token, on, leaves, fixed)
            return
        if item.is_question:
            self._leaf(item, scope, instance, on, leaves, fixed)
        for child in item.children:
            self._collect(child, scope, instance, on, leaves, fixed)

    def _leaf(self, item: ItemDef, scope: dict, instance: int | None, on: bool,
              leaves: list[_Leaf], fixed: list[_Leaf]) -> None:
        segs = self._path(item)
        if not segs or is_extension_url(segs):
            return  # not extractable here, or an extension's url (set with its element)
        answers = scope.get(item.link_id) or [] if on else []
        source = leaves
        if on and is_fixed(item):
            answers, source = answers or item.initial, fixed  # a fixed value: only completes an element
        key = answer_value(answers[0])[0] if answers else None
        values = [answer_value(a)[1] for a in answers]
        leaf = _Leaf(item, segs, values, key, value_hint(item), instance, item_systems(item, values))
        if values:
            source.append(leaf)
        if values or (item.initial_expression and not (item.read_only or item.hidden)):
            self.managed.append((segs, leaf))  # pre-filled from the base yet empty: the user cleared it

    # -- paths --------------------------------------------------------------------------------------
    def _path(self, item: ItemDef) -> list[Seg] | None:
        return item_path(item, self.rtype, self.url_map)

    @staticmethod
    def _unit(segs: list[Seg]) -> list[Seg]:
        """The managed unit: the path up to its first list element (or selector), else the whole path."""
        for n, seg in enumerate(segs):
            if _is_list(seg, segs[n - 1] if n else None):
                return segs[:n + 1]
        return segs

    # -- building the new content ---------------------------------------------------------------------
    def _selector_matches(self, element: Any, seg: Seg, leaf: _Leaf, in_out: bool) -> bool:
        if not isinstance(element, dict):
            return False
        if in_out:
            return self.tags.get(id(element)) == (seg.url or seg.slice, leaf.instance)
        if seg.url:
            return element.get("url") == seg.url
        if seg.slice:
            systems = SLICE_SYSTEMS.get(seg.slice, set()) | leaf.systems
            found = {c.get("system") for c in element.get("coding") or [] if isinstance(c, dict)}
            return bool(found & systems)
        return True

    def _find(self, root: dict, segs: list[Seg], leaf: _Leaf, create: bool):
        node: Any = root
        for n, seg in enumerate(segs):
            if not _is_list(seg, segs[n - 1] if n else None):
                if seg.name not in node:
                    if not create:
                        return None
                    node[seg.name] = {}
                node = node[seg.name]
                continue
            if create:
                items = node.setdefault(seg.name, [])
            else:
                items = node.get(seg.name)
                if not isinstance(items, list):
                    return None
            match = next((e for e in items if self._selector_matches(e, seg, leaf, True)), None)
            if match is None:
                if not create:
                    return None
                match = {"url": seg.url} if seg.url else {}
                items.append(match)
                self.tags[id(match)] = (seg.url or seg.slice, leaf.instance)
            node = match
        return node

    def _place(self, leaf: _Leaf) -> None:
        """Write the leaf's values; several answers of one item go into one element (several codings)."""
        *head, last = leaf.segs
        container = self._find(self.out, head, leaf, create=True)
        parent = head[-1] if head else None
        for value in leaf.values:
            self._set(container, last, value, leaf, parent)

    def _set(self, container: dict, seg: Seg, value: Any, leaf: _Leaf, parent: Seg | None) -> None:
        key = leaf.answer_key
        name = seg.name
        if name == "value" and parent is not None and parent.name == "extension":
            name = leaf.value_hint or EXTENSION_VALUE_KEY.get(key or "", key or "valueString")
        if key == "valueCoding" and isinstance(value, dict):
            value = self._complete_coding(value, leaf.item)
            if name in CODINGS:
                pass
            elif name in CODEABLE:
                value = {"coding": [value]}
            else:
                value = value.get("code")
        elif name in REFERENCES and isinstance(value, str):
            value = {"reference": value}
        if _is_list(Seg(name, seg.slice, seg.url), parent):
            items = container.setdefault(name, [])
            if name in CODEABLE and items and isinstance(value, dict) and "coding" in value:
                items[0].setdefault("coding", []).extend(c for c in value["coding"] if c not in items[0]["coding"])
            elif value not in items:
                items.append(value)
        elif name in CODEABLE and isinstance(container.get(name), dict) and isinstance(value, dict):
            container[name].setdefault("coding", []).extend(value.get("coding") or [])
        else:
            container[name] = value

    @staticmethod
    def _complete_coding(coding: dict, item: ItemDef) -> dict:
        coding = dict(coding)
        vs = item.answer_value_set or ""
        if not coding.get("system") and ("/TRE_" in vs or "/TRE-" in vs):
            coding["system"] = vs.split("|", 1)[0]
        return coding

    # -- merging into the base resource ---------------------------------------------------------------
    def _merge(self, resource: dict, unit: list[Seg], leaf: _Leaf) -> None:
        *head, last = unit
        target: Any = resource
        source: Any = self.out
        for seg in head:  # head segments are plain elements (no list, no selector) by construction
            source = source.get(seg.name) if isinstance(source, dict) else None
            target = target.setdefault(seg.name, {})
        new = source.get(last.name) if isinstance(source, dict) else None
        if last.slice or last.url:
            kept = [e for e in target.get(last.name) or [] if not self._selector_matches(e, last, leaf, False)]
            added = [e for e in new or [] if self.tags.get(id(e), (None,))[0] == (last.url or last.slice)]
            target[last.name] = kept + [json_copy(e) for e in added if e not in kept]
        elif new is not None:
            target[last.name] = json_copy(new)
        else:
            target.pop(last.name, None)
        if not target.get(last.name) and last.name in target:
            target.pop(last.name)
        _prune(resource, [s.name for s in head])


def _is_list(seg: Seg, parent: Seg | None) -> bool:
    if seg.slice or seg.url:
        return True
    if parent is not None and (parent.name, seg.name) in SINGLE_UNDER:
        return False
    return seg.name in LIST_ELEMENTS


def _prune(resource: dict, names: list[str]) -> None:
    """Drop the empty objects left along `names` after a managed element was removed."""
    for depth in range(len(names), 0, -1):
        node: Any = resource
        for name in names[:depth - 1]:
            node = node.get(name) if isinstance(node, dict) else None
        if isinstance(node, dict) and node.get(names[depth - 1]) == {}:
            node.pop(names[depth - 1])


# -- paths shared with population (app/models/forms/population.py) -------------------------------------
def context_groups(questionnaire: Questionnaire) -> list[tuple[ItemDef, str | None]]:
    """The groups that each describe one resource, with that resource type (None: not extractable)."""
    contexts = [i for i in questionnaire.walk() if i.extraction_context and i.type == "group"]
    if contexts:
        return [(i, _resource_type(i.extraction_context)) for i in contexts]
    root_type = _root_context(questionnaire)
    return [(i, root_type) for i in questionnaire.items] if root_type else []


def item_path(item: ItemDef, rtype: str, url_map: dict[str, str]) -> list[Seg] | None:
    """The element path an item's definition names in a `rtype` resource, slices and extension urls resolved
    (the linkId corrects truncated definitions and wrong slice names); None when not that resource's.
    Computed once per item, resource type and url map; each call gets segments of its own."""
    known = _item_paths.get(item)
    if known is None:
        known = _item_paths[item] = {}
    cached = known.get(rtype)
    if cached is None or cached[0] != url_map:
        cached = known[rtype] = (dict(url_map), _item_path(item, rtype, url_map))
    segs = cached[1]
    return None if segs is None else [Seg(s.name, s.slice, s.url) for s in segs]


def _item_path(item: ItemDef, rtype: str, url_map: dict[str, str]) -> list[Seg] | None:
    segs = definition_path(item.definition, rtype)
    if segs is None:
        return None
    parent_segs = _ancestor_path(item, rtype)
    linked = link_path(item.link_id) or []
    names = [s.name for s in segs]
    if parent_segs and len(segs) <= len(parent_segs) and names == [s.name for s in parent_segs[:len(segs)]] \
            and linked:
        segs = [Seg(s.name, s.slice, s.url) for s in parent_segs] + [Seg(linked[-1].name)]  # truncated
    ext_def = [s for s in segs if s.name == "extension"]
    ext_link = [s for s in linked if s.name == "extension"]
    if len(ext_def) == len(ext_link):
        for d, lk in zip(ext_def, ext_link, strict=True):
            if lk.slice and (lk.slice in url_map or not d.slice) and d.slice not in url_map:
                d.slice = lk.slice
    for n, seg in enumerate(segs):
        if seg.name == "extension" and not seg.url and seg.slice:
            seg.url = url_map.get(seg.slice) or (
                seg.slice if "/" in seg.slice else (ROR_SD + seg.slice if n == 0 else seg.slice))
        if seg.name == "value" and n > 0 and segs[n - 1].name == "extension" and n < len(segs) - 1:
            seg.name = _value_name(linked, segs[n - 1], segs[n + 1])
    return segs


def _ancestor_path(item: ItemDef, rtype: str) -> list[Seg] | None:
    parent = item.parent
    while parent is not None:
        segs = definition_path(parent.definition, rtype)
        if segs:
            return segs
        parent = parent.parent
    return None


def _value_name(linked: list[Seg], ext: Seg, following: Seg) -> str:
    for n, seg in enumerate(linked[:-1]):
        if seg.name == "extension" and seg.slice == ext.slice:
            hint = linked[n + 1].name
            if hint.startswith("value") and len(hint) > 5:
                return hint
            if hint.lower() in VALUE_HINTS:
                return VALUE_HINTS[hint.lower()]
    return "valueCodeableConcept" if following.name == "coding" else "valueQuantity"


def value_hint(item: ItemDef) -> str | None:
    """The value[x] name the linkId gives an extension value (`...valueBoolean`), else None."""
    linked = link_path(item.link_id) or []
    last = linked[-1].name if linked else ""
    return last if last.startswith("value") and len(last) > 5 else None


def item_systems(item: ItemDef, values: list | None = None) -> set[str]:
    """Code systems an item names: in its initial expression, its answer options and the given values."""
    systems = set(_SYSTEM_LITERAL.findall(item.initial_expression or ""))
    for opt in item.answer_options:
        systems.add((opt.value.get("valueCoding") or {}).get("system"))
    for value in values or []:
        if isinstance(value, dict):
            systems.add(value.get("system"))
    systems.discard(None)
    return systems


def is_fixed(item: ItemDef) -> bool:
    """A hidden item with a fixed `initial` (url, unit, identifier type): written, never answered."""
    return bool(item.hidden and item.initial and not item.initial_expression)


def is_extension_url(segs: list[Seg]) -> bool:
    return segs[-1].name == "url" and len(segs) > 1 and segs[-2].name == "extension"
