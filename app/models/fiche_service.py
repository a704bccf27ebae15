"""The glue between the store and the forms engine: open, validate, save and finalise one fiche.

The GUI (app/views/forms) and the benchmarks call these functions; they hold no Qt and no state of their own
beyond a cache of parsed Questionnaires, so they can run on the database worker thread.

Public API:
    open_fiche(ws, node_id, pack=None) -> OpenedFiche      Questionnaire + FormState, launch context, pre-filled
    questionnaire(form_id, pack=None) -> Questionnaire     parsed once per form id and cached
    launch_context(node, fiche, parent=None) -> dict       {"ror-structure": resource as last known / FINESS}
    problem_count(problems) -> int                         blocking problems only (warnings never block)
    save(ws, opened, answers) -> Changes                   extract the resource (and Location), ws.set_answers
    save_draft(ws, node_id, answers) -> Changes            autosave (local only)
    finalise(ws, node_id, problems) -> Changes             ws.finalise (refused while problems remain)
    validate_all(ws, pack=None, record=True) -> dict[node_id, problems]   every fiche checked, counts stored
"""
from __future__ import annotations

import copy
import dataclasses
import json
import threading
from dataclasses import dataclass, field
from typing import Any

from app.models.changes import Changes
from app.models.forms import FormState, Questionnaire, extract, load_questionnaire
from app.models.forms_catalog import (
    R227,
    canonical,
    form_of_canonical,
    initial_answers,
    list_forms,
    load_form,
    questionnaire_for,
)
from app.models.kinds import Kind
from app.models.rows import FicheData, NodeRow
from app.models.workflow import DOSSIER_LABELS, EDITABLE_DOSSIER_STATES, DossierState

R244 = "https://mos.esante.gouv.fr/NOS/TRE_R244-CategorieOrganisation/FHIR/TRE-R244-CategorieOrganisation"
R66 = "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement"
R207 = "https://mos.esante.gouv.fr/NOS/TRE_R207-TypeOrganisationInterne/FHIR/TRE-R207-TypeOrganisationInterne"
ID_TYPES = "https://mos.esante.gouv.fr/NOS/TRE_G07-TypeIdentifiantStructure/FHIR/TRE-G07-TypeIdentifiantStructure"

_cache: dict[tuple[str, int], Questionnaire] = {}
_cache_lock = threading.Lock()


@dataclass
class OpenedFiche:
    """One fiche ready for the form: what the store holds and the live FormState built from it."""

    node: NodeRow
    fiche: FicheData
    form_id: str
    questionnaire: Questionnaire
    state: FormState
    saved_answers: dict  # what the store holds as saved (the baseline for "unsaved changes")
    draft_restored: bool = False
    populated: set[str] = field(default_factory=set)
    locked: str | None = None  # why the fiche cannot be edited now (its dossier awaits the validator), or None
    open_dossier: bool = False  # a published fiche whose structure has a dossier open: ask where an edit goes

    @property
    def canonical(self) -> str:
        return canonical(self.form_id) if self.form_id in list_forms() else self.questionnaire.canonical


def _pack(pack: Any) -> Any:
    if pack is not None:
        return pack
    from app.models.nomenclatures import NomenclaturePack

    return NomenclaturePack.default()


def questionnaire(form_id: str, pack: Any = None) -> Questionnaire:
    """The parsed Questionnaire of a shipped form (cached: parsing is done once per form and pack)."""
    pack = _pack(pack)
    key = (form_id, id(pack))
    with _cache_lock:
        found = _cache.get(key)
        if found is None:
            found = _cache[key] = load_questionnaire(load_form(form_id), pack=pack)
    return found


def fiche_answers(kind: str, categorie: str | None, champ: str | None, domaine: str | None,
                  resources: list[dict[str, Any] | None]) -> tuple[str, dict[str, Any]]:
    """(canonical of the node's form, the answers that form reads from server `resources`): pulled fiches and
    merged conflicts open complete (definition-based population)."""
    from app.models.forms import answers_from_resources

    form_id = questionnaire_for(kind, categorie, champ, domaine)
    answers = answers_from_resources(questionnaire(form_id), [r for r in resources if r])
    return canonical(form_id), answers


def form_id_of(node: NodeRow, fiche: FicheData) -> str:
    """The form of a fiche: the one it was saved with (id or canonical), else the one its node calls for."""
    stored = fiche.questionnaire or ""
    if stored in list_forms():
        return stored
    if stored:
        found = form_of_canonical(stored)
        if found:
            return found
    return questionnaire_for(node.kind, node.categorie, node.champ, node.domaine)


def _identifier(value: str | None, code: str, system: str) -> dict | None:
    if not value:
        return None
    return {"system": system, "value": value, "type": {"coding": [{"system": ID_TYPES, "code": code}]}}


def launch_context(node: NodeRow, fiche: FicheData, parent: NodeRow | None = None) -> dict:
    """`%ror-structure`: the resource as last known, else one built from the node and its FINESS data."""
    if fiche.resource:
        return {"ror-structure": fiche.resource}
    data = fiche.finess_data or {}
    if node.kind == Kind.UO:
        res: dict[str, Any] = {"resourceType": "HealthcareService", "name": node.name}
        if node.champ:
            res["type"] = [{"coding": [{"system": R227, "code": node.champ}]}]
        if node.type_offre:
            res["category"] = [{"coding": [{"system": R244, "code": node.type_offre}]}]
        if parent is not None:
            res["providedBy"] = {"display": parent.name}
        return {"ror-structure": res}
    res = {"resourceType": "Organization", "name": data.get("raison_sociale") or data.get("denomination") or node.name}
    idents = [_identifier(node.finess, "1", "urn:oid:1.2.250.1.71.4.2.2"),
              _identifier(data.get("siren"), "2", "urn:oid:1.2.250.1.71.4.2.1"),
              _identifier(data.get("siret"), "3", "urn:oid:1.2.250.1.71.4.2.1")]
    if node.kind in (Kind.EJ, Kind.EG):
        res["identifier"] = [i for i in idents if i]
    if node.kind == Kind.EG and node.categorie:
        res["type"] = [{"coding": [{"system": R66, "code": node.categorie,
                                    "display": data.get("libcategorie") or node.categorie}]}]
    line = " ".join(str(data[k]) for k in ("numvoie", "voie") if data.get(k))
    if line or data.get("code_postal") or data.get("ville"):
        address: dict[str, Any] = {}
        if line:
            address["line"] = [line]
        if data.get("code_postal"):
            address["postalCode"] = str(data["code_postal"])
        if data.get("ville"):
            address["city"] = str(data["ville"])
        res["address"] = [address]
    if data.get("telephone"):
        res["telecom"] = [{"system": "phone", "value": str(data["telephone"])}]
    return {"ror-structure": res}


def _is_new(node: NodeRow, fiche: FicheData) -> bool:
    """A fiche nobody filled yet: no resource and no answer beyond what a new node starts with."""
    if fiche.resource:
        return False
    start = initial_answers(node.kind, node.champ)
    return all(key in start for key in fiche.answers)


def open_fiche(ws: Any, node_id: int, pack: Any = None) -> OpenedFiche:
    """Read a node's fiche and build its FormState (a pending autosave draft is restored over the answers)."""
    pack = _pack(pack)
    node = ws.nodes.get(node_id)
    fiche = ws.fiches.get(node_id)
    parent = ws.nodes.get(node.parent_id) if node.parent_id is not None else None
    form_id = form_id_of(node, fiche)
    q = questionnaire(form_id, pack)
    saved = copy.deepcopy(fiche.answers or {})
    restored = bool(fiche.draft) and fiche.draft != saved
    state = FormState(q, fiche.draft if restored else saved, context=launch_context(node, fiche, parent), pack=pack,
                      prefilled=fiche.prefilled)
    populated: set[str] = set()
    if not restored and _is_new(node, fiche):
        populated = state.populate()
    locked, open_dossier = _dossier_situation(ws, node)
    return OpenedFiche(node=node, fiche=fiche, form_id=form_id, questionnaire=q, state=state, saved_answers=saved,
                       draft_restored=restored, populated=populated, locked=locked, open_dossier=open_dossier)


def _dossier_situation(ws: Any, node: NodeRow) -> tuple[str | None, bool]:
    """A fiche never published is part of its dossier: locked while the validator has it. A published fiche
    can always be edited directly; when a dossier is open on its structure the user chooses where the edit goes."""
    dossier = ws.dossiers.of(node.id)
    editable = dossier is None or dossier.state in EDITABLE_DOSSIER_STATES
    if node.server_id is None and not editable:
        return DOSSIER_LABELS[DossierState(dossier.state)], False
    return None, node.server_id is not None and dossier is not None and dossier.state in EDITABLE_DOSSIER_STATES


def problem_count(problems: list) -> int:
    """How many problems block finalising (warnings are shown but never block)."""
    return sum(1 for p in problems if p.blocking)


def _coded(resource: dict, key: str, system: str) -> str | None:
    for concept in resource.get(key) or []:
        for coding in (concept or {}).get("coding") or []:
            if coding.get("system") == system and coding.get("code"):
                return str(coding["code"])
    return None


def _main_resource(resources: list[dict], kind: str) -> dict | None:
    wanted = "HealthcareService" if kind == Kind.UO else "Organization"
    return next((r for r in resources if r.get("resourceType") == wanted), resources[0] if resources else None)


def extract_resources(opened: OpenedFiche, answers: dict) -> tuple[dict | None, dict | None]:
    """The fiche's resource built from `answers` over the one last known (elements the form ignores are kept),
    and the Location of a unit's capacities when the form describes one."""
    resources = extract(opened.questionnaire, answers, base=opened.fiche.resource, context=opened.state.context)
    main = _main_resource(resources, opened.node.kind)
    location = next((r for r in resources if r is not main and r.get("resourceType") == "Location"), None)
    return main, location


def extract_resource(opened: OpenedFiche, answers: dict) -> dict | None:
    return extract_resources(opened, answers)[0]


def save(ws: Any, opened: OpenedFiche, answers: dict, problems: int | None = None,
         in_dossier: bool | None = None) -> Changes:
    """Explicit save: the answers, the extracted resource, the problem count and the indexed columns."""
    if problems is None:
        check = FormState(opened.questionnaire, answers, context=opened.state.context, pack=opened.state.pack)
        problems = problem_count(check.problems())
    resource, location = extract_resources(opened, answers)
    indexed: dict[str, Any] = {}
    extra = {"location": location} if location is not None else {}
    if resource:
        name = resource.get("name")
        if isinstance(name, str) and name.strip():
            indexed["name"] = name.strip()
        if opened.node.kind == Kind.UO:
            champ = _coded(resource, "type", R227)
            offre = _coded(resource, "category", R244)
            if champ:
                indexed["champ"] = champ
            if offre:
                indexed["type_offre"] = offre
    changes = ws.fiches.save(opened.node.id, answers, questionnaire=opened.canonical, resource=resource,
                             problems=problems, in_dossier=in_dossier, **extra, **indexed)
    opened.saved_answers = copy.deepcopy(answers)
    opened.fiche = dataclasses.replace(opened.fiche, resource=resource, answers=copy.deepcopy(answers), draft=None)
    return changes


def save_draft(ws: Any, node_id: int, answers: dict) -> Changes:
    return ws.fiches.save_draft(node_id, answers)


def discard_draft(ws: Any, node_id: int) -> Changes:
    return ws.fiches.discard_draft(node_id)


def finalise(ws: Any, node_id: int, problems: int = 0) -> Changes:
    return ws.fiches.finalise(node_id, problems=problems)


def validate_all(ws: Any, pack: Any = None, record: bool = True) -> dict[int, int]:
    """Check every live fiche with its form; returns {node_id: blocking problems} and stores the counts.

    Questionnaires are parsed once per form; fiches with the same form and the same answers are checked once
    (a group's units are often alike). Expressions are only evaluated when a form uses them.
    """
    pack = _pack(pack)
    forms: dict[tuple, str] = {}
    seen: dict[tuple[str, str], int] = {}
    counts: dict[int, int] = {}
    rows = ws.fiches.validation_rows()
    before: dict[int, int] = {}
    for node_id, kind, categorie, champ, domaine, stored, answers, prefilled, current in rows:
        before[node_id] = current
        key = (kind, categorie, champ, domaine, stored)
        form_id = forms.get(key)
        if form_id is None:
            if stored in list_forms():
                form_id = stored
            else:
                form_id = (form_of_canonical(stored) if stored else None) or questionnaire_for(
                    kind, categorie, champ, domaine)
            forms[key] = form_id
        memo = (form_id, answers or "")  # the stored JSON text: equal text, equal answers, equal problems
        if memo not in seen:
            parsed = json.loads(answers) if answers else {}
            state = FormState(questionnaire(form_id, pack), parsed or {}, pack=pack, prefilled=prefilled)
            seen[memo] = problem_count(state.problems())
        counts[node_id] = seen[memo]
    changed = {k: v for k, v in counts.items() if before.get(k) != v}
    if record and changed:  # only the counts that moved: a store write per node is what costs
        ws.fiches.set_problems(changed)
    return counts
