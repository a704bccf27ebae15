"""Names (issue 9, point 5): new units are named by the label rule, the fiche's name field suggests the rule's
name (one click) and warns about lower-case words, unknown acronyms and nomenclature qualifiers."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.models.demo import make_demo
from app.models.labels import (
    REMARKS,
    default_unit_names,
    label_remarks,
    suggest_label,
    usual_type_name,
)
from app.views.dialogs import CreateDialog
from app.views.i18n import TRANSLATIONS
from app.views.labels import remark_text
from app.views.main_window import MainWindow

UHR = "Accueil ou hébergement pour personnes âgées dépendantes, avec spécificité Unité d'Hébergement Renforcé (UHR)"
EHPAD_21 = "Accueil ou hébergement pour personnes âgées dépendantes, sans spécificité"
PASA = "Pôle d'activité de Soins Adaptés (PASA)"
EHPAD_PATH = "Association Les Tilleuls / EHPAD Les Tilleuls"


# ------------------------------------------------------------------------------------------ the pure rule
def test_the_rule_drops_nomenclature_qualifiers():
    assert suggest_label(EHPAD_21) == "Unité Accueil Ou Hébergement Pour Personnes Âgées Dépendantes"
    assert suggest_label(UHR) == "Unité D'Hébergement Renforcé (UHR)"
    assert suggest_label("Accueil ou hébergement pour personnes âgées dépendantes, avec spécificité Unité de vie "
                         "protégée (UVP, Cantou,...)") == "Unité De Vie Protégée (UVP, Cantou)"
    assert usual_type_name("Service d'accompagnement, Service d'Education Spécialisée de Soins à Domicile "
                           "(SESSAD)") == "Service d'Education Spécialisée de Soins à Domicile (SESSAD)"
    assert suggest_label(PASA) == "Unité Pôle D'Activité De Soins Adaptés (PASA)"
    assert "Sans Spécificité" not in suggest_label(EHPAD_21)


def test_new_units_are_never_bare_numbers():
    assert default_unit_names("UO", 1, "", PASA) == ["Unité Pôle D'Activité De Soins Adaptés (PASA)"]
    assert default_unit_names("UO", 3, "", "Unité pour Personnes Handicapées Vieillissantes (UPHV)") == [
        f"Unité Pour Personnes Handicapées Vieillissantes (UPHV) {n}" for n in (1, 2, 3)]
    assert default_unit_names("UF", 2) == ["Unité Fonctionnelle 1", "Unité Fonctionnelle 2"]
    assert default_unit_names("UO", 2) == ["Unité Opérationnelle 1", "Unité Opérationnelle 2"]
    assert default_unit_names("P", 2, "  Pôle   Gériatrie ") == ["Pôle Gériatrie 1", "Pôle Gériatrie 2"]


def test_remarks_on_lower_case_words_unknown_acronyms_and_qualifiers():
    keys = [r.key for r in label_remarks("Unité accueil XQZ, sans spécificité")]
    assert keys == ["name-lower-words", "name-unknown-acronym", "name-qualifier"]
    assert "« XQZ »" in label_remarks("Unité XQZ")[0].text
    assert label_remarks("Unité UHR Et PASA") == []  # known acronyms
    assert label_remarks("Unité D'Hébergement Renforcé (UHR)", UHR) == []
    assert [r.key for r in label_remarks("Unité Ehpad", EHPAD_21)] == ["name-acronym-case", "name-suggestion"]
    assert label_remarks("Unité Ehpad")[0].text == "Sigle à écrire en capitales : « EHPAD »."


def test_every_remark_is_said_in_french_and_in_english(qtbot):
    remarks = label_remarks("unité XQZ,  sans spécificité ", EHPAD_21) + label_remarks("Unité Uhr") + label_remarks("")
    assert {r.key for r in remarks} == set(REMARKS)
    try:
        TRANSLATIONS.apply("fr")
        assert [remark_text(r) for r in remarks] == [r.text for r in remarks]
        TRANSLATIONS.apply("en")
        english = [remark_text(r) for r in remarks]
        assert all(text != r.text for text, r in zip(english, remarks, strict=True)), english
        assert any(text.startswith("Unknown acronym: “XQZ”") for text in english), english
    finally:
        TRANSLATIONS.apply("fr")


# ------------------------------------------------------------------------------------------ the create dialog
def test_create_dialog_names_a_unit_by_its_type(qtbot):
    dialog = CreateDialog("EHPAD Les Tilleuls", ["UF", "UO"], domaine="medico-social")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("UO"))
    assert dialog.champ.currentData() == "04" and dialog.type_offre.isVisibleTo(dialog)
    dialog.type_offre.setCurrentIndex(dialog.type_offre.findData("21"))
    assert dialog.name.text() == "Unité Accueil Ou Hébergement Pour Personnes Âgées Dépendantes"
    dialog.type_offre.setCurrentIndex(dialog.type_offre.findData("25"))
    assert dialog.name.text() == "Unité Pôle D'Activité De Soins Adaptés (PASA)"  # follows the type...
    assert dialog.fields() == {"champ": "04", "type_offre": "25"}
    dialog.name.setText("Unité pasa du jardin")  # ...until the user names it
    assert not dialog.remarks.isHidden() and "« du »" in dialog.remarks.text()
    dialog.type_offre.setCurrentIndex(dialog.type_offre.findData("21"))
    assert dialog.name.text() == "Unité pasa du jardin"
    dialog.name.clear()
    dialog.count.setValue(2)
    assert dialog.names() == ["Unité Accueil Ou Hébergement Pour Personnes Âgées Dépendantes 1",
                              "Unité Accueil Ou Hébergement Pour Personnes Âgées Dépendantes 2"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("UF"))
    assert not dialog.type_offre.isVisibleTo(dialog) and dialog.fields() == {}
    assert dialog.names() == ["Unité Fonctionnelle 1", "Unité Fonctionnelle 2"]


@pytest.fixture
def window(qtbot, tmp_path):
    TRANSLATIONS.apply("fr")
    make_demo(tmp_path / "demo.sqlite").close()
    win = MainWindow(remember=False)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.workspaceCompleted, timeout=20_000):
        win.open_workspace(tmp_path / "demo.sqlite")
    win.show()
    yield win
    win.close()


def idle(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=20_000)


def answer_dialog(fill) -> None:
    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, handle)


def test_a_new_unit_created_from_the_tree_is_named_by_the_rule(qtbot, window):
    assert window.select_path(EHPAD_PATH)
    idle(qtbot, window)
    eg = window.current_node_id()

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("UO"))
        dialog.type_offre.setCurrentIndex(dialog.type_offre.findData("21"))
        dialog.count.setValue(2)
        dialog.accept()

    answer_dialog(fill)
    window.act_create.trigger()
    idle(qtbot, window)
    tree = window.model.tree
    new = [tree.nodes[i] for i in tree.children(eg) if tree.nodes[i].name.startswith("Unité Accueil Ou")]
    assert [n.name for n in new] == ["Unité Accueil Ou Hébergement Pour Personnes Âgées Dépendantes 1",
                                     "Unité Accueil Ou Hébergement Pour Personnes Âgées Dépendantes 2"]
    stored = window.workspace.nodes.get(new[0].id)
    assert stored.type_offre == "21" and stored.champ == "04"
    assert not any(n.name.strip().isdigit() for n in (tree.nodes[i] for i in tree.children(eg)))


# ------------------------------------------------------------------------------------------ the fiche's name
def test_the_name_field_suggests_the_rule_and_applies_it_in_one_click(qtbot, ws, view):
    node = next(r for r in ws.nodes.all() if r.kind == "UO" and "PASA" in r.name)  # its type: 21
    view.load(node.id)
    qtbot.waitUntil(lambda: view.opened is not None and view.opened.node.id == node.id, timeout=5000)
    row = view.row("uo.nom")
    qtbot.keyClicks(row.widget.edit, " xqz")
    advice = view._advice[view.opened.form_id][1]
    assert advice.isVisibleTo(view)
    assert advice.suggestion == "Unité Accueil Ou Hébergement Pour Personnes Âgées Dépendantes"
    assert "Sans Spécificité" not in advice.text.text()
    assert "Sigle inconnu" not in advice.remarks.text()  # "xqz" is a lower-case word, not an acronym
    assert "« xqz »" in advice.remarks.text()
    qtbot.mouseClick(advice.apply_button, Qt.MouseButton.LeftButton)
    assert row.widget.edit.text() == advice.suggestion
    assert view.opened.state.get("uo.nom") == [{"valueString": advice.suggestion}]
    assert view.has_unsaved_changes() and view.autosave_timer.isActive()
    assert not advice.apply_button.isVisibleTo(view) and not advice.isVisibleTo(view)
    row.widget.edit.setText("Unité XQZ")
    row.widget.edit.textEdited.emit("Unité XQZ")
    assert "Sigle inconnu : « XQZ »" in advice.remarks.text()
