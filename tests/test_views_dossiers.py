"""The Dossiers panel on the demo (real SQLite, real widgets): its rows after create/rename/move/delete, the
pre-send checklist and its links, *Finaliser les fiches complètes* and its undo, the send dialog's diff, the
yearly confirmation and the status bar's words."""
from __future__ import annotations

import datetime

import pytest

from app.models.yearly import is_due

WAIT = 30_000
EHPAD = "EHPAD Les Tilleuls"


@pytest.fixture
def window(qtbot, open_window, demo_path):
    win = open_window(demo_path, copy=True, timeout=WAIT)
    idle(qtbot, win)
    return win


def idle(qtbot, win) -> None:
    qtbot.wait(200)  # the panel's refresh is debounced
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=WAIT)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=WAIT)


def node_named(win, name: str) -> int:
    return next(i for i, r in win.model.tree.nodes.items() if r.name == name)


def uos_under(win, structure_id: int) -> list[int]:
    tree = win.model.tree
    return sorted((i for i in tree.descendants(structure_id) if tree.nodes[i].kind == "UO"),
                  key=lambda i: (tree.nodes[i].parent_id, tree.nodes[i].position))


def run(qtbot, win, op) -> None:
    win.controller.run(op)
    idle(qtbot, win)


def panel_row(win, name: str) -> list[str]:
    return next((r for r in win.dossiers.panel.row_texts() if r[0] == name), [])


def wait_row(qtbot, win, name: str, column: int, expected: str) -> None:
    """The panel's refresh is debounced and read on the worker: wait for the row to say it."""
    qtbot.waitUntil(lambda: panel_row(win, name)[column:column + 1] == [expected], timeout=10_000)


def open_panel(qtbot, win):
    panel = win.dossiers.show_panel()
    idle(qtbot, win)
    return panel


def test_the_panel_lists_the_dossier_with_its_state_and_contents(qtbot, window):
    win = window
    panel = open_panel(qtbot, win)
    wait_row(qtbot, win, EHPAD, 1, "en cours")
    wait_row(qtbot, win, EHPAD, 2, "1 créée(s)")
    eg = node_named(win, EHPAD)
    uos = uos_under(win, eg)
    run(qtbot, win, lambda ws: ws.nodes.rename(uos[0], "Unité Hébergement Permanent Nouveau Nom"))
    run(qtbot, win, lambda ws: ws.nodes.delete(uos[1]))
    wait_row(qtbot, win, EHPAD, 2, "1 créée(s), 1 renommée(s), 1 supprimée(s)")
    ime = node_named(win, "IME Le Moulin")
    assert all(r[0] != "IME Le Moulin" for r in panel.row_texts())
    ime_uos = uos_under(win, ime)
    run(qtbot, win, lambda ws: ws.nodes.create(ime, "UF", ["UF Accueil"]))
    uf = node_named(win, "UF Accueil")
    run(qtbot, win, lambda ws: ws.nodes.move(ime_uos[0], uf))
    wait_row(qtbot, win, "IME Le Moulin", 1, "en cours")
    wait_row(qtbot, win, "IME Le Moulin", 2, "1 créée(s), 1 déplacée(s)")


def test_the_checklist_links_select_the_fiche_in_the_tree(qtbot, window):
    win = window
    panel = open_panel(qtbot, win)
    eg = node_named(win, EHPAD)
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=10_000)
    panel.select_structure(eg)
    qtbot.waitUntil(lambda: panel.checklist.count() >= 2, timeout=10_000)
    items = [panel.checklist.item(i) for i in range(panel.checklist.count())]
    texts = [i.text() for i in items]
    assert any("PASA" in t and "problème(s) bloquant(s)" in t for t in texts), texts
    # each sentence names the fields it is about, from the form
    assert any("PASA" in t and "Champ obligatoire : Âge minimum (ans), Âge maximum (ans)" in t for t in texts), texts
    assert any("non finalisée" in t for t in texts), texts
    pasa = node_named(win, "Unité Pôle D'Activités Et De Soins Adaptés (PASA)")
    link = next(i for i in items if "PASA" in i.text())
    panel.checklist.itemClicked.emit(link)
    idle(qtbot, win)
    assert win.current_node_id() == pasa
    # the language changed while the checklist shows: its lines are said again, in English
    from app.views.i18n import TRANSLATIONS

    TRANSLATIONS.apply("en")
    try:
        qtbot.waitUntil(lambda: any("Required field: Minimum age (years), Maximum age (years)" in t
                                    for t in _checklist_texts(panel)), timeout=5000)
        assert panel.check_title.text().startswith("Before sending"), panel.check_title.text()
    finally:
        TRANSLATIONS.apply("fr")


def _checklist_texts(panel) -> list[str]:
    return [panel.checklist.item(i).text() for i in range(panel.checklist.count())]


def test_finalise_complete_fiches_in_one_step_and_undo_it(qtbot, window):
    win = window
    panel = open_panel(qtbot, win)
    eg = node_named(win, EHPAD)
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=10_000)
    panel.select_structure(eg)
    qtbot.waitUntil(lambda: panel.checklist.count() >= 2 and panel.buttons["finalise"].isEnabled(), timeout=10_000)
    tree = win.model.tree
    drafts_before = {i for i in uos_under(win, eg) if tree.nodes[i].status != "finalised"}
    assert panel.buttons["finalise"].isEnabled()
    panel.buttons["finalise"].click()
    idle(qtbot, win)
    finalised = {i for i in drafts_before if win.model.tree.nodes[i].status == "finalised"}
    assert finalised and finalised != drafts_before  # the complete ones, not those with problems
    assert win.stack.count() == 1
    names = {tree.nodes[i].name for i in finalised}
    qtbot.waitUntil(lambda: not set(unfinalised_in_checklist(win)) & names, timeout=5000)
    win.act_undo.trigger()
    idle(qtbot, win)
    assert all(win.model.tree.nodes[i].status != "finalised" for i in drafts_before)
    qtbot.waitUntil(lambda: set(unfinalised_in_checklist(win)) >= names, timeout=5000)
    win.act_redo.trigger()
    idle(qtbot, win)
    assert all(win.model.tree.nodes[i].status == "finalised" for i in finalised)


def unfinalised_in_checklist(win) -> list[str]:
    checklist = win.dossiers.panel.checklist
    texts = [checklist.item(i).text() for i in range(checklist.count())]
    return [t.split("« ", 1)[1].split(" »", 1)[0] for t in texts if "non finalisée" in t]


def test_the_send_dialog_blocks_and_shows_the_diff(qtbot, window):
    win = window
    eg = node_named(win, EHPAD)
    win.select_node(eg)
    idle(qtbot, win)
    win.sync.sending.send_structure(eg)
    qtbot.waitUntil(lambda: win.sync.confirm_box is not None, timeout=WAIT)
    dialog = win.sync.confirm_box
    assert "Envoyer le dossier de « EHPAD Les Tilleuls »" in dialog.text()
    assert not dialog.send_button.isEnabled()
    assert dialog.checklist.count() >= 2
    lines = dialog.diff.texts()
    assert any("PASA" in line and "créée" in line for line in lines)
    dialog.reject()


def test_confirm_without_change_and_the_yearly_count(qtbot, window):
    win = window
    label = win.dossiers.yearly_label
    qtbot.waitUntil(lambda: "1 établissement(s) à confirmer" in label.text(), timeout=WAIT)
    today = datetime.date.today()
    due = next(eg for eg, at in _dates(qtbot, win).items() if is_due(at, today))  # published 13 months ago
    win.select_node(due)
    idle(qtbot, win)
    assert win.dossiers.act_confirm.isEnabled()
    win.dossiers.act_confirm.trigger()
    idle(qtbot, win)
    qtbot.waitUntil(lambda: "à jour" in label.text(), timeout=WAIT)
    pending = win.pending_label.text()
    assert pending.startswith("2 modification(s) en attente : 1 dans les dossiers")
    assert "1 à envoyer au serveur" in pending


def _dates(qtbot, win) -> dict:
    found = {}
    win.controller.read(lambda ws: ws.published.dates(), found.update)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    return found


def test_the_status_bar_says_what_pending_changes_are(qtbot, window):
    win = window
    text = win.pending_label.text()
    assert "en attente : 1 dans les dossiers (partent à l'envoi du dossier), 0 à envoyer au serveur" in text
    assert "N envoyée(s)" in win.pending_label.toolTip()


def test_open_a_dossier_then_send_it_offline_and_withdraw_it(qtbot, window):
    win = window
    panel = open_panel(qtbot, win)
    ime = node_named(win, "IME Le Moulin")
    win.select_node(ime)
    idle(qtbot, win)
    qtbot.waitUntil(panel.buttons["open"].isEnabled, timeout=10_000)
    panel.buttons["open"].click()
    idle(qtbot, win)
    wait_row(qtbot, win, "IME Le Moulin", 1, "en cours")
    wait_row(qtbot, win, "IME Le Moulin", 2, "aucun changement")
    assert not panel.buttons["open"].isEnabled()  # one open dossier per structure
    run(qtbot, win, lambda ws: ws.nodes.rename(uos_under(win, ime)[0], "Unité Accueil Renommée"))
    run(qtbot, win, lambda ws: ws.dossiers.finalise_complete(ime)[0])
    wait_row(qtbot, win, "IME Le Moulin", 1, "prêt à envoyer")
    run(qtbot, win, lambda ws: ws.dossiers.send(ime))  # no server: it waits in the outbox
    wait_row(qtbot, win, "IME Le Moulin", 1, "prêt, en attente d'envoi (hors ligne)")
    panel.select_structure(ime)
    qtbot.waitUntil(panel.buttons["withdraw"].isEnabled, timeout=10_000)
    panel.buttons["withdraw"].click()
    wait_row(qtbot, win, "IME Le Moulin", 1, "prêt à envoyer")
    ops = []
    win.controller.read(lambda ws: [e.op for e in ws.outbox.pending()], ops.extend)
    idle(qtbot, win)
    assert "send" not in ops


def test_the_diff_on_demand_in_english(qtbot, window):
    win = window
    eg = node_named(win, EHPAD)
    uo = uos_under(win, eg)[0]
    run(qtbot, win, lambda ws: ws.nodes.rename(uo, "Unité Hébergement Permanent Nouveau Nom"))
    try:
        win.set_language("en")
        win.select_node(uo)
        idle(qtbot, win)
        assert win.dossiers.act_diff.isEnabled()
        win.dossiers.act_diff.trigger()
        qtbot.waitUntil(lambda: win.dossiers.diff_dialog is not None and win.dossiers.diff_dialog.isVisible(),
                        timeout=WAIT)
        lines = win.dossiers.diff_dialog.view.texts()
        assert any("PASA" in line and line.endswith("— created") for line in lines), lines
        assert any("Nouveau Nom" in line and line.endswith("— renamed") for line in lines), lines
        assert any(line.startswith("Name\t") for line in lines), lines
        assert "1 created, 1 renamed" in win.dossiers.diff_dialog.head.text()
    finally:
        win.set_language("fr")
