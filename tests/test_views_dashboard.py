"""The dashboard of EGs (issue 11 point 2) and the tree's state filter (point 3), on real demo workspaces."""
from __future__ import annotations

import csv
import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from app.models.dashboard import DUE, eg_rows
from app.models.demo import make_demo
from app.models.fiche_service import check_all
from app.models.kinds import FINESS_KINDS, Kind
from app.models.tree import Tree
from app.models.tree_states import state_matches
from app.views.dashboard.export import csv_headers
from app.views.dashboard.table_model import BLOCKING, DONE, NAME, WARNINGS, YEARLY

TODAY = datetime.date(2026, 12, 1)


@pytest.fixture(scope="module")
def group_path(tmp_path_factory):
    """A small national group: 12 EGs of 5 UOs beside the demo's three establishments."""
    path = tmp_path_factory.mktemp("group") / "group.sqlite"
    make_demo(path, egs=12, uos=5).close()
    return path


@pytest.fixture
def window(open_window, group_path):
    return open_window(group_path, copy=True)


def open_dashboard(qtbot, win):
    """Open it as a user does, from the menu action; wait for the rows and their warnings."""
    win.window_actions.dashboard.trigger()  # the rows come back through the event loop, waited for below
    board = win.dashboard
    qtbot.waitUntil(lambda: bool(board.model.rows) and board.model.rows[0].warnings is not None, timeout=30_000)
    return board


def shown(board, column: int) -> list[str]:
    return [board.proxy.index(i, column).data() for i in range(board.proxy.rowCount())]


# ---------------------------------------------------------------------- the rows against the store
def test_dashboard_counts_match_the_store(ws):
    rows = eg_rows(ws.dashboard.source(), TODAY)
    egs = [r for r in ws.nodes.all() if r.kind == Kind.EG]
    assert sorted(r.id for r in rows) == sorted(r.id for r in egs)
    checks = check_all(ws)
    warnings = ws.dashboard.warnings()
    states = ws.dossiers.states()
    dates = ws.published.dates()
    for row in rows:
        ids = ws.nodes.subtree(row.id)
        nodes = ws.nodes.rows(ids, include_deleted=False)
        assert row.fiches == len(nodes)
        # each fiche counted once, as the tree's EG rows summarise: a conflict, else problems, else its status
        plain = [n for n in nodes if not n.conflict and not n.problems]
        assert row.finalised == sum(1 for n in plain if n.status == "finalised")
        assert row.drafts == sum(1 for n in plain if n.status == "draft" and n.kind not in FINESS_KINDS)
        assert row.conflicts == sum(1 for n in nodes if n.conflict)
        assert row.blocking == sum(n.problems for n in nodes)
        assert row.with_problems == sum(1 for n in nodes if n.problems)
        assert row.dossier == states.get(row.id)
        assert row.published == dates.get(row.id)
        assert warnings.get(row.id, 0) == sum(1 for i in ids if i in checks
                                              for p in checks[i].problems if not p.blocking)
    assert any(r.blocking for r in rows) and any(r.drafts for r in rows)  # the demo has both to count
    tilleuls = next(r for r in rows if r.name == "EHPAD Les Tilleuls")
    assert tilleuls.dossier == "open"  # the demo's unsent new unit opened its dossier


def test_yearly_flag_on_an_eg_last_published_13_months_ago(ws):
    rows = eg_rows(ws.dashboard.source(), TODAY)
    row = next(r for r in rows if r.published)
    last = datetime.date.fromisoformat(row.published[:10])
    month = last.month + 13
    later = datetime.date(last.year + (month - 1) // 12, (month - 1) % 12 + 1, min(last.day, 28))
    month = last.month + 11
    sooner = datetime.date(last.year + (month - 1) // 12, (month - 1) % 12 + 1, min(last.day, 28))
    assert next(r for r in eg_rows(ws.dashboard.source(), later) if r.id == row.id).due
    assert not next(r for r in eg_rows(ws.dashboard.source(), sooner) if r.id == row.id).due
    assert next(r for r in eg_rows(ws.dashboard.source(), later) if r.id == row.id).has_state(DUE)


# ---------------------------------------------------------------------- the window
def test_dashboard_opens_from_the_menu_with_every_eg(qtbot, window):
    board = open_dashboard(qtbot, window)
    assert window.window_actions.dashboard in window.window_actions.menu_view.actions()
    assert board.isVisible()
    egs = [r for r in window.tree.nodes.values() if r.kind == Kind.EG]
    assert board.proxy.rowCount() == len(egs) == 15
    rows = {r.id: r for r in board.model.rows}
    fresh = {r.id: r for r in eg_rows(window.workspace.dashboard.source(), board.today or datetime.date.today())}
    assert {i: (r.finalised, r.fiches, r.blocking) for i, r in rows.items()} == \
        {i: (r.finalised, r.fiches, r.blocking) for i, r in fresh.items()}
    # the cells say it in words: "finalised / total", the dossier state
    first = board.model.rows[0]
    assert board.model.index(0, DONE).data() == f"{first.finalised} / {first.fiches}"
    assert "établissement(s)" in board.summary.text()
    assert board.chart.bars  # the chart drew its bars (by département by default)


def test_dashboard_counts_a_region_before_its_units_are_in_the_tree(qtbot, window):
    """A region's tree shows its EJ and EG rows first: the dashboard then reads every row from the store."""
    window.tree.load([r for r in window.tree.nodes.values() if r.kind in FINESS_KINDS])
    board = open_dashboard(qtbot, window)
    fresh = eg_rows(window.workspace.dashboard.source(), board.today or datetime.date.today())
    assert {r.id: (r.finalised, r.fiches, r.blocking) for r in board.model.rows} == \
        {r.id: (r.finalised, r.fiches, r.blocking) for r in fresh}
    assert all(r.fiches > 1 for r in board.model.rows)


def test_dashboard_sorts_and_filters(qtbot, window):
    board = open_dashboard(qtbot, window)
    board.table.sortByColumn(BLOCKING, Qt.SortOrder.DescendingOrder)
    blocking = [int(v) for v in shown(board, BLOCKING)]
    assert blocking == sorted(blocking, reverse=True) and blocking[0] > 0
    board.table.sortByColumn(WARNINGS, Qt.SortOrder.AscendingOrder)
    warnings = [int(v) for v in shown(board, WARNINGS)]
    assert warnings == sorted(warnings)
    board.table.sortByColumn(DONE, Qt.SortOrder.AscendingOrder)
    shares = [r.completion for r in board.proxy.shown_rows()]
    assert shares == sorted(shares)
    board.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    # words: accents and case ignored; a FINESS number
    board.filters.text.setText("tilleuls")
    assert set(shown(board, NAME)) == {"EHPAD Les Tilleuls"}
    board.filters.text.setText("moulin")
    assert shown(board, NAME) == ["IME Le Moulin"]
    target = board.model.rows[3]
    board.filters.text.setText(target.finess)
    assert [r.id for r in board.proxy.shown_rows()] == [target.id]
    board.filters.text.setText("")
    # département
    dept = board.model.rows[0].departement
    board.filters.select(board.filters.departement, dept)
    assert board.proxy.rowCount() == sum(1 for r in board.model.rows if r.departement == dept) > 0
    assert {r.departement for r in board.proxy.shown_rows()} == {dept}
    assert [label for label, _d, _t in board.chart.bars] == [f"Dépt {dept}"]  # the chart follows the filters
    board.filters.select(board.filters.departement, "")
    # category
    board.filters.select(board.filters.category, "500")
    assert board.proxy.rowCount() == sum(1 for r in board.model.rows if r.categorie == "500") > 0
    board.filters.select(board.filters.category, "")
    # state
    board.filters.select(board.filters.state, "problems")
    kept = board.proxy.shown_rows()
    assert kept and all(r.with_problems and not r.conflicts for r in kept)
    assert len(kept) == sum(1 for r in board.model.rows if r.state == "problems")
    board.filters.select(board.filters.state, DUE)
    assert board.proxy.rowCount() == sum(1 for r in board.model.rows if r.due)
    assert all(board.proxy.index(i, YEARLY).data().startswith("à faire") for i in range(board.proxy.rowCount()))


def test_dashboard_exports_csv_and_pdf(qtbot, window, tmp_path):
    board = open_dashboard(qtbot, window)
    board.filters.select(board.filters.state, "draft")
    board.table.sortByColumn(BLOCKING, Qt.SortOrder.DescendingOrder)
    expected = board.proxy.shown_rows()
    assert expected
    board.export_csv(tmp_path / "board.csv")
    with open(tmp_path / "board.csv", encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f, delimiter=";"))
    assert table[0] == csv_headers()
    assert len(table) == len(expected) + 1
    for line, row in zip(table[1:], expected, strict=True):
        assert line[0] == row.name and line[1] == (row.finess or "")
        assert (int(line[5]), int(line[6]), int(line[7]), int(line[8])) == \
            (row.finalised, row.fiches, row.blocking, row.warnings)
    board.export_pdf(tmp_path / "board.pdf")
    data = (tmp_path / "board.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    doc = QPdfDocument()
    assert doc.load(str(tmp_path / "board.pdf")) == QPdfDocument.Error.None_
    assert doc.pageCount() > 0
    # a file that cannot be written: one sentence in the status bar, no traceback
    board._export(lambda: board.export_csv(tmp_path / "missing" / "board.csv"))  # noqa: SLF001
    assert window.statusBar().currentMessage().startswith("Le fichier n'a pas pu être écrit : ")
    text = doc.getAllText(0).text()
    assert "Tableau de bord des établissements" in text
    assert expected[0].finess in text  # the table is in the report
    doc.close()


def test_double_click_selects_the_eg_in_the_tree(qtbot, window):
    board = open_dashboard(qtbot, window)
    eg = board.model.rows[5]
    assert window.current_node_id() != eg.id
    board.filters.text.setText(eg.finess)
    rect = board.table.visualRect(board.proxy.index(0, NAME))
    # a double-click as Qt 6 sees one: the press that makes the pressed index, then the double-click
    qtbot.mouseClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_node_id() == eg.id
    assert window.view.currentIndex().isValid()


def test_double_click_reveals_an_eg_the_tree_filter_hides(qtbot, window):
    board = open_dashboard(qtbot, window)
    window.filter.setText("glycines")
    window.apply_filter("glycines")
    eg = next(r for r in board.model.rows if r.name == "EHPAD Les Tilleuls")
    row = next(i for i in range(board.proxy.rowCount()) if board.proxy.index(i, NAME).data() == eg.name)
    assert board.go_to(board.proxy.index(row, NAME))
    assert window.current_node_id() == eg.id


def test_dashboard_reads_again_after_a_write(qtbot, window):
    board = open_dashboard(qtbot, window)
    eg = next(r for r in board.model.rows if r.name == "EHPAD Les Tilleuls")
    uo = next(i for i in window.tree.descendants(eg.id) if window.tree.nodes[i].kind == Kind.UO)
    with qtbot.waitSignal(board.loaded, timeout=30_000):
        window.controller.run(lambda ws: ws.nodes.delete(uo))
    assert next(r for r in board.model.rows if r.id == eg.id).fiches == eg.fiches - 1


def test_dashboard_speaks_english(qtbot, window):
    board = open_dashboard(qtbot, window)
    window.set_language("en")
    try:
        qtbot.waitUntil(lambda: board.windowTitle() == "Establishments dashboard", timeout=5_000)  # LanguageChange
        assert board.model.headerData(BLOCKING, Qt.Orientation.Horizontal) == "Blocking problems"
        assert "establishment(s)" in board.summary.text()
        assert board.filters.state.itemText(0) == "All states"
    finally:
        window.set_language("fr")


# ---------------------------------------------------------------------- the tree's state filter
def test_tree_state_filter_combined_with_text(qtbot, window):
    side, tree = window.tree_side, window.tree
    drafts = {i for i, r in tree.nodes.items() if r.status == "draft" and r.kind not in FINESS_KINDS}
    side.state_filter.setCurrentIndex(side.state_filter.findData("draft"))
    visible = window.model._visible  # noqa: SLF001
    assert visible is not None and drafts <= visible
    assert all(i in drafts or any(d in drafts for d in tree.descendants(i)) for i in visible)
    # combined with words: the drafts under (or named by) the match only
    eg = next(r for r in tree.nodes.values() if r.name == "EHPAD Les Tilleuls")
    under = drafts & set(tree.descendants(eg.id))
    assert under
    qtbot.keyClicks(window.filter, "tilleuls")
    qtbot.waitUntil(lambda: window.model._query == "tilleuls", timeout=5_000)  # noqa: SLF001
    visible = window.model._visible  # noqa: SLF001
    assert under <= visible
    assert visible - under == set(tree.ancestors(eg.id)) | {eg.id}
    assert "unité(s) affichée(s)" in window.count_label.text()
    # problems, conflicts
    side.state_filter.setCurrentIndex(side.state_filter.findData("problems"))
    assert all(tree.nodes[i].problems for i in window.model._visible - {eg.id, *tree.ancestors(eg.id)})  # noqa: SLF001
    window.filter.clear()
    side.state_filter.setCurrentIndex(side.state_filter.findData("conflict"))
    assert window.model._visible == set()  # noqa: SLF001 - the demo has no conflict
    side.state_filter.setCurrentIndex(0)
    assert window.model._visible is None  # noqa: SLF001


def test_tree_state_filter_in_validation_and_due(qtbot, window):
    ws = window.workspace
    eg = next(r for r in window.tree.nodes.values() if r.name == "EHPAD Les Tilleuls")
    dossier = ws.dossiers.of(eg.id)
    window.controller.run(lambda w: w.dossiers.set_state(dossier.id, "in_validation"))
    qtbot.waitUntil(lambda: window.model.dossier_states.get(eg.id) == "in_validation", timeout=10_000)
    side = window.tree_side
    side.state_filter.setCurrentIndex(side.state_filter.findData("in_validation"))
    tree = window.tree
    assert window.model._visible == {eg.id, *tree.ancestors(eg.id), *tree.descendants(eg.id)}  # noqa: SLF001
    dates = ws.published.dates()
    from app.models.yearly import is_due

    due = {i for i, last in dates.items() if is_due(last, datetime.date.today())}
    with qtbot.waitSignal(side.filtered, timeout=10_000, check_params_cb=lambda _n: window.model.due_egs == due):
        side.state_filter.setCurrentIndex(side.state_filter.findData("due"))
    expected = state_matches(tree, "due", due_egs=due)
    assert {i for i in window.model._visible if tree.nodes[i].kind == Kind.EG} == due  # noqa: SLF001
    assert expected <= window.model._visible  # noqa: SLF001


def test_narrowing_a_query_finds_what_a_fresh_search_finds(ws):
    tree = Tree(ws.tree.rows())
    for typed in ("e", "eh", "ehpad", "ehpad ", "ehpad l", "ehpad les t", "u", "un", "unite de v"):
        narrowed = tree.matches(typed)
        assert narrowed == Tree(ws.tree.rows()).matches(typed), typed
    before = tree.matches("tilleul")
    eg = next(r for r in tree.nodes.values() if r.name == "EHPAD Les Tilleuls")
    from app.models.changes import Changes

    tree.apply(Changes(updated={eg.id}), [eg._replace(name="EHPAD Les Cèdres Bleus")])
    assert tree.matches("tilleuls") == before - {eg.id}  # the cache is forgotten when the tree changes


def test_select_node_clears_a_state_filter_that_hides_it(qtbot, window):
    side, tree = window.tree_side, window.tree
    side.state_filter.setCurrentIndex(side.state_filter.findData("conflict"))
    eg = next(r for r in tree.nodes.values() if r.kind == Kind.EG)
    assert window.select_node(eg.id)
    assert window.current_node_id() == eg.id
    assert side.state_filter.currentData() == ""


def test_every_dashboard_message_has_english():
    import xml.etree.ElementTree as ET

    from app.views import i18n_build

    root = ET.parse(i18n_build.ts_path("en")).getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == "Dashboard")
    messages = list(context.iter("message"))
    assert len(messages) > 40
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished" and translation.text, \
            message.findtext("source")
    side = next(c for c in root.iter("context") if c.findtext("name") == "TreeSide")
    english = {m.findtext("source"): m.findtext("translation") for m in side.iter("message")}
    assert english["Sans mise à jour depuis un an"] == "Not updated for a year"
