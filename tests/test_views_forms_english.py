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
