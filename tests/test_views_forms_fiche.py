"""FormView on real fiches of a demo workspace: fill, save, finalise (green), edit back to draft, autosave, hours."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTime

from app.views.forms.form_view import FormView
from app.views.forms.hours_editor import HoursEditor


def new_uo(ws) -> int:
    """The demo's unit being created in the EHPAD's dossier: a fiche nobody filled yet."""
    return next(r.id for r in ws.nodes.all() if r.kind == "UO" and "PASA" in r.name)


def pick(qtbot, view, link_id: str, text: str) -> None:
    """Type into a type-ahead field and take the first proposal (Enter)."""
    widget = view.row(link_id).widget
    edit = widget.picker.edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_number(qtbot, view, link_id: str, text: str) -> None:
    spin = view.row(link_id).widget.spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def fill_new_uo(qtbot, view) -> None:
    type_number(qtbot, view, "uo.age_min", "60")
    type_number(qtbot, view, "uo.age_max", "99")
    pick(qtbot, view, "uo.publics", "personnes agees")
    pick(qtbot, view, "uo.activites", "accompagnement")
    pick(qtbot, view, "uo.modes_pec", "hebergement")


def test_new_fiche_is_prefilled_and_shows_what_is_missing(view, ws):
    view.load(new_uo(ws))
    assert view.row("uo.nom").widget.edit.text().startswith("Unité Pôle")
    assert view.row("uo.type_offre").widget.value()[0]["valueCoding"]["code"] == "21"
    assert view.row("uo.age_min").message_text() == "Champ obligatoire"
    assert view.built.containers["uo.prise_en_charge"].isVisible()  # shown once the type is known
    assert not view.finalise_button.isEnabled()
    assert not view.has_unsaved_changes()


def test_fields_appear_once_the_type_is_chosen(qtbot, view, ws):
    view.load(new_uo(ws))
    picker = view.row("uo.type_offre").widget.picker
    picker.edit.clear()
    picker.edit.editingFinished.emit()
    assert not view.built.containers["uo.prise_en_charge"].isVisible()
    assert not view.built.containers["uo.horaires"].isVisible()
    pick(qtbot, view, "uo.type_offre", "personnes agees dependantes")
    assert view.built.containers["uo.prise_en_charge"].isVisible()


def test_finalise_turns_the_node_green_and_an_edit_makes_it_a_draft_again(qtbot, view, ws):
    node_id = new_uo(ws)
    view.load(node_id)
    fill_new_uo(qtbot, view)
    assert view.blocking_count() == 0 and view.finalise_button.isEnabled()
    got = []
    view.saved.connect(got.append)
    qtbot.mouseClick(view.finalise_button, Qt.MouseButton.LeftButton)
    assert len(got) == 2 and all(node_id in changes.updated for changes in got)  # the save, then finalising
    row = ws.nodes.get(node_id)
    assert row.status == "finalised" and row.problems == 0
    fiche = ws.fiches.get(node_id)
    assert fiche.draft is None and fiche.questionnaire.startswith("urn:ror-referent:questionnaire:uo-ms|")
    assert fiche.resource["resourceType"] == "HealthcareService"
    assert fiche.resource["extension"]  # ages and publics extracted
    assert view.status.text() == "Finalisée" and not view.finalise_button.isEnabled()

    qtbot.keyClicks(view.row("uo.nom").widget.edit, " Bis")
    assert view.has_unsaved_changes() and view.finalise_button.isEnabled()
    with qtbot.waitSignal(view.saved):
        qtbot.keyClick(view.row("uo.nom").widget.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    row = ws.nodes.get(node_id)
    assert row.status == "draft" and row.name.endswith(" Bis")
    assert not view.has_unsaved_changes()


def test_finalise_is_refused_while_problems_remain(qtbot, view, ws):
    node_id = new_uo(ws)
    view.load(node_id)
    assert not view.finalise_button.isEnabled()
    view.finalise()
    assert "problème" in view.message.text()
    assert ws.nodes.get(node_id).status == "draft"
    view.save()
    assert ws.nodes.get(node_id).problems == view.blocking_count() > 0


def test_autosave_keeps_a_draft_that_reopening_restores(qtbot, view, ws):
    node_id = new_uo(ws)
    view.load(node_id)
    type_number(qtbot, view, "uo.age_min", "18")
    assert view.autosave_timer.isActive()
    qtbot.waitUntil(lambda: ws.fiches.get(node_id).draft is not None, timeout=3000)
    assert ws.fiches.get(node_id).draft["uo.age_min"] == [{"valueInteger": 18}]
    assert ws.fiches.get(node_id).answers.get("uo.age_min") is None  # nothing saved for real

    other = FormView(ws)
    qtbot.addWidget(other)
    other.show()
    other.load(node_id)
    assert other.draft_banner.isVisible()
    assert other.row("uo.age_min").widget.value() == [{"valueInteger": 18}]
    assert other.has_unsaved_changes()
    other.discard_draft()
    assert ws.fiches.get(node_id).draft is None
    assert other.row("uo.age_min").widget.value() == [] and not other.draft_banner.isVisible()


def test_switching_fiche_flushes_the_draft(qtbot, view, ws):
    node_id = new_uo(ws)
    view.load(node_id)
    type_number(qtbot, view, "uo.age_min", "7")
    other = next(r.id for r in ws.nodes.all() if r.kind == "UO" and r.id != node_id)
    view.load(other)
    assert ws.fiches.get(node_id).draft["uo.age_min"] == [{"valueInteger": 7}]


def test_finalised_after_a_restored_draft_saves_first(qtbot, view, ws):
    node_id = new_uo(ws)
    view.load(node_id)
    fill_new_uo(qtbot, view)
    view.autosave()
    view.load(next(r.id for r in ws.nodes.all() if r.kind == "UO" and r.id != node_id))
    view.load(node_id)
    assert view.draft_banner.isVisible()
    view.finalise()
    assert ws.nodes.get(node_id).status == "finalised"


def test_hours_editor_intervals_closed_days_and_copy_monday(qtbot, view, ws):
    node_id = new_uo(ws)
    view.load(node_id)
    hours = view.row("uo.horaires").widget
    assert isinstance(hours, HoursEditor)
    assert [d.label for d in hours.days] == ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi",
                                            "Dimanche"]
    assert all(d.closed.isChecked() for d in hours.days)
    monday = hours.days[0]
    qtbot.mouseClick(monday.add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(monday.add, Qt.MouseButton.LeftButton)
    assert monday.slots() == [("09:00", "12:00"), ("13:00", "16:00")] and not monday.closed.isChecked()
    qtbot.mouseClick(hours.copy_button, Qt.MouseButton.LeftButton)
    assert all(d.slots() == monday.slots() for d in hours.days)
    stored = view.opened.state.get("uo.horaires")
    assert len(stored) == 14
    assert stored[0]["item"]["uo.horaires.jour"][0]["valueCoding"]["code"] == "mon"
    assert stored[0]["item"]["uo.horaires.debut"] == [{"valueTime": "09:00:00"}]

    sunday = hours.day("sun")
    qtbot.mouseClick(sunday.closed, Qt.MouseButton.LeftButton)
    assert sunday.slots() == [] and len(view.opened.state.get("uo.horaires")) == 12

    tuesday = hours.day("tue")
    tuesday.intervals[1].start.setTime(QTime(11, 0))
    assert tuesday.message.isVisibleTo(hours) and "se chevauchent" in tuesday.message.text()
    assert not hours.days[0].message.isVisibleTo(hours)
    assert "Mardi" in view.local_errors()["uo.horaires"]
    assert view.blocking_count() >= 1 and not view.finalise_button.isEnabled()
    tuesday.intervals[1].start.setTime(QTime(13, 0))
    assert not tuesday.message.isVisibleTo(hours)
    wednesday = hours.day("wed")
    wednesday.intervals[0].end.setTime(QTime(8, 0))
    assert "doit être après le début" in wednesday.message.text()
    qtbot.mouseClick(wednesday.intervals[0].remove, Qt.MouseButton.LeftButton)
    assert wednesday.slots() == [("13:00", "16:00")] and not wednesday.message.isVisibleTo(hours)


def test_hours_are_saved_and_shown_again(qtbot, view, ws):
    node_id = new_uo(ws)
    view.load(node_id)
    hours = view.row("uo.horaires").widget
    qtbot.mouseClick(hours.days[0].add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(hours.copy_button, Qt.MouseButton.LeftButton)
    view.save()
    assert len(ws.fiches.get(node_id).answers["uo.horaires"]) == 7
    times = ws.fiches.get(node_id).resource["availableTime"]
    assert times[0] == {"daysOfWeek": ["mon"], "availableStartTime": "09:00:00", "availableEndTime": "12:00:00"}
    again = FormView(ws)
    qtbot.addWidget(again)
    again.load(node_id)
    assert again.row("uo.horaires").widget.day("fri").slots() == [("09:00", "12:00")]


def test_finess_fields_are_read_only_on_the_eg_fiche(view, ws):
    eg = next(r for r in ws.nodes.all() if r.kind == "EG")
    view.load(eg.id)
    row = view.row("eg.finess_geographique")
    assert row.widget.edit.isReadOnly()
    assert "contactez le support" in row.widget.toolTip()
    assert not view.row("eg.nom_operationnel").widget.edit.isReadOnly()


def test_repeating_group_blocks(qtbot, view, ws):
    node_id = new_uo(ws)
    view.load(node_id)
    contacts = view.row("uo.contacts").widget
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    block = contacts.instances[0]
    qtbot.keyClicks(block.widgets["uo.contacts.nature"].edit, "Accueil")
    stored = view.opened.state.get("uo.contacts")
    assert stored == [{"item": {"uo.contacts.nature": [{"valueString": "Accueil"}]}}]
    assert "Canal : Champ obligatoire" in view.row("uo.contacts").message_text()
    qtbot.mouseClick(block.remove, Qt.MouseButton.LeftButton)
    assert view.opened.state.get("uo.contacts") == []


def test_with_the_database_worker(qtbot, ws):
    from app.views.worker import DbWorker

    worker = DbWorker(ws)
    form = FormView()
    qtbot.addWidget(form)
    node_id = new_uo(ws)
    form.load(worker, node_id)
    qtbot.waitUntil(lambda: form.opened is not None and form.opened.node.id == node_id, timeout=5000)
    type_number(qtbot, form, "uo.age_min", "3")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    assert ws.fiches.get(node_id).answers["uo.age_min"] == [{"valueInteger": 3}]
    worker.shutdown()
