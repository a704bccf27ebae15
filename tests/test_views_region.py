"""A region (40,000 fiches) opens in two reads: its EJ and EG rows at once, then its units, marks and checks."""
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

    monkeypatch.setattr(controller, "REGION_ABOVE", 5)
    path = tmp_path / "region.sqlite"
    shutil.copy(demo_path, path)
    return path


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

    module.REGION_ABOVE = 1_000_000  # the same file, read at once (the fixture's monkeypatch restores it)
    whole, steps = _open(qtbot, region)
    qtbot.waitUntil(lambda: steps == ["loaded"], timeout=10_000)
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
    data = bytearray(region.read_bytes())
    start = (len(data) // 4096 // 2) * 4096
    data[start:start + 2 * 4096] = random.Random(7).randbytes(2 * 4096)
    region.write_bytes(bytes(data))
    before = hashlib.sha256(region.read_bytes()).hexdigest()
    controller, _steps = _open(qtbot, region)
    refusals: list[str] = []
    controller.refused.connect(refusals.append)
    qtbot.waitUntil(lambda: bool(refusals), timeout=10_000)
    assert refusals == [MESSAGES["workspace-damaged"].format(path=region)]
    assert controller.workspace is None and len(controller.tree) == 0
    controller.close()
    assert hashlib.sha256(region.read_bytes()).hexdigest() == before
