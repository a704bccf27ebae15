"""Answers for the demo fiches, placed by each form item's FHIR `definition` so they follow the forms."""
from __future__ import annotations

from functools import cache
from typing import Any

NOS = "https://mos.esante.gouv.fr/NOS/"
R227 = NOS + "TRE_R227-ChampActivite/FHIR/TRE-R227-ChampActivite"
R244 = NOS + "TRE_R244-CategorieOrganisation/FHIR/TRE-R244-CategorieOrganisation"
CHAMP_LABELS = {"01": "Médecine Chirurgie Obstétrique (MCO)", "02": "Soins Médicaux et de réadaptation (SMR)",
                "03": "Psychiatrie (PSY)", "04": "Médico-social (MS)"}


@cache
def _items_by_definition(form: str) -> dict[str, dict[str, Any]]:
    """The form's answerable items keyed by the element path of their definition (after '#')."""
    try:
        from app.models.forms_catalog import load_form
    except ImportError:
        return {}
    try:
        questionnaire = load_form(form)
    except (FileNotFoundError, KeyError):
        return {}
    found: dict[str, dict[str, Any]] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            definition = item.get("definition", "")
            if "#" in definition and item.get("type") != "group":
                found.setdefault(definition.split("#", 1)[1], item)
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


def fiche_answers(form: str, data: dict[str, Any]) -> dict[str, Any]:
    """Fill what the demo knows: name, champ, type d'offre, ages, and one value for each mandatory list."""
    items = _items_by_definition(form)
    if not items:
        return {}
    answers: dict[str, Any] = {}
    seed = int(data.get("seed", 0))
    for path, item in items.items():
        link = item["linkId"]
        leaf = path.rsplit(".", 1)[-1]
        if path.endswith(".name") and data.get("name"):
            answers[link] = [{"valueString": data["name"]}]
        elif "ChampActivite" in item.get("answerValueSet", "") and data.get("champ"):
            answers[link] = [{"valueCoding": {"system": R227, "code": data["champ"],
                                              "display": CHAMP_LABELS.get(data["champ"], "")}}]
        elif "TypeOffre" in item.get("answerValueSet", "") and data.get("type_offre"):
            answers[link] = [{"valueCoding": {"system": R244, "code": data["type_offre"]}}]
        elif item.get("required") and data.get("complete", True):
            if item.get("type") in ("integer", "decimal"):
                answers[link] = [{"valueInteger": 60 if "high" not in path else 120}]
            elif item.get("type") == "boolean":
                answers[link] = [{"valueBoolean": False}]
            elif item.get("type") in ("choice", "coding", "open-choice"):
                answers[link] = _first_option(item, seed)
            elif item.get("type") in ("string", "text") and leaf:
                answers[link] = [{"valueString": str(data.get(leaf, data.get("name", "")))}]
    return {k: v for k, v in answers.items() if v}
