"""A large workspace (a group of 500 EGs, a region) opens in two reads: its EJ and EG rows at once, then its units,
marks and checks."""
from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import pytest

from app.models.kinds import Kind
from app.models.refusals import MESSAGES
from app.models.rules import Mark
from app.models.store import Workspace


@pytest.fixture
def region(demo_path, tmp_path, monkeypatch) -> Path:
    """The demo workspace, opened as a region would be (the threshold lowered to its size)."""
    import app.views.controller as controller

    monkeypatch.setattr(controller, "TWO_READS_ABOVE", 5)
    path = tmp_path / "region.sqlite"
    shutil.copy(demo_path, path)
    return path


def _damage(path: Path) -> str:
    data = bytearray(path.read_bytes())
    start = (len(data) // 4096 // 2) * 4096
    data[start:start + 2 * 4096] = random.Random(7).randbytes(2 * 4096)
    path.write_bytes(bytes(data))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _empty_first_eg(path: Path) -> tuple[int, set[int]]:
    """Delete what the first EG holds; returns its id and the live nodes left."""
    with Workspace.open(path) as ws:
        eg = next(r for r in ws.tree.rows("structures") if r.kind == Kind.EG)
        for child in ws.nodes.children(eg.id):
            ws.nodes.delete(child.id)
        return eg.id, {r.id for r in ws.tree.rows()}


def _marks(controller) -> dict[int, Mark]:
    model = controller.model
    return {nid: model.row_mark(row) for nid, row in model.tree.nodes.items()}


def _open(qtbot, path: Path):
    from app.views.controller import Controller

    controller = Controller()
    steps: list[str] = []
    controller.loaded.connect(lambda _p: steps.append("loaded"))
    controller.completed.connect(lambda: steps.append("completed"))
    controller.open(path)
    return controller, steps


def test_a_region_shows_its_structures_first_then_its_units_and_marks_as_one_read_would(qtbot, region, demo_path):
    controller, steps = _open(qtbot, region)
    first: dict[str, object] = {}
    controller.loaded.connect(lambda _p: first.update(
        kinds={r.kind for r in controller.tree.nodes.values()},
        marks={nid: controller.model.row_mark(r) for nid, r in controller.tree.nodes.items()}))
    qtbot.waitUntil(lambda: steps == ["loaded", "completed"], timeout=10_000)
    assert first["kinds"] <= {Kind.EJ, Kind.EG}
    assert set(first["marks"].values()) == {Mark.DRAFT}  # no green a unit may contradict, while counting
    with Workspace.open(demo_path) as ws:
        live = {r.id for r in ws.tree.rows()}
    assert set(controller.tree.nodes) == live
    region_marks = _marks(controller)
    controller.close()

    import app.views.controller as module

    module.TWO_READS_ABOVE = 1_000_000  # the same file, read at once (the fixture's monkeypatch restores it)
    whole, steps = _open(qtbot, region)
    qtbot.waitUntil(lambda: steps == ["loaded", "completed"], timeout=10_000)
    assert _marks(whole) == region_marks and Mark.PROBLEMS in set(region_marks.values())
    whole.close()


def test_the_rows_shown_keep_their_place_selection_and_expansion_when_the_units_come(qtbot, region):
    from PySide6.QtWidgets import QTreeView

    controller, steps = _open(qtbot, region)
    view = QTreeView()
    view.setModel(controller.model)
    qtbot.addWidget(view)
    controller.loaded.connect(lambda _p: (view.expandToDepth(0), view.setCurrentIndex(
        controller.model.index_of_id(controller.tree.children(controller.tree.children(None)[0])[-1]))))
    qtbot.waitUntil(lambda: "completed" in steps, timeout=10_000)
    eg = controller.tree.children(controller.tree.children(None)[0])[-1]
    assert controller.model.id_of(view.currentIndex()) == eg
    assert view.isExpanded(controller.model.index_of_id(controller.tree.children(None)[0]))
    assert controller.model.rowCount(controller.model.index_of_id(eg)) == len(controller.tree.children(eg)) > 0
    controller.close()


def test_a_filter_typed_before_the_units_came_finds_them_once_they_are_in(qtbot, region):
    controller, steps = _open(qtbot, region)
    controller.loaded.connect(lambda _p: controller.model.set_filter("pasa"))
    qtbot.waitUntil(lambda: "completed" in steps, timeout=10_000)
    shown = controller.model._visible  # noqa: SLF001
    assert shown and any(controller.tree.nodes[i].kind == Kind.UO for i in shown)
    controller.close()


def test_a_damaged_region_is_closed_and_said_before_any_write(qtbot, region):
    before = _damage(region)
    controller, _steps = _open(qtbot, region)
    refusals: list[str] = []
    controller.refused.connect(refusals.append)
    qtbot.waitUntil(lambda: bool(refusals), timeout=10_000)
    assert refusals == [MESSAGES["workspace-damaged"].format(path=region)]
    assert controller.workspace is None and len(controller.tree) == 0
    controller.close()
    assert hashlib.sha256(region.read_bytes()).hexdigest() == before


def test_eg_rows_show_their_arrow_at_once_and_an_eg_expanded_meanwhile_shows_its_units(qtbot, region):
    from PySide6.QtTest import QAbstractItemModelTester
    from PySide6.QtWidgets import QTreeView

    controller, steps = _open(qtbot, region)
    model = controller.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    view = QTreeView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()
    first: dict[str, object] = {}

    def shown(_path: str) -> None:
        egs = [i for i, r in model.tree.nodes.items() if r.kind == Kind.EG]
        view.expandToDepth(0)
        view.expand(model.index_of_id(egs[0]))  # a user quicker than the units
        first.update(egs=egs, arrows=all(model.hasChildren(model.index_of_id(eg)) for eg in egs),
                     rows=model.rowCount(model.index_of_id(egs[0])))

    controller.loaded.connect(shown)
    qtbot.waitUntil(lambda: "completed" in steps, timeout=10_000)
    assert first["arrows"] and first["rows"] == 0
    eg = model.index_of_id(first["egs"][0])
    below = view.indexBelow(eg)  # what the view lays out under the expanded EG: its first unit
    assert view.isExpanded(eg) and below.parent() == eg
    assert model.id_of(below) == controller.tree.children(first["egs"][0])[0]
    controller.close()


def test_the_units_of_collapsed_eg_rows_come_without_laying_the_tree_out_again(qtbot, region):
    from PySide6.QtWidgets import QTreeView

    controller, steps = _open(qtbot, region)
    model = controller.model
    view = QTreeView()
    view.setModel(model)
    qtbot.addWidget(view)
    layouts: list[int] = []
    marks: list[int] = []
    model.layoutChanged.connect(lambda *_a: layouts.append(1))
    model.dataChanged.connect(lambda *_a: marks.append(1))
    controller.loaded.connect(lambda _p: view.expandToDepth(0))
    qtbot.waitUntil(lambda: "completed" in steps, timeout=10_000)
    assert layouts == [] and marks  # the EG rows repainted with their marks, nothing laid out again
    eg = next(i for i, r in model.tree.nodes.items() if r.kind == Kind.EG)
    view.expand(model.index_of_id(eg))
    assert view.indexBelow(model.index_of_id(eg)).parent() == model.index_of_id(eg)
    controller.close()


def test_an_eg_with_no_unit_loses_its_arrow_once_the_units_are_read(qtbot, region):
    from PySide6.QtWidgets import QTreeView

    eg, _live = _empty_first_eg(region)
    controller, steps = _open(qtbot, region)
    view = QTreeView()
    view.setModel(controller.model)
    qtbot.addWidget(view)
    arrows: list[bool] = []
    controller.loaded.connect(lambda _p: (view.expandToDepth(0), arrows.append(
        controller.model.hasChildren(controller.model.index_of_id(eg)))))
    qtbot.waitUntil(lambda: "completed" in steps, timeout=10_000)
    assert arrows == [True] and not controller.model.hasChildren(controller.model.index_of_id(eg))
    controller.close()


def test_another_workspace_opened_while_the_units_are_read_keeps_only_its_own_nodes(qtbot, region, tmp_path):
    other = tmp_path / "other.sqlite"
    shutil.copy(region, other)
    _eg, live = _empty_first_eg(other)
    controller, steps = _open(qtbot, region)
    controller.open(other)  # the user picks another file at once
    qtbot.waitUntil(lambda: controller.path == other and "completed" in steps and not controller.worker.busy,
                    timeout=10_000)
    qtbot.wait(200)
    assert set(controller.tree.nodes) == live and controller.workspace.path == other
    controller.close()


def test_a_damaged_workspace_left_for_another_does_not_close_the_other(qtbot, region, tmp_path):
    other = tmp_path / "other.sqlite"
    shutil.copy(region, other)
    _damage(region)
    controller, _steps = _open(qtbot, region)
    controller.open(other)
    qtbot.waitUntil(lambda: controller.path == other and not controller.worker.busy, timeout=10_000)
    qtbot.wait(200)
    with Workspace.open(other) as ws:
        live = {r.id for r in ws.tree.rows()}
    assert controller.workspace is not None and controller.path == other and set(controller.tree.nodes) == live
    controller.close()


def test_a_write_asked_before_the_damage_is_known_writes_nothing(qtbot, region):
    before = _damage(region)
    controller, _steps = _open(qtbot, region)
    refusals: list[str] = []
    outcome: list[object] = []
    controller.refused.connect(refusals.append)

    def favourite(_path: str) -> None:
        eg = next(i for i, r in controller.tree.nodes.items() if r.kind == Kind.EG)
        controller.run(lambda ws: ws.nodes.set_favourite(eg, True), on_done=outcome.append,
                       on_error=outcome.append)

    controller.loaded.connect(favourite)
    qtbot.waitUntil(lambda: bool(refusals) and bool(outcome), timeout=10_000)
    controller.close()
    assert refusals == [MESSAGES["workspace-damaged"].format(path=region)]  # said once
    assert isinstance(outcome[0], Exception)
    assert hashlib.sha256(region.read_bytes()).hexdigest() == before


def test_a_filter_typed_while_the_units_are_read_shows_them_expanded_around_the_current_node(qtbot, region):
    from app.views.main_window import MainWindow

    win = MainWindow(remember=False)
    qtbot.addWidget(win)
    win.show()
    current: list[int | None] = []

    def typed(_path: str) -> None:
        win.filter.setText("pasa")  # typed at once: the first keystroke after a pause filters at once
        current.append(win.current_node_id())

    win.workspaceOpened.connect(typed)
    with qtbot.waitSignal(win.workspaceCompleted, timeout=10_000):
        win.open_workspace(region)
    model = win.model
    units = [i for i in model.tree.matches("pasa") if model.tree.nodes[i].kind == Kind.UO]
    assert units and all(model.index_of_id(i).isValid() for i in units)
    assert all(win.view.isExpanded(model.index_of_id(a)) for a in model.tree.ancestors(units[0]))
    assert current[0] is None or win.current_node_id() == current[0]
    win.close()
