"""One road for changes, through the real window on a real demo workspace file: the tree and the open fiche
learn of every write from the same Changes (a rename in the tree then a save of the fiche keeps the new name),
and undoing or redoing hundreds of units is one step that leaves the outbox as it was, nothing refused."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from test_views_window import IME, answer_dialog, idle, names_under, select, window  # noqa: F401

from app.views.commands import CreateCommand, DeleteCommand, MoveCommand

INTERNAT = IME + " / Unité Internat Pour Enfants Et Adolescents Handicapés"
NEW_NAME = "Unité Internat Renommée"


def open_fiche(qtbot, win, path: str) -> int:
    node_id = select(qtbot, win, path)
    form = win.form_view
    qtbot.waitUntil(lambda: form.opened is not None and form.opened.node.id == node_id, timeout=20_000)
    return node_id


def rename_in_tree(qtbot, win, new: str) -> None:
    """F2 on the current unit, the name typed in the dialog, as a user does."""
    def fill(dialog):
        dialog.name.setText(new)
        dialog.accept()

    answer_dialog(fill)
    win.act_rename.trigger()
    idle(qtbot, win)


def save_fiche(qtbot, win) -> None:
    form = win.form_view
    if form.opened.open_dossier:  # a published fiche while its structure has a dossier open: carry it there
        answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(form.saved, timeout=20_000):
        form.save()
    idle(qtbot, win)


def name_item(win, node_id: int):
    return win.workspace.fiches.get(node_id).answers.get("uo.nom")


def test_a_rename_in_the_tree_then_a_save_of_the_open_fiche_keeps_the_new_name(qtbot, window):  # noqa: F811
    uo = open_fiche(qtbot, window, INTERNAT)
    form = window.form_view
    rename_in_tree(qtbot, window, NEW_NAME)
    assert window.model.tree.nodes[uo].name == NEW_NAME
    # the fiche on screen, without unsaved edits, is read again: the form holds the new name
    qtbot.waitUntil(lambda: form.opened.state.get("uo.nom") == [{"valueString": NEW_NAME}], timeout=20_000)
    assert form.title.text() == NEW_NAME and not form.has_unsaved_changes()
    save_fiche(qtbot, window)
    assert window.model.tree.nodes[uo].name == NEW_NAME
    assert window.workspace.nodes.get(uo).name == NEW_NAME
    assert name_item(window, uo) == [{"valueString": NEW_NAME}]


def test_a_rename_in_the_tree_keeps_the_unsaved_edits_of_the_open_fiche(qtbot, window):  # noqa: F811
    uo = open_fiche(qtbot, window, INTERNAT)
    form = window.form_view
    spin = form.row("uo.age_max").widget.spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "19")
    assert form.has_unsaved_changes()
    rename_in_tree(qtbot, window, NEW_NAME)
    # only the name follows: what was typed stays, still unsaved
    qtbot.waitUntil(lambda: form.opened.state.get("uo.nom") == [{"valueString": NEW_NAME}], timeout=20_000)
    assert form.row("uo.nom").widget.value() == [{"valueString": NEW_NAME}]
    assert form.title.text() == NEW_NAME
    assert form.opened.state.get("uo.age_max") == [{"valueInteger": 19}] and form.has_unsaved_changes()
    save_fiche(qtbot, window)
    assert window.model.tree.nodes[uo].name == NEW_NAME
    assert window.workspace.nodes.get(uo).name == NEW_NAME
    assert name_item(window, uo) == [{"valueString": NEW_NAME}]
    assert window.workspace.fiches.get(uo).answers["uo.age_max"] == [{"valueInteger": 19}]


def test_undo_and_redo_of_500_units_are_one_step_each_and_leave_no_orphan(qtbot, window):  # noqa: F811
    eg = select(qtbot, window, IME)
    ws, tree = window.workspace, window.model.tree
    said: list[str] = []
    window.refused.connect(said.append)
    window.controller.refused.connect(said.append)
    before_names, before_outbox = names_under(window, eg), ws.outbox.entries()
    names = [f"Unité Accueil {i:03d}" for i in range(500)]
    window.controller.execute(CreateCommand(window.controller, eg, "UO", names))
    idle(qtbot, window)
    assert names_under(window, eg) == before_names + names and window.stack.count() == 1
    created = [e for e in ws.outbox.entries() if e not in before_outbox]
    assert len(created) == 500 and {e.op for e in created} == {"create"}

    window.act_undo.trigger()  # one step
    idle(qtbot, window)
    assert names_under(window, eg) == before_names
    assert ws.outbox.entries() == before_outbox  # every create withdrawn, nothing added
    window.act_redo.trigger()
    idle(qtbot, window)
    assert names_under(window, eg) == before_names + names
    created = [e for e in ws.outbox.entries() if e not in before_outbox]
    assert len(created) == 500 and {e.op for e in created} == {"create"}

    # a unit holding hundreds, deleted then moved: each undone in one step, the outbox as it was
    window.controller.execute(CreateCommand(window.controller, eg, "UF", ["UF Accueil"]))
    window.controller.execute(CreateCommand(window.controller, eg, "P", ["Pôle Enfance"]))
    idle(qtbot, window)
    uf = next(i for i in tree.children(eg) if tree.nodes[i].name == "UF Accueil")
    pole = next(i for i in tree.children(eg) if tree.nodes[i].name == "Pôle Enfance")
    window.controller.execute(CreateCommand(window.controller, uf, "UO", [f"Unité {i}" for i in range(300)]))
    idle(qtbot, window)
    inside = list(tree.children(uf))
    assert len(inside) == 300
    steps, kept = window.stack.count(), ws.outbox.entries()
    window.controller.execute(DeleteCommand(window.controller, uf, "UF Accueil"))
    idle(qtbot, window)
    assert uf not in tree and not any(u in tree for u in inside)
    window.act_undo.trigger()
    idle(qtbot, window)
    assert tree.children(uf) == inside and ws.outbox.entries() == kept
    window.act_redo.trigger()
    idle(qtbot, window)
    assert uf not in tree and window.stack.count() == steps + 1
    window.act_undo.trigger()
    idle(qtbot, window)
    old_position = tree.index_of(uf)
    window.controller.execute(MoveCommand(window.controller, uf, "UF Accueil", eg, old_position, pole, 0))
    idle(qtbot, window)
    assert tree.parent_of(uf) == pole and tree.children(uf) == inside
    window.act_undo.trigger()
    idle(qtbot, window)
    assert (tree.parent_of(uf), tree.index_of(uf)) == (eg, old_position) and ws.outbox.entries() == kept
    window.act_redo.trigger()
    idle(qtbot, window)
    assert tree.parent_of(uf) == pole
    assert said == []  # nothing refused, nothing unexpected said on the way
