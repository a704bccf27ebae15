"""`ror-referent form-check`: one JSON object for a renderable form, a French message otherwise."""
from __future__ import annotations

import json

from app.cli import main

MCO = ("ror-ig", "questionnaires", "Questionnaire-ror-questionnaire-offre-mco.json")


def test_form_check_counts_the_ig_questionnaire(reference, capsys):
    assert main(["form-check", str(reference.joinpath(*MCO))]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {k: report[k] for k in ("items", "required", "answer_value_set", "answer_option", "enable_when",
                                   "initial_expression", "definition")} == {
        "items": 98, "required": 18, "answer_value_set": 18, "answer_option": 7, "enable_when": 0,
        "initial_expression": 40, "definition": 80}
    assert any('022"' in w for w in report["warnings"])


def test_form_check_refuses_other_documents_in_french(tmp_path, capsys):
    patient = tmp_path / "patient.json"
    patient.write_text(json.dumps({"resourceType": "Patient"}), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"resourceType": "Questionnaire", "item": [', encoding="utf-8")
    for path, words in ((patient, "pas un questionnaire"), (broken, "pas du JSON valide"),
                        (tmp_path / "absent.json", "introuvable")):
        assert main(["form-check", str(path)]) == 2
        captured = capsys.readouterr()
        assert words in captured.err and "Traceback" not in captured.err and captured.out == ""


def test_the_app_own_forms_load_without_defects():
    from app.models.forms import load_questionnaire
    from app.models.forms_catalog import list_forms, load_form

    for form_id in list_forms():
        q = load_questionnaire(load_form(form_id))
        assert q.stats()["items"] > 0 and q.warnings == [], (form_id, q.warnings)
