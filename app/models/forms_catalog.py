"""Which fiche Questionnaire a node uses, and the app's own Questionnaires shipped in app/resources.

The ROR picks a "fiche de saisie" by EG category and champ d'activité; the app does the same with its own
forms: `ej`, `eg`, `unite-interne` (pôle, service, UF) and one UO form per champ d'activité
(`uo-mco`, `uo-smr`, `uo-psy`, `uo-ms`). The forms are FHIR R4 SDC JSON (app/resources/questionnaires/).

Conventions the forms follow (what the forms engine and the GUI rely on):
- Each root group carries `itemExtractionContext` (HealthcareService, Organization or, for the UO capacity
  block `uo.lieu`, Location). Definitions are `<ROR profile canonical>#<path>`; the path segments are FHIR
  JSON names, each optionally followed by `:sliceName` (informative: an extractor drops it, but two groups
  with different slices are two different element instances).
- A group with a definition makes one new instance of that element (one per repetition when it repeats);
  its descendants' definitions start with the group's path and fill that instance. Groups without `text`
  are containers only: the GUI shows their visible children inline.
- Coded elements follow the IG form: a group on the CodeableConcept, a `choice` item on `<path>.coding`;
  several answers of a repeating choice become several codings of that CodeableConcept.
- Extensions are groups on `...extension:<slice>` whose first child is a hidden `.url` item carrying the
  extension url as `initial`; the value item names its type (`.valueBoolean`, `.valueString`,
  `.valueInteger`, `.valueDate`, `.valueCode`, `.valueCodeableConcept.coding`, `.valueRange.low.value`).
- Hidden items with `initial` are fixed values (urls, units, identifier types, capacity source): an
  extractor writes them whenever their enclosing group is extracted; a group is extracted when one of its
  non-hidden descendants has an answer, or when it only holds hidden items and its parent is extracted.
- UO forms: every section after `uo.type_offre` has `enableWhen` `{question: "uo.type_offre", operator:
  "exists", answerBoolean: true}` (saisie modulaire); disabled items are neither checked nor extracted.
- `uo.horaires` is a repeating group of exactly three children: `uo.horaires.jour` (choice, codes mon..sun
  of http://hl7.org/fhir/days-of-week, French labels), `uo.horaires.debut` and `uo.horaires.fin` (time).
  One repetition per opening slot; the GUI renders it as an hours editor ("copier le lundi sur toute la
  semaine" copies Monday's rows to the other days).
- Initial expressions read the launch context `` %`ror-structure` `` (the fiche as last known).
"""
from __future__ import annotations

import copy
import json
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

from app.models.kinds import INTERNAL_KINDS, Kind

PACKAGE = "app.resources.questionnaires"

EJ_FORM = "ej"
EG_FORM = "eg"
INTERNAL_FORM = "unite-interne"
UO_FORMS = ("uo-mco", "uo-smr", "uo-psy", "uo-ms")

R227 = "https://mos.esante.gouv.fr/NOS/TRE_R227-ChampActivite/FHIR/TRE-R227-ChampActivite"
R207 = "https://mos.esante.gouv.fr/NOS/TRE_R207-TypeOrganisationInterne/FHIR/TRE-R207-TypeOrganisationInterne"

# TRE_R227 champ d'activité codes and the UO form of each (05 Ville and 06 Social have no form of their own).
CHAMP_FORMS = {"01": "uo-mco", "02": "uo-smr", "03": "uo-psy", "04": "uo-ms", "05": "uo-mco", "06": "uo-ms"}
CHAMP_LABELS = {"01": "Médecine, Chirurgie, Obstétrique (MCO)", "02": "Soins Médicaux et de réadaptation (SMR)",
                "03": "Psychiatrie (PSY)", "04": "Médico-social (MS)", "05": "Ville", "06": "Social"}
# Short names users and ROR-IF screens use for the champ.
CHAMP_ALIASES = {"MCO": "01", "SMR": "02", "SSR": "02", "PSY": "03", "MS": "04", "MSS": "04",
                 "VILLE": "05", "SOCIAL": "06"}
# EG categories (TRE_R66 / J55) whose units belong to one champ when the unit does not say.
CATEGORY_CHAMPS = {"109": "02", "156": "03", "161": "03", "292": "03", "415": "03", "425": "03"}
# Domaine of the EG (from its category) -> UO form, when neither the champ nor the category decides.
DOMAINE_FORMS = {"sanitaire": "uo-mco", "ville": "uo-mco", "medico-social": "uo-ms", "social": "uo-ms"}
DEFAULT_UO_FORM = "uo-ms"

# TRE_R207 type of internal organisation by node kind (pre-filled, read-only in `unite-interne`).
INTERNAL_TYPES = {
    Kind.P: ("1", "Pôle"), Kind.PM: ("1", "Pôle"),
    Kind.S: ("2", "Structure interne ou Service"), Kind.S2: ("2", "Structure interne ou Service"),
    Kind.UF: ("3", "Unité fonctionnelle"),
}


class UnknownFormError(KeyError):
    """No form of that id is shipped with the app (message in French)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "Fiche inconnue."


def _plain(text: str | None) -> str:
    """Lower case, no accents, '-' for spaces and '_': 'Médico social' -> 'medico-social'."""
    text = unicodedata.normalize("NFKD", (text or "").strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("_", "-").replace(" ", "-")


def champ_code(champ: str | None) -> str | None:
    """The TRE_R227 code of a champ given as a code ('1', '01') or a short name ('MCO', 'MSS'); else None."""
    if champ is None:
        return None
    text = str(champ).strip()
    if text.isdigit():
        code = text.zfill(2)
        return code if code in CHAMP_FORMS else None
    return CHAMP_ALIASES.get(_plain(text).upper())


def questionnaire_for(kind: str, categorie: str | None = None, champ: str | None = None,
                      domaine: str | None = None) -> str:
    """The form id for a node: EJ -> ej, EG -> eg, pôle/service/UF -> unite-interne, UO by champ d'activité,
    else by the EG category, else by the EG domaine ('medico-social' -> uo-ms)."""
    try:
        node_kind = Kind(str(kind).upper())
    except ValueError as exc:
        raise UnknownFormError(f"Type de nœud inconnu : {kind!r}.") from exc
    if node_kind is Kind.EJ:
        return EJ_FORM
    if node_kind is Kind.EG:
        return EG_FORM
    if node_kind in INTERNAL_KINDS:
        return INTERNAL_FORM
    code = champ_code(champ) or CATEGORY_CHAMPS.get(str(categorie or "").strip())
    if code:
        return CHAMP_FORMS[code]
    return DOMAINE_FORMS.get(_plain(domaine), DEFAULT_UO_FORM)


def initial_answers(kind: str, champ: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Answers (by linkId) a new node's fiche starts with: the internal type by kind, the UO's champ."""
    node_kind = Kind(str(kind).upper())
    if node_kind in INTERNAL_TYPES:
        code, display = INTERNAL_TYPES[node_kind]
        return {"oi.type": [{"valueCoding": {"system": R207, "code": code, "display": display}}]}
    champ_key = champ_code(champ)
    if node_kind is Kind.UO and champ_key:
        coding = {"system": R227, "code": champ_key, "display": CHAMP_LABELS[champ_key]}
        return {"uo.champ": [{"valueCoding": coding}]}
    return {}


# The item that holds a node's name in each kind's form (its definition is Organization/HealthcareService.name):
# a rename in the tree writes it too, so the form and the tree never disagree.
NAME_LINK_IDS = {Kind.EJ: "ej.raison_sociale", Kind.EG: "eg.denomination", Kind.UO: "uo.nom",
                 **{k: "oi.nom" for k in INTERNAL_KINDS}}


def with_name(answers: dict[str, Any], kind: str, name: str) -> dict[str, Any]:
    """`answers` with the node's name item set to `name`."""
    return {**answers, NAME_LINK_IDS[Kind(kind)]: [{"valueString": name}]}


@cache
def list_forms() -> list[str]:
    """Ids of the forms shipped with the app (file names without '.json'), sorted."""
    folder = resources.files(PACKAGE)
    return sorted(entry.name[:-5] for entry in folder.iterdir() if entry.name.endswith(".json"))


@cache
def _form_text(form_id: str) -> str:
    if form_id not in list_forms():
        raise UnknownFormError(f"Fiche « {form_id} » inconnue : elle n'est pas livrée avec l'application.")
    return resources.files(PACKAGE).joinpath(f"{form_id}.json").read_text(encoding="utf-8")


@cache
def _form(form_id: str) -> dict[str, Any]:
    return json.loads(_form_text(form_id))


def load_form(form_id: str) -> dict[str, Any]:
    """The Questionnaire resource of a shipped form (a fresh copy: callers may change it freely)."""
    return copy.deepcopy(_form(form_id))


def canonical(form_id: str) -> str:
    """`url|version` of a shipped form, as stored in fiche.questionnaire."""
    form = _form(form_id)
    return f"{form['url']}|{form['version']}"


def form_of_canonical(value: str) -> str | None:
    """The shipped form id whose url (the part before '|') is `value`'s, or None."""
    url = (value or "").split("|", 1)[0]
    for form_id in list_forms():
        if _form(form_id).get("url") == url:
            return form_id
    return None
