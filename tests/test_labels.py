"""The unit naming rule: "Unité" + type name, first letter of each word in capitals, acronyms kept."""
from __future__ import annotations

import pytest

from app.models.labels import ACRONYMS, check_label, suggest_label, title_case


def test_domain_example():
    assert suggest_label("Hébergement pour personnes âgées dépendantes") == \
        "Unité Hébergement Pour Personnes Âgées Dépendantes"


def test_type_already_named_unite_is_not_prefixed_twice():
    assert suggest_label("unité d'hébergement pour personnes âgées dépendantes") == \
        "Unité D'Hébergement Pour Personnes Âgées Dépendantes"
    assert suggest_label("Unité de Soins Intensifs Psychiatriques (USIP)") == \
        "Unité De Soins Intensifs Psychiatriques (USIP)"
    assert suggest_label("Unités Soins Etudes") == "Unités Soins Etudes"
    assert suggest_label("unite d'urgences") == "Unité D'Urgences"


def test_real_type_displays_of_the_nomenclature(reference):
    csv = reference / "nomenclatures" / "JDV_J238-TypeOffre-ROR.csv"
    rows = [line.split(";", 1) for line in csv.read_text(encoding="utf-8").splitlines() if ";" in line]
    displays = {code: display for code, display in rows if code.isdigit()}
    assert suggest_label(displays["03"]) == "Unité Cellule D'Urgences Médico-Psychologique (CUMP)"
    assert suggest_label(displays["40"]) == "Unité Maison D'Accueil Spécialisée (MAS)"
    for display in displays.values():
        label = suggest_label(display)
        assert label.startswith("Unité") and check_label(label) == [], (display, label)


def test_title_case_apostrophes_hyphens_and_spaces():
    assert title_case("centre d'accueil") == "Centre D'Accueil"
    assert title_case("centre d’accueil") == "Centre D’Accueil"
    assert title_case("Moyen-Séjour") == "Moyen-Séjour"
    assert title_case("moyen-séjour") == "Moyen-Séjour"
    assert title_case("  hôpital   de\n jour ") == "Hôpital De Jour"
    assert title_case("1er étage") == "1er Étage"
    assert title_case("") == ""


@pytest.mark.parametrize("acronym", ["UPHV", "EHPAD", "IME", "MAS", "FAM", "SSIAD", "SAMSAH", "SAVS", "ESAT",
                                     "UHR", "PASA", "USLD", "SMR", "MCO", "HAD", "CMPP", "CAMSP", "UCC",
                                     "USIP", "UHCD", "SAU", "SMUR", "PSY"])
def test_accepted_acronyms_are_kept_and_restored(acronym):
    assert acronym in ACRONYMS
    assert title_case(f"unité {acronym}") == f"Unité {acronym}"
    assert title_case(f"unité {acronym.lower()}") == f"Unité {acronym}"
    assert title_case(f"unité ({acronym.lower()})") == f"Unité ({acronym})"


def test_any_capital_word_is_an_acronym():
    assert title_case("unité UVP et E.H.P.A.D.") == "Unité UVP Et E.H.P.A.D."
    assert title_case("FAM ou EAM") == "FAM Ou EAM"


def test_check_label_remarks():
    assert check_label("Unité Hébergement Pour Personnes Âgées Dépendantes") == []
    assert check_label("UPHV") == []
    assert check_label("") == ["Le nom est vide."]
    assert check_label("   ") == ["Le nom est vide."]
    assert check_label(None) == ["Le nom est vide."]
    remarks = check_label(" Unité  de soins ")
    assert "Le nom commence ou finit par un espace." in remarks
    assert any("doubles" in r for r in remarks)
    assert any("« de »" in r and "« soins »" in r for r in remarks)
    assert not any("« Unité »" in r for r in remarks)


def test_check_label_with_type_names_the_suggestion():
    remarks = check_label("Unité Ehpad", "Hébergement pour personnes âgées dépendantes")
    assert remarks[-1] == "Nom conseillé pour ce type d'offre : « Unité Hébergement Pour Personnes Âgées Dépendantes »."
    assert check_label("Unité Hébergement Pour Personnes Âgées Dépendantes",
                       "Hébergement pour personnes âgées dépendantes") == []
