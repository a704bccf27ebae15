"""The views' modules stay small and import each other without cycles (TYPE_CHECKING and function-level
imports count: a cycle hidden there is still a cycle of responsibilities)."""
from __future__ import annotations

import ast
from pathlib import Path

VIEWS = Path(__file__).resolve().parent.parent / "app" / "views"
MAX_LINES = 350  # a view module above it holds more than one responsibility: split it (forms, main window)


def module_name(path: Path) -> str:
    parts = path.relative_to(VIEWS.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    """Every app.views module and the app.views modules it imports, wherever the import is written."""
    modules = {module_name(p): p for p in VIEWS.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app.views"):
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names
                             if f"{node.module}.{a.name}" in modules)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name in modules)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found, state, stack = [], {}, []

    def visit(node: str) -> None:
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_no_import_cycle_between_view_modules():
    graph = imports()
    assert "app.views.sync_controller" in graph and "app.views.forms.registry" in graph
    assert cycles(graph) == []


def test_the_parts_that_were_tangled_stand_alone():
    graph = imports()
    assert "app.views.controller" not in graph["app.views.commands"]
    assert "app.views.main_window" not in graph["app.views.sync_controller"]
    widgets = {f"app.views.forms.{m}" for m in ("field_widgets", "field_base", "number_widgets", "choice_widgets",
                                                 "search_picker", "multi_choice", "group_widgets", "hours_editor",
                                                 "hours_day", "time_widgets")}
    assert not graph["app.views.forms.registry"] & widgets  # the registry imports no widget it registers
    assert not any("app.views.main_window" in deps for name, deps in graph.items()
                   if name.startswith("app.views.sync"))


def test_no_view_module_is_too_long():
    long = {module_name(p): n for p in VIEWS.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_the_registry_picks_shapes_first_then_types(qapp):
    from forms_helpers import item, questionnaire

    from app.models.forms import load_questionnaire
    from app.views.forms import widgets
    from app.views.forms.choice_widgets import ChoiceWidget, MultiChoiceWidget
    from app.views.forms.field_widgets import IntegerWidget, MultiTextWidget, StringWidget
    from app.views.forms.group_widgets import RepeatGroupWidget

    q = load_questionnaire(questionnaire(
        item("g", "group", repeats=True, item=[item("g.a"), item("g.b", "integer")]),
        item("c", "choice"), item("cs", "choice", repeats=True), item("t", "string", repeats=True),
        item("n", "integer"), item("s", "string"), item("odd", "attachment")))
    expected = {"g": RepeatGroupWidget, "c": ChoiceWidget, "cs": MultiChoiceWidget, "t": MultiTextWidget,
                "n": IntegerWidget, "s": StringWidget, "odd": StringWidget}
    assert {k: widgets.widget_class(q.get(k)) for k in expected} == expected
