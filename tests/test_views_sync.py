"""The main window against a real sandbox on 127.0.0.1: connection dialog, online state, offline edits that
leave by themselves, sending dossiers (accepted, rejected, sanitaire with the Direction), conflicts settled in
the dialog, and no secret left in the workspace."""
from __future__ import annotations

import html

import pytest

from app.views.i18n import TRANSLATIONS
from app.views.main_window import MainWindow
from sandbox.auth import set_password
from sandbox.server import SandboxThread
from tests.sync_support import SandboxProcess, demo_with_seed

PW = "pw-gui-3f9a"
DIRECTION_PW = "pw-direction-81b2"
IME = "IME Le Moulin"
CH = "CH De Villefranche - Site Principal"
WAIT = 60_000


@pytest.fixture
def seed(tmp_path):
    ws, path = demo_with_seed(tmp_path)
    ws.close()
    return path


@pytest.fixture
def server(tmp_path, seed):
    with SandboxThread(tmp_path / "srv", password=PW, seed=seed) as running:
        yield running


@pytest.fixture
def window(qtbot, tmp_path, kr):
    TRANSLATIONS.apply("fr")
    win = MainWindow(remember=False)
    qtbot.addWidget(win)
    win.sync.watch.interval = 0.2
    win.sync.watch.push_timer.setInterval(600_000)  # tests push with F5 unless they say otherwise
    with qtbot.waitSignal(win.workspaceCompleted, timeout=WAIT):
        win.open_workspace(tmp_path / "ws.sqlite", create=True)
    win.show()
    yield win
    win.close()


def idle(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.worker.busy and not win.sync.worker.busy, timeout=WAIT)


def connect(qtbot, win, base_url: str, password: str = PW, user: str = "demo") -> None:
    """Through the dialog, as a user: the first sync pulls the published tree."""
    win.sync.act_connect.trigger()
    dialog = win.sync.server_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.url.setText(base_url)
    dialog.user.setText(user)
    dialog.password.setText(password)
    with qtbot.waitSignal(win.sync.syncFinished, timeout=WAIT) as done:
        dialog.ok_button.click()
    assert done.args[0].ok, done.args[0].errors
    assert not dialog.isVisible()
    idle(qtbot, win)


def sync(qtbot, win):
    with qtbot.waitSignal(win.sync.syncFinished, timeout=WAIT) as done:
        win.sync.act_sync.trigger()
    idle(qtbot, win)
    return done.args[0]


def node_named(win, name: str) -> int:
    tree = win.model.tree
    return next(i for i, r in tree.nodes.items() if r.name == name)


def uos_under(win, structure_id: int) -> list[int]:
    tree = win.model.tree
    return [i for i in tree.descendants(structure_id) if tree.nodes[i].kind == "UO"]


def write(qtbot, win, op) -> None:
    """A write through the window's controller (as the form view's save does)."""
    win.controller.run(op)
    idle(qtbot, win)


def edit_comment(win_or_ws, node_id: int, text: str):
    def op(ws):
        fiche = ws.fiches.get(node_id)
        return ws.fiches.save(node_id, fiche.answers, resource={**(fiche.resource or {}), "comment": text})
    return op


def open_dossier(qtbot, win, eg_name: str, finalise: bool = True) -> tuple[int, int]:
    """A structural change opens the structure's dossier; then every fiche is finalised (green)."""
    eg = node_named(win, eg_name)
    first = uos_under(win, eg)[0]
    created = []
    win.controller.run(lambda ws: ws.nodes.duplicate(first), lambda ch: created.extend(ch.inserted))
    idle(qtbot, win)
    if finalise:
        ids = uos_under(win, eg)

        def finalise_all(ws):
            from app.models.changes import Changes
            changes = Changes()
            for i in ids:
                changes.merge(ws.fiches.finalise(i))
            return changes
        write(qtbot, win, finalise_all)
    return eg, created[0]


def send(qtbot, win, structure_id: int) -> None:
    """"Envoyer pour validation…" on the structure, answering yes to the confirmation."""
    assert win.select_node(structure_id)
    idle(qtbot, win)
    win.sync.act_send.trigger()
    qtbot.waitUntil(lambda: win.sync.confirm_box is not None, timeout=WAIT)
    box = win.sync.confirm_box
    assert "Envoyer le dossier" in box.text()
    box.button(box.StandardButton.Yes).click()


def banner_text(win) -> str:
    return html.unescape(win.banner.label.text())


def shot_path(tmp_path, name: str):
    """Where screenshots go: tmp_path, or ROR_SHOT_DIR to refresh docs/screenshots by hand."""
    import os
    from pathlib import Path
    return Path(os.environ.get("ROR_SHOT_DIR") or tmp_path) / name


def save_composite(win, dialog, path) -> None:
    """The window (status bar included) with the separate offscreen dialog painted over it."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    base = win.grab()
    over = dialog.grab()
    image = QPixmap(base.size())
    painter = QPainter(image)
    painter.drawPixmap(0, 0, base)
    painter.fillRect(base.rect(), QColor(0, 0, 0, 90))
    painter.drawPixmap((base.width() - over.width()) // 2, (base.height() - over.height()) // 3, over)
    painter.end()
    assert image.save(str(path), "PNG")


def assert_no_secret(tmp_path, *secrets: str) -> None:
    for f in tmp_path.glob("ws.sqlite*"):
        data = f.read_bytes()
        for secret in (*secrets, "Bearer"):
            assert secret.encode() not in data, f"{secret[:6]}... found in {f.name}"


# ---------------------------------------------------------------------------------------------------- tests
def test_connect_through_the_dialog_pulls_the_tree_and_shows_online(qtbot, window, server, kr, tmp_path):
    assert "Serveur non configuré" in window.online_label.text()
    assert window.menus["server"].title().replace("&", "") == "Serveur"
    # a wrong password keeps the dialog open with the server's refusal
    window.sync.act_connect.trigger()
    dialog = window.sync.server_dialog
    dialog.url.setText(server.base_url)
    dialog.user.setText("demo")
    dialog.password.setText("faux")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert "refusé" in dialog.error.text() and dialog.isVisible()
    dialog.reject()
    connect(qtbot, window, server.base_url)
    assert len(window.model.tree) > 20
    qtbot.waitUntil(lambda: window._online[0] == "online", timeout=WAIT)  # noqa: SLF001
    assert "En ligne" in window.online_label.text()
    assert window.pending_label.text() == "Aucune modification en attente"
    # the password went to the keyring, never to the workspace
    assert any(user == "demo" and value == PW for (_svc, user), value in kr.store.items())
    assert_no_secret(tmp_path, PW)


def test_offline_edits_and_dossier_leave_by_themselves_when_the_server_comes_back(qtbot, window, kr, tmp_path,
                                                                                 seed):
    proc = SandboxProcess(tmp_path / "srvp", PW, "--seed", str(seed)).start()
    try:
        connect(qtbot, window, proc.base_url)
        window.sync.watch.push_timer.setInterval(50)  # online writes go straight to the server
        proc.stop()
        qtbot.waitUntil(lambda: window._online[0] == "offline", timeout=WAIT)  # noqa: SLF001
        assert "Hors ligne" in window.online_label.text()
        window.statusBar().grab().save(str(shot_path(tmp_path, "status-offline-fr.png")))
        eg = node_named(window, IME)
        uo = uos_under(window, eg)[1]
        write(qtbot, window, edit_comment(window, uo, "saisi sans réseau"))
        assert window._pending == 1  # noqa: SLF001
        assert "1 modification" in window.pending_label.text()
        # a dossier sent while offline waits in the outbox and the banner says so
        eg, _new = open_dossier(qtbot, window, IME)
        send(qtbot, window, eg)
        qtbot.waitUntil(lambda: window.banner.state == "queued", timeout=WAIT)
        assert window.banner.isVisible()
        assert "Dossier prêt, en attente d'envoi (hors ligne)" in banner_text(window)
        with qtbot.waitSignal(window.sync.syncFinished, timeout=WAIT, check_params_cb=lambda r: r.ok) as done:
            proc.start()  # nobody clicks: the watcher sees the server and the sync starts
        idle(qtbot, window)
        report = done.args[0]
        assert report.pushed >= 1 and len(report.sent) == 1
        assert window.workspace.outbox.count() == 0
        assert window.pending_label.text() == "Aucune modification en attente"
        assert "En ligne" in window.online_label.text()
        window.statusBar().grab().save(str(shot_path(tmp_path, "status-online-fr.png")))
        qtbot.waitUntil(lambda: window.banner.state == "in_validation", timeout=WAIT)
        server_id = window.model.tree.nodes[uo].server_id
        on_server = proc.admin("GET", f"/fhir/HealthcareService/{server_id}").json()
        assert on_server["comment"] == "saisi sans réseau"
    finally:
        proc.stop()


def test_send_for_validation_then_accepted_removes_the_banner(qtbot, window, server, tmp_path):
    connect(qtbot, window, server.base_url)
    eg = node_named(window, IME)
    # while a fiche is not green the send dialog lists it and its Envoyer stays disabled (nothing refused later)
    _eg, new_uo = open_dossier(qtbot, window, IME, finalise=False)
    assert window.select_node(eg)
    idle(qtbot, window)
    window.sync.act_send.trigger()
    qtbot.waitUntil(lambda: window.sync.confirm_box is not None, timeout=WAIT)
    box = window.sync.confirm_box
    assert not box.button(box.StandardButton.Yes).isEnabled()
    assert any("non finalisée" in box.checklist.item(i).text() for i in range(box.checklist.count()))
    box.reject()
    qtbot.waitUntil(lambda: window.sync.confirm_box is None, timeout=WAIT)
    open_dossier(qtbot, window, IME)
    with qtbot.waitSignal(window.sync.syncFinished, timeout=WAIT) as done:
        send(qtbot, window, eg)
    idle(qtbot, window)
    assert len(done.args[0].sent) == 1
    assert window.banner.isVisible() and window.banner.state == "in_validation"
    assert "en cours de validation" in banner_text(window)
    task_id = window.workspace.dossiers.of(eg).task_id
    SandboxProcess(server.store.path.parent, PW).validate(task_id, "--accept")
    report = sync(qtbot, window)
    assert report.ok and report.published == 1
    qtbot.waitUntil(lambda: window.banner.state == "published", timeout=WAIT)
    assert not window.banner.isVisible()
    row = window.model.tree.nodes[new_uo]
    assert row.server_id and not row.dirty
    access = window.sync.session.client.auth._access  # noqa: SLF001 - the token held in memory
    assert access
    assert_no_secret(tmp_path, PW, access)


def test_rejected_dossier_shows_the_validator_comments(qtbot, window, server):
    connect(qtbot, window, server.base_url)
    eg, new_uo = open_dossier(qtbot, window, IME)
    with qtbot.waitSignal(window.sync.syncFinished, timeout=WAIT):
        send(qtbot, window, eg)
    idle(qtbot, window)
    d = window.workspace.dossiers.of(eg)
    uid = window.model.tree.nodes[new_uo].uid
    SandboxProcess(server.store.path.parent, PW).validate(
        d.task_id, "--reject", "Dossier incomplet", "--note", f"urn:uuid:{uid}", "Préciser la capacité")
    report = sync(qtbot, window)
    assert report.ok and report.rejected == 1
    assert window.select_node(new_uo)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: window.banner.state == "rejected", timeout=WAIT)
    text = banner_text(window)
    assert window.banner.isVisible() and "Dossier refusé" in text
    assert "Dossier incomplet" in text and "Préciser la capacité" in text
    assert window.model.tree.nodes[new_uo].comment == "Préciser la capacité"
    assert "Préciser la capacité" in window.summary.toPlainText()


def test_a_concurrent_edit_opens_the_conflict_dialog_and_the_choice_is_applied(qtbot, window, server, tmp_path):
    connect(qtbot, window, server.base_url)
    uo = uos_under(window, node_named(window, IME))[1]
    server_id = window.model.tree.nodes[uo].server_id
    with server.client() as admin:
        admin.post(f"{server.root_url}/admin/edit/HealthcareService/{server_id}",
                   json={"set": {"name": "Nom du serveur"}}).raise_for_status()
    write(qtbot, window, edit_comment(window, uo, "ma saisie"))
    report = sync(qtbot, window)
    assert report.conflicts == 1
    qtbot.waitUntil(lambda: window.sync.conflict_dialog is not None, timeout=WAIT)
    dialog = window.sync.conflict_dialog
    assert window.model.tree.nodes[uo].conflict, "marked in the tree"
    assert {"name", "comment"} <= set(dialog.radios)
    assert not dialog.ok_button.isEnabled(), "nothing chosen for the user"
    dialog.take_theirs.click()
    assert all(dialog.choices()[f] == "theirs" for f in dialog.radios)
    dialog.keep_mine.click()
    dialog.choose("name", "theirs")
    assert dialog.choices()["name"] == "theirs" and dialog.choices()["comment"] == "mine"
    window.resize(1280, 760)
    dialog.resize(900, 420)
    qtbot.wait(50)
    save_composite(window, dialog, shot_path(tmp_path, "conflict-fr.png"))
    with qtbot.waitSignal(window.sync.conflictsSettled, timeout=WAIT):
        dialog.ok_button.click()
    idle(qtbot, window)
    row = window.model.tree.nodes[uo]
    assert not row.conflict and row.name == "Nom du serveur"
    on_server = server.store.read("HealthcareService", server_id).content
    assert on_server["name"] == "Nom du serveur" and on_server.get("comment") == "ma saisie"
    assert window.sync.conflict_dialog is None
    assert_no_secret(tmp_path, PW)


def test_a_sanitaire_dossier_needs_the_direction_confirmation(qtbot, window, server, tmp_path, kr):
    set_password(server.store, DIRECTION_PW, "direction")  # a second account on the sandbox
    connect(qtbot, window, server.base_url)
    eg, _new = open_dossier(qtbot, window, CH)
    send(qtbot, window, eg)
    qtbot.waitUntil(lambda: window.sync.direction_dialog is not None
                    and window.sync.direction_dialog.isVisible(), timeout=WAIT)
    dialog = window.sync.direction_dialog
    qtbot.waitUntil(lambda: window.banner.state == "awaiting_direction", timeout=WAIT)
    for user, password, expected in (("demo", PW, "pas du compte du référent"),
                                     ("direction", "faux", "refusé")):
        dialog.user.setText(user)
        dialog.password.setText(password)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
        assert expected in dialog.error.text() and dialog.isVisible()
    assert server.store.counts().get("Task", 0) == 0
    dialog.user.setText("direction")
    dialog.password.setText(DIRECTION_PW)
    with qtbot.waitSignal(window.sync.syncFinished, timeout=WAIT) as done:
        dialog.ok_button.click()
    idle(qtbot, window)
    assert not dialog.isVisible()
    assert len(done.args[0].sent) == 1 and server.store.counts()["Task"] == 1
    assert window.workspace.dossiers.of(eg).state == "in_validation"
    assert_no_secret(tmp_path, PW, DIRECTION_PW)
    assert not any(DIRECTION_PW == v or user == "direction" for (_s, user), v in kr.store.items())


def test_unreachable_server_in_the_dialog_keeps_the_settings_and_shows_offline(qtbot, window, kr):
    port_closed = "http://127.0.0.1:9/fhir"
    window.sync.act_connect.trigger()
    dialog = window.sync.server_dialog
    dialog.url.setText(port_closed)
    dialog.user.setText("demo")
    dialog.password.setText(PW)
    with qtbot.waitSignal(window.sync.connected, timeout=WAIT):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: window._online[0] == "offline", timeout=WAIT)  # noqa: SLF001
    assert window.workspace.settings.get("server_url") == port_closed
    assert "Hors ligne" in window.online_label.text()


def test_a_sync_refreshes_only_the_rows_the_server_changed(qtbot, window, server):
    connect(qtbot, window, server.base_url)
    model, ws = window.model, window.workspace
    changed_uos = uos_under(window, node_named(window, IME))[:3]
    with server.client() as admin:
        for i, uo in enumerate(changed_uos):
            server_id = model.tree.nodes[uo].server_id
            admin.post(f"{server.root_url}/admin/edit/HealthcareService/{server_id}",
                       json={"set": {"name": f"Nom changé sur le serveur {i}"}}).raise_for_status()
    refreshed: list[int] = []
    structure: list[str] = []
    model.dataChanged.connect(lambda first, last, *_: refreshed.extend({model.id_of(first),
                                                                         model.id_of(last)}))
    model.rowsInserted.connect(lambda *_: structure.append("inserted"))
    model.rowsRemoved.connect(lambda *_: structure.append("removed"))
    model.rowsMoved.connect(lambda *_: structure.append("moved"))
    model.modelReset.connect(lambda: structure.append("reset"))
    whole_reads: list[int] = []
    rows = ws.tree.rows
    ws.tree.rows = lambda: whole_reads.append(1) or rows()  # a probe: the whole tree must not be read again
    try:
        report = sync(qtbot, window)
    finally:
        del ws.tree.rows
    assert report.ok and report.pulled == 3
    assert sorted(refreshed) == sorted(changed_uos)  # those 3 rows, each once, and no other
    assert structure == [] and whole_reads == []
    names = [model.tree.nodes[uo].name for uo in changed_uos]
    assert names == [f"Nom changé sur le serveur {i}" for i in range(3)]
