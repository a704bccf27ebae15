"""The fiche in the interface's language: the English UO form shows no French text of its Questionnaire (labels,
sections, help, its own lists, the hours), and back in French no English one is left; edits survive the switch."""
from __future__ import annotations

import html
import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget

from app.models.forms_catalog import UO_FORMS
from app.views.i18n import TRANSLATIONS

TAG = re.compile(r"<[^>]+>")


def shown_texts(root: QWidget) -> set[str]:
    """Every text the form shows or says in a tooltip: labels, section titles, buttons, placeholders, list rows."""
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            found.add(label_text(widget))
        elif isinstance(widget, QGroupBox):
            found.add(widget.title())
        elif isinstance(widget, QAbstractButton):
            found.add(widget.text())
        elif isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found.update(widget.itemText(n) for n in range(widget.count()))
        found.update(line.strip() for line in widget.toolTip().splitlines())
    return {t for t in found if t}


def label_text(label: QLabel) -> str:
    """What a label reads, without its rich-text markup and the "*" of a required item."""
    return html.unescape(TAG.sub("", label.text())).replace("*", "").strip()


def form_texts(questionnaire, lang: str) -> set[str]:
    """The texts of the form's own items in `lang` (labels, prefixes, help lines, its own answer lists)."""
    found: set[str] = set()
    for item in questionnaire.all_items:
        found.update({item.text_for(lang), item.prefix_for(lang), *item.help_for(lang).splitlines()})
        for option in item.answer_options:
            label = option.label_for(lang)
            found.add(label if label else str((option.value.get("valueCoding") or {}).get("display") or ""))
    return {t.strip() for t in found if t.strip()}


def only_in(questionnaire, lang: str) -> set[str]:
    """Texts of `lang` that differ in the other language ("Contacts" is the same in both)."""
    other = "fr" if lang == "en" else "en"
    return form_texts(questionnaire, lang) - form_texts(questionnaire, other)


def leftovers(shown: set[str], foreign: set[str]) -> set[str]:
    """Foreign texts shown as a whole, or inside a longer text (for texts long enough not to be a word)."""
    return {t for t in foreign for s in shown if s == t or (len(t) > 12 and t in s)}


def unit_with_hours(ws, champ: str) -> int:
    rows = [r for r in ws.nodes.all() if r.kind == "UO" and r.champ == champ]
    for row in rows:
        if (ws.fiches.get(row.id).answers or {}).get("uo.horaires"):
            return row.id
    return rows[0].id


@pytest.mark.parametrize("champ", ["04", "01"])
def test_the_english_uo_form_has_no_french_text_and_back_in_french_no_english(qtbot, ws, view, champ):
    node_id = unit_with_hours(ws, champ)
    try:
        TRANSLATIONS.apply("en")
        view.load(node_id)
        q = view.opened.questionnaire
        assert view.opened.form_id in UO_FORMS
        french, english = only_in(q, "fr"), only_in(q, "en")
        assert {"Monday", "Unit name", "Opening hours"} <= english and {"Lundi", "Nom de l'unité"} <= french
        shown = shown_texts(view.built.root)
        assert not leftovers(shown, french), leftovers(shown, french)
        assert {"Unit name", "Opening hours", "Type of offer (type of unit)"} <= shown
        hours = view.row("uo.horaires").widget
        assert hours.days[0].closed.text() == "Closed" and "Monday" in shown
        # an edit typed in English is kept through the switch back to French
        view.row("uo.nom").widget.edit.setText("Unité Test")
        view.row("uo.nom").widget.edited.emit()
        TRANSLATIONS.apply("fr")
        qtbot.waitUntil(lambda: label_text(view.row("uo.nom").label) == "Nom de l'unité", timeout=3000)
        shown = shown_texts(view.built.root)
        assert not leftovers(shown, english), leftovers(shown, english)
        assert {"Nom de l'unité", "Horaires d'ouverture", "Lundi"} <= shown
        assert view.row("uo.horaires").widget.days[0].closed.text() == "Fermé"
        assert view.row("uo.nom").widget.edit.text() == "Unité Test" and view.has_unsaved_changes()
        assert view.opened.state.get("uo.nom") == [{"valueString": "Unité Test"}]
    finally:
        TRANSLATIONS.apply("fr")


def test_a_switch_while_no_fiche_is_open_lays_the_next_one_out_in_the_new_language(qtbot, ws, view):
    node_id = unit_with_hours(ws, "04")
    try:
        TRANSLATIONS.apply("en")
        qtbot.wait(20)
        view.load(node_id)
        assert label_text(view.row("uo.nom").label) == "Unit name"
        titles = {b.title() for b in view.built.root.findChildren(QGroupBox)}
        assert {"Unit identification", "Reception and opening hours"} <= titles
    finally:
        TRANSLATIONS.apply("fr")
    qtbot.waitUntil(lambda: label_text(view.row("uo.nom").label) == "Nom de l'unité", timeout=3000)


def test_the_saved_answers_keep_the_french_displays_of_the_form_lists(qtbot, ws, view):
    """A day chosen in the English hours editor is saved with the form's own (French) display, as in French."""
    node_id = unit_with_hours(ws, "04")
    try:
        TRANSLATIONS.apply("en")
        view.load(node_id)
        hours = view.row("uo.horaires").widget
        hours.copy_monday()
        saved = view.opened.state.get("uo.horaires")
        displays = {i["item"]["uo.horaires.jour"][0]["valueCoding"]["display"] for i in saved}
        assert displays and displays <= {"Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"}
    finally:
        TRANSLATIONS.apply("fr")


def said_texts(view) -> set[str]:
    """What the English form says to a screen reader and in its problem lines: every accessible name, the lines of
    the header's problem list, and the messages under the fields."""
    root = view.built.root
    found = {w.accessibleName() for w in [root, *root.findChildren(QWidget)]}
    blocking, advice = view.header.problem_list.lines
    found.update(blocking + advice)
    for row in view.built.rows.values():
        found.update(row.message_text().splitlines())
    return {t for t in found if t}


def test_the_english_form_says_no_french_item_text_in_its_names_and_problem_lines(qtbot, ws, view):
    from PySide6.QtCore import Qt

    node_id = unit_with_hours(ws, "04")
    try:
        TRANSLATIONS.apply("en")
        view.load(node_id)
        q = view.opened.questionnaire
        qtbot.mouseClick(view.row("uo.contacts").widget.add_button, Qt.MouseButton.LeftButton)  # an empty contact
        view.row("uo.nom").widget.edit.setText("")
        view.row("uo.nom").widget.edited.emit()
        view.header.list_button.setChecked(True)
        qtbot.waitUntil(lambda: bool(view.header.problem_list.lines[0]), timeout=3000)
        said = said_texts(view)
        french = only_in(q, "fr")
        assert not leftovers(said, french), leftovers(said, french)
        assert "Unit name: Required field [REQ]" in view.header.problem_list.lines[0]
        assert view.row("uo.age_min").widget.spin.accessibleName() == "Minimum age (years)"
    finally:
        TRANSLATIONS.apply("fr")


def english(text: str, translation: str) -> dict:
    return {"text": text, "_text": {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/translation",
                                                  "extension": [{"url": "lang", "valueCode": "en"},
                                                                {"url": "content", "valueString": translation}]}]}}


def test_removing_a_prefilled_value_is_refused_in_english_with_the_item_named_in_english(qtbot, ws):
    from forms_helpers import item
    from test_views_forms import J19, open_form

    coding = {"valueCoding": {"system": "urn:x", "code": "46", "display": "Hébergement"}}
    try:
        TRANSLATIONS.apply("en")
        view = open_form(qtbot, ws, item("modes", "choice", repeats=True, required=True, answerValueSet=J19,
                                         **english("Modes de prise en charge", "Care modes")),
                         answers={"modes": [coding]}, prefilled={"modes": ["46"]})
        row = view.row("modes")
        assert row.widget.accessibleName() == "Care modes"
        row.widget.set_value([])
        row.widget.edited.emit()
        said = row.message_text()
        assert said.startswith("“Care modes”: the pre-filled value cannot be removed"), said
        assert "Modes de prise" not in said and view.opened.state.get("modes") == [coding]
    finally:
        TRANSLATIONS.apply("fr")


def test_a_finess_value_refused_by_the_store_is_named_in_english(qapp, ws):
    import pytest as _pytest

    from app.models.rules import RuleError
    from app.views.refusal_text import refusal_text

    eg = next(r for r in ws.nodes.all() if r.kind == "EG")
    answers = {**ws.fiches.get(eg.id).answers, "eg.denomination": [{"valueString": eg.name}]}
    ws.fiches.save(eg.id, answers)  # the FINESS value comes in, as the form pre-fills it
    with _pytest.raises(RuleError) as refused:
        ws.fiches.save(eg.id, {**answers, "eg.denomination": [{"valueString": "Autre nom"}]})
    assert refused.value.key == "finess-locked" and refused.value.args_["item"] == "Dénomination"
    try:
        TRANSLATIONS.apply("en")
        assert refusal_text(refused.value) == "“Name” comes from FINESS and cannot be changed here: contact support."
    finally:
        TRANSLATIONS.apply("fr")
    assert refusal_text(refused.value).startswith("« Dénomination » vient de FINESS")
