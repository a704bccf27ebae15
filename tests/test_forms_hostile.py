"""Hostile Questionnaires: nested 900 levels deep, enableWhen conditions in a cycle, 10,000 items. The parser,
`ror-referent form-check` (the installed command, in a subprocess) and the form renderer refuse each with one
sentence in the user's language, and never show a traceback."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from forms_helpers import item, questionnaire

from app.models import fiche_service
from app.models.forms import QuestionnaireError, load_questionnaire
from app.models.forms.questionnaire import MAX_DEPTH, MAX_ITEMS
from app.models.refusals import MESSAGES
from app.views.i18n import TRANSLATIONS
from app.views.refusal_text import refusal_text

COMMAND = Path(sys.executable).with_name("ror-referent")


def nested(levels: int) -> dict:
    """A Questionnaire whose items are nested `levels` deep (groups down to one question)."""
    inner = item(f"q{levels}")
    for n in range(levels - 1, 0, -1):
        inner = item(f"g{n}", "group", item=[inner])
    return questionnaire(inner)


def nested_text(levels: int) -> str:
    """The JSON text of `nested(levels)`, written without a recursive encoder (which stops at ~1,000 levels)."""
    head = "".join(f'{{"linkId": "g{n}", "type": "group", "text": "G{n}", "item": [' for n in range(1, levels))
    return ('{"resourceType": "Questionnaire", "status": "active", "item": [' + head
            + f'{{"linkId": "q{levels}", "type": "string", "text": "Q"}}' + "]}" * (levels - 1) + "]}")


def exists(question: str) -> dict:
    return {"question": question, "operator": "exists", "answerBoolean": True}


def cycle() -> dict:
    """a shows when c is answered, c when b is, b when a is: none of them can ever show."""
    return questionnaire(item("a", enableWhen=[exists("c")]), item("b", enableWhen=[exists("a")]),
                         item("c", enableWhen=[exists("b")]), item("d"))


def many(count: int) -> dict:
    return questionnaire(item("g", "group", item=[item(f"q{n}", "integer" if n % 2 else "string")
                                                  for n in range(count)]))


HOSTILE = {"deep": (nested(900), "form-too-deep"), "cycle": (cycle(), "form-enablewhen-cycle"),
           "large": (many(10_000), "form-too-large")}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_the_parser_refuses_each_hostile_form_with_its_key(name):
    data, key = HOSTILE[name]
    with pytest.raises(QuestionnaireError) as refused:
        load_questionnaire(data)
    assert refused.value.key == key
    said = str(refused.value)
    assert said.count(".") == 1 and said.endswith(".") and "{" not in said  # one sentence, filled in


def test_the_cycle_is_named_and_other_cycles_are_found():
    with pytest.raises(QuestionnaireError, match="a → c → b → a|b → a → c → b|c → b → a → c"):
        load_questionnaire(cycle())
    itself = questionnaire(item("a", enableWhen=[exists("a")]))
    with pytest.raises(QuestionnaireError, match="a → a"):
        load_questionnaire(itself)
    # a group shown only when one of its own questions is answered: the question is inside, never shown
    inside = questionnaire(item("g", "group", enableWhen=[exists("q")], item=[item("q")]))
    with pytest.raises(QuestionnaireError, match="boucle|rond"):
        load_questionnaire(inside)


def test_conditions_that_do_not_loop_are_kept():
    chain = questionnaire(item("a"), item("b", enableWhen=[exists("a")]),
                          item("g", "group", enableWhen=[exists("b")], item=[item("c", enableWhen=[exists("a")])]))
    q = load_questionnaire(chain)
    assert [c.question for c in q.get("c").enable_when] == ["a"]


def test_the_limits_leave_room_for_real_forms():
    assert load_questionnaire(json.loads(nested_text(MAX_DEPTH))).get(f"q{MAX_DEPTH}") is not None
    assert len(load_questionnaire(nested(MAX_DEPTH)).all_items) == MAX_DEPTH
    assert len(load_questionnaire(many(MAX_ITEMS - 1)).all_items) == MAX_ITEMS
    with pytest.raises(QuestionnaireError, match=str(MAX_DEPTH)):
        load_questionnaire(nested(MAX_DEPTH + 1))
    deep_extension = questionnaire(item("a", extension=[json.loads("[" * 500 + "]" * 500)]))
    with pytest.raises(QuestionnaireError) as refused:
        load_questionnaire(deep_extension)
    assert refused.value.key == "form-too-deep"


# -- the command line, as installed ------------------------------------------------------------------------------
def form_check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(COMMAND), "form-check", str(path)], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name, text, words", [
    ("deep-900.json", nested_text(900), "imbriqué trop profondément"),  # 1,800 JSON levels: beyond the JSON reader
    ("deep-100.json", nested_text(100), f"plus de {MAX_DEPTH} niveaux"),  # readable JSON, too deep a form
    ("cycle.json", json.dumps(cycle()), "tournent en rond ("),
    ("large.json", json.dumps(many(10_000)), f"plus de {MAX_ITEMS} éléments"),
])
def test_form_check_refuses_hostile_forms_in_one_sentence(tmp_path, name, text, words):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    done = form_check(path)
    assert done.returncode == 2, done
    assert done.stdout == "" and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ror-referent: ") and words in lines[0], lines


def test_form_check_still_reports_a_sound_form(tmp_path):
    path = tmp_path / "fine.json"
    path.write_text(json.dumps(many(300)), encoding="utf-8")
    done = form_check(path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["items"] == 301


# -- the renderer -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_the_window_says_the_refusal_in_english(qapp, name):
    data, key = HOSTILE[name]
    with pytest.raises(QuestionnaireError) as refused:
        load_questionnaire(data)
    try:
        TRANSLATIONS.apply("en")
        said = refusal_text(refused.value)
    finally:
        TRANSLATIONS.apply("fr")
    assert said != str(refused.value) and said.startswith(("The Questionnaire", "The display conditions")), said
    assert said.count(".") == 1 and "{" not in said
    assert refusal_text(refused.value) == str(refused.value) != MESSAGES[key]  # back in French, filled in


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_fiche_whose_form_is_hostile_is_refused_in_the_form(qtbot, ws, view, monkeypatch, name):
    data, _key = HOSTILE[name]
    monkeypatch.setattr(fiche_service, "load_form", lambda _form_id: data)
    monkeypatch.setattr(fiche_service, "_cache", {})
    node = next(r for r in ws.nodes.all() if r.kind == "UO")
    view.load(node.id)
    qtbot.waitUntil(lambda: view.message.isVisible(), timeout=5000)
    text = view.message.text()
    assert text.startswith(("Le questionnaire", "Les conditions d'affichage")) and "Traceback" not in text, text
    assert view.built is None and view.opened is None
