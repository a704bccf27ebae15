"""The form renderer's widgets, one item type at a time, driven as a user would (typing, clicking, choosing)."""
from __future__ import annotations

from forms_helpers import MISSING_VS, item, questionnaire
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.models import fiche_service
from app.models.forms import FormState, load_questionnaire
from app.models.nomenclatures import NomenclaturePack
from app.views.forms.choice_widgets import ChoiceWidget, MultiChoiceWidget
from app.views.forms.field_widgets import (
    BooleanWidget,
    DecimalWidget,
    IntegerWidget,
    QuantityWidget,
    StringWidget,
    TextWidget,
)
from app.views.forms.form_view import FormView
from app.views.forms.time_widgets import DateTimeWidget, DateWidget, TimeWidget

J19 = "https://mos.esante.gouv.fr/NOS/JDV_J19-ModePriseEnCharge-ROR/FHIR/JDV-J19-ModePriseEnCharge-ROR"
J17 = "https://mos.esante.gouv.fr/NOS/JDV_J17-ActiviteOperationnelle-ROR/FHIR/JDV-J17-ActiviteOperationnelle-ROR"
R211 = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle"
COLOURS = [{"valueCoding": {"system": "urn:test:colour", "code": c, "display": d}}
           for c, d in (("r", "Rouge"), ("v", "Vert"), ("b", "Bleu"))]


def open_form(qtbot, ws, *items, answers=None, prefilled=None) -> FormView:
    """A FormView showing a hand-written Questionnaire on a real node of the demo workspace."""
    pack = NomenclaturePack.default()
    q = load_questionnaire(questionnaire(*items), pack=pack)
    node = next(r for r in ws.nodes.all() if r.kind == "UO")
    fiche = ws.fiches.get(node.id)
    state = FormState(q, answers or {}, pack=pack, prefilled=prefilled)
    opened = fiche_service.OpenedFiche(node=node, fiche=fiche, form_id="test", questionnaire=q, state=state,
                                       saved_answers=dict(answers or {}))
    view = FormView(ws)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.show_fiche(opened)
    return view


def answers(view: FormView, link_id: str) -> list:
    return view.opened.state.get(link_id)


def test_string_and_text_typed(qtbot, ws):
    view = open_form(qtbot, ws, item("nom", maxLength=10), item("note", "text"))
    row = view.row("nom")
    assert isinstance(row.widget, StringWidget) and row.widget.edit.maxLength() == 10
    qtbot.keyClicks(row.widget.edit, "Unite Alpha Beta")
    assert answers(view, "nom") == [{"valueString": "Unite Alph"}]
    text = view.row("note").widget
    assert isinstance(text, TextWidget)
    qtbot.keyClicks(text.edit, "Une note")
    assert answers(view, "note") == [{"valueString": "Une note"}]
    assert view.has_unsaved_changes()


def test_numbers_with_bounds(qtbot, ws):
    view = open_form(qtbot, ws,
                     item("age", "integer", extension=[{"url": "http://hl7.org/fhir/StructureDefinition/minValue",
                                                        "valueInteger": 0},
                                                       {"url": "http://hl7.org/fhir/StructureDefinition/maxValue",
                                                        "valueInteger": 120}]),
                     item("taux", "decimal"), item("surface", "quantity", extension=[
                         {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
                          "valueCoding": {"system": "http://unitsofmeasure.org", "code": "m2", "display": "m²"}}]))
    age = view.row("age").widget
    assert isinstance(age, IntegerWidget) and age.spin.maximum() == 120 and age.value() == []
    age.spin.lineEdit().selectAll()
    qtbot.keyClicks(age.spin, "42")
    assert answers(view, "age") == [{"valueInteger": 42}]
    age.spin.lineEdit().selectAll()
    qtbot.keyClicks(age.spin, "999")  # beyond the maximum: the spin box does not take it
    assert answers(view, "age")[0]["valueInteger"] <= 120
    taux = view.row("taux").widget
    assert isinstance(taux, DecimalWidget)
    taux.spin.lineEdit().selectAll()
    qtbot.keyClicks(taux.spin, "3")
    assert answers(view, "taux") == [{"valueDecimal": 3.0}]
    surface = view.row("surface").widget
    assert isinstance(surface, QuantityWidget)
    surface.spin.lineEdit().selectAll()
    qtbot.keyClicks(surface.spin, "25")
    assert answers(view, "surface") == [{"valueQuantity": {"value": 25.0, "unit": "m²",
                                                           "system": "http://unitsofmeasure.org", "code": "m2"}}]


def test_boolean_date_datetime_time(qtbot, ws):
    from PySide6.QtCore import QDate, QDateTime, QTime

    view = open_form(qtbot, ws, item("ouvert", "boolean"), item("jour", "date"), item("maj", "dateTime"),
                     item("heure", "time"))
    flag = view.row("ouvert").widget
    assert isinstance(flag, BooleanWidget) and flag.value() == []
    qtbot.mouseClick(flag.no, Qt.MouseButton.LeftButton)
    assert answers(view, "ouvert") == [{"valueBoolean": False}]
    qtbot.mouseClick(flag.yes, Qt.MouseButton.LeftButton)
    assert answers(view, "ouvert") == [{"valueBoolean": True}]
    day = view.row("jour").widget
    assert isinstance(day, DateWidget) and day.value() == []
    day.edit.setDate(QDate(2026, 3, 1))
    assert answers(view, "jour") == [{"valueDate": "2026-03-01"}]
    stamp = view.row("maj").widget
    assert isinstance(stamp, DateTimeWidget)
    stamp.edit.setDateTime(QDateTime(QDate(2026, 3, 1), QTime(14, 30)))
    assert answers(view, "maj") == [{"valueDateTime": "2026-03-01T14:30:00"}]
    hour = view.row("heure").widget
    assert isinstance(hour, TimeWidget)
    qtbot.keyClicks(hour.edit, "9h30")
    assert answers(view, "heure") == [{"valueTime": "09:30:00"}]
    hour.edit.clear()
    qtbot.keyClicks(hour.edit, "25:00")
    assert hour.edit.text() == "25:00"  # the rejected value stays in the field...
    assert "Heure invalide" in view.row("heure").message_text()  # ...with its message
    assert answers(view, "heure") == [{"valueTime": "09:30:00"}]
    assert view.blocking_count() == 1 and not view.finalise_button.isEnabled()


def test_short_choice_is_a_drop_down(qtbot, ws):
    view = open_form(qtbot, ws, item("couleur", "choice", answerOption=COLOURS))
    widget = view.row("couleur").widget
    assert isinstance(widget, ChoiceWidget) and isinstance(widget.combo, QComboBox)
    assert [widget.combo.itemText(i) for i in range(widget.combo.count())] == ["", "Rouge", "Vert", "Bleu"]
    widget.combo.setFocus()
    qtbot.keyClick(widget.combo, Qt.Key.Key_Down)
    assert answers(view, "couleur") == [COLOURS[0]]


def test_long_value_set_has_type_ahead_ignoring_case_and_accents(qtbot, ws):
    view = open_form(qtbot, ws, item("activite", "choice", answerValueSet=J17))
    widget = view.row("activite").widget
    assert widget.picker is not None and widget.combo is None
    qtbot.keyClicks(widget.picker.edit, "REEDUCATION")
    labels = [label for _a, label in widget.picker.results]
    assert labels and all("ducation" in label.lower() for label in labels[:3])
    qtbot.keyClick(widget.picker.edit, Qt.Key.Key_Return)
    (answer,) = answers(view, "activite")
    assert answer["valueCoding"]["system"] == R211
    assert widget.picker.edit.text() == answer["valueCoding"]["display"]


def test_text_in_no_list_stays_with_its_message(qtbot, ws):
    view = open_form(qtbot, ws, item("couleur", "choice", answerOption=COLOURS, extension=[
        {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
         "valueCodeableConcept": {"coding": [{"code": "autocomplete"}]}}]))
    widget = view.row("couleur").widget
    qtbot.keyClicks(widget.picker.edit, "vert")
    qtbot.keyClick(widget.picker.edit, Qt.Key.Key_Return)
    assert answers(view, "couleur") == [COLOURS[1]]
    widget.picker.edit.clear()
    qtbot.keyClicks(widget.picker.edit, "violet")
    widget.picker.edit.editingFinished.emit()
    assert widget.picker.edit.text() == "violet"
    assert "n'est pas dans la liste" in view.row("couleur").message_text()
    assert answers(view, "couleur") == [COLOURS[1]]  # the previous value is kept
    assert not view.finalise_button.isEnabled()


def test_open_choice_and_coding(qtbot, ws):
    view = open_form(qtbot, ws, item("lieu", "open-choice", answerOption=COLOURS), item("code", "coding",
                                                                                        answerOption=COLOURS))
    free = view.row("lieu").widget
    qtbot.keyClicks(free.picker.edit, "Jaune")
    free.picker.edit.editingFinished.emit()
    assert answers(view, "lieu") == [{"valueString": "Jaune"}]
    coding = view.row("code").widget
    assert isinstance(coding, ChoiceWidget)
    coding.combo.setFocus()
    qtbot.keyClick(coding.combo, Qt.Key.Key_Down)
    qtbot.keyClick(coding.combo, Qt.Key.Key_Down)
    assert answers(view, "code") == [COLOURS[1]]


def test_missing_value_set_allows_free_entry_flagged_not_blocking(qtbot, ws):
    view = open_form(qtbot, ws, item("division", "choice", answerValueSet=MISSING_VS, required=True))
    widget = view.row("division").widget
    qtbot.keyClicks(widget.picker.edit, "Territoire Nord")
    qtbot.keyClick(widget.picker.edit, Qt.Key.Key_Return)
    assert answers(view, "division") == [{"valueCoding": {"code": "Territoire Nord", "display": "Territoire Nord"}}]
    assert "saisie librement" in view.row("division").message_text()
    assert view.blocking_count() == 0 and view.finalise_button.isEnabled()


def test_required_shows_a_star_and_a_message_while_missing(qtbot, ws):
    view = open_form(qtbot, ws, item("nom", required=True))
    row = view.row("nom")
    assert "*" in row.label.text()
    assert row.message_text() == "Champ obligatoire"
    assert not view.finalise_button.isEnabled()
    qtbot.keyClicks(row.widget.edit, "Unite")
    assert row.message_text() == ""
    assert view.finalise_button.isEnabled()


def test_enable_when_shows_fields_once_the_type_is_chosen(qtbot, ws):
    view = open_form(qtbot, ws, item("type", "choice", answerOption=COLOURS),
                     {"linkId": "details", "type": "group", "text": "Détails",
                      "enableWhen": [{"question": "type", "operator": "exists", "answerBoolean": True}],
                      "item": [item("precision", required=True)]})
    details = view.built.containers["details"]
    assert not details.isVisible()
    assert view.blocking_count() == 0  # a hidden field is not checked
    view.row("type").widget.combo.setFocus()
    qtbot.keyClick(view.row("type").widget.combo, Qt.Key.Key_Down)
    assert details.isVisible() and view.row("precision").isVisible()
    assert view.blocking_count() == 1


def test_repeats_is_a_multi_select_with_chips(qtbot, ws):
    view = open_form(qtbot, ws, item("modes", "choice", repeats=True, answerValueSet=J19))
    widget = view.row("modes").widget
    assert isinstance(widget, MultiChoiceWidget)
    qtbot.keyClicks(widget.picker.edit, "hebergement")
    qtbot.keyClick(widget.picker.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(widget.picker.edit, "ambulatoire")
    qtbot.keyClick(widget.picker.edit, Qt.Key.Key_Return)
    codes = [a["valueCoding"]["code"] for a in answers(view, "modes")]
    assert len(codes) == 2 and codes[0] == "46"
    assert len(widget.chips) == 2 and widget.picker.edit.text() == ""
    qtbot.mouseClick(widget.chips[0].button, Qt.MouseButton.LeftButton)
    assert [a["valueCoding"]["code"] for a in answers(view, "modes")] == codes[1:]


def test_read_only_is_greyed_with_the_support_hint(qtbot, ws):
    view = open_form(qtbot, ws, item("finess", readOnly=True), answers={"finess": [{"valueString": "010000024"}]})
    row = view.row("finess")
    assert row.widget.edit.isReadOnly() and row.widget.edit.text() == "010000024"
    assert "contactez le support" in row.widget.toolTip()


def test_help_text_is_a_tooltip(qtbot, ws):
    view = open_form(qtbot, ws, item("nom", item=[{"linkId": "nom.aide", "type": "display", "text": "Le nom usuel",
                                                   "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/"
                                                                  "questionnaire-itemControl",
                                                                  "valueCodeableConcept": {"coding": [
                                                                      {"code": "help"}]}}]}]))
    assert "Le nom usuel" in view.row("nom").label.toolTip()


def test_prefilled_mandatory_value_cannot_be_emptied(qtbot, ws):
    view = open_form(qtbot, ws, item("modes", "choice", repeats=True, required=True, answerValueSet=J19),
                     answers={"modes": [{"valueCoding": {"system": "urn:x", "code": "46", "display": "Hébergement"}}]},
                     prefilled={"modes": ["46"]})
    widget = view.row("modes").widget
    qtbot.mouseClick(widget.chips[0].button, Qt.MouseButton.LeftButton)
    assert "ne peut pas être supprimée" in view.row("modes").message_text()
    assert len(widget.chips) == 1 and answers(view, "modes")[0]["valueCoding"]["code"] == "46"
    qtbot.keyClicks(widget.picker.edit, "ambulatoire")  # enriching the list is allowed
    qtbot.keyClick(widget.picker.edit, Qt.Key.Key_Return)
    assert len(answers(view, "modes")) == 2
