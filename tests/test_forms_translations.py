"""Questionnaire texts in English through the FHIR translation extension: the parser reads them, and every text of
every shipped form has its English translation."""
from __future__ import annotations

import pytest
from forms_helpers import item, questionnaire

from app.models.forms import load_questionnaire
from app.models.forms.questionnaire import TRANSLATION_URL, translations_of
from app.models.forms_catalog import list_forms, load_form


def english(text: str) -> dict:
    return {"extension": [{"url": TRANSLATION_URL, "extension": [{"url": "lang", "valueCode": "en"},
                                                                  {"url": "content", "valueString": text}]}]}


def test_the_parser_reads_each_translated_element():
    days = [{"valueCoding": {"system": "urn:test:days", "code": "mon", "display": "Lundi",
                             "_display": english("Monday")}},
            {"valueString": "Matin", "_valueString": english("Morning")},
            {"valueCoding": {"system": "urn:test:days", "code": "sun", "display": "Dimanche"}}]
    help_ext = {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-help", "valueString": "Aide longue",
                "_valueString": english("Long help")}
    raw = questionnaire(
        item("jour", "choice", text="Jour", _text=english("Day"), prefix="1.", _prefix=english("1)"),
             answerOption=days, initial=[days[0]], extension=[help_ext],
             item=[item("jour.aide", "display", text="Un jour de la semaine", _text=english("A day of the week"),
                        extension=[{"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                                    "valueCodeableConcept": {"coding": [{"code": "help"}]}}])]),
        item("seul", text="Sans traduction"),
        title="Formulaire", _title=english("Form"))
    q = load_questionnaire(raw)
    day = q.get("jour")
    assert (day.text_for("en"), day.text_for("fr"), day.text) == ("Day", "Jour", "Jour")
    assert (day.prefix_for("en"), day.prefix_for("fr")) == ("1)", "1.")
    assert day.help_for("en") == "Long help\nA day of the week"
    assert day.help_for("fr") == "Aide longue\nUn jour de la semaine"
    assert [o.label_for("en") for o in day.answer_options] == ["Monday", "Morning", None]
    assert [o.label_for("fr") for o in day.answer_options] == [None, None, None]  # French: the value's own label
    # translations never reach the answers (what is saved and extracted)
    assert day.answer_options[0].value == {"valueCoding": {"system": "urn:test:days", "code": "mon",
                                                           "display": "Lundi"}}
    assert day.answer_options[1].value == {"valueString": "Matin"}
    assert day.initial == [{"valueCoding": {"system": "urn:test:days", "code": "mon", "display": "Lundi"}}]
    assert q.get("seul").text_for("en") == "Sans traduction"  # no English: the French text
    assert (q.title_for("en"), q.title_for("fr")) == ("Form", "Formulaire")


def test_translations_of_ignores_what_is_not_a_translation():
    assert translations_of(None) == {} and translations_of("x") == {}
    odd = {"extension": [{"url": "http://example.org/other", "valueString": "x"},
                         {"url": TRANSLATION_URL, "extension": [{"url": "lang", "valueCode": "en-GB"},
                                                                {"url": "content", "valueString": "Hello"}]},
                         {"url": TRANSLATION_URL, "extension": [{"url": "lang", "valueCode": "de"}]}, "junk"]}
    assert translations_of(odd) == {"en": "Hello"}


def shipped_texts(form_id: str) -> list[tuple[str, str, dict]]:
    """(where, French text, its translations) for every text a user reads in a shipped form."""
    raw = load_form(form_id)
    found = [("title", raw["title"], translations_of(raw.get("_title")))]
    stack = list(raw["item"])
    while stack:
        it = stack.pop()
        stack.extend(it.get("item") or [])
        for name in ("text", "prefix"):
            if it.get(name):
                found.append((f"{it['linkId']}.{name}", it[name], translations_of(it.get("_" + name))))
        for ext in it.get("extension") or []:
            if ext["url"].endswith(("questionnaire-help", "shortText")):
                found.append((f"{it['linkId']}.help", ext["valueString"], translations_of(ext.get("_valueString"))))
        for opt in it.get("answerOption") or []:
            coding = opt.get("valueCoding") or {}
            if coding.get("display"):
                found.append((f"{it['linkId']}.option", coding["display"], translations_of(coding.get("_display"))))
    return found


@pytest.mark.parametrize("form_id", list_forms())
def test_every_text_of_every_shipped_form_has_its_english(form_id):
    texts = shipped_texts(form_id)
    assert len(texts) > 10
    missing = [(where, text) for where, text, tr in texts if not tr.get("en")]
    assert not missing, missing
    q = load_questionnaire(load_form(form_id))
    for item_def in q.all_items:
        if item_def.text:
            assert item_def.text_for("en") != "" and "en" in item_def.texts, item_def.link_id
    assert q.title_for("en") != q.title


def test_the_shipped_forms_count():
    """About 460 items hold some 80 distinct texts; each English text is used for one French text only."""
    items = sum(len(load_questionnaire(load_form(f)).all_items) for f in list_forms())
    pairs = {(text, tr["en"]) for f in list_forms() for _w, text, tr in shipped_texts(f)}
    assert items > 400 and len({t for t, _e in pairs}) > 60
    english_of: dict[str, str] = {}
    for text, en in pairs:
        assert english_of.setdefault(text, en) == en, text  # one French text, one English text
