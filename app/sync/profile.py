"""ROR profile check in pure Python: what a ROR server would refuse, said in French, before anything is sent.

Covers the mandatory elements, the code systems of the bindings and the identifier formats of the ROR IG
profiles ROROrganization, RORHealthcareService, RORLocation and of the Task a dossier is sent with (see
docs/ARCHITECTURE.md and the IG notes). It is not a full FHIR validator: structure and types are left to the
server (and to `fhir.resources` in the tests).

Choices:
- `for_submission=True` relaxes what the server sets itself (`meta.lastUpdated`): the client checks what it is
  about to send. As received (the default, and the CLI) everything is required.
- A wrong FINESS check key is a warning, not an error: the IG's own example numbers are fictitious, and the key
  of real numbers is checked when they are imported from FINESS.
- A missing care mode (`characteristic:careMode`, 1..1 in the profile) is a warning: the IG's published JSON
  example (HealthcareService-1234564) has none, so ROR servers evidently accept it.

Public API:
    Problem(path, message, severity='error'|'warning')   path is a FHIRPath
    check_resource(resource, for_submission=False) -> list[Problem]   (a Bundle is checked entry by entry)
    check_bundle(bundle, for_submission=False) -> list[Problem]       paths `Bundle.entry[i].resource.<path>`
    errors(problems) -> list[Problem]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.sync import fhir_systems as S

_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_DATETIME = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_FINESS_FORMAT = re.compile(r"^(\d{2}|2A|2B|9[A-J])\d{7}$")
_DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
_TASK_STATUSES = {"draft", "requested", "received", "accepted", "rejected", "ready", "cancelled", "in-progress",
                  "on-hold", "failed", "completed", "entered-in-error"}
_ORG_TYPE_SYSTEMS = {S.R72_STATUT, S.R69_AGREGAT, S.R66_CATEGORIE, S.R02_SECTEUR, S.R207_TYPE_OI,
                     S.tre("TRE_R73-ESPIC")}
_SPECIALTY_SYSTEMS = {S.R211_ACTIVITE, S.R265_SERAFIN, S.R266_FAMILLE}
CHECKED_TYPES = ("Organization", "HealthcareService", "Location", "Task")


@dataclass(frozen=True)
class Problem:
    """One breach of the profile: where (FHIRPath), what (French), and whether it blocks ('error')."""

    path: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.severity} {self.path}: {self.message}"


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def _codings(value: Any) -> list[dict]:
    if not isinstance(value, dict):
        return []
    return [c for c in value.get("coding") or [] if isinstance(c, dict)]


def _extensions(element: Any, url: str) -> list[dict]:
    if not isinstance(element, dict):
        return []
    return [e for e in element.get("extension") or [] if isinstance(e, dict) and e.get("url") == url]


def _ext_path(base: str, url: str) -> str:
    return f"{base}.extension('{url}')"


def _list(value: Any) -> list:
    return value if isinstance(value, list) else ([] if value is None else [value])


class _Checker:
    def __init__(self, resource: dict[str, Any], for_submission: bool) -> None:
        self.r = resource
        self.t = str(resource.get("resourceType"))
        self.for_submission = for_submission
        self.problems: list[Problem] = []

    def error(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message, "error"))

    def warn(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message, "warning"))

    # ---------------------------------------------------------------------------------------- shared rules
    def common(self) -> None:
        meta = self.r.get("meta")
        if not isinstance(meta, dict):
            meta = {}
        last = meta.get("lastUpdated")
        if last is None:
            if not self.for_submission:
                self.error(f"{self.t}.meta.lastUpdated", "Date de dernière mise à jour absente (elle est "
                           "renseignée par le serveur).")
        elif not isinstance(last, str) or not _INSTANT.match(last):
            self.error(f"{self.t}.meta.lastUpdated", f"Date de dernière mise à jour invalide : {last!r}.")
        self.single_extension(self.t, S.EXT_CREATION_DATE, "Date de création (ror-meta-creation-date)",
                              "valueDateTime", _DATETIME)
        for i, telecom in enumerate(_list(self.r.get("telecom"))):
            self.telecom(f"{self.t}.telecom[{i}]", telecom)
        for j, contact in enumerate(_list(self.r.get("contact"))):
            for i, telecom in enumerate(_list((contact or {}).get("telecom"))):
                self.telecom(f"{self.t}.contact[{j}].telecom[{i}]", telecom)

    def single_extension(self, base: str, url: str, label: str, value_key: str | None = None,
                         pattern: re.Pattern | None = None, required: bool = True) -> dict | None:
        found = _extensions(self.r, url)
        path = _ext_path(base, url)
        if not found:
            if required:
                self.error(path, f"{label} obligatoire : extension absente.")
            return None
        if len(found) > 1:
            self.error(path, f"{label} : une seule extension attendue, {len(found)} trouvées.")
        ext = found[0]
        if value_key:
            value = ext.get(value_key)
            if value is None:
                self.error(path, f"{label} : valeur absente ({value_key} attendu).")
            elif pattern is not None and (not isinstance(value, str) or not pattern.match(value)):
                self.error(path, f"{label} : valeur invalide {value!r}.")
        return ext

    def telecom(self, path: str, telecom: Any) -> None:
        if not isinstance(telecom, dict):
            self.error(path, "Moyen de contact illisible.")
            return
        if not telecom.get("value"):
            self.error(f"{path}.value", "Coordonnée absente : le numéro ou l'adresse est obligatoire.")
        for url, system, label in ((S.EXT_TELECOM_CHANNEL, S.R200_CANAL, "Canal de communication"),
                                   (S.EXT_TELECOM_CONFIDENTIALITY, S.R283_CONFIDENTIALITE,
                                    "Niveau de confidentialité")):
            found = _extensions(telecom, url)
            ext_path = _ext_path(path, url)
            if len(found) != 1:
                self.error(ext_path, f"{label} obligatoire (une seule valeur)." if not found
                           else f"{label} : une seule valeur attendue.")
                continue
            self.coded(f"{ext_path}.value", found[0].get("valueCodeableConcept"), {system}, label)

    def coded(self, path: str, concept: Any, systems: set[str], label: str, strict: bool = True) -> bool:
        """Check every coding of a CodeableConcept is in one of `systems`; False when none is."""
        codings = _codings(concept)
        if not codings:
            self.error(path, f"{label} : aucun code.")
            return False
        ok = False
        for coding in codings:
            system, code = coding.get("system"), coding.get("code")
            if not code:
                self.error(path, f"{label} : code absent (système {system or 'non précisé'}).")
            elif system in systems:
                ok = True
            else:
                message = f"{label} : le code « {code} » n'est pas dans la nomenclature attendue " \
                          f"({_names(systems)}) mais dans {system or 'aucun système'}."
                (self.error if strict else self.warn)(path, message)
        return ok

    def reference(self, path: str, ref: Any, target: str, label: str) -> None:
        text = (ref or {}).get("reference") if isinstance(ref, dict) else None
        if not text:
            if not (isinstance(ref, dict) and ref.get("identifier")):
                self.error(path, f"{label} : référence vide.")
            return
        if text.startswith(("urn:uuid:", "#")):
            return
        parts = text.rstrip("/").split("/")
        if len(parts) < 2 or parts[-2] != target:
            self.error(path, f"{label} : une référence vers {target} est attendue, pas « {text} ».")

    # ---------------------------------------------------------------------------------------- Organization
    def organization(self) -> None:
        t = self.t
        if not self.r.get("name"):
            self.warn(f"{t}.name", "Nom (raison sociale, dénomination ou nom de l'unité) absent.")
        for i, ident in enumerate(_list(self.r.get("identifier"))):
            self.org_identifier(f"{t}.identifier[{i}]", ident)
        for i, concept in enumerate(_list(self.r.get("type"))):
            path = f"{t}.type[{i}]"
            self.coded(path, concept, _ORG_TYPE_SYSTEMS, "Type d'organisation", strict=False)
            for coding in _codings(concept):
                if coding.get("system") == S.R207_TYPE_OI and coding.get("code") not in ("1", "2", "3", "4"):
                    self.error(path, f"Type d'organisation interne inconnu : « {coding.get('code')} » "
                               "(1 Pôle, 2 Service, 3 UF, 4 Unité élémentaire).")
        if "partOf" in self.r:
            self.reference(f"{t}.partOf", self.r["partOf"], "Organization", "Rattachement (partOf)")

    def org_identifier(self, path: str, ident: Any) -> None:
        if not isinstance(ident, dict):
            self.error(path, "Identifiant illisible.")
            return
        system, value = ident.get("system"), ident.get("value")
        types = {(c.get("system"), c.get("code")) for c in _codings(ident.get("type"))}
        g07 = {code for sys, code in types if sys == S.G07_ID_TYPE}
        slice_name = None
        if system in S.FINESS_SYSTEMS or S.G07_FINESS in g07:
            slice_name, wanted = "finess", (S.G07_ID_TYPE, S.G07_FINESS)
        elif system == S.SIRET_SYSTEM or S.G07_SIRET in g07:
            slice_name, wanted = "numSIRET", (S.G07_ID_TYPE, S.G07_SIRET)
        elif system == S.SIREN_SYSTEM or S.G07_SIREN in g07:
            slice_name, wanted = "sirene", (S.G07_ID_TYPE, S.G07_SIREN)
        elif system == S.ID_NAT_ST_SYSTEM or S.G07_ID_NAT in g07:
            slice_name, wanted = "idNatSt", (S.G07_ID_TYPE, S.G07_ID_NAT)
        elif system == S.OI_SYSTEM or (S.R345_ID_OTHER, S.R345_OI) in types:
            slice_name, wanted = "identifierOI", (S.R345_ID_OTHER, S.R345_OI)
        if not value:
            self.error(f"{path}.value", "Identifiant sans valeur.")
            return
        if slice_name is None:
            return
        if not types:
            self.error(f"{path}.type", f"Type d'identifiant obligatoire pour l'identifiant {slice_name} "
                       f"({_short(wanted[0])}#{wanted[1]}).")
        elif wanted not in types:
            self.error(f"{path}.type", f"Type d'identifiant incohérent pour l'identifiant {slice_name} : "
                       f"{_short(wanted[0])}#{wanted[1]} attendu.")
        self.identifier_format(f"{path}.value", slice_name, str(value))

    def identifier_format(self, path: str, slice_name: str, value: str) -> None:
        from app.models import identifiers

        if slice_name == "finess":
            if not _FINESS_FORMAT.match(value):
                self.error(path, f"Numéro FINESS invalide « {value} » : 9 caractères attendus, le département "
                           "puis 7 chiffres.")
            elif (reason := identifiers.check_finess(value)) is not None:
                self.warn(path, f"Numéro FINESS « {value} » : {reason}.")
        elif slice_name == "sirene" and (reason := identifiers.check_siren(value)) is not None:
            self.error(path, f"Numéro SIREN « {value} » invalide : {reason}.")
        elif slice_name == "numSIRET" and (reason := identifiers.check_siret(value)) is not None:
            self.error(path, f"Numéro SIRET « {value} » invalide : {reason}.")

    # ---------------------------------------------------------------------------------------- HealthcareService
    def healthcare_service(self) -> None:
        t, r = self.t, self.r
        idents = _list(r.get("identifier"))
        if not idents:
            self.error(f"{t}.identifier", "Identifiant de l'offre obligatoire.")
        elif len(idents) > 1:
            self.error(f"{t}.identifier", f"Un seul identifiant de l'offre attendu, {len(idents)} trouvés.")
        for i, ident in enumerate(idents):
            if not isinstance(ident, dict) or not ident.get("value"):
                self.error(f"{t}.identifier[{i}].value", "Identifiant de l'offre sans valeur.")
            elif ident.get("type") is not None:
                self.coded(f"{t}.identifier[{i}].type", ident["type"], {S.R355_ID_OFFRE},
                           "Type d'identifiant de l'offre", strict=False)
        types = _list(r.get("type"))
        if not types:
            self.error(f"{t}.type", "Champ d'activité (type) obligatoire.")
        elif len(types) > 1:
            self.error(f"{t}.type", f"Un seul champ d'activité attendu, {len(types)} trouvés.")
        for i, concept in enumerate(types):
            self.coded(f"{t}.type[{i}]", concept, {S.R227_CHAMP}, "Champ d'activité")
        categories = _list(r.get("category"))
        if len(categories) > 1:
            self.error(f"{t}.category", f"Un seul type d'offre attendu, {len(categories)} trouvés.")
        for i, concept in enumerate(categories):
            self.coded(f"{t}.category[{i}]", concept, {S.R244_TYPE_OFFRE}, "Type d'offre")
        self.specialties()
        self.characteristics()
        self.single_extension(t, S.EXT_SENSITIVE_UNIT, "Unité sensible (ror-healthcareservice-sensitive-unit)",
                              "valueBoolean")
        ext = self.single_extension(t, S.EXT_PATIENT_TYPE, "Public pris en charge "
                                    "(ror-healthcareservice-patient-type)")
        if ext is not None:
            self.patient_type(_ext_path(t, S.EXT_PATIENT_TYPE), ext)
        if r.get("providedBy") is None:
            self.warn(f"{t}.providedBy", "Aucune organisation de rattachement (providedBy).")
        else:
            self.reference(f"{t}.providedBy", r["providedBy"], "Organization", "Organisation de rattachement")
        for i, ref in enumerate(_list(r.get("location"))):
            self.reference(f"{t}.location[{i}]", ref, "Location", "Lieu de réalisation")
        for i, slot in enumerate(_list(r.get("availableTime"))):
            self.available_time(f"{t}.availableTime[{i}]", slot)

    def specialties(self) -> None:
        t = self.t
        specialties = _list(self.r.get("specialty"))
        if not specialties:
            self.error(f"{t}.specialty", "Activité opérationnelle (specialty) obligatoire.")
            return
        with_activity = 0
        for i, concept in enumerate(specialties):
            self.coded(f"{t}.specialty[{i}]", concept, _SPECIALTY_SYSTEMS, "Activité opérationnelle")
            if any(c.get("system") == S.R211_ACTIVITE for c in _codings(concept)):
                with_activity += 1
        path = f"{t}.specialty.where(coding.system='{S.R211_ACTIVITE}')"
        if with_activity == 0:
            self.error(path, "Activité opérationnelle obligatoire : aucun code de la nomenclature TRE_R211.")
        elif with_activity > 1:
            self.error(path, "Les activités opérationnelles doivent être réunies dans un seul élément specialty.")

    def characteristics(self) -> None:
        t = self.t
        items = _list(self.r.get("characteristic"))
        if not items:
            self.error(f"{t}.characteristic", "Caractéristiques obligatoires (au moins le mode de prise en charge).")
            return
        care_modes = 0
        for concept in items:
            codings = _codings(concept)
            for ext in _extensions(concept, S.EXT_ACT_TYPE):
                codings += _codings(ext.get("valueCodeableConcept"))
            if any(c.get("system") == S.R213_MODE_PEC for c in codings):
                care_modes += 1
        path = f"{t}.characteristic.where(coding.system='{S.R213_MODE_PEC}')"
        if care_modes == 0:
            self.warn(path, "Mode de prise en charge (TRE_R213) absent : il est obligatoire dans le profil ROR.")
        elif care_modes > 1:
            self.error(path, "Les modes de prise en charge doivent être réunis dans une seule caractéristique.")

    def patient_type(self, path: str, ext: dict) -> None:
        for sub in ext.get("extension") or []:
            url = sub.get("url")
            if url == "ageRange":
                rng = sub.get("valueRange") or {}
                low, high = (rng.get("low") or {}).get("value"), (rng.get("high") or {}).get("value")
                if low is not None and high is not None and low > high:
                    self.error(f"{path}.extension('ageRange')", f"Âge minimum ({low}) supérieur à l'âge maximum "
                               f"({high}).")
            elif url == "supportedPatientInfo":
                self.coded(f"{path}.extension('supportedPatientInfo')", sub.get("valueCodeableConcept"),
                           {S.R239_PUBLIC}, "Public pris en charge")

    def available_time(self, path: str, slot: Any) -> None:
        if not isinstance(slot, dict):
            self.error(path, "Horaire illisible.")
            return
        bad = [d for d in _list(slot.get("daysOfWeek")) if d not in _DAYS]
        if bad:
            self.error(f"{path}.daysOfWeek", f"Jour inconnu : {', '.join(map(str, bad))}.")
        for ext in _extensions(slot, S.EXT_TYPE_OF_TIME):
            self.coded(_ext_path(path, S.EXT_TYPE_OF_TIME), ext.get("valueCodeableConcept"),
                       {S.R252_TYPE_HORAIRE}, "Type d'horaire")

    # ---------------------------------------------------------------------------------------- Location
    def location(self) -> None:
        t, r = self.t, self.r
        self.single_extension(t, S.EXT_COMMUNE_COG, "Commune (ror-commune-cog)")
        types = _list(r.get("type"))
        if len(types) > 1:
            self.error(f"{t}.type", f"Une seule fonction du lieu attendue, {len(types)} trouvées.")
        for i, concept in enumerate(types):
            self.coded(f"{t}.type[{i}]", concept, {S.R343_FONCTION_LIEU}, "Fonction du lieu")
        if r.get("managingOrganization") is not None:
            self.reference(f"{t}.managingOrganization", r["managingOrganization"], "Organization",
                           "Organisation gestionnaire")
        if r.get("partOf") is not None:
            self.reference(f"{t}.partOf", r["partOf"], "Location", "Lieu parent")
        for i, ext in enumerate(_extensions(r, S.EXT_SUPPORTED_CAPACITY)):
            self.capacity(f"{_ext_path(t, S.EXT_SUPPORTED_CAPACITY)}[{i}]", ext)

    def capacity(self, path: str, ext: dict) -> None:
        parts: dict[str, list[dict]] = {}
        for sub in ext.get("extension") or []:
            if isinstance(sub, dict):
                parts.setdefault(str(sub.get("url")), []).append(sub)
        for name in S.CAPACITY_PARTS:
            found = parts.get(name) or []
            sub_path = f"{path}.extension('{name}')"
            if len(found) != 1:
                self.error(sub_path, f"Capacité : « {name} » obligatoire (une seule valeur)." if not found
                           else f"Capacité : une seule valeur « {name} » attendue.")
                continue
            sub = found[0]
            if name == "nbCapacity":
                n = sub.get("valueInteger")
                if not isinstance(n, int) or isinstance(n, bool) or n < 0:
                    self.error(sub_path, f"Capacité : nombre invalide {n!r} (entier positif attendu).")
            elif name == "capacityUpdateDate":
                value = sub.get("valueDateTime") or sub.get("valueDate") or sub.get("valueInstant")
                if not isinstance(value, str) or not _DATETIME.match(value):
                    self.error(sub_path, f"Capacité : date de mise à jour invalide {value!r}.")
            elif name == "capacityType":
                self.coded(sub_path, sub.get("valueCodeableConcept"), {S.R329_NATURE_CAPACITE}, "Nature de capacité")
            elif name == "capacityStatus":
                self.coded(sub_path, sub.get("valueCodeableConcept"), {S.R330_STATUT_CAPACITE},
                           "Statut de capacité")
            elif not _codings(sub.get("valueCodeableConcept")):
                self.error(sub_path, f"Capacité : « {name} » sans code.")

    # ---------------------------------------------------------------------------------------- Task
    def task(self) -> None:
        t, r = self.t, self.r
        status = r.get("status")
        if not status:
            self.error(f"{t}.status", "Statut de la tâche obligatoire.")
        elif status not in _TASK_STATUSES:
            self.error(f"{t}.status", f"Statut de tâche inconnu : « {status} ».")
        if not r.get("intent"):
            self.error(f"{t}.intent", "Intention de la tâche (intent) obligatoire.")
        if not _codings(r.get("code")):
            self.error(f"{t}.code", "Code de la tâche obligatoire.")
        if r.get("focus") is None:
            self.error(f"{t}.focus", "Objet de la tâche (focus) obligatoire.")
        elif not isinstance(r["focus"], dict) or not (r["focus"].get("reference") or r["focus"].get("identifier")):
            self.error(f"{t}.focus", "Objet de la tâche (focus) : référence vide.")
        inputs = _list(r.get("input"))
        if not inputs:
            self.error(f"{t}.input", "Donnée d'entrée de la tâche (input) obligatoire.")
        for i, item in enumerate(inputs):
            if not isinstance(item, dict) or item.get("type") is None:
                self.error(f"{t}.input[{i}].type", "Type de la donnée d'entrée obligatoire.")
            elif not any(k.startswith("value") for k in item):
                self.error(f"{t}.input[{i}]", "Donnée d'entrée sans valeur.")
        if S.PROFILE["Task"] in _list((r.get("meta") or {}).get("profile")):
            self.ror_task()

    def ror_task(self) -> None:
        t, r = self.t, self.r
        for key, label, system in (("businessStatus", "Statut métier de l'anomalie", S.R352_STATUT_ANOMALIE),
                                   ("reasonCode", "Action attendue", S.R349_ACTION)):
            if r.get(key) is None:
                self.error(f"{t}.{key}", f"{label} obligatoire.")
            else:
                self.coded(f"{t}.{key}", r[key], {system}, label)
        if _codings(r.get("code")):
            self.coded(f"{t}.code", r["code"], {S.R350_THEME}, "Thématique de l'anomalie")
        for key, label in (("authoredOn", "Date de création"), ("lastModified", "Date de modification")):
            value = r.get(key)
            if not value:
                self.error(f"{t}.{key}", f"{label} de la tâche obligatoire.")
            elif not _DATETIME.match(str(value)):
                self.error(f"{t}.{key}", f"{label} de la tâche invalide : {value!r}.")
        requester = [i for i in _list(r.get("input")) if isinstance(i, dict)
                     and any(c.get("code") == "systemRequester" for c in _codings(i.get("type")))]
        if len(requester) != 1:
            self.error(f"{t}.input.where(type.coding.code='systemRequester')",
                       "Système demandeur (input systemRequester) obligatoire, une seule fois.")


def _short(system: str) -> str:
    """TRE_G07 from a NOS URL, for messages."""
    if system.startswith(S.NOS):
        return system[len(S.NOS):].split("/", 1)[0].split("-", 1)[0]
    return system


def _names(systems: set[str]) -> str:
    return ", ".join(sorted(_short(s) for s in systems))


def check_resource(resource: dict[str, Any], for_submission: bool = False) -> list[Problem]:
    """Every breach of the ROR profile of `resource` (a Bundle is checked entry by entry)."""
    if not isinstance(resource, dict) or not isinstance(resource.get("resourceType"), str):
        return [Problem("", "Ce n'est pas une ressource FHIR (resourceType absent).", "error")]
    rtype = resource["resourceType"]
    if rtype == "Bundle":
        return check_bundle(resource, for_submission)
    if rtype not in CHECKED_TYPES:
        return [Problem(rtype, f"Aucun profil ROR n'est vérifié pour une ressource {rtype}.", "warning")]
    checker = _Checker(resource, for_submission)
    if rtype != "Task":
        checker.common()
    {"Organization": checker.organization, "HealthcareService": checker.healthcare_service,
     "Location": checker.location, "Task": checker.task}[rtype]()
    return checker.problems


def check_bundle(bundle: dict[str, Any], for_submission: bool = False) -> list[Problem]:
    """The problems of each entry's resource, their paths written from the Bundle: `Bundle.entry[2].resource.type`."""
    problems: list[Problem] = []
    if bundle.get("type") is None:
        problems.append(Problem("Bundle.type", "Type de Bundle obligatoire.", "error"))
    for index, entry in enumerate(_list(bundle.get("entry"))):
        prefix = f"Bundle.entry[{index}]"
        if not isinstance(entry, dict):
            problems.append(Problem(prefix, "Entrée illisible.", "error"))
            continue
        resource = entry.get("resource")
        if resource is None:
            if not (entry.get("request") or {}).get("method"):
                problems.append(Problem(prefix, "Entrée sans ressource ni requête.", "error"))
            continue
        for p in check_resource(resource, for_submission):
            _, dot, rest = p.path.partition(".")
            problems.append(Problem(f"{prefix}.resource{dot}{rest}", p.message, p.severity))
    return problems
