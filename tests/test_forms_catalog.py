"""The app's own fiche Questionnaires and the catalogue that picks one per node."""
from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

from app.models import forms_catalog as fc

FORMS_DIR = Path(fc.__file__).resolve().parent.parent / "resources" / "questionnaires"
ALL_FORMS = ["eg", "ej", "unite-interne", "uo-mco", "uo-ms", "uo-psy", "uo-smr"]
UO_FORMS = ["uo-mco", "uo-ms", "uo-psy", "uo-smr"]
SD = "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/"
HS = SD + "ror-healthcareservice#HealthcareService."
PT = "extension:ror-healthcareservice-patient-type"
# Hosts of canonical URLs a form may name (ANS canonicals of the reference, HL7 standards); never fetched.
CANONICAL_HOSTS = {"interop.esante.gouv.fr", "mos.esante.gouv.fr", "oi.esante.gouv.fr", "sirene.fr", "hl7.org",
                   "terminology.hl7.org"}


def walk(items, parent=None):
    for item in items:
        yield item, parent
        yield from walk(item.get("item", []), item)


def items_of(form_id):
    return [item for item, _ in walk(fc.load_form(form_id)["item"])]


def strings(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)
    elif isinstance(node, str):
        yield node


def is_hidden(item):
    return any(e.get("url", "").endswith("questionnaire-hidden") and e.get("valueBoolean") for e in
               item.get("extension", []))


def reference_value_sets(reference):
    """url -> set of codes, from the reference CSVs' '# url:' headers."""
    found = {}
    for csv in (reference / "nomenclatures").glob("*.csv"):
        url, codes = None, set()
        for line in csv.read_text(encoding="utf-8").splitlines():
            if line.startswith("# url:"):
                url = line.split(":", 1)[1].strip()
            elif line and not line.startswith("#") and not line.startswith(("code;", "system;")):
                parts = line.split(";")
                codes.add(parts[1] if parts[0].startswith("http") else parts[0])
        if url:
            found[url] = codes
    return found


def test_the_catalogue_lists_the_shipped_forms():
    assert fc.list_forms() == ALL_FORMS
    assert sorted(p.stem for p in FORMS_DIR.glob("*.json")) == ALL_FORMS


@pytest.mark.parametrize("form_id", ALL_FORMS)
def test_every_form_is_a_questionnaire_of_our_own(form_id):
    raw = json.loads((FORMS_DIR / f"{form_id}.json").read_text(encoding="utf-8"))
    assert raw["resourceType"] == "Questionnaire"
    assert raw["url"] == f"urn:ror-referent:questionnaire:{form_id}"
    assert raw["version"] and raw["status"] == "active" and raw["title"] and raw["useContext"]
    launch = [e for e in raw["extension"] if e["url"].endswith("sdc-questionnaire-launchContext")]
    assert launch and launch[0]["extension"][0]["valueCoding"]["code"] == "ror-structure"
    contexts = [e["valueExpression"]["expression"] for item in raw["item"] for e in item.get("extension", [])
                if e["url"].endswith("itemExtractionContext")]
    assert contexts and set(contexts) <= {"HealthcareService", "Organization", "Location"}
    assert fc.canonical(form_id) == f"{raw['url']}|{raw['version']}"
    assert fc.form_of_canonical(fc.canonical(form_id)) == form_id


@pytest.mark.parametrize("form_id", ALL_FORMS)
def test_link_ids_are_unique_and_readable(form_id):
    links = [item["linkId"] for item in items_of(form_id)]
    assert len(links) == len(set(links))
    prefix = {"ej": "ej", "eg": "eg", "unite-interne": "oi"}.get(form_id, "uo")
    assert all(link == prefix or link.startswith(prefix + ".") for link in links)
    assert all(" " not in link and "#" not in link for link in links)


def reference_url(url: str | None) -> str | None:
    """A set the pack derives (urn:ror-referent:..., e.g. J238 by champ) stands for the NOS set it is cut from."""
    if url and url.startswith("urn:ror-referent:"):
        from app.models.nomenclatures import NomenclaturePack

        vs = NomenclaturePack.default().get(url)
        return vs.source.get("derived_from", url) if vs is not None else url
    return url


@pytest.mark.parametrize("form_id", ALL_FORMS)
def test_value_sets_and_initial_codes_come_from_the_reference(form_id, reference):
    value_sets = reference_value_sets(reference)
    for item in items_of(form_id):
        url = reference_url(item.get("answerValueSet"))
        if not url:
            continue
        assert url in value_sets, f"{item['linkId']}: {url}"
        for initial in item.get("initial", []):
            code = initial["valueCoding"]["code"]
            assert code in value_sets[url], f"{item['linkId']}: {code} not in {url}"


@pytest.mark.parametrize("form_id", ALL_FORMS)
def test_required_items_map_into_the_resource(form_id):
    for item in items_of(form_id):
        if item.get("required"):
            assert item["type"] == "group" or item.get("definition", "").startswith(SD), item["linkId"]
        if item["type"] not in ("group", "display"):
            assert item.get("definition", "").startswith(SD), item["linkId"]


@pytest.mark.parametrize("form_id", ALL_FORMS)
def test_forms_carry_none_of_the_ig_form_defects(form_id):
    for item in items_of(form_id):
        options = item.get("answerOption", [])
        keys = [json.dumps(o, sort_keys=True) for o in options]
        assert len(keys) == len(set(keys)), item["linkId"]
        for coded in [o.get("valueCoding") for o in options] + [i.get("valueCoding") for i in
                                                                  item.get("initial", [])]:
            if coded:
                assert coded["code"] == coded["code"].strip("\"' ") and coded.get("system"), item["linkId"]
        for ext in item.get("extension", []):
            expression = (ext.get("valueExpression") or {}).get("expression", "")
            if "ror-structure" in expression:
                assert "%`ror-structure`" in expression and "%ror-structure" not in expression
        if item.get("required") and item["type"] == "group":
            pytest.fail(f"{item['linkId']}: a required group")


@pytest.mark.parametrize("form_id", ALL_FORMS)
def test_forms_name_no_host_but_canonical_ones(form_id):
    text = (FORMS_DIR / f"{form_id}.json").read_text(encoding="utf-8")
    assert "/work/" not in text and "localhost" not in text
    for value in strings(fc.load_form(form_id)):
        if value.startswith(("http://", "https://")):
            assert urlparse(value).hostname in CANONICAL_HOSTS, value


@pytest.mark.parametrize("form_id", UO_FORMS)
def test_uo_forms_produce_the_mandatory_ror_elements(form_id):
    by_definition = {}
    repeating_groups = set()
    for item, parent in walk(fc.load_form(form_id)["item"]):
        if item.get("definition"):
            by_definition[item["definition"]] = (item, parent)
        if item["type"] == "group" and item.get("repeats"):
            repeating_groups.add(item["linkId"])
    mandatory = {
        "name": "uo.nom",
        "type.coding": "uo.champ",
        "category.coding": "uo.type_offre",
        "characteristic:careMode.coding": "uo.modes_pec",
        "specialty:operationalActivity.coding": "uo.activites",
        f"{PT}.extension:supportedPatientInfo.valueCodeableConcept.coding": "uo.publics",
        f"{PT}.extension:ageRange.valueRange.low.value": "uo.age_min",
        f"{PT}.extension:ageRange.valueRange.high.value": "uo.age_max",
        "extension:ror-healthcareservice-sensitive-unit.valueBoolean": "uo.unite_sensible",
    }
    for path, link in mandatory.items():
        item, _ = by_definition[HS + path]
        assert item["linkId"] == link and item.get("required") is True and not is_hidden(item)
    fixed = {item["definition"].rsplit("#", 1)[1]: item["initial"][0]["valueString"]
             for item, _ in by_definition.values() if item["definition"].endswith(".url") and is_hidden(item)}
    assert fixed[f"HealthcareService.{PT}.url"] == SD + "ror-healthcareservice-patient-type"
    assert fixed["HealthcareService.extension:ror-healthcareservice-sensitive-unit.url"] == \
        SD + "ror-healthcareservice-sensitive-unit"
    assert fixed[f"HealthcareService.{PT}.extension:ageRange.url"] == "ageRange"
    champ = by_definition[HS + "type.coding"][0]["initial"][0]["valueCoding"]["code"]
    assert fc.questionnaire_for("UO", champ=champ) == form_id
    ages = [by_definition[HS + f"{PT}.extension:ageRange.valueRange.{b}.value"][0] for b in ("low", "high")]
    for age in ages:
        assert age["type"] == "integer"
        limits = {e["url"].rsplit("/", 1)[1]: e["valueInteger"] for e in age["extension"] if "Value" in e["url"]}
        assert limits == {"minValue": 0, "maxValue": 150}


@pytest.mark.parametrize("form_id", UO_FORMS)
def test_fields_appear_once_the_type_is_chosen(form_id):
    form = fc.load_form(form_id)
    seen_type = False
    waiting = set()
    for item, _ in walk(form["item"]):
        if item["linkId"] == "uo.type_offre":
            seen_type = True
            assert item.get("required") and "enableWhen" not in item
        for cond in item.get("enableWhen", []):
            assert seen_type and cond == {"question": "uo.type_offre", "operator": "exists", "answerBoolean": True}
            waiting.add(item["linkId"])
    assert {"uo.prise_en_charge", "uo.accueil", "uo.contacts_section", "uo.lieu", "uo.publics"} <= waiting
    first_section = next(i for i in form["item"][0]["item"] if i["linkId"] == "uo.identification")
    assert "enableWhen" not in first_section


@pytest.mark.parametrize("form_id", UO_FORMS)
def test_the_hours_group_keeps_the_shape_of_the_hours_editor(form_id):
    hours = next(item for item in items_of(form_id) if item["linkId"] == "uo.horaires")
    assert hours["type"] == "group" and hours["repeats"] is True
    children = hours["item"]
    assert [(c["linkId"], c["type"]) for c in children] == [
        ("uo.horaires.jour", "choice"), ("uo.horaires.debut", "time"), ("uo.horaires.fin", "time")]
    days = [o["valueCoding"] for o in children[0]["answerOption"]]
    assert [d["code"] for d in days] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert days[0]["display"] == "Lundi" and days[6]["display"] == "Dimanche"
    assert hours["definition"] == HS + "availableTime"


@pytest.mark.parametrize("form_id", UO_FORMS)
def test_contacts_and_capacities_are_repeating_groups(form_id):
    items = {item["linkId"]: item for item in items_of(form_id)}
    assert items["uo.contacts"]["repeats"] and items["uo.capacites"]["repeats"]
    for link, vs in [("uo.contacts.canal", "J225"), ("uo.contacts.confidentialite", "J222"),
                     ("uo.capacites.nature", "J187"), ("uo.capacites.statut", "J188"),
                     ("uo.capacites.temporalite", "J189")]:
        assert f"/JDV_{vs}-" in items[link]["answerValueSet"] and items[link]["required"]
    assert items["uo.capacites.nombre"]["type"] == "integer"
    assert items["uo.capacites"]["definition"].startswith(SD + "ror-location#Location.extension:")


def test_ej_and_eg_finess_blocks_are_read_only_with_the_support_hint():
    for form_id, block in [("ej", "ej.finess"), ("eg", "eg.finess")]:
        group = next(item for item in items_of(form_id) if item["linkId"] == block)
        questions = [item for item, _ in walk(group["item"]) if item["type"] not in ("group", "display")]
        assert questions and all(q.get("readOnly") or is_hidden(q) for q in questions)
        helps = [i["text"] for i in group["item"] if i["type"] == "display"]
        assert helps == ["Ces données viennent de FINESS : pour les modifier, contactez le support."]
    eg_items = {item["linkId"]: item for item in items_of("eg")}
    assert not eg_items["eg.nom_operationnel"].get("readOnly")
    assert eg_items["eg.contacts"]["repeats"]


@pytest.mark.parametrize(("kind", "categorie", "champ", "domaine", "expected"), [
    ("EJ", None, None, None, "ej"),
    ("EG", "500", None, "medico-social", "eg"),
    ("P", None, None, "sanitaire", "unite-interne"),
    ("PM", None, None, "sanitaire", "unite-interne"),
    ("S", None, None, "sanitaire", "unite-interne"),
    ("S2", None, None, "sanitaire", "unite-interne"),
    ("UF", None, None, "medico-social", "unite-interne"),
    ("UO", "101", "01", "sanitaire", "uo-mco"),
    ("UO", "101", "1", "sanitaire", "uo-mco"),
    ("UO", "109", "02", "sanitaire", "uo-smr"),
    ("UO", "292", "03", "sanitaire", "uo-psy"),
    ("UO", "500", "04", "medico-social", "uo-ms"),
    ("UO", "500", "MSS", None, "uo-ms"),
    ("uo", None, "PSY", None, "uo-psy"),
    ("UO", "500", None, "medico-social", "uo-ms"),
    ("UO", "183", None, "Médico-social", "uo-ms"),
    ("UO", "156", None, "sanitaire", "uo-psy"),
    ("UO", "109", None, "sanitaire", "uo-smr"),
    ("UO", "101", None, "sanitaire", "uo-mco"),
    ("UO", None, None, None, "uo-ms"),
    ("UO", "124", "05", "ville", "uo-mco"),
    ("UO", None, "06", None, "uo-ms"),
])
def test_the_catalogue_picks_the_form_as_the_ror_does(kind, categorie, champ, domaine, expected):
    assert fc.questionnaire_for(kind, categorie, champ, domaine) == expected
    assert expected in fc.list_forms()


def test_unknown_kinds_and_forms_are_refused_in_french():
    with pytest.raises(fc.UnknownFormError, match="inconnu"):
        fc.questionnaire_for("XX", None, None, None)
    with pytest.raises(KeyError, match="inconnue"):
        fc.load_form("../eg")
    assert fc.form_of_canonical("urn:autre|1") is None


def test_load_form_hands_out_a_fresh_copy():
    first = fc.load_form("uo-ms")
    first["item"].clear()
    assert fc.load_form("uo-ms")["item"]


def test_new_nodes_start_with_their_kind_and_champ():
    assert fc.initial_answers("P")["oi.type"][0]["valueCoding"]["code"] == "1"
    assert fc.initial_answers("S2")["oi.type"][0]["valueCoding"]["code"] == "2"
    assert fc.initial_answers("UF")["oi.type"][0]["valueCoding"]["code"] == "3"
    assert fc.initial_answers("UO", "MCO")["uo.champ"][0]["valueCoding"]["code"] == "01"
    assert fc.initial_answers("UO") == {} and fc.initial_answers("EJ") == {}
    oi_type = next(item for item in items_of("unite-interne") if item["linkId"] == "oi.type")
    assert oi_type["readOnly"] and oi_type["required"]


# -- with the forms engine (app/models/forms) --------------------------------------------------------

@pytest.mark.parametrize("form_id", ALL_FORMS)
def test_the_engine_loads_every_form_without_warnings(form_id):
    from app.models.forms.questionnaire import load_questionnaire
    from app.models.nomenclatures import NomenclaturePack

    questionnaire = load_questionnaire(fc.load_form(form_id), NomenclaturePack.default())
    assert questionnaire.warnings == []
    assert not questionnaire.unknown_extensions


@pytest.mark.parametrize("form_id", ALL_FORMS)
def test_initial_expressions_run_on_the_ig_example(form_id, reference):
    expressions = importlib.import_module("app.models.forms.expressions")
    example = json.loads((reference / "ror-ig/examples/HealthcareService-1234564.json").read_text("utf-8"))
    context = example if form_id.startswith("uo-") else {
        "resourceType": "Organization", "name": "CH Exemple", "alias": ["Site nord"],
        "identifier": [{"type": {"coding": [{"code": "1"}]}, "value": "750000001"}],
        "address": [{"line": ["1 rue de la Paix"], "postalCode": "75001", "city": "Paris"}]}
    results = {}
    for item in items_of(form_id):
        for ext in item.get("extension", []):
            if ext["url"].endswith("initialExpression"):
                expression = ext["valueExpression"]["expression"]
                results[item["linkId"]] = expressions.evaluate(expression, context, {"ror-structure": context})
    assert results
    if form_id.startswith("uo-"):
        assert results["uo.nom"] == [example["name"]]
        assert results["uo.type_offre"][0]["code"] == "157"
        assert results["uo.age_min"] == [15] and results["uo.age_max"] == [150]
        assert results["uo.activites"][0]["code"] == "022"
    else:
        name_link = {"ej": "ej.raison_sociale", "eg": "eg.denomination", "unite-interne": "oi.nom"}[form_id]
        assert results[name_link] == ["CH Exemple"]


def test_extraction_builds_a_valid_healthcareservice_and_location():
    engine = importlib.import_module("app.models.forms.questionnaire")
    extraction = importlib.import_module("app.models.forms.extraction")
    r4b = importlib.import_module("fhir.resources.R4B.healthcareservice")
    location_model = importlib.import_module("fhir.resources.R4B.location")
    nos = "https://mos.esante.gouv.fr/NOS/"

    def coded(name, code):
        return {"valueCoding": {"system": f"{nos}{name}/FHIR/{name.replace('_', '-')}", "code": code}}

    answers = {
        "uo.nom": [{"valueString": "Unité Hébergement Pour Personnes Âgées Dépendantes"}],
        "uo.champ": [coded("TRE_R227-ChampActivite", "04")],
        "uo.type_offre": [coded("TRE_R244-CategorieOrganisation", "21")],
        "uo.age_min": [{"valueInteger": 60}], "uo.age_max": [{"valueInteger": 150}],
        "uo.publics": [coded("TRE_R239-PublicPrisEnCharge", "01")],
        "uo.activites": [coded("TRE_R211-ActiviteOperationnelle", "021")],
        "uo.modes_pec": [coded("TRE_R213-ModePriseEnCharge", "46")],
        "uo.unite_sensible": [{"valueBoolean": False}],
        "uo.horaires": [{"item": {"uo.horaires.jour": [{"valueCoding": {
            "system": "http://hl7.org/fhir/days-of-week", "code": "mon"}}],
            "uo.horaires.debut": [{"valueTime": "08:00:00"}], "uo.horaires.fin": [{"valueTime": "18:00:00"}]}}],
        "uo.capacites": [{"item": {"uo.capacites.nature": [coded("TRE_R329-NatureCapacite", "01")],
                                   "uo.capacites.statut": [coded("TRE_R330-TypeStatutCapacite", "01")],
                                   "uo.capacites.temporalite": [coded("TRE_R331-TemporaliteCapacite", "01")],
                                   "uo.capacites.nombre": [{"valueInteger": 80}]}}],
    }
    resources = extraction.extract(engine.load_questionnaire(fc.load_form("uo-ms")), answers)
    by_type = {r["resourceType"]: r for r in resources}
    service = by_type["HealthcareService"]
    r4b.HealthcareService.model_validate(service)
    assert service["name"].startswith("Unité Hébergement")
    assert service["type"][0]["coding"][0]["code"] == "04"
    assert service["category"][0]["coding"][0]["code"] == "21"
    assert service["specialty"][0]["coding"][0]["code"] == "021"
    assert any(c["coding"][0]["code"] == "46" for c in service["characteristic"])
    extensions = {e["url"]: e for e in service["extension"]}
    patient = {e["url"]: e for e in extensions[SD + "ror-healthcareservice-patient-type"]["extension"]}
    assert patient["ageRange"]["valueRange"]["low"]["value"] == 60
    assert patient["ageRange"]["valueRange"]["high"]["code"] == "a"
    assert patient["supportedPatientInfo"]["valueCodeableConcept"]["coding"][0]["code"] == "01"
    assert extensions[SD + "ror-healthcareservice-sensitive-unit"]["valueBoolean"] is False
    assert service["availableTime"][0]["daysOfWeek"] == ["mon"]
    location = by_type["Location"]
    location_model.Location.model_validate(location)
    capacity = {e["url"]: e for e in location["extension"][0]["extension"]}
    assert capacity["nbCapacity"]["valueInteger"] == 80
    assert capacity["capacitySourceType"]["valueCodeableConcept"]["coding"][0]["code"] == "01"


def _form_check_available() -> bool:
    exe = shutil.which("ror-referent")
    if not exe:
        return False
    done = subprocess.run([exe, "form-check", "--help"], capture_output=True, text=True, timeout=120)
    return done.returncode == 0


@pytest.mark.parametrize("form_id", ALL_FORMS)
def test_form_check_passes_every_form(form_id):
    assert _form_check_available(), "`ror-referent form-check` must run"
    done = subprocess.run([shutil.which("ror-referent"), "form-check", str(FORMS_DIR / f"{form_id}.json")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["warnings"] == [] and report["items"] > 10, report


def test_the_catalogue_does_not_import_qt():
    code = "import sys, app.models.forms_catalog; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], timeout=120).returncode == 0
