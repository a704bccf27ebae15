"""A deterministic demo workspace: an EHPAD, an IME, a hospital, and a multi-site group of any size.

The data looks real (names that follow the label rules, valid FINESS and SIRET keys, real NOS codes) but is
invented. The same arguments always give the same file, so support agents and benchmarks can rely on it.
Most fiches are finalised, some are drafts, a few have problems, so every colour of the tree shows.
"""
from __future__ import annotations

import datetime
import random
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.models.demo_answers import fiche_answers
from app.models.forms_catalog import initial_answers
from app.models.kinds import Kind
from app.models.store import Workspace

SMALL_GROUP = (3, 4)  # EGs and UOs per EG of the default demo group


@dataclass(frozen=True)
class UoType:
    """One kind of unit an establishment offers: its champ (TRE_R227), type d'offre (J238) and label."""

    champ: str
    type_offre: str
    name: str


EHPAD_UOS = [
    UoType("04", "21", "Unité Hébergement Permanent Pour Personnes Âgées Dépendantes"),
    UoType("04", "23", "Unité D'Hébergement Renforcé (UHR)"),
    UoType("04", "24", "Unité De Vie Protégée"),
    UoType("04", "21", "Unité Hébergement Temporaire Pour Personnes Âgées Dépendantes"),
    UoType("04", "21", "Unité Accueil De Jour Pour Personnes Âgées Dépendantes"),
    UoType("04", "26", "Unité Petite Unité De Vie"),
    UoType("04", "22", "Unité Hébergement Pour Personnes Âgées Autonomes"),
]
IME_UOS = [
    UoType("04", "48", "Unité Internat Pour Enfants Et Adolescents Handicapés"),
    UoType("04", "48", "Unité Externat Pour Enfants Et Adolescents Handicapés"),
    UoType("04", "48", "Unité Semi-Internat Pour Enfants Et Adolescents Handicapés"),
    UoType("04", "140", "Unité Equipe Mobile D'Appui À La Scolarisation (EMAS)"),
]
IME_SESSAD = UoType("04", "57", "Unité Service D'Education Spéciale Et De Soins À Domicile (SESSAD)")
HOSPITAL_POLES = [
    ("Pôle Médecine", [
        ("Service De Cardiologie", [UoType("01", "149", "Unité Hospitalière De Cardiologie"),
                                    UoType("01", "149", "Unité De Soins Intensifs De Cardiologie")]),
        ("Service Des Urgences", [UoType("01", "20", "Unité D'Urgences")])]),
    ("Pôle Chirurgie", [
        ("Service De Chirurgie Viscérale",
         [UoType("01", "153", "Unité Hospitalière De Chirurgie Viscérale Et Digestive")]),
        ("Service D'Orthopédie",
         [UoType("01", "150", "Unité Hospitalière De Chirurgie Orthopédique Et Traumatologique")])]),
    ("Pôle Femme-Enfant", [
        ("Service De Gynécologie-Obstétrique",
         [UoType("01", "157", "Unité Hospitalière De Gynécologie Et/Ou Obstétrique")])]),
    ("Pôle Psychiatrie", [
        ("Service De Psychiatrie Adulte",
         [UoType("03", "15", "Unité De Soins Intensifs Psychiatriques (USIP)"),
          UoType("03", "77", "Unité Equipe Mobile Psychiatrie Et Précarité (EMPP)")])]),
    ("Pôle Gériatrie Et Réadaptation", [
        ("Service De SMR",
         [UoType("02", "101", "Unité Soins Médicaux Et De Réadaptation (SMR) Gériatrie"),
          UoType("02", "102", "Unité Soins Médicaux Et De Réadaptation (SMR) Locomoteur")])]),
]

TOWNS = [("01", "AIN", "01000", "BOURG-EN-BRESSE"), ("13", "BOUCHES-DU-RHONE", "13005", "MARSEILLE"),
         ("29", "FINISTERE", "29200", "BREST"), ("33", "GIRONDE", "33000", "BORDEAUX"),
         ("35", "ILLE-ET-VILAINE", "35000", "RENNES"), ("59", "NORD", "59000", "LILLE"),
         ("67", "BAS-RHIN", "67000", "STRASBOURG"), ("69", "RHONE", "69003", "LYON"),
         ("75", "PARIS", "75012", "PARIS"), ("06", "ALPES-MARITIMES", "06000", "NICE"),
         ("97", "LA REUNION", "97400", "SAINT-DENIS"), ("44", "LOIRE-ATLANTIQUE", "44000", "NANTES")]
SAINTS = ["Les Tilleuls", "Les Glycines", "Le Clos Fleuri", "Saint-Joseph", "La Roseraie",
          "Les Jardins D'Automne", "Le Parc", "Les Charmilles", "La Source", "Les Hortensias", "Bel Air",
          "Les Cèdres", "Val De Loire", "La Colline", "Le Moulin", "Les Peupliers", "Sainte-Marthe",
          "Les Vignes", "L'Oustal", "Ker Anna"]
STREETS = ["RUE DE LA REPUBLIQUE", "AVENUE JEAN JAURES", "CHEMIN DES ECOLIERS", "ROUTE DE PARIS",
           "RUE PASTEUR", "ALLEE DES TILLEULS", "RUE VICTOR HUGO", "BOULEVARD GAMBETTA"]
EHPAD = "Etablissement d'hébergement pour personnes âgées dépendantes"  # FINESS label of category 500


def luhn_complete(digits: str) -> str:
    """Append the Luhn check digit to a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


class _Builder:
    """Accumulates rows for one bulk insert, with stable ids and uids."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.nodes: list[dict[str, Any]] = []
        self.fiches: list[dict[str, Any]] = []
        self.positions: dict[int | None, int] = {}
        self.serial = 0

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def finess(self, dept: str) -> str:
        self.serial += 1
        return luhn_complete(f"{dept}{self.serial:06d}")

    def siren(self) -> str:
        return luhn_complete(f"{self.rng.randrange(10_000_000, 99_999_999):08d}")

    def add(self, parent: int | None, kind: Kind, name: str, **cols: Any) -> int:
        node_id = len(self.nodes) + 1
        pos = self.positions.get(parent, 0)
        self.positions[parent] = pos + 1
        uid = self.uid()
        self.nodes.append({"id": node_id, "uid": uid, "kind": kind.value, "parent_id": parent,
                           "position": pos, "name": name, "server_id": uid, "server_version": "1", **cols})
        return node_id

    def fiche(self, node_id: int, form: str, answers: dict[str, Any]) -> None:
        self.fiches.append({"node_id": node_id, "questionnaire": form, "answers": answers, "resource": None})


# INSEE (COG) code of each demo town's commune, by postal code (the FINESS "commune" of finess_data).
COMMUNES = {"01000": "01053", "13005": "13055", "29200": "29019", "33000": "33063", "35000": "35238",
            "59000": "59350", "67000": "67482", "69003": "69123", "75012": "75056", "06000": "06088",
            "97400": "97411", "44000": "44109"}


def _address(b: _Builder, town: tuple[str, str, str, str]) -> dict[str, Any]:
    return {"numvoie": str(b.rng.randrange(1, 120)), "voie": b.rng.choice(STREETS), "code_postal": town[2],
            "ville": town[3], "departement": town[0], "libdepartement": town[1],
            "telephone": "0" + str(b.rng.randrange(100_000_000, 599_999_999)), "commune": COMMUNES[town[2]]}


def _ej(b: _Builder, name: str, town: tuple, statut: str) -> int:
    finess = b.finess(town[0])
    siren = b.siren()
    data = {"raison_sociale": name, "finess_ej": finess, "siren": siren, "statut_juridique": statut,
            **_address(b, town)}
    node = b.add(None, Kind.EJ, name, finess=finess, siren=siren, departement=town[0], finess_data=data,
                 origins={"name": "finess", "finess": "finess", "siren": "finess"}, status="finalised")
    b.fiche(node, "ej", fiche_answers("ej", data))
    return node


def _eg(b: _Builder, ej: int, name: str, town: tuple, categorie: str, libcat: str, domaine: str) -> int:
    finess = b.finess(town[0])
    siren = next(n["siren"] for n in b.nodes if n["id"] == ej)
    siret = luhn_complete(siren + f"{b.rng.randrange(0, 9999):04d}")
    data = {"denomination": name, "finess_eg": finess,
            "finess_ej": next(n["finess"] for n in b.nodes if n["id"] == ej), "siret": siret,
            "categorie": categorie, "libcategorie": libcat, **_address(b, town)}
    node = b.add(ej, Kind.EG, name, finess=finess, siret=siret, departement=town[0], categorie=categorie,
                 domaine=domaine, finess_data=data, status="finalised",
                 origins={"name": "finess", "finess": "finess", "siret": "finess", "categorie": "finess"})
    b.fiche(node, "eg", fiche_answers("eg", data))
    return node


def _uo(b: _Builder, parent: int, t: UoType, dept: str, domaine: str, status: str, problems: int = 0) -> int:
    form = {"01": "uo-mco", "02": "uo-smr", "03": "uo-psy"}.get(t.champ, "uo-ms")
    node = b.add(parent, Kind.UO, t.name, departement=dept, domaine=domaine, champ=t.champ,
                 type_offre=t.type_offre, status=status, problems=problems)
    b.fiche(node, form, fiche_answers(form, {"name": t.name, "champ": t.champ, "type_offre": t.type_offre,
                                             "seed": node, "complete": problems == 0}))
    return node


def _internal(b: _Builder, parent: int, kind: Kind, name: str, dept: str, domaine: str) -> int:
    node = b.add(parent, kind, name, departement=dept, domaine=domaine, status="finalised")
    # a complete fiche: its head's contact (nature, channel, number, confidentiality), no random draw
    answers = fiche_answers("unite-interne", {"name": name, "kind": kind.value, "text": "Secrétariat",
                                              "value": f"06 12 34 {node % 100:02d} {node % 97:02d}"})
    answers.update(initial_answers(kind.value))  # the internal type follows the kind (pôle, service, UF)
    b.fiche(node, "unite-interne", answers)
    return node


def _status(b: _Builder) -> tuple[str, int]:
    """Mostly finalised fiches, some drafts, a few with problems."""
    roll = b.rng.random()
    if roll < 0.70:
        return "finalised", 0
    if roll < 0.92:
        return "draft", 0
    return "draft", b.rng.randrange(1, 4)


def build_demo(egs: int = SMALL_GROUP[0], uos: int = SMALL_GROUP[1], seed: int = 2026) -> _Builder:
    """Rows of the demo: the three single establishments, then the group of `egs` EGs with `uos` UOs each."""
    b = _Builder(seed)
    town = TOWNS[0]
    ej = _ej(b, "Association Les Tilleuls", town, "Association loi 1901")
    eg = _eg(b, ej, "EHPAD Les Tilleuls", town, "500", EHPAD, "medico-social")
    for i, t in enumerate(EHPAD_UOS[:5]):
        _uo(b, eg, t, town[0], "medico-social", *(("finalised", 0) if i < 3 else ("draft", i - 3)))

    town = TOWNS[4]
    ej = _ej(b, "Association Pour L'Enfance Handicapée D'Ille-Et-Vilaine", town, "Association loi 1901")
    eg = _eg(b, ej, "IME Le Moulin", town, "183", "Institut médico-éducatif (I.M.E.)", "medico-social")
    for i, t in enumerate(IME_UOS):
        _uo(b, eg, t, town[0], "medico-social", "finalised" if i != 2 else "draft")
    ime, ime_town = eg, town

    town = TOWNS[7]
    ej = _ej(b, "Centre Hospitalier De Villefranche", town, "Etablissement public de santé")
    eg = _eg(b, ej, "CH De Villefranche - Site Principal", town, "355", "Centre Hospitalier (C.H.)",
             "sanitaire")
    for p_name, services in HOSPITAL_POLES:
        pole = _internal(b, eg, Kind.P, p_name, town[0], "sanitaire")
        for s_name, units in services:
            service = _internal(b, pole, Kind.S, s_name, town[0], "sanitaire")
            uf = _internal(b, service, Kind.UF, "UF " + s_name.removeprefix("Service ").removeprefix("Des ")
                           .removeprefix("De ").removeprefix("D'"), town[0], "sanitaire")
            for t in units:
                _uo(b, uf, t, town[0], "sanitaire", *_status(b))

    ej = _ej(b, "Groupe Résidences Santé France", TOWNS[8], "Société anonyme")
    for i in range(egs):
        town = TOWNS[i % len(TOWNS)]
        label = SAINTS[i % len(SAINTS)] + ("" if i < len(SAINTS) else f" {i // len(SAINTS) + 1}")
        eg = _eg(b, ej, f"EHPAD {label}", town, "500", EHPAD, "medico-social")
        for j in range(uos):
            t = EHPAD_UOS[j % len(EHPAD_UOS)]
            name = t.name if j < len(EHPAD_UOS) else f"{t.name} {j // len(EHPAD_UOS) + 1}"
            _uo(b, eg, UoType(t.champ, t.type_offre, name), town[0], "medico-social", *_status(b))
    # The IME's fifth unit, made last so that every other node keeps its random draws (uids, SIREN, SIRET).
    _uo(b, ime, IME_SESSAD, ime_town[0], "medico-social", "finalised")
    return b


def publication_dates(nodes: list[dict[str, Any]], today: datetime.date | None = None) -> dict[int, str]:
    """When each demo structure was last published (its units with it): spread over the last 15 months, so
    that some EGs are due for their yearly update; the first EHPAD was published six weeks ago."""
    today = today or datetime.datetime.now(datetime.UTC).date()
    kinds = {int(n["id"]): (n["kind"], n["parent_id"]) for n in nodes}
    egs = [int(n["id"]) for n in nodes if n["kind"] == Kind.EG.value]
    age = {eg: 42 if i == 0 else (i * 97) % 450 for i, eg in enumerate(egs)}
    dates: dict[int, str] = {}
    for node_id in kinds:
        current: int | None = node_id
        while current is not None and current not in age:
            current = kinds[current][1]
        days = age[current] if current is not None else 42
        dates[node_id] = f"{today - datetime.timedelta(days=days)}T09:00:00.000+00:00"
    return dates


def make_demo(path: str | Path, egs: int = SMALL_GROUP[0], uos: int = SMALL_GROUP[1],
              seed: int = 2026, capacities: bool = False) -> Workspace:
    """Write a new demo workspace file (refuses to overwrite an existing one); with `capacities`, the
    hospital's and the first EHPAD's units get lits et places figures of various ages (demo_capacities.py)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"Le fichier {path} existe déjà.")
    b = build_demo(egs, uos, seed)
    with Workspace.creating(path) as ws:  # a demo that fails half-way leaves no file behind
        ws.nodes.load_published(b.nodes, b.fiches)
        ws.published.record([n["id"] for n in b.nodes], publication_dates(b.nodes))
        # Favourites for the "Mes établissements" list.
        for n in b.nodes[:40]:
            if n["kind"] == Kind.EG.value:
                ws.nodes.set_favourite(n["id"], True)
        # One local, unsent change: a new unit being described in the EHPAD's open dossier.
        ehpad = next(n["id"] for n in b.nodes if n["kind"] == Kind.EG.value)
        ws.nodes.create(ehpad, Kind.UO, ["Unité Pôle D'Activités Et De Soins Adaptés (PASA)"], champ="04",
                        type_offre="21", questionnaire="uo-ms")
        ws.settings.set("demo", "1")
        if capacities:
            from app.models.demo_capacities import add_capacities

            add_capacities(ws, seed)
        # Statuses as any workspace's after a check: a fiche with a blocking problem is not shown finalised.
        from app.models.fiche_service import validate_all

        validate_all(ws)
        ws.journal.log("demo", f"Espace de démonstration créé : {len(b.nodes)} unités.")
    return Workspace.open(path)
