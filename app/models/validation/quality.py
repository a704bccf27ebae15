"""The ROR's national quality rules that a fiche can be checked against locally (RULES.md, section 3).

CP5, CP6, CO3 and CO4 are weekly indicators the ANS computes on the published ROR; none of them is part of
the ROR's own "Finalisé" populating status (RULES.md section 4: champ, mode, ages, activités, address,
contact), and a dossier is validated without them. So here they advise (level "warning", shown apart,
never blocking): CO3 is a keyword heuristic, and CO4 compares the category with FINESS, which the referent
cannot change here (the category comes from FINESS and is read-only).

- CP5: medico-social offers of hébergement (46), accueil de jour (47) or de nuit (48), in the categories
  the rule lists, give their catégorie d'organisation (the type d'offre, TRE_R244) and temporalité d'accueil.
- CP6: the same offers (any listed category, PASA excepted) declare places installées: a capacity whose
  status is "Installé" (TRE_R330 01) with a number above 0.
- CO3: the "unité sensible" flag agrees with the unit's name or activités (médecine pénitentiaire 089), or
  with a sensitive UF above it; EHPAD (500), centres de santé (124) and liberal-practice categories excepted.
- CO4: an EG's category equals its FINESS category (SA05/07/08/09 excepted).
"""
from __future__ import annotations

from app.models.forms.questionnaire import ItemDef
from app.models.forms.values import answer_code, answer_value
from app.models.kinds import Kind
from app.models.validation.facts import Facts, sensitive_name
from app.models.validation.problem import Path, Problem, problem
from app.models.validation.walk import Walk

MEDICO_SOCIAL = frozenset(
    "178 182 183 186 188 189 190 192 194 195 196 197 198 202 207 209 221 228 238 246 249 252 253 255 354 370 "
    "377 379 381 382 390 395 396 402 437 445 446 448 449 460 500 501 502".split())
CP5_ANY_MODE = frozenset("183 186 194 195 255 390 395 437".split())
CP5_HEBERGEMENT_ONLY = frozenset("202 207 500 501 502".split())
MODES = frozenset({"46", "47", "48"})
PLATEFORME, PASA = "38", "25"
CO3_EXCLUDED = frozenset({"500", "124", "SA05", "SA07", "SA08", "SA09"})
CO4_EXCLUDED = frozenset({"SA05", "SA07", "SA08", "SA09"})
PENITENTIARY = "089"
INSTALLED = "01"

MODE = "characteristic:careMode.coding"
OFFRE = "HealthcareService.category.coding"
TEMPORALITE = "characteristic:receptionType.coding"
ACTIVITES = "specialty:operationalActivity.coding"
NAME = "HealthcareService.name"
SENSITIVE = "ror-healthcareservice-sensitive-unit.valueBoolean"
CAPACITY = "ror-location-supported-capacity"
CATEGORY = "Organization.type:categorieEtablissement.coding"


def check(walk: Walk, facts: Facts | None) -> list[Problem]:
    if facts is None:
        return []
    if facts.kind == Kind.UO:
        return [*_cp5_cp6(walk, facts), *_co3(walk, facts)]
    if facts.kind == Kind.EG:
        return _co4(walk, facts)
    return []


def _codes(walk: Walk, suffix: str) -> tuple[set[str], str | None, Path]:
    """The codes answered to the items ending in `suffix`, the first such item's linkId and path."""
    codes: set[str] = set()
    link_id: str | None = None
    path: Path = ()
    for entry in walk.by_definition(suffix):
        if link_id is None:
            link_id, path = entry.item.link_id, entry.path
        codes.update(str(answer_code(a)) for a in entry.answers if answer_code(a))
    return codes, link_id, path


def _cp5_cp6(walk: Walk, facts: Facts) -> list[Problem]:
    categorie = facts.categorie or ""
    modes, mode_link, _ = _codes(walk, MODE)
    offres, offre_link, offre_path = _codes(walk, OFFRE)
    if categorie not in MEDICO_SOCIAL or not modes & MODES or PLATEFORME in offres or mode_link is None:
        return []
    found: list[Problem] = []
    if categorie in CP5_ANY_MODE or (categorie in CP5_HEBERGEMENT_ONLY and "46" in modes):
        temporalites, temporalite_link, temporalite_path = _codes(walk, TEMPORALITE)
        if not offres or not temporalites:
            link = (temporalite_link or mode_link) if offres else (offre_link or mode_link)
            found.append(problem(link, "quality-cp5", temporalite_path if offres else offre_path))
    if PASA not in offres and not _places_installees(walk):
        capacities = next(iter(walk.by_definition(CAPACITY)), None)
        link = capacities.item.link_id if capacities is not None else mode_link
        found.append(problem(link, "quality-cp6", capacities.path if capacities is not None else ()))
    return found


def _places_installees(walk: Walk) -> bool:
    for group in walk.by_definition(CAPACITY):
        if not (group.item.type == "group" and group.item.repeats):
            continue
        status = _child(group.item, "capacityStatus.valueCodeableConcept.coding")
        number = _child(group.item, "nbCapacity.valueInteger")
        if status is None or number is None:
            continue
        for repetition in group.answers:
            inner = repetition.get("item") if isinstance(repetition, dict) else None
            if not isinstance(inner, dict):
                continue
            installed = any(str(answer_code(a)) == INSTALLED for a in inner.get(status.link_id) or [])
            count = answer_value((inner.get(number.link_id) or [{}])[0])[1]
            if installed and isinstance(count, int) and count > 0:
                return True
    return False


def _child(item: ItemDef, suffix: str) -> ItemDef | None:
    return next((i for i in item.walk() if (i.definition or "").endswith(suffix)), None)


def _co3(walk: Walk, facts: Facts) -> list[Problem]:
    if not facts.categorie or facts.categorie in CO3_EXCLUDED:
        return []
    names = [answer_value(a)[1] for e in walk.by_definition(NAME) for a in e.answers]
    activites, _link, _path = _codes(walk, ACTIVITES)
    candidate = facts.in_sensitive_uf or PENITENTIARY in activites or any(
        isinstance(n, str) and sensitive_name(n) for n in names)
    flags = walk.by_definition(SENSITIVE)
    if not flags:
        return []
    flag = flags[0]
    flagged = any(answer_value(a)[1] is True for a in flag.answers)
    if candidate and not flagged:
        return [problem(flag.item.link_id, "quality-co3-missing", flag.path)]
    if flagged and not candidate:
        return [problem(flag.item.link_id, "quality-co3-unexpected", flag.path)]
    return []


def _co4(walk: Walk, facts: Facts) -> list[Problem]:
    if not facts.finess_categorie:
        return []
    categories, link, path = _codes(walk, CATEGORY)
    ror = next(iter(sorted(categories)), None) or facts.categorie
    if not ror or ror in CO4_EXCLUDED or ror == facts.finess_categorie or link is None:
        return []
    return [problem(link, "quality-co4", path, categorie=ror, finess=facts.finess_categorie)]
