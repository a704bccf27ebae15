"""What the server refused or deleted stays visible and the user decides, through the real window on a real
workspace file: a refused change shows the server's message with *Réessayer* and *Abandonner*; a unit deleted
on the server under a local change opens a dialog with two choices (send it again, accept the deletion)."""
from __future__ import annotations

from test_views_window import IME, idle, names_under, select, window  # noqa: F401

from app.views.conflict_dialogs import DeletedConflictDialog

WAIT = 20_000


def published_uos(win) -> list[int]:
    eg = select_ime(win)
    tree = win.model.tree
    return [i for i in tree.children(eg) if tree.nodes[i].server_id and not tree.nodes[i].dirty]


def select_ime(win) -> int:
    assert win.select_path(IME)
    return win.current_node_id()


def direct_edit(ws, node_id: int):
    """A change of a published fiche, waiting in the outbox to go straight to the server."""
    return ws.fiches.save(node_id, ws.fiches.get(node_id).answers, in_dossier=False)


def test_a_refused_change_shows_the_servers_message_and_is_retried_or_given_up(qtbot, window):  # noqa: F811
    ws = window.workspace
    uo = published_uos(window)[0]
    entries = sorted(direct_edit(ws, uo).outbox)
    select(qtbot, window, f"{IME} / {window.model.tree.nodes[uo].name}")
    assert not window.failures.isVisible()
    window.apply_changes(ws.outbox.failed_with(entries, "Capacité : la valeur 0 est refusée par le ROR"))
    idle(qtbot, window)
    qtbot.waitUntil(window.failures.isVisible, timeout=WAIT)
    assert "la valeur 0 est refusée par le ROR" in window.failures.label.text()
    assert window.failures.retry_button.text() == "Réessayer"
    assert window.failures.discard_button.text() == "Abandonner"
    # another unit has nothing refused: nothing shown
    other = published_uos(window)[1]
    select(qtbot, window, f"{IME} / {window.model.tree.nodes[other].name}")
    assert not window.failures.isVisible()
    select(qtbot, window, f"{IME} / {window.model.tree.nodes[uo].name}")
    assert window.failures.isVisible()

    window.failures.retry_button.click()  # sent again at the next synchronisation
    idle(qtbot, window)
    assert not window.failures.isVisible()
    assert [e.state for e in ws.outbox.entries() if e.id in entries] == ["pending"] * len(entries)
    assert window.pending_label.text() != "Aucune modification en attente"

    window.apply_changes(ws.outbox.failed_with(entries, "Refusé encore"))
    idle(qtbot, window)
    qtbot.waitUntil(window.failures.isVisible, timeout=WAIT)
    assert "Refusé encore" in window.failures.label.text()
    window.failures.discard_button.click()  # given up: the unit takes the server's copy back
    idle(qtbot, window)
    assert not window.failures.isVisible()
    assert not [e for e in ws.outbox.entries() if e.id in entries]
    assert not window.model.tree.nodes[uo].dirty


def test_a_unit_deleted_on_the_server_under_a_local_change_is_sent_again_or_let_go(
        qtbot, window):  # noqa: F811
    ws = window.workspace
    kept, gone = published_uos(window)[:2]
    names = {i: window.model.tree.nodes[i].name for i in (kept, gone)}
    for uo in (kept, gone):
        direct_edit(ws, uo)
    window.apply_changes(ws.server.gone([window.model.tree.nodes[i].server_id for i in (kept, gone)]))
    idle(qtbot, window)
    assert window.model.tree.nodes[kept].conflict and window.model.tree.nodes[gone].conflict
    settled: list[bool] = []
    window.sync.conflictsSettled.connect(lambda: settled.append(True))
    window.sync.act_conflicts.trigger()  # "Serveur > Résoudre les conflits…"
    for node_id, keep in sorted({kept: True, gone: False}.items()):
        qtbot.waitUntil(lambda n=node_id: window.sync.conflict_dialog is not None
                        and window.sync.conflict_dialog.conflict.node_id == n, timeout=WAIT)
        dialog = window.sync.conflict_dialog
        assert isinstance(dialog, DeletedConflictDialog) and names[node_id] in dialog.windowTitle()
        assert not dialog.ok_button.isEnabled()  # nothing chosen for the user
        dialog.choose(keep)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        idle(qtbot, window)
    qtbot.waitUntil(lambda: settled == [True], timeout=WAIT)
    idle(qtbot, window)
    row = window.model.tree.nodes[kept]
    assert not row.conflict and row.server_id is None and row.dirty  # goes back as a new unit
    assert [e.op for e in ws.outbox.pending() if e.node_id == kept] == ["create"]
    assert gone not in window.model.tree and ws.nodes.is_deleted(gone)
    assert names[gone] not in names_under(window, select_ime(window))
    assert not [e for e in ws.outbox.entries() if e.node_id == gone]


def test_a_refusal_kept_as_a_key_reads_in_the_interface_language(qtbot, window):  # noqa: F811
    """The outbox keeps the refusal's key and arguments beside its French text: the English window says it in
    English, the command line still prints the French."""
    from app.sync.errors import ServerError
    from app.views.i18n import TRANSLATIONS

    ws = window.workspace
    uo = published_uos(window)[0]
    entries = sorted(direct_edit(ws, uo).outbox)
    select(qtbot, window, f"{IME} / {window.model.tree.nodes[uo].name}")
    TRANSLATIONS.apply("en")
    try:
        window.apply_changes(ws.outbox.failed_with(entries, ServerError(422, "sync-status", code=422)))
        idle(qtbot, window)
        qtbot.waitUntil(window.failures.isVisible, timeout=WAIT)
        assert "The server answered 422." in window.failures.label.text()
        assert "répondu" not in window.failures.label.text()
    finally:
        TRANSLATIONS.apply("fr")
    assert {e.last_error for e in ws.outbox.entries() if e.id in entries} == {"Le serveur a répondu 422."}
