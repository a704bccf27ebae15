"""The Disponibilités screens on a real workspace: keyboard-only entry, refusals as you type, the reminder of
old figures, the CSV import preview, the group table's totals and its CSV export."""
from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.models import capacities as cap
from app.models.demo import make_demo
from app.models.refusals import Refusal, reason_json
from app.models.store import Workspace
from app.views.capacities.table_model import AGE, FIRST_COUNT, STALE_ROLE
from app.views.capacities.table_model import STATE as STATE_COLUMN
from app.views.i18n import TRANSLATIONS
from app.views.main_window import MainWindow

VILLEFRANCHE = "CH De Villefranche - Site Principal"


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.sqlite"
    make_demo(path).close()
    return path


def open_window(qtbot, path, lang="fr") -> MainWindow:
    TRANSLATIONS.apply(lang)
    win = MainWindow(remember=False)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.workspaceCompleted, timeout=20_000):
        win.open_workspace(path)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, demo_file):
    win = open_window(qtbot, demo_file)
    yield win
    close(qtbot, win)
    TRANSLATIONS.apply("fr")


def close(qtbot, win) -> None:
    """Close once every job the test started has come back (nothing lands on a closed window)."""
    idle(qtbot, win)
    qtbot.wait(20)
    win.close()
    qtbot.wait(50)  # timers the window's parts set on closing fire while their widgets still exist


def idle(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=20_000)


def eg_id(win, name: str = VILLEFRANCHE) -> int:
    return next(n for n, r in win.tree.nodes.items() if r.kind == "EG" and r.name == name)


def open_dispo(qtbot, win, eg: int):
    view = win.capacities.open_dispo([eg])
    idle(qtbot, win)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    return view


def press(*keys) -> None:
    """Keys and text typed into whatever has the keyboard focus, as a user would."""
    for key in keys:
        for k in ([key] if not isinstance(key, str) else list(key)):
            target = QApplication.focusWidget()
            assert target is not None, "nothing has the keyboard focus"
            QTest.keyClick(target, k)


def stored(win, eg: int) -> dict[tuple, dict]:
    return {r.key: dict(r.counts) for r in win.workspace.capacities.rows([eg])}


def test_keyboard_only_entry_of_a_row_is_written_stamped_and_undoable(qtbot, window):
    eg = eg_id(window)
    assert window.capacities.act_dispo in window.menus["view"].actions()
    assert window.capacities.act_import in window.menu_file.actions()
    window.select_node(eg)
    idle(qtbot, window)
    window.capacities.act_dispo.trigger()  # Affichage > Disponibilités, for the EG chosen in the tree
    view = window.capacities.dispo
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    assert {r.eg_id for r in view.model.rows} == {eg}
    first = view.model.rows[0]
    second = view.model.rows[1]
    assert view.table.currentIndex().column() == FIRST_COUNT
    press("20", Qt.Key.Key_Tab, "5", Qt.Key.Key_Tab, "12", Qt.Key.Key_Tab, "3", Qt.Key.Key_Tab, "1",
          Qt.Key.Key_Return, "8", Qt.Key.Key_Return)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: not view._writes)
    figures = stored(window, eg)
    assert figures[first.key] == {cap.INSTALLES: 20, cap.DISPONIBLES: 5, cap.OCCUPES: 12, cap.FERMES: 3,
                                  cap.SUPPLEMENTAIRES: 1}
    assert figures[second.key] == {cap.INSTALLES: 8}
    row = next(r for r in window.workspace.capacities.rows([eg]) if r.key == first.key)
    assert row.source == cap.SAISIE_MANUELLE and row.updated_at and row.sync_state == cap.PENDING
    assert view.table.currentIndex().row() == 1 and view.table.currentIndex().column() == FIRST_COUNT + 1
    shown = view.model.rows[0]
    assert shown.counts[cap.OCCUPES] == 12 and shown.sync_state == cap.PENDING
    assert view.model.index(0, AGE).data() == "à l'instant"
    assert window.stack.count() == 6
    window.stack.undo()
    idle(qtbot, window)
    assert cap.INSTALLES not in stored(window, eg)[second.key]
    qtbot.waitUntil(lambda: view.model.rows[1].counts.get(cap.INSTALLES) is None, timeout=5_000)


def test_a_refused_count_keeps_the_typed_value_and_says_why(qtbot, window):
    eg = eg_id(window)
    view = open_dispo(qtbot, window, eg)
    key = view.model.rows[0].key
    press("10", Qt.Key.Key_Tab, "15", Qt.Key.Key_Tab)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "15"  # still in the editor, still typed
    assert view.note.isVisible()
    assert view.note.text() == "Disponibles + occupés (15) dépassent installés + supplémentaires (10)."
    assert view.table.currentIndex().column() == FIRST_COUNT + 1  # Tab did not move on
    idle(qtbot, window)
    assert stored(window, eg)[key] == {cap.INSTALLES: 10}  # nothing of the refused count was written
    press(Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, "7", Qt.Key.Key_Tab)
    assert not view.note.isVisible()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: stored(window, eg)[key] == {cap.INSTALLES: 10, cap.DISPONIBLES: 7}, timeout=5_000)


def test_a_negative_count_is_refused_in_english(qtbot, demo_file):
    win = open_window(qtbot, demo_file, "en")
    try:
        view = open_dispo(qtbot, win, eg_id(win))
        press("-3", Qt.Key.Key_Tab)
        assert "negative" in view.note.text().lower()
        assert view.model.headerData(FIRST_COUNT, Qt.Orientation.Horizontal) == "Installed"
    finally:
        close(qtbot, win)
        TRANSLATIONS.apply("fr")


def seed(path, figures: dict[str, dict[str, int]]) -> dict[str, int]:
    """Figures for units named in `figures` (the first unit of that name), written before the window opens."""
    ws = Workspace.open(path)
    try:
        ids = {}
        for name, counts in figures.items():
            row = next(r for r in ws.capacities.rows() if r.uo_name == name)
            ws.capacities.set(row.node_id, row.nature, cap.COURANT, counts)
            ids[name] = row.node_id
        return ids
    finally:
        ws.close()


def test_the_reminder_appears_for_figures_older_than_the_period(qtbot, demo_file):
    seed(demo_file, {"Unité D'Urgences": {cap.INSTALLES: 20, cap.DISPONIBLES: 4}})
    win = open_window(qtbot, demo_file)
    try:
        eg = eg_id(win)
        view = win.capacities.open_dispo([eg])
        view.now = datetime.now(UTC) + timedelta(hours=3)
        idle(qtbot, win)
        qtbot.waitUntil(lambda: view.model.rowCount() > 0)
        row = next(i for i, r in enumerate(view.model.rows) if r.uo_name == "Unité D'Urgences")
        assert view.reminder.isHidden()
        assert view.model.index(row, AGE).data() == "il y a 3 h"
        assert "il y a 3 h" in view.summary.text()
        view.now = datetime.now(UTC) + timedelta(days=2, minutes=1)
        view.reload()
        idle(qtbot, win)
        assert not view.reminder.isHidden()
        assert "1 ligne" in view.reminder.text() and "24 h" in view.reminder.text()
        assert view.model.index(row, AGE).data() == "⚠ il y a 2 jours"
        assert view.model.index(row, AGE).data(STALE_ROLE) is True
        view.edit_periods()  # the small settings control: hours for disponibles, days for installés
        dialog = view.settings_dialog
        assert dialog.available.value() == 24 and dialog.installed.value() == 365
        dialog.available.setValue(72)
        dialog.accept()
        idle(qtbot, win)
        assert win.workspace.settings.get("capacities.reminder.disponibles_hours") == "72"
        view.reload()
        idle(qtbot, win)
        assert view.reminder.isHidden()
        assert view.model.index(row, AGE).data(STALE_ROLE) is False
    finally:
        close(qtbot, win)


def write_csv(path, lines: list[list[str]]):
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=";").writerows([["unite", "nature", "statut", "nombre"], *lines])
    return path


def test_the_import_preview_lists_a_refused_line_and_applies_nothing(qtbot, window, tmp_path):
    eg = eg_id(window)
    units = {r.uo_name: r for r in window.workspace.capacities.rows([eg])}
    urgences = window.tree.row(units["Unité D'Urgences"].node_id).uid
    bad = write_csv(tmp_path / "bad.csv", [[urgences, "lits", "installes", "30"],
                                           ["inconnue-123", "lits", "disponibles", "2"]])
    dialog = window.capacities.import_dialog_open(str(bad))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    texts = [dialog.lines.item(i).text() for i in range(dialog.lines.count())]
    assert texts[0] == "✓ Ligne 2 — Unité D'Urgences : lits installés = 30 (courant)"
    assert texts[1].startswith("✗ Ligne 3 — refusée : unité « inconnue-123 » introuvable")
    assert "1 ligne acceptée, 1 ligne refusée" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    idle(qtbot, window)
    assert stored(window, eg)[units["Unité D'Urgences"].key] == {}
    dialog.reject()
    dialog = window.capacities.import_dialog_open(str(tmp_path / "absent.csv"))
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Fichier illisible"), timeout=10_000)
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
    good = write_csv(tmp_path / "good.csv", [[urgences, "lits", "installes", "30"],
                                             [urgences, "lits", "disponibles", "6"]])
    dialog = window.capacities.import_dialog_open(str(good))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.apply_button.click()
    row = next(r for r in window.workspace.capacities.rows([eg]) if r.key == units["Unité D'Urgences"].key)
    assert dict(row.counts) == {cap.INSTALLES: 30, cap.DISPONIBLES: 6}
    assert row.source == cap.BED_MANAGEMENT


def test_the_group_table_totals_and_its_csv(qtbot, demo_file, tmp_path):
    seed(demo_file, {"Unité D'Urgences": {cap.INSTALLES: 20, cap.DISPONIBLES: 4, cap.OCCUPES: 16},
                     "Unité Hospitalière De Cardiologie": {cap.INSTALLES: 30, cap.DISPONIBLES: 2, cap.OCCUPES: 27}})
    ws = Workspace.open(demo_file)
    ehpad = next(r for r in ws.capacities.rows() if r.nature == cap.PLACE)
    ws.capacities.set(ehpad.node_id, cap.PLACE, cap.COURANT, {cap.INSTALLES: 80, cap.DISPONIBLES: 3})
    ws.close()
    win = open_window(qtbot, demo_file)
    try:
        group = win.capacities.open_group(all_egs=True)
        with qtbot.waitSignal(group.loaded, timeout=20_000):
            pass
        by_nature = {line.nature: line.counts for line in group.figures.by_nature}
        assert by_nature[cap.LIT][cap.INSTALLES] == 50 and by_nature[cap.LIT][cap.OCCUPES] == 43
        assert by_nature[cap.PLACE][cap.INSTALLES] == 80 and by_nature[cap.PLACE][cap.DISPONIBLES] == 3
        deps = {(line.label, line.nature): line.counts[cap.INSTALLES] for line in group.figures.by_departement}
        assert deps[("69", cap.LIT)] == 50
        champs = {(line.label, line.nature): line.counts[cap.DISPONIBLES] for line in group.figures.by_champ}
        assert champs[("01", cap.LIT)] == 6
        villefranche = [line for line in group.figures.eg_lines if line.label == VILLEFRANCHE]
        assert [line.counts[cap.INSTALLES] for line in villefranche] == [50]
        assert group.models["nature"].index(0, 0).data() == "Tous les établissements"
        assert group.chart.series_count() >= 3
        assert group.figures.daily[-1].count(cap.INSTALLES, cap.LIT) == 50
        out = group.export_csv(tmp_path / "dispo.csv")
        rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
        assert rows[0][:5] == ["Établissement", "Dép.", "Nature", "Installés", "Disponibles"]
        assert [VILLEFRANCHE, "69", "Lits", "50", "6", "43"] == next(r for r in rows if r[:1] == [VILLEFRANCHE])[:6]
        assert ["Tous les établissements", "", "Lits", "50", "6", "43"] in [r[:6] for r in rows]
        table = group.tables["eg"]
        table.setFocus()
        table.setCurrentIndex(group.models["eg"].index(
            next(i for i, line in enumerate(group.figures.eg_lines) if line.label == VILLEFRANCHE), 0))
        QTest.keyClick(table, Qt.Key.Key_Return)  # an EG line opens its figures to type
        idle(qtbot, win)
        assert win.capacities.tabs.currentWidget() is win.capacities.dispo
        qtbot.waitUntil(lambda: {r.eg_name for r in win.capacities.dispo.model.rows} == {VILLEFRANCHE})
    finally:
        close(qtbot, win)


def test_rows_show_their_sync_state_and_age_in_both_languages(qtbot):
    from app.views.capacities.age_text import age_text
    from app.views.capacities.table_model import STATE, CapacityTableModel

    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

    def row(i: int, state: str, error: str | None = None, hours: int = 1) -> cap.CapacityRow:
        return cap.CapacityRow(i, 1, f"UO {i}", "EG", "69", "01", cap.LIT, None, cap.COURANT,
                               {cap.INSTALLES: 10}, (now - timedelta(hours=hours)).isoformat(), cap.SAISIE_MANUELLE,
                               state, error)

    model = CapacityTableModel()
    model.set_rows([row(1, cap.PENDING), row(2, cap.REFUSED, "installés manquant"), row(3, cap.CONFLICT),
                    row(4, cap.SYNCED, hours=49)], now)
    try:
        TRANSLATIONS.apply("fr")
        assert [model.index(i, STATE).data() for i in range(4)] == [
            "En attente d'envoi", "Refusé : installés manquant", "Conflit : modifié sur le serveur entre-temps",
            "Envoyé"]
        assert model.index(1, STATE).data(Qt.ItemDataRole.ToolTipRole) == "installés manquant"
        assert model.index(3, AGE).data() == "il y a 2 jours"  # installés only: reminded after a year
        assert age_text(timedelta(hours=3)) == "il y a 3 h"
        TRANSLATIONS.apply("en")
        assert model.index(0, STATE).data() == "Waiting to be sent"
        assert model.index(2, STATE).data() == "Conflict: changed on the server meanwhile"
        assert age_text(timedelta(hours=3)) == "3 h ago"
        assert age_text(timedelta(days=1, hours=2)) == "1 day ago"
        assert age_text(timedelta(days=2)) == "2 days ago"
        assert age_text(None) == "never entered"
        gone = Refusal("capacity-location-gone")
        model.set_rows([replace(row(5, cap.REFUSED, str(gone)), reason=reason_json(gone))], now)
        assert model.index(0, STATE).data() == ("Refused: This unit's place (Location) was deleted on the server: "
                                                "synchronise before trying again.")
    finally:
        TRANSLATIONS.apply("fr")


def test_a_row_in_conflict_says_so_and_is_settled_from_its_menu(qtbot, demo_file):
    ws = Workspace.open(demo_file)
    row = next(r for r in ws.capacities.rows() if r.uo_name == "Unité D'Urgences")
    changes = ws.capacities.set(row.node_id, row.nature, cap.COURANT, {cap.INSTALLES: 25})
    ws.capacities.conflicted(row.node_id, sorted(changes.outbox), None)
    ws.close()
    win = open_window(qtbot, demo_file)
    try:
        view = open_dispo(qtbot, win, eg_id(win))
        i = view.model.row_index(row.key)
        assert view.model.index(i, STATE_COLUMN).data() == "Conflit : modifié sur le serveur entre-temps"
        view.table.setCurrentIndex(view.model.index(i, FIRST_COUNT))
        menu = view.row_menu.popup(view.table.visualRect(view.table.currentIndex()).center())
        keep, take = menu.actions()
        assert keep.isEnabled() and take.isEnabled()
        take.trigger()
        idle(qtbot, win)
        qtbot.waitUntil(lambda: view.model.rows[view.model.row_index(row.key)].sync_state != cap.CONFLICT,
                        timeout=5_000)
        assert all(r.sync_state != cap.CONFLICT for r in win.workspace.capacities.rows([eg_id(win)]))
    finally:
        close(qtbot, win)


def test_every_text_of_the_disponibilites_screens_has_its_english():
    import xml.etree.ElementTree as ET

    from app.views.i18n_build import ts_path

    contexts = {"Capacities", "CapacityAge", "CapacityTableModel", "CountDelegate", "DispoView", "ReminderSettings",
                "LinesModel", "GroupView", "DailyChart", "ImportPreview", "CapacitiesPart", "RowMenu"}
    root = ET.parse(ts_path("en")).getroot()
    seen = set()
    for context in root.iter("context"):
        if context.findtext("name") not in contexts:
            continue
        seen.add(context.findtext("name"))
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text] + [f.text for f in translation.iter("numerusform")]
            assert translation.get("type") != "unfinished" and any(texts), message.findtext("source")
    assert seen == contexts
