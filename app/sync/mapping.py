"""Local tree node <-> ROR FHIR resources, both ways, with no element of a server resource lost.

Outbound, a node becomes (docs/ARCHITECTURE.md, the IG notes):
- EJ, EG, P, PM, S, S2, UF -> ROROrganization (an address built from FINESS carries the commune's INSEE code,
  EXT_ADDRESS_INSEE, so a pulled workspace knows it too). EJ: FINESS juridique (TRE_G07#1) and SIREN (TRE_G07#2);
  EG: FINESS géographique, SIRET (TRE_G07#3, system http://sirene.fr), type categorieEtablissement (TRE_R66),
  partOf the EJ; internal units: identifierOI (TRE_R345#42, value from the server, else the node uid), type
  OIType (TRE_R207 1 Pôle / 2 Service / 3 UF), partOf the parent. Address and phone come from finess_data when
  the resource has none. PM and S2 are not told apart by TRE_R207: they also carry the extension KIND_URL.
- UO -> RORHealthcareService providedBy the parent organisation. The UO has no Organization of its own (no
  TRE_R207 "4 Unité élémentaire"); inbound, such an Organization is folded: its services hang on its parent.
- The UO's capacities (form group `uo.capacites`) -> a RORLocation (ror-location-supported-capacity) that the
  service points at: with `location_base` (fiche.location, the server's copy) it keeps that copy's id and
  every element the form does not manage; a new one is referenced as `urn:uuid:<location_id(uid)>` and carries
  that id as identifier (NODE_UID_SYSTEM) for a conditional create. `commune` (the INSEE code of the EG above,
  `finess_data["commune"]`) gives the ror-commune-cog extension the profile requires, when the Location has none.
The start point is the fiche: when it has answers, the form's extraction over the stored resource (so the
elements the form does not manage are kept); else the stored resource (the last server copy); else nothing.
The node columns are then overlaid (name, identifiers, champ -> type, type_offre -> category, parent) and the
mandatory ROR elements added when missing (ror-meta-creation-date, unité sensible = false, meta.profile).
Server-set meta (lastUpdated, versionId) is kept as it came and never invented, except by
`workspace_to_bundle`, which publishes.

Inbound (app/sync/fhir_inbound.py): `apply_resource` / `pulled_items` give `PulledItem`s for
`ws.server.apply_pulled`, each keeping the complete server resource for `fiche.resource`.

Public API:
    server_type(kind) -> 'Organization' | 'HealthcareService'
    to_resource(node, fiche, parent_ref, *, location_base=None, commune=None) -> dict   the main resource
    resources_for(node, fiche, parent_ref, *, location_base=None, commune=None) -> list[dict]  main, then Location
    location_id(uid) -> str
    commune_of(organization) -> str | None   INSEE commune code of its address (EXT_ADDRESS_INSEE)
    workspace_to_bundle(path) -> dict   collection Bundle of every live node (ids: server id, else uid)
    apply_resource, pulled_items, capacities_answers   (re-exported from app.sync.fhir_inbound)
`node` and `fiche` are the ORM rows (store records: NodeRecord / FicheRecord) or any object with the same attributes;
`parent_ref` is "Organization/<id>" or "urn:uuid:<uid>".
"""
from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from app.models.json_tree import json_copy
from app.sync import fhir_build as B
from app.sync import fhir_systems as S
from app.sync.fhir_inbound import apply_resource, capacities_answers, pulled_items

__all__ = ["server_type", "to_resource", "resources_for", "location_id", "workspace_to_bundle",
           "apply_resource", "pulled_items", "capacities_answers"]

INTERNAL_TYPES = {"P": ("1", "Pôle"), "PM": ("1", "Pôle"), "S": ("2", "Structure interne ou Service"),
                  "S2": ("2", "Structure interne ou Service"), "UF": ("3", "Unité fonctionnelle")}
AMBIGUOUS_KINDS = {"PM", "S2"}  # same TRE_R207 code as P / S: the kind travels in KIND_URL
_LOCATION_NS = uuid.UUID("5b0e6c3e-3f5c-4c1e-9b43-6f1d1d2a7c10")
# The INSEE code of an address's commune (the IG's address.extension[inseeCode], FR Core extension, J124).
EXT_ADDRESS_INSEE = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code"


def server_type(kind: str) -> str:
    return "HealthcareService" if str(kind) == "UO" else "Organization"


def location_id(uid: str) -> str:
    """The stable id of the Location of a UO's capacities (a UUID derived from the node uid)."""
    return str(uuid.uuid5(_LOCATION_NS, str(uid)))


def _get(obj: Any, name: str) -> Any:
    return getattr(obj, name, None) if obj is not None else None


def _extracted(node: Any, fiche: Any, location_base: dict | None) -> list[dict]:
    """The fiche's resources: the form's extraction over the stored ones, else the stored resource."""
    stored = _get(fiche, "resource")
    bases = [b for b in (stored, location_base) if isinstance(b, dict)]
    answers = _get(fiche, "answers") or {}
    if answers:
        from app.models import fiche_service
        from app.models.forms.extraction import extract
        from app.models.forms.questionnaire import QuestionnaireError

        try:
            questionnaire = fiche_service.questionnaire(fiche_service.form_id_of(node, fiche))
            return extract(questionnaire, answers, base=bases)  # builds on copies: the stored ones stay as they are
        except (LookupError, ValueError, QuestionnaireError):  # unknown or unreadable form: keep what is stored
            pass
    return [json_copy(b) for b in bases]


def _stamp(node: Any) -> str:
    return str(_get(node, "updated_at") or "")


def resources_for(node: Any, fiche: Any, parent_ref: str | None, *,
                  location_base: dict | None = None, commune: str | None = None) -> list[dict]:
    """The node's resources for a ROR server: the main one first, then the Location of its capacities."""
    kind = str(_get(node, "kind"))
    rtype = server_type(kind)
    found = _extracted(node, fiche, location_base)
    main = next((r for r in found if r.get("resourceType") == rtype), None) or {"resourceType": rtype}
    if _get(node, "server_id"):
        main["id"] = str(node.server_id)
    if rtype == "Organization":
        _organization(main, node, parent_ref)
        return [main]
    location = next((r for r in found if r.get("resourceType") == "Location"), None)
    if location is not None and not B.extension(location, S.EXT_SUPPORTED_CAPACITY):
        location = None  # no capacity: nothing for the Location to say
    if location is not None:
        _location(location, node, parent_ref, commune)
        ref = f"Location/{location['id']}" if location.get("id") else f"urn:uuid:{location_id(node.uid)}"
        refs = main.setdefault("location", [])
        if not any(B.reference_key(r) == B.reference_key(ref) for r in refs):
            refs.append({"reference": ref})
    _healthcare_service(main, node, parent_ref)
    return [main] + ([location] if location is not None else [])


def to_resource(node: Any, fiche: Any, parent_ref: str | None, *, location_base: dict | None = None,
                commune: str | None = None) -> dict:
    """The node's main resource (Organization or HealthcareService)."""
    return resources_for(node, fiche, parent_ref, location_base=location_base, commune=commune)[0]


def _common(resource: dict, node: Any, rtype: str) -> None:
    B.ensure_profile(resource, rtype)
    B.ensure_extension(resource, S.EXT_CREATION_DATE, valueDateTime=_stamp(node))
    B.drop_empty_telecoms(resource)


def _organization(res: dict, node: Any, parent_ref: str | None) -> None:
    kind = str(node.kind)
    if node.name:
        res["name"] = node.name
    data = _get(node, "finess_data") or {}
    if kind in ("EJ", "EG") and node.finess:
        B.set_identifier(res, S.FINESS_SYSTEM, node.finess, S.G07_ID_TYPE, S.G07_FINESS, "FINESS",
                         also_systems=S.FINESS_SYSTEMS)
    if kind == "EJ" and _get(node, "siren"):
        B.set_identifier(res, S.SIREN_SYSTEM, node.siren, S.G07_ID_TYPE, S.G07_SIREN, "SIREN")
    if kind == "EG" and _get(node, "siret"):
        B.set_identifier(res, S.SIRET_SYSTEM, node.siret, S.G07_ID_TYPE, S.G07_SIRET, "SIRET")
    if kind == "EG" and _get(node, "categorie"):
        label = data.get("categorie_libelle") or data.get("libcategorie")
        B.set_coded(res, "type", S.R66_CATEGORIE, str(node.categorie), label)
    if kind in INTERNAL_TYPES:
        current = B.identifier_value(res, S.OI_SYSTEM, S.R345_ID_OTHER, S.R345_OI)
        B.set_identifier(res, S.OI_SYSTEM, current or node.uid, S.R345_ID_OTHER, S.R345_OI,
                         "Identifiant d'organisation interne")
        code, display = INTERNAL_TYPES[kind]
        B.set_coded(res, "type", S.R207_TYPE_OI, code, display)
        if kind in AMBIGUOUS_KINDS:
            ext = B.ensure_extension(res, S.KIND_URL, valueCode=kind)
            ext["valueCode"] = kind
        else:
            stale = B.extension(res, S.KIND_URL)
            if stale is not None:
                res["extension"].remove(stale)
    if not _get(node, "server_id") and not B.identifier_value(res, S.NODE_UID_SYSTEM):
        res.setdefault("identifier", []).append({"system": S.NODE_UID_SYSTEM, "value": node.uid})
    if parent_ref and kind != "EJ":
        res["partOf"] = {"reference": parent_ref}
    if kind in ("EJ", "EG") and data:
        _finess_contact(res, data)
    _common(res, node, "Organization")


def _finess_contact(res: dict, data: dict) -> None:
    """Address and phone from the FINESS values, when the resource has none of its own."""
    if "address" not in res:
        lines = [x for x in str(data.get("adresse") or "").split("\n") if x.strip()]
        if not lines:
            street = " ".join(str(data[k]) for k in ("numvoie", "voie") if data.get(k))
            lines = [street] if street else []
        address = {k: v for k, v in (("line", lines), ("postalCode", data.get("code_postal")),
                                     ("city", data.get("ville"))) if v}
        if address and data.get("commune"):
            address["extension"] = [{"url": EXT_ADDRESS_INSEE,
                                      "valueCoding": {"system": S.R13_COMMUNE, "code": str(data["commune"])}}]
        if address:
            res["address"] = [{"use": "work", "type": "physical", **address}]
    if "telecom" not in res and data.get("telephone"):
        res["telecom"] = [B.phone(str(data["telephone"]))]


def commune_of(resource: dict | None) -> str | None:
    """The INSEE commune code an Organization's address carries (EXT_ADDRESS_INSEE or any `inseeCode`)."""
    for address in (resource or {}).get("address") or []:
        for ext in (address or {}).get("extension") or []:
            url = str(ext.get("url") or "")
            if url == EXT_ADDRESS_INSEE or url.lower().endswith(("insee-code", "inseecode")):
                value = ext.get("valueCoding") or (ext.get("valueCodeableConcept") or {}).get("coding", [{}])[0]
                code = (value or {}).get("code") or ext.get("valueCode") or ext.get("valueString")
                if code:
                    return str(code)
    return None


def _healthcare_service(res: dict, node: Any, parent_ref: str | None) -> None:
    if node.name:
        res["name"] = node.name
    idents = res.get("identifier") or []
    if not any(isinstance(i, dict) and i.get("value") for i in idents):
        res["identifier"] = [{"type": B.concept(S.R355_ID_OFFRE, S.R355_OFFRE, "Identifiant fonctionnel de "
                                                "l'offre connu par l'instance ROR"),
                              "system": S.NODE_UID_SYSTEM, "value": node.uid}]
    if _get(node, "champ"):
        code = str(node.champ)
        res["type"] = [B.concept(S.R227_CHAMP, code, B.display_in(res.get("type"), S.R227_CHAMP, code)
                                 or _label("JDV_J20-ChampActivite-ROR", code))]
    if _get(node, "type_offre"):
        code = str(node.type_offre)
        res["category"] = [B.concept(S.R244_TYPE_OFFRE, code,
                                     B.display_in(res.get("category"), S.R244_TYPE_OFFRE, code)
                                     or _label("JDV_J238-TypeOffre-ROR", code))]
    if parent_ref:
        res["providedBy"] = {"reference": parent_ref}
    B.ensure_extension(res, S.EXT_SENSITIVE_UNIT, valueBoolean=False)
    _common(res, node, "HealthcareService")


def _location(loc: dict, node: Any, parent_ref: str | None, commune: str | None) -> None:
    stamp = _stamp(node)
    if commune and B.extension(loc, S.EXT_COMMUNE_COG) is None:
        B.ensure_extension(loc, S.EXT_COMMUNE_COG, valueCodeableConcept=B.concept(S.R13_COMMUNE, str(commune)))
    if not loc.get("id") and not B.identifier_value(loc, S.NODE_UID_SYSTEM):
        loc.setdefault("identifier", []).append({"system": S.NODE_UID_SYSTEM, "value": location_id(node.uid)})
    for ext in loc.get("extension") or []:
        if ext.get("url") == S.EXT_SUPPORTED_CAPACITY:
            parts = ext.setdefault("extension", [])
            if not any(p.get("url") == "capacityUpdateDate" for p in parts):
                parts.append({"url": "capacityUpdateDate", "valueDateTime": stamp})
    if not loc.get("name") and node.name:
        loc["name"] = node.name
    if parent_ref and "managingOrganization" not in loc:
        loc["managingOrganization"] = {"reference": parent_ref}
    _common(loc, node, "Location")


def _label(valueset: str, code: str) -> str | None:
    """The display of a code from the shipped nomenclature pack (None when the pack cannot say)."""
    try:
        from app.models.nomenclatures import NomenclaturePack

        vs = NomenclaturePack.default().get(valueset)
        concept = vs.lookup(code) if vs is not None else None
        return concept.display if concept is not None else None
    except Exception:  # noqa: BLE001 - a display is a courtesy; never fail a mapping for it
        return None


def workspace_to_bundle(path: str | Path) -> dict[str, Any]:
    """A `collection` Bundle of every live node of a workspace file, as published resources.

    The whole content becomes the published state (a support agent reproduces a user's workspace with it). Ids
    are the server id, else the node uid; Organizations come first (parents before children), with partOf;
    HealthcareServices with providedBy; then the Locations of capacities. A node under a deleted parent is left
    out. `meta.lastUpdated` is the node's updated_at.
    """
    from app.models.store import Workspace

    ws = Workspace.open(Path(path))
    try:
        nodes, fiches = ws.server.published()
    finally:
        ws.close()
    main, locations = [], []
    for node in _parents_first(nodes):
        parent = nodes.get(node.parent_id)
        parent_ref = f"{server_type(parent.kind)}/{parent.server_id or parent.uid}" if parent else None
        view = _Published(node)
        fiche = fiches.get(node.id)
        found = resources_for(view, fiche, parent_ref, location_base=_get(fiche, "location"),
                              commune=_commune_above(node, nodes))
        for res in found:
            if res["resourceType"] == "Location" and not res.get("id"):
                res["id"] = location_id(node.uid)
                res_ref = f"Location/{res['id']}"
                found[0]["location"] = [r for r in found[0].get("location") or []
                                        if r.get("reference") != f"urn:uuid:{res['id']}"]
                found[0]["location"].append({"reference": res_ref})
            res.setdefault("meta", {}).setdefault("lastUpdated", _instant(node.updated_at))
        main.append(found[0])
        locations.extend(found[1:])
    entries = [{"fullUrl": f"urn:uuid:{r['id']}" if _is_uuid(r["id"]) else f"{r['resourceType']}/{r['id']}",
                "resource": r} for r in main + locations]
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def _commune_above(node: Any, nodes: dict[int, Any]) -> str | None:
    """`finess_data["commune"]` of the EG above a node (None when unknown)."""
    current = node
    while current is not None:
        if str(current.kind) == "EG":
            return (current.finess_data or {}).get("commune") or None
        current = nodes.get(current.parent_id)
    return None


class _Published:
    """A node seen as published: its server id, else its uid, is its resource id."""

    def __init__(self, node: Any) -> None:
        self._node = node
        self.server_id = node.server_id or node.uid

    def __getattr__(self, name: str) -> Any:
        return getattr(self._node, name)


def _parents_first(nodes: dict[int, Any]) -> list[Any]:
    """Live nodes reachable from a root, Organizations first, each level after its parents."""
    ordered: list[Any] = []
    frontier = sorted((n for n in nodes.values() if n.parent_id is None), key=lambda n: (n.position, n.id))
    children: dict[int, list[Any]] = {}
    for n in nodes.values():
        if n.parent_id is not None:
            children.setdefault(n.parent_id, []).append(n)
    while frontier:
        ordered.extend(frontier)
        frontier = sorted((c for n in frontier for c in children.get(n.id, [])), key=lambda n: (n.position, n.id))
    orgs = [n for n in ordered if server_type(n.kind) == "Organization"]
    return orgs + [n for n in ordered if server_type(n.kind) != "Organization"]


def _instant(stamp: str | None) -> str:
    from datetime import UTC, datetime

    text = str(stamp or "")
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        value = datetime.now(UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat(timespec="milliseconds")


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
