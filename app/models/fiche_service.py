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
    finalise(ws, node_id, problems) -> Changes             ws.finalise (the store checks, refuses with problems)
    check_answers(form_id, answers, facts, pack) -> list[Problem]   the one validation (app/models/validation)
    check_all(ws, pack=None, under=None) -> {node_id: FicheCheck}   every fiche (`ror-referent check`)
    validate_all(ws, pack=None, record=True) -> dict[node_id, problems]   every fiche checked, counts stored
    revalidate_if_stale(ws, pack=None) -> Changes          validate_all at opening when the checks changed
    locked_items(form_id, origins), repeating_items(form_id)   what the store's locks need of a form
"""
from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from app.models import rules
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
from app.models.kinds import FINESS_KINDS, Kind
from app.models.rows import FicheData, NodeRow
from app.models.validation import RULES, Facts, Problem, blocking, facts_by_node
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
                      prefilled=fiche.prefilled, facts=ws.fiches.facts(node_id))
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
    """Finalise a fiche: the store checks its saved answers itself and refuses while a problem blocks;
    `problems` adds what the form knows and the store cannot (values typed that the form could not take)."""
    return ws.fiches.finalise(node_id, problems=problems)


def form_id_for(kind: str, categorie: str | None, champ: str | None, domaine: str | None,
                stored: str | None) -> str:
    """The form of a fiche from plain values: the one it was saved with (id or canonical), else its node's."""
    if stored and stored in list_forms():
        return stored
    return (form_of_canonical(stored) if stored else None) or questionnaire_for(kind, categorie, champ, domaine)


def check_answers(form_id: str, answers: dict, facts: Facts | None = None, pack: Any = None,
                  populate: dict | None = None, prefilled_by_form: bool = False) -> list[Problem]:
    """Every problem of a fiche's answers (app/models/validation), as the form shows them.

    A fiche nobody filled yet is checked as the form will show it: `populate` is its launch context, from which
    the form pre-fills it on opening (an EG fresh from FINESS is checked with its FINESS values). A bulk pass
    gives `prefilled_by_form` instead: the required items the form pre-fills (initial expression or value) are
    taken as answered, which spares evaluating expressions for hundreds of new EGs; opening and saving the fiche
    checks the real values."""
    pack = _pack(pack)
    q = questionnaire(form_id, pack)
    state = FormState(q, answers or {}, context=populate, pack=pack, facts=facts)
    if populate is not None:
        state.populate()
    found = state.problems()
    if prefilled_by_form:
        filled = _prefilled_by_form(q)
        found = [p for p in found if not (p.code == "REQ" and p.link_id in filled)]
    return found


_prefilled: dict[int, frozenset[str]] = {}


def _prefilled_by_form(q: Questionnaire) -> frozenset[str]:
    """LinkIds the form fills by itself when a new fiche opens (cached per parsed Questionnaire)."""
    found = _prefilled.get(id(q))
    if found is None:
        found = _prefilled[id(q)] = frozenset(
            i.link_id for i in q.all_items
            if i.initial_expression or i.initial or any(o.initial_selected for o in i.answer_options))
    return found


def stored_problems(node: Any, fiche: Any, parent: Any, facts: Facts | None, pack: Any = None) -> list[Problem]:
    """The problems of a stored fiche. `node` has the node's columns (kind, name, finess, categorie, champ,
    type_offre, domaine), `fiche` its resource, finess_data, answers and questionnaire; `parent` a name."""
    form_id = form_id_for(node.kind, node.categorie, node.champ, node.domaine, fiche.questionnaire)
    answers = dict(fiche.answers or {})
    context = launch_context(node, fiche, parent) if _is_new(node, fiche) else None
    return check_answers(form_id, answers, facts, pack, populate=context)


def locked_items(form_id: str, origins: dict[str, Any] | None) -> dict[str, str]:
    """{linkId: label} of the items whose value comes from FINESS: the form's read-only, visible items, for a
    node FINESS describes. The store refuses any change of their saved value."""
    if not rules.locked_fields(origins):
        return {}
    q = questionnaire(form_id)
    return {i.link_id: ItemLabel(i.text or i.link_id, i.texts) for i in q.all_items
            if i.read_only and not i.hidden and i.is_question and not i.calculated_expression}


class ItemLabel(str):
    """An item's French text that knows its translations (`texts`): a refusal naming it reads in the user's
    language (rules.finess_locked_refusal passes them on as `item_texts`)."""

    texts: dict[str, str]

    def __new__(cls, text: str, texts: dict[str, str] | None = None) -> ItemLabel:
        label = super().__new__(cls, text)
        label.texts = dict(texts or {})
        return label


def repeating_items(form_id: str) -> frozenset[str]:
    """LinkIds of the questions that take several answers (a pre-filled one may be replaced by others only
    while one pre-filled value stays)."""
    return frozenset(i.link_id for i in questionnaire(form_id).all_items if i.repeats and i.is_question)


# Bumped whenever a check changes what it finds: a workspace validated under another version is checked again.
RULES_VERSION = "2026-05-validation-1"
VERSION_SETTING = "validation.version"


def validation_version(pack: Any = None) -> str:
    """What the stored statuses were computed under: the checks, the nomenclature pack and the forms."""
    pack = _pack(pack)
    entries = sorted(f"{r.get('url') or r.get('name')}|{r.get('version')}" for r in pack.entries())
    forms = [canonical(f) for f in list_forms()]
    rules_table = sorted(f"{k}:{code}:{level}" for k, (code, level, _t) in RULES.items())
    digest = hashlib.sha256("\n".join([RULES_VERSION, *entries, *forms, *rules_table]).encode()).hexdigest()
    return f"{RULES_VERSION}:{digest[:16]}"


@dataclass(frozen=True)
class FicheCheck:
    """One fiche's validation, as `ror-referent check` reports it."""

    node_id: int
    kind: str
    name: str
    status: str
    form_id: str
    problems: tuple[Problem, ...]

    @property
    def blocking(self) -> int:
        return blocking(list(self.problems))


def check_all(ws: Any, pack: Any = None, under: int | None = None) -> dict[int, FicheCheck]:
    """Every live fiche checked with its form (or those under the node `under`), by node id."""
    return {row.id: FicheCheck(row.id, row.kind, row.name, row.status, form_id, problems)
            for row, form_id, problems in _checked_rows(ws, pack, under)}


@dataclass(frozen=True, slots=True)
class _Node:
    """What a validation pass knows of a node with a fiche (from `ws.fiches.facts_rows`)."""

    id: int
    kind: str
    name: str
    status: str
    problems: int
    champ: str | None


def _checked_rows(ws: Any, pack: Any, under: int | None = None,
                  only: set[int] | None = None) -> Iterator[tuple[_Node, str, tuple[Problem, ...]]]:
    """(node, form id, problems) of every live fiche (or those under `under`, or those in `only`).

    Alike fiches (same form, same answers text, same facts: a group's units often are) are parsed and checked
    once. Questionnaires are parsed once per form; expressions are only evaluated when a form uses them.
    """
    pack = _pack(pack)
    places = ws.fiches.facts_rows()
    facts = facts_by_node(places)
    nodes = {r[0]: r for r in places}
    wanted = set(ws.nodes.subtree(under)) if under is not None else only
    forms: dict[tuple, str] = {}
    seen: dict[tuple, tuple[Problem, ...]] = {}
    for row in ws.fiches.validation_rows():
        place = nodes.get(row.id)
        if place is None or (wanted is not None and row.id not in wanted):
            continue
        key = (row.kind, row.categorie, row.champ, row.domaine, row.questionnaire)
        form_id = forms.get(key)
        if form_id is None:
            form_id = forms[key] = form_id_for(*key)
        node_facts = facts.get(row.id)
        memo = (key, row.answers, row.has_resource, node_facts)  # equal text and facts: equal problems
        found = seen.get(memo)
        if found is None:
            parsed = json.loads(row.answers) if row.answers else {}
            parsed = parsed if isinstance(parsed, dict) else {}
            new = not row.has_resource and _is_new(row, _Stored(None, {}, parsed or {}, row.questionnaire))  # type: ignore[arg-type]
            if new and row.kind not in FINESS_KINDS:  # a unit just created: checked as its form pre-fills it
                parent = SimpleNamespace(name=nodes[place[1]][3]) if place[1] in nodes else None
                context = launch_context(row, _Stored(None, {}, parsed, row.questionnaire), parent)  # type: ignore[arg-type]
                found = tuple(check_answers(form_id, parsed, node_facts, pack, populate=context))
            else:  # an EJ or EG fresh from FINESS: its FINESS values are taken as there (see check_answers)
                found = seen[memo] = tuple(check_answers(form_id, parsed or {}, node_facts, pack,
                                                         prefilled_by_form=new))
        yield _Node(row.id, row.kind, place[3], place[6], place[7], row.champ), form_id, found


@dataclass(frozen=True)
class _Stored:
    resource: dict | None
    finess_data: dict
    answers: dict
    questionnaire: str | None


def validate_all(ws: Any, pack: Any = None, record: bool = True) -> dict[int, int]:
    """Check every live fiche with its form; returns {node_id: blocking problems}. With `record`, the counts
    that moved are stored (a finalised fiche that now has a blocking problem is a draft again) and the
    validation version is stamped, so the next opening knows the statuses are current."""
    counts, moved = _blocking_counts(ws, pack)
    if record:  # only what moved: a store write per node is what costs
        ws.fiches.set_problems(moved)
        ws.settings.set(VERSION_SETTING, validation_version(pack))
    return counts


def check_nodes(ws: Any, ids: set[int], pack: Any = None) -> Changes:
    """Check these fiches again and store the counts that moved. A pull brings the server's published state,
    which the local checks may find incomplete: such a fiche arrives with its problems, never green."""
    if not ids:
        return Changes()
    _found, moved = _blocking_counts(ws, pack, only=set(ids))
    return ws.fiches.set_problems(moved)


def _blocking_counts(ws: Any, pack: Any, only: set[int] | None = None) -> tuple[dict[int, int], dict[int, int]]:
    """({node id: blocking problems} of every fiche, the same for those whose stored count or status must
    change: a count that moved, a finalised fiche with a problem)."""
    counted: dict[int, int] = {}  # by id() of a problems tuple: alike fiches share theirs
    found: dict[int, int] = {}
    moved: dict[int, int] = {}
    for row, _form_id, problems in _checked_rows(ws, pack, only=only):
        count = counted.get(id(problems))
        if count is None:
            count = counted[id(problems)] = blocking(list(problems))
        found[row.id] = count
        if count != row.problems or (count and row.status == "finalised"):
            moved[row.id] = count
    return found, moved


def revalidate_if_stale(ws: Any, pack: Any = None) -> Changes:
    """At opening: when the checks, the nomenclatures or the forms changed since the statuses were computed,
    check every fiche again; else do nothing (one setting read)."""
    current = validation_version(pack)
    if ws.settings.get(VERSION_SETTING) == current:
        return Changes()
    changes = ws.fiches.set_problems(_blocking_counts(ws, pack)[1])
    ws.settings.set(VERSION_SETTING, current)
    return changes
