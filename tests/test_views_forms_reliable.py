"""Widgets a person can rely on (issue 9, point 4), on real fiches of the demo through real widgets: the wheel
changes nothing it should not, the keyboard adds one value, typed hours are taken or refused with a sentence,
the hours fit the form, long labels show whole, Tab follows the form, every field has an accessible name,
FINESS values look read-only, and a language switch leaves nothing of the other language."""
from __future__ import annotations

from forms_helpers import item
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from test_views_forms import J19, answers, open_form

from app.views.forms.form_builder import tab_chain
from app.views.forms.hours_editor import HoursEditor
from app.views.i18n import TRANSLATIONS


def new_uo(ws) -> int:
    return next(r.id for r in ws.nodes.all() if r.kind == "UO" and "PASA" in r.name)


def show_fiche(qtbot, view, node_id: int) -> None:
    view.load(node_id)
    qtbot.waitUntil(lambda: view.opened is not None and view.opened.node.id == node_id, timeout=5000)


def wheel(widget: QWidget, steps: int = -1) -> QWheelEvent:
    """One notch of the mouse wheel over `widget` (negative: towards the user, "next value")."""
    local = QPointF(widget.rect().center())
    event = QWheelEvent(local, QPointF(widget.mapToGlobal(local.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event


def focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


# ---------------------------------------------------------------------------------------------------- the wheel
def test_wheel_over_unfocused_combo_and_spin_changes_nothing(qtbot, ws, view):
    show_fiche(qtbot, view, new_uo(ws))
    combo = view.row("uo.ouverture_annuelle").widget.combo
    spin = view.row("uo.age_min").widget.spin
    assert isinstance(combo, QComboBox) and isinstance(spin, QAbstractSpinBox)
    before = view.opened.state.get("uo.ouverture_annuelle"), view.opened.state.get("uo.age_min")
    for widget in (combo, spin):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel never gives focus
        assert not widget.hasFocus()
        event = wheel(widget)
        assert not event.isAccepted()  # left to the parents: the form scrolls instead
        wheel(widget, steps=1)
    assert combo.currentIndex() == 0 and spin.value() == spin.minimum()
    assert (view.opened.state.get("uo.ouverture_annuelle"), view.opened.state.get("uo.age_min")) == before
    assert not view.has_unsaved_changes() and not view.autosave_timer.isActive()


def test_wheel_over_the_focused_field_changes_it(qtbot, ws, view):
    show_fiche(qtbot, view, new_uo(ws))
    combo = view.row("uo.ouverture_annuelle").widget.combo
    focus(qtbot, combo)
    wheel(combo)
    assert combo.currentIndex() == 1
    spin = view.row("uo.age_min").widget.spin
    spin.setValue(40)
    focus(qtbot, spin)
    wheel(spin, steps=1)
    assert spin.value() == 41 and answers(view, "uo.age_min") == [{"valueInteger": 41}]


def test_wheel_over_an_unfocused_date_changes_nothing(qtbot, ws):
    view = open_form(qtbot, ws, item("jour", "date"))
    edit = view.row("jour").widget.edit
    wheel(edit)
    assert answers(view, "jour") == []


# ---------------------------------------------------------------------------------------------- the keyboard
def test_down_and_return_add_exactly_the_chosen_value(qtbot, ws):
    view = open_form(qtbot, ws, item("modes", "choice", repeats=True, answerValueSet=J19))
    widget = view.row("modes").widget
    focus(qtbot, widget.picker.edit)
    qtbot.keyClicks(widget.picker.edit, "accueil")
    popup = widget.picker.completer.popup()
    assert popup.isVisible() and len(widget.picker.results) >= 2
    chosen = widget.picker.results[1][1]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert [a["valueCoding"]["display"] for a in answers(view, "modes")] == [chosen]
    assert len(widget.chips) == 1 and widget.picker.edit.text() == ""
    qtbot.keyClicks(widget.picker.edit, "ambulatoire")  # Return without choosing takes the first proposal
    qtbot.keyClick(widget.picker.edit, Qt.Key.Key_Return)
    assert len(answers(view, "modes")) == 2


# ---------------------------------------------------------------------------------------------- typed hours
def test_typed_hours_set_the_slot_and_a_wrong_one_is_refused_and_kept(qtbot, ws, view):
    show_fiche(qtbot, view, new_uo(ws))
    hours = view.row("uo.horaires").widget
    assert isinstance(hours, HoursEditor)
    monday = hours.days[0]
    qtbot.mouseClick(monday.add, Qt.MouseButton.LeftButton)
    start = monday.intervals[0].start
    focus(qtbot, start)
    start.selectAll()
    qtbot.keyClicks(start, "08:30")
    assert monday.slots() == [("08:30", "12:00")]
    assert view.opened.state.get("uo.horaires")[0]["item"]["uo.horaires.debut"] == [{"valueTime": "08:30:00"}]
    start.selectAll()
    qtbot.keyClicks(start, "25:00")
    qtbot.keyClick(start, Qt.Key.Key_Tab)  # leaving the field
    assert start.text() == "25:00"  # what was typed stays in the field
    assert monday.message.isVisibleTo(hours)
    assert monday.message.text() == "Lundi : Heure invalide : « 25:00 » ; tapez par exemple 08:30 (de 00:00 à 23:59)."
    assert monday.slots() == [("08:30", "12:00")]  # the slot keeps its last good time
    assert view.opened.state.get("uo.horaires")[0]["item"]["uo.horaires.debut"] == [{"valueTime": "08:30:00"}]
    assert view.blocking_count() >= 1 and not view.finalise_button.isEnabled()
    start.selectAll()
    qtbot.keyClicks(start, "9h")
    start.editingFinished.emit()
    assert start.text() == "09:00" and monday.slots() == [("09:00", "12:00")]
    assert not monday.message.isVisibleTo(hours)
    focus(qtbot, start)
    qtbot.keyClick(start, Qt.Key.Key_Up)  # a quarter of an hour later
    assert monday.slots() == [("09:15", "12:00")]


def test_two_slots_every_day_fit_the_form_at_1200_px(qtbot, ws, view):
    show_fiche(qtbot, view, new_uo(ws))
    hours = view.row("uo.horaires").widget
    qtbot.mouseClick(hours.days[0].add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(hours.days[0].add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(hours.copy_button, Qt.MouseButton.LeftButton)
    assert all(len(day.intervals) == 2 for day in hours.days)
    page = view.stack.currentWidget()
    qtbot.waitUntil(lambda: hours.days[-1].intervals[-1].isVisible(), timeout=2000)
    qtbot.wait(50)
    assert view.width() == 1200
    assert not page.horizontalScrollBar().isVisible()
    assert page.widget().width() <= page.viewport().width()
    for day in hours.days:
        right = day.intervals[-1].mapTo(page.widget(), QPoint(day.intervals[-1].width(), 0)).x()
        assert right <= page.viewport().width()


def test_a_unit_form_fits_the_fiche_side_of_the_main_window(qtbot, ws, view):
    """At 1400 px the main window leaves the form about 800 px: the type d'offre filters wrap, nothing scrolls."""
    show_fiche(qtbot, view, new_uo(ws))
    view.resize(800, 800)
    page = view.stack.currentWidget()
    qtbot.wait(50)
    assert view.row("uo.type_offre") is not None
    assert not page.horizontalScrollBar().isVisible()
    assert page.widget().width() <= page.viewport().width()


def test_slots_wrap_instead_of_scrolling_sideways_in_a_narrow_form(qtbot, ws, view):
    show_fiche(qtbot, view, new_uo(ws))
    hours = view.row("uo.horaires").widget
    monday = hours.days[0]
    for _ in range(4):
        qtbot.mouseClick(monday.add, Qt.MouseButton.LeftButton)
    view.resize(900, 800)
    page = view.stack.currentWidget()
    qtbot.wait(50)
    assert not page.horizontalScrollBar().isVisible()
    tops = {interval.mapTo(hours, QPoint(0, 0)).y() for interval in monday.intervals}
    assert len(tops) >= 2  # the slots went onto a second line
    bottom = max(i.mapTo(hours, QPoint(0, i.height())).y() for i in monday.intervals)
    assert bottom <= hours.days[1].name.mapTo(hours, QPoint(0, 0)).y()  # the next day is below, not over them


# ------------------------------------------------------------------------------------------------ long labels
def test_long_labels_show_whole_as_tooltips(qtbot, ws):
    long = "Accueil ou hébergement pour personnes âgées dépendantes, avec spécificité Unité de vie protégée"
    options = [{"valueCoding": {"system": "urn:test", "code": str(n), "display": f"{long} {n}"}} for n in range(3)]
    view = open_form(qtbot, ws, item("type", "choice", answerOption=options),
                     item("modes", "choice", repeats=True, answerValueSet=J19))
    combo = view.row("type").widget.combo
    for n in range(3):
        assert combo.itemData(n + 1, Qt.ItemDataRole.ToolTipRole) == f"{long} {n}"
    assert combo.view().minimumWidth() >= min(combo.fontMetrics().horizontalAdvance(f"{long} 0"), 860)
    combo.setCurrentIndex(2)
    assert combo.toolTip() == f"{long} 1"
    picker = view.row("modes").widget.picker
    qtbot.keyClicks(picker.edit, "accueil")
    assert picker.model.item(0).toolTip() == picker.results[0][1]


# ------------------------------------------------------------------------------------ Tab order and names
def _visible_inputs(root: QWidget) -> list[QWidget]:
    return [w for w in tab_chain(root) if w.isVisibleTo(root) and w.isEnabled()]


def test_tab_follows_the_form_also_through_a_block_added_later(qtbot, ws, view):
    show_fiche(qtbot, view, new_uo(ws))
    contacts = view.row("uo.contacts").widget
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.row("uo.horaires").widget.days[2].add, Qt.MouseButton.LeftButton)
    qtbot.wait(20)  # the chain is ordered again once the event loop runs
    root = view.built.root
    inputs = _visible_inputs(root)
    first = inputs[0]
    seen, widget = [], first
    for _ in range(len(view.window().findChildren(QWidget)) + 1):  # the chain holds every widget, inputs or not
        if widget in inputs and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
        if widget is first:
            break
    assert seen == inputs  # Tab visits every input, in the form's order
    tops = [w.mapTo(root, QPoint(0, 0)).y() for w in seen]
    assert all(b >= a - 4 for a, b in zip(tops, tops[1:], strict=False)), "Tab goes back up the form"
    nature = contacts.instances[0].widgets["uo.contacts.nature"].focus_target()
    assert seen.index(nature) > seen.index(view.row("uo.horaires").widget.days[2].intervals[0].end)


def test_every_field_of_a_unit_form_has_an_accessible_name(qtbot, ws, view):
    show_fiche(qtbot, view, new_uo(ws))
    qtbot.mouseClick(view.row("uo.contacts").widget.add_button, Qt.MouseButton.LeftButton)
    hours = view.row("uo.horaires").widget
    qtbot.mouseClick(hours.days[0].add, Qt.MouseButton.LeftButton)
    for link_id, row in view.built.rows.items():
        assert row.widget.accessibleName(), link_id
        inputs = [w for w in row.widget.findChildren(QWidget)
                  if isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton))
                  and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        for widget in inputs:
            assert widget.accessibleName().strip(), (link_id, type(widget).__name__, getattr(widget, "text", None))
    assert view.row("uo.age_min").widget.spin.accessibleName() == view.row("uo.age_min").item.text
    assert hours.days[0].intervals[0].start.accessibleName() == "Lundi, plage 1 : début"


# ---------------------------------------------------------------------------------------- FINESS look
def test_finess_values_look_read_only_and_the_phone_shows_as_on_the_summary(qtbot, ws, view):
    eg = next(r for r in ws.nodes.all() if r.kind == "EG")
    show_fiche(qtbot, view, eg.id)
    finess = view.row("eg.finess_geographique").widget.edit
    assert finess.isReadOnly() and not finess.isClearButtonEnabled()
    assert "background" in finess.styleSheet()
    category = view.row("eg.categorie").widget.picker
    assert category.edit.isReadOnly() and not category.edit.isClearButtonEnabled()
    assert not category.button.isVisibleTo(category)  # no list to open on a value that cannot change
    opened = view.row("eg.date_ouverture").widget.edit
    assert isinstance(opened, QDateTimeEdit) and not opened.calendarPopup()
    assert opened.buttonSymbols() == QAbstractSpinBox.ButtonSymbols.NoButtons
    phone = ws.fiches.get(eg.id).finess_data["telephone"]
    assert view.row("eg.telephone").widget.edit.text() == phone
    assert view.row("eg.telephone").widget.edit.isReadOnly()
    nom = view.row("eg.nom_operationnel").widget.edit
    assert not nom.isReadOnly() and nom.styleSheet() == ""


def test_prefilled_values_look_locked(qtbot, ws):
    coding = {"valueCoding": {"system": "urn:x", "code": "46", "display": "Hébergement"}}
    view = open_form(qtbot, ws, item("modes", "choice", repeats=True, required=True, answerValueSet=J19),
                     item("mode", "choice", required=True, answerValueSet=J19),
                     answers={"modes": [coding], "mode": [coding]}, prefilled={"modes": ["46"], "mode": ["46"]})
    view._decorate(view.opened)
    multi = view.row("modes").widget
    chip = multi.chips[0]
    assert chip.locked and not chip.button.isVisibleTo(chip)
    assert "pré-remplie" in chip.label.toolTip()
    qtbot.keyClicks(multi.picker.edit, "ambulatoire")  # enriching is allowed...
    qtbot.keyClick(multi.picker.edit, Qt.Key.Key_Return)
    assert len(multi.chips) == 2 and not multi.chips[1].locked and multi.chips[1].button.isVisibleTo(multi.chips[1])
    single = view.row("mode").widget.picker.edit
    assert not single.isClearButtonEnabled() and "pré-remplie" in single.toolTip()


# -------------------------------------------------------------------------------------------- languages
ENGLISH = {"Add: type to search…", "Type to search…", "Yes", "No", "Closed", "+ slot", "One value per line",
           "Copy Monday to the whole week", "Delete", "Monday", "Apply"}


def _texts(root: QWidget) -> set[str]:
    found: set[str] = set()
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit):
            found.add(widget.placeholderText())
        if isinstance(widget, (QAbstractButton, QLabel)):
            found.add(widget.text())
        found.add(widget.toolTip())
    return found


def test_switching_to_english_and_back_leaves_no_english_hint(qtbot, ws, view):
    TRANSLATIONS.apply("fr")
    show_fiche(qtbot, view, new_uo(ws))
    try:
        TRANSLATIONS.apply("en")
        qtbot.wait(20)
        picker = view.row("uo.activites").widget.picker
        assert picker.edit.placeholderText() == "Add: type to search…"
        assert view.row("uo.horaires").widget.days[0].closed.text() == "Closed"
        TRANSLATIONS.apply("fr")
        qtbot.wait(20)
        picker = view.row("uo.activites").widget.picker
        assert picker.edit.placeholderText() == "Ajouter : tapez pour chercher…"
        left = _texts(view) & ENGLISH
        assert not left, left
    finally:
        TRANSLATIONS.apply("fr")
