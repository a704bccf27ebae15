"""The main window through its real widgets: actions done, undone and redone, refusals, filter, language."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.models.demo import make_demo
from app.views.commands import CreateCommand
from app.views.i18n import TRANSLATIONS
from app.views.main_window import MainWindow


@pytest.fixture(scope="session")
def big_group(tmp_path_factory):
    """The national group: 500 EGs of 15 UOs (about 8,000 fiches), made once per session."""
    path = tmp_path_factory.mktemp("big") / "group.sqlite"
    make_demo(path, egs=500, uos=15).close()
    return path


@pytest.fixture
def window(open_window, demo_path):
    return open_window(demo_path, copy=True)


def idle(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=20_000)


def answer_dialog(fill) -> None:
    """Fill and close the next modal dialog once it is open (as a user would)."""
    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():  # a failed check must not leave the test waiting on a modal dialog
                dialog.reject()
    QTimer.singleShot(0, handle)


def select(qtbot, win, path: str) -> int:
    assert win.select_path(path)
    idle(qtbot, win)
    return win.current_node_id()


def names_under(win, node_id: int) -> list[str]:
    tree = win.model.tree
    return [tree.nodes[i].name for i in tree.children(node_id)]


def undo_redo(qtbot, win, check_done, check_undone) -> None:
    check_done()
    win.act_undo.trigger()
    idle(qtbot, win)
    check_undone()
    win.act_redo.trigger()
    idle(qtbot, win)
    check_done()


IME = "Association Pour L'Enfance Handicapée D'Ille-Et-Vilaine / IME Le Moulin"


def test_create_n_units_undo_redo(qtbot, window):
    eg = select(qtbot, window, IME)
    before = names_under(window, eg)

    def fill(d):
        d.kind.setCurrentIndex(d.kind.findData("UF"))
        d.name.setText("UF Accueil")
        d.count.setValue(3)
        d.accept()

    answer_dialog(fill)
    window.act_create.trigger()
    idle(qtbot, window)
    added = ["UF Accueil 1", "UF Accueil 2", "UF Accueil 3"]
    undo_redo(qtbot, window, lambda: names_under(window, eg) == before + added or pytest.fail("not created"),
              lambda: names_under(window, eg) == before or pytest.fail("not undone"))
    assert window.current_row().name == "UF Accueil 1" or window.current_row().parent_id == eg
    assert window.pending_label.text() != "Aucune modification en attente"


def test_rename_with_the_label_rule(qtbot, window):
    uo = select(qtbot, window, IME + " / Unité Internat Pour Enfants Et Adolescents Handicapés")

    def fill(d):
        d.name.setText("unité internat enfants")
        d.apply_button.click()  # the suggestion replaces what was typed
        assert d.name.text() == d.suggestion
        d.name.setText("unité internat enfants")
        d.accept()

    answer_dialog(fill)
    window.act_rename.trigger()
    idle(qtbot, window)
    tree = window.model.tree
    undo_redo(qtbot, window,
              lambda: tree.nodes[uo].name == "unité internat enfants" or pytest.fail("not renamed"),
              lambda: tree.nodes[uo].name.startswith("Unité Internat") or pytest.fail("not undone"))


def test_duplicate_undo_redo(qtbot, window):
    eg = select(qtbot, window, IME)
    uo_name = names_under(window, eg)[0]
    select(qtbot, window, f"{IME} / {uo_name}")
    window.act_duplicate.trigger()
    idle(qtbot, window)
    copy = f"{uo_name} (copie)"
    undo_redo(qtbot, window, lambda: names_under(window, eg)[1] == copy or pytest.fail("no copy"),
              lambda: copy not in names_under(window, eg) or pytest.fail("copy still there"))


def test_move_by_dialog_and_by_drop(qtbot, window):
    eg = select(qtbot, window, IME)

    def fill_create(d):
        d.kind.setCurrentIndex(d.kind.findData("UF"))
        d.name.setText("UF Externat")
        d.accept()

    answer_dialog(fill_create)
    window.act_create.trigger()
    idle(qtbot, window)
    tree = window.model.tree
    uf = next(i for i in tree.children(eg) if tree.nodes[i].name == "UF Externat")
    uo = select(qtbot, window, IME + " / Unité Externat Pour Enfants Et Adolescents Handicapés")
    old_index = tree.index_of(uo)

    def fill_move(d):
        d.choose(uf)
        d.accept()

    answer_dialog(fill_move)
    window.act_move.trigger()
    idle(qtbot, window)
    undo_redo(qtbot, window, lambda: tree.parent_of(uo) == uf or pytest.fail("not moved"),
              lambda: (tree.parent_of(uo), tree.index_of(uo)) == (eg, old_index) or pytest.fail("not back"))
    window.act_undo.trigger()
    idle(qtbot, window)
    # drag and drop: the model's drop becomes the same undoable command
    model = window.model
    model.dropMimeData(model.mimeData([model.index_of_id(uo)]), model.supportedDropActions(), -1, 0,
                       model.index_of_id(uf))
    idle(qtbot, window)
    assert tree.parent_of(uo) == uf
    window.act_undo.trigger()
    idle(qtbot, window)
    assert tree.parent_of(uo) == eg


def test_delete_with_confirmation_undo_redo(qtbot, window):
    eg = select(qtbot, window, IME)
    name = names_under(window, eg)[-1]
    uo = select(qtbot, window, f"{IME} / {name}")
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.No).click())
    window.act_delete.trigger()
    idle(qtbot, window)
    assert uo in window.model.tree  # "No" keeps it
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.act_delete.trigger()
    idle(qtbot, window)
    undo_redo(qtbot, window, lambda: uo not in window.model.tree or pytest.fail("not deleted"),
              lambda: uo in window.model.tree or pytest.fail("not restored"))


def test_favourite_toggle_and_my_establishments(qtbot, window):
    tree = window.model.tree
    eg = next(i for i, r in tree.nodes.items() if r.kind == "EG" and not r.favourite)
    window.select_node(eg)
    idle(qtbot, window)
    window.act_favourite.trigger()
    idle(qtbot, window)
    undo_redo(qtbot, window, lambda: tree.nodes[eg].favourite or pytest.fail("not favourite"),
              lambda: not tree.nodes[eg].favourite or pytest.fail("still favourite"))
    window.favourites_button.setChecked(True)
    assert window.model.index_of_id(eg).isValid()
    hospital_uo = next(i for i in tree.descendants(eg) if tree.nodes[i].kind == "UO")
    assert window.model.index_of_id(hospital_uo).isValid()
    not_fav = next(i for i, r in tree.nodes.items() if r.kind == "EG" and not r.favourite
                   and not any(tree.nodes[a].favourite for a in tree.ancestors(i)))
    assert not window.model.index_of_id(not_fav).isValid()
    window.favourites_button.setChecked(False)


def test_rules_grey_out_what_they_refuse_and_say_why(qtbot, window):
    eg = select(qtbot, window, IME)  # an EG comes from FINESS: not renamed, moved, duplicated, deleted here
    refused = (window.act_rename, window.act_move, window.act_duplicate, window.act_delete)
    for act in refused:
        assert not act.isEnabled(), act.text()
        assert "FINESS" in act.toolTip(), act.toolTip()
    assert window.act_create.isEnabled()
    window.act_delete.trigger()  # a greyed-out action does nothing
    idle(qtbot, window)
    assert window.stack.count() == 0 and eg in window.model.tree
    uo = select(qtbot, window, f"{IME} / {names_under(window, eg)[0]}")
    assert all(act.isEnabled() for act in refused)
    assert "FINESS" not in window.act_delete.toolTip()
    assert not window.act_create.isEnabled()  # a UO contains nothing
    # the tree offers a drop only where the rules let the unit go
    model = window.model
    data = model.mimeData([model.index_of_id(uo)])
    other_eg = next(i for i, r in model.tree.nodes.items() if r.kind == "EG" and i != eg)
    assert model.canDropMimeData(data, model.supportedDropActions(), -1, 0, model.index_of_id(eg))
    assert not model.canDropMimeData(data, model.supportedDropActions(), -1, 0, model.index_of_id(other_eg))
    assert not model.flags(model.index_of_id(eg)) & Qt.ItemFlag.ItemIsDragEnabled
    # what the store refuses anyway is said with its reason: a service in a médico-social structure
    with qtbot.waitSignal(window.refused, timeout=20_000):
        window.controller.execute(CreateCommand(window.controller, eg, "S", ["Service X"]))
    assert "sanitaires" in window.last_refusal
    assert window.notice.isVisible() and "sanitaires" in window.notice.text()
    # a refused create leaves no undo entry and the tree unchanged
    assert window.stack.count() == 0 and "Service X" not in names_under(window, eg)


def test_banner_for_a_dossier_in_validation_and_rejected(qtbot, window):
    tree = window.model.tree
    eg = select(qtbot, window, IME)
    ws = window.workspace
    first = tree.children(eg)[0]
    ws.nodes.rename(first, tree.nodes[first].name + " Bis")  # a change opens the structure's dossier
    drafts = [i for i in tree.descendants(eg) if tree.nodes[i].status != "finalised"]
    for i in drafts:
        ws.fiches.finalise(i)
    ws.dossiers.send(eg)
    dossier = ws.dossiers.of(eg)
    ws.dossiers.set_state(dossier.id, "in_validation")
    window.apply_changes(ws.fiches.set_problems({}))
    uo = select(qtbot, window, f"{IME} / {names_under(window, eg)[0]}")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert "validation" in window.banner.label.text()
    ws.dossiers.set_state(dossier.id, "rejected", comments={"reason": "Horaires manquants"})
    select(qtbot, window, IME)
    select(qtbot, window, f"{IME} / {tree.nodes[uo].name}")
    qtbot.waitUntil(lambda: "refusé" in window.banner.label.text(), timeout=10_000)
    assert "Horaires manquants" in window.banner.label.text()


def test_online_state_and_pending_count(qtbot, window):
    window.set_online_state("offline", "serveur injoignable")
    assert "Hors ligne" in window.online_label.text()
    assert window.online_label.toolTip() == "serveur injoignable"
    window.set_pending_count(3)
    assert "3" in window.pending_label.text()


def test_ctrl_f_focuses_the_filter(qtbot, window):
    window.view.setFocus()
    window.act_find.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.filter or not window.isActiveWindow(),
                    timeout=2000)
    assert window.act_find.shortcut().toString() == "Ctrl+F"


def test_language_switch_live(qtbot, window):
    assert window.menu_file.title() == "&Fichier"
    try:
        window.set_language("en")
        assert window.menu_file.title() == "&File"
        assert window.act_delete.text() == "&Delete…"
        assert "No change" in window.pending_label.text() or "waiting" in window.pending_label.text()
        assert window.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Name"
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
        assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Yes"
        window.set_language("fr")
        assert window.menu_file.title() == "&Fichier"
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
        assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Oui"  # Qt's own strings
    finally:
        TRANSLATIONS.apply("fr")


def test_filter_on_the_national_group(qtbot, big_group):
    TRANSLATIONS.apply("fr")
    win = MainWindow(remember=False)
    qtbot.addWidget(win)
    first: dict[str, object] = {}
    win.workspaceOpened.connect(lambda _p: first.update(kinds={r.kind for r in win.model.tree.nodes.values()},
                                                        shown=win.view.isExpanded(win.model.index(0, 0))))
    with qtbot.waitSignal(win.workspaceCompleted, timeout=60_000):
        win.open_workspace(big_group)
    assert first == {"kinds": {"EJ", "EG"}, "shown": True}  # its 500 EGs shown first, from a read of their own
    tree = win.model.tree
    assert len(tree) > 8000
    shown = win.apply_filter("glycines")
    assert 0 < shown < len(tree)
    for nid in tree.matches("glycines"):
        index = win.model.index_of_id(nid)
        assert index.isValid()
        assert all(win.model.index_of_id(a).isValid() for a in tree.ancestors(nid))
    eg = next(i for i, r in tree.nodes.items() if r.kind == "EG" and r.departement == "29")
    assert win.model.index_of_id(eg).isValid() if win.apply_filter(tree.nodes[eg].finess) else False
    assert win.apply_filter("finistere 29 hebergement") >= 0
    typed = "EHPAD Les Cèdres"
    win.filter.setText(typed)
    qtbot.waitUntil(lambda: win.model.filtered and win.count_label.text().endswith(str(len(tree))), timeout=5000)
    assert win.apply_filter("") == len(tree)
    win.close()


def test_dialogs_can_be_cancelled(qtbot, window):
    select(qtbot, window, IME)
    answer_dialog(lambda d: d.reject())
    window.act_create.trigger()
    idle(qtbot, window)
    assert window.stack.count() == 0
    assert isinstance(window, QDialog) is False
