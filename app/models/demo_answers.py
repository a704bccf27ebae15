"""Answers for the demo fiches, placed by each form item's FHIR `definition` so they follow the forms."""
from __future__ import annotations

from functools import cache
from typing import Any

from app.models.forms_catalog import load_form

NOS = "https://mos.esante.gouv.fr/NOS/"
R244 = NOS + "TRE_R244-CategorieOrganisation/FHIR/TRE-R244-CategorieOrganisation"
# Plausible content per type d'offre: activités (J17), modes de prise en charge (J19), publics (J29), ages.
PROFILES: dict[str, dict[str, Any]] = {
    "21": {"ActiviteOperationnelle": ["293", "312"], "ModePriseEnCharge": ["46"], "PublicPrisEnCharge": ["01"],
           "ages": (60, 120)},
    "22": {"ActiviteOperationnelle": ["298", "313"], "ModePriseEnCharge": ["46"], "PublicPrisEnCharge": ["03"],
           "ages": (60, 120)},
    "23": {"ActiviteOperationnelle": ["293", "297"], "ModePriseEnCharge": ["46"], "PublicPrisEnCharge": ["01"],
           "ages": (60, 120)},
    "24": {"ActiviteOperationnelle": ["293", "297"], "ModePriseEnCharge": ["46"], "PublicPrisEnCharge": ["01"],
           "ages": (60, 120)},
    "26": {"ActiviteOperationnelle": ["293"], "ModePriseEnCharge": ["46"], "PublicPrisEnCharge": ["01"],
           "ages": (60, 120)},
    "48": {"ActiviteOperationnelle": ["300", "294"], "ModePriseEnCharge": ["47", "46"], "PublicPrisEnCharge": ["02"],
           "ages": (6, 20)},
    "140": {"ActiviteOperationnelle": ["300"], "ModePriseEnCharge": ["59"], "PublicPrisEnCharge": ["02"],
            "ages": (3, 20)},
    "149": {"ActiviteOperationnelle": ["013", "014"], "ModePriseEnCharge": ["28", "32"], "PublicPrisEnCharge": ["07"],
            "ages": (18, 120)},
    "20": {"ActiviteOperationnelle": ["157"], "ModePriseEnCharge": ["33"], "PublicPrisEnCharge": ["07"],
           "ages": (0, 120)},
    "153": {"ActiviteOperationnelle": ["022"], "ModePriseEnCharge": ["28", "09"], "PublicPrisEnCharge": ["07"],
            "ages": (18, 120)},
    "150": {"ActiviteOperationnelle": ["159"], "ModePriseEnCharge": ["28", "09"], "PublicPrisEnCharge": ["07"],
            "ages": (15, 120)},
    "157": {"ActiviteOperationnelle": ["053", "022"], "ModePriseEnCharge": ["28", "32"], "PublicPrisEnCharge": ["07"],
            "ages": (15, 120)},
    "15": {"ActiviteOperationnelle": ["229"], "ModePriseEnCharge": ["28"], "PublicPrisEnCharge": ["07"],
           "ages": (18, 120)},
    "77": {"ActiviteOperationnelle": ["229"], "ModePriseEnCharge": ["11"], "PublicPrisEnCharge": ["06"],
           "ages": (18, 120)},
    "101": {"ActiviteOperationnelle": ["050", "283"], "ModePriseEnCharge": ["28", "29"], "PublicPrisEnCharge": ["01"],
            "ages": (60, 120)},
    "102": {"ActiviteOperationnelle": ["283"], "ModePriseEnCharge": ["28", "29"], "PublicPrisEnCharge": ["07"],
            "ages": (18, 120)},
}


@cache
def _items_by_definition(form: str) -> dict[str, dict[str, Any]]:
    """The form's answerable items keyed by the element path of their definition (after '#')."""
    questionnaire = load_form(form)
    found: dict[str, dict[str, Any]] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            definition = item.get("definition", "")
            if "#" in definition and item.get("type") != "group":
                found.setdefault(definition.split("#", 1)[1], item)
            if not (item.get("type") == "group" and item.get("repeats")):  # repetitions are filled apart
                walk(item.get("item", []))

    walk(questionnaire.get("item", []))
    return found


def _first_option(item: dict[str, Any], seed: int) -> list[dict[str, Any]]:
    """A plausible coded answer for an item: from its answer options or its value set."""
    options = item.get("answerOption") or []
    if options:
        return [{k: v for k, v in options[seed % len(options)].items() if k.startswith("value")}]
    url = item.get("answerValueSet")
    if not url:
        return []
    from app.models.nomenclatures import NomenclaturePack

    vs = NomenclaturePack.default().get(url)
    if vs is None or not vs.concepts:
        return []
    live = [c for c in vs.concepts if not getattr(c, "retired", False)]
    c = live[seed % len(live)]
    return [{"valueCoding": {"system": c.system, "code": c.code, "display": c.display}}]


def _profile_key(item: dict[str, Any]) -> str | None:
    url = item.get("answerValueSet", "")
    return next((k for k in ("ActiviteOperationnelle", "ModePriseEnCharge", "PublicPrisEnCharge") if k in url), None)


def _codings(item: dict[str, Any], codes: list[str]) -> list[dict[str, Any]]:
    from app.models.nomenclatures import NomenclaturePack

    vs = NomenclaturePack.default().get(item["answerValueSet"])
    found = [vs.lookup(code) for code in codes] if vs is not None else []
    return [{"valueCoding": c.as_coding()} for c in found if c is not None]


def fiche_answers(form: str, data: dict[str, Any]) -> dict[str, Any]:
    """Fill what the demo knows: name, champ, type d'offre, ages, and one value for each mandatory list."""
    items = _items_by_definition(form)
    if not items:
        return {}
    answers: dict[str, Any] = {}
    seed = int(data.get("seed", 0))
    profile = PROFILES.get(str(data.get("type_offre")), {})
    for path, item in items.items():
        link = item["linkId"]
        leaf = path.rsplit(".", 1)[-1]
        if path.endswith(".name") and data.get("name"):
            answers[link] = [{"valueString": data["name"]}]
        elif "ChampActivite" in item.get("answerValueSet", "") and data.get("champ"):
            answers[link] = _codings(item, [str(data["champ"])])
        elif "TypeOffre" in item.get("answerValueSet", "") and data.get("type_offre"):
            answers[link] = _codings(item, [str(data["type_offre"])]) or [
                {"valueCoding": {"system": R244, "code": data["type_offre"]}}]
        elif not data.get("complete", True) and item.get("required"):
            continue  # a fiche with problems: mandatory lists left empty
        elif profile and (key := _profile_key(item)):
            answers[link] = _codings(item, profile[key])
        elif item.get("required"):
            if item.get("type") in ("integer", "decimal"):
                low, high = profile.get("ages", (0, 120))
                answers[link] = [{"valueInteger": high if "high" in path or "max" in link else low}]
            elif item.get("type") == "boolean":
                answers[link] = [{"valueBoolean": False}]
            elif item.get("type") in ("choice", "coding", "open-choice"):
                answers[link] = _first_option(item, seed)
            elif item.get("type") in ("string", "text") and data.get(leaf):
                answers[link] = [{"valueString": str(data[leaf])}]
    if form.startswith("uo-") and data.get("complete", True) and data.get("name"):
        answers.update(_hours(form, data["name"]))
    return {k: v for k, v in answers.items() if v and v != [{"valueString": ""}]}


DAYS = [("mon", "Lundi"), ("tue", "Mardi"), ("wed", "Mercredi"), ("thu", "Jeudi"), ("fri", "Vendredi"),
        ("sat", "Samedi"), ("sun", "Dimanche")]


def _hours(form: str, name: str) -> dict[str, Any]:
    """Opening hours: day units on weekdays, round the clock otherwise."""
    if "Accueil De Jour" in name or "Externat" in name:
        days, start, end = DAYS[:5], "09:00:00", "17:00:00"
    elif form == "uo-ms" or "Urgences" in name or "Hospitalière" in name or "Intensifs" in name:
        days, start, end = DAYS, "00:00:00", "23:59:00"
    else:
        days, start, end = DAYS[:5], "08:30:00", "18:30:00"
    rows = [{"item": {"uo.horaires.jour": [{"valueCoding": {"system": "http://hl7.org/fhir/days-of-week",
                                                              "code": code, "display": label}}],
                      "uo.horaires.debut": [{"valueTime": start}], "uo.horaires.fin": [{"valueTime": end}]}}
            for code, label in days]
    return {"uo.horaires": rows}
