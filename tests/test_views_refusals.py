"""Refusals in the user's language: the window asks the rules before offering an action and says a refusal
(the store's key and arguments) with the translated template and the translated kind and state labels."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from test_views_window import IME, idle, select, window  # noqa: F401

from app.models.refusals import MESSAGES, Refusal
from app.views import i18n_build
from app.views.commands import RenameCommand
from app.views.i18n import TRANSLATIONS
from app.views.refusal_text import refusal_text

FINESS_RENAME = "This name comes from FINESS and cannot be changed here: contact support."


def test_a_refused_rename_of_a_finess_unit_is_said_in_english(qtbot, window):  # noqa: F811
    try:
        window.set_language("en")
        eg = select(qtbot, window, IME)
        name = window.model.tree.nodes[eg].name
        # the rules are asked first: the action is greyed out and says why
        assert not window.act_rename.isEnabled()
        assert window.act_rename.toolTip() == FINESS_RENAME
        assert window.act_delete.toolTip() == "Site from FINESS: it cannot be deleted."
        # what reaches the store anyway (a command, an undo) comes back in English too
        with qtbot.waitSignal(window.refused, timeout=20_000) as refusal:
            window.controller.execute(RenameCommand(window.controller, eg, name, "Autre nom"))
        assert refusal.args[0] == FINESS_RENAME
        assert window.notice.text() == FINESS_RENAME
        with qtbot.waitSignal(window.refused, timeout=20_000) as refusal:
            window.controller.run(lambda ws: ws.nodes.create(eg, "S", ["Service X"]))
        assert refusal.args[0] == "Services exist only in health (sanitaire) structures."
        assert window.model.tree.nodes[eg].name == name and window.stack.count() == 0
    finally:
        TRANSLATIONS.apply("fr")
    idle(qtbot, window)
    assert refusal_text(Refusal("finess-rename")) == MESSAGES["finess-rename"]


def test_every_refusal_has_its_english_sentence(qapp):
    root = ET.parse(i18n_build.ts_path("en")).getroot()
    # the refusals, and the problems of a fiche with the day names they use (context "Problem")
    for name, messages in i18n_build.model_contexts().items():
        context = next(c for c in root.iter("context") if c.findtext("name") == name)
        english = {m.findtext("source"): m.find("translation") for m in context.iter("message")}
        for key, template in messages.items():
            translation = english.get(template)
            assert translation is not None and translation.get("type") != "unfinished" and translation.text, key
    args = {"node_id": 7, "child": "S", "parent": "EG", "kind": "EG", "count": 2, "state": "in_validation",
            "name": "X", "current": "open", "target": "published", "path": "/tmp/w.sqlite", "revision": "9",
            "item": "X", "names": "X",
            # the server's refusals (app/sync/errors.py)
            "host": "h:1", "url": "https://h/fhir", "seconds": "30", "location": "o:2/x", "suggestion": "s",
            "content_type": "text/html", "size": 64, "found": "Patient", "expected": "Bundle", "what": "O/1",
            "server": "h:1", "user": "u", "variable": "V", "code": 418,
            # lits et places (app/models/capacities.py, capacity_import.py)
            "used": 5, "ceiling": 4, "closed": 3, "installed": 2, "line": 4, "reason": "r",
            "unit": "u", "columns": "nombre", "value": "x"}
    try:
        TRANSLATIONS.apply("en")
        for key in MESSAGES:
            if key == "sync-said":  # a sentence the server said, shown as it came
                continue
            needed = {k: v for k, v in args.items() if "{" + k + "}" in MESSAGES[key]}
            text = refusal_text(Refusal(key, **needed))
            assert "{" not in text and text != Refusal(key, **needed).args[0], key  # said, and in English
        # kinds and states through the views' own English labels
        said = refusal_text(Refusal("placement-kind", child="S", parent="UF"))
        assert said == "A department cannot be placed under a functional unit."
        said = refusal_text(Refusal("dossier-locked", state="in_validation", name="IME"))
        assert said == "Dossier being validated: “IME” cannot be changed before the validator's answer."
    finally:
        TRANSLATIONS.apply("fr")


def test_the_build_keeps_refusal_translations_and_follows_the_messages():
    ts = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en_GB">\n'
          "<context>\n    <name>Banner</name>\n    <message>\n        <source>Oui</source>\n"
          "        <translation>Yes</translation>\n    </message>\n</context>\n"
          "<context>\n    <name>Refusal</name>\n    <message>\n        <source>Ancien message</source>\n"
          "        <translation>Old message</translation>\n    </message>\n</context>\n"
          "<context>\n    <name>TreeModel</name>\n    <message>\n        <source>Nom</source>\n"
          "        <translation>Name</translation>\n    </message>\n</context>\n</TS>\n")
    kept = i18n_build.refusal_translations(ts)
    assert kept == {"Ancien message": "Old message"}
    kept[MESSAGES["name-required"]] = "The name is required."
    built = i18n_build.with_refusals(ts, kept)
    root = ET.fromstring(built)
    names = [c.findtext("name") for c in root.iter("context")]
    assert names == ["Banner", "Refusal", "TreeModel"]
    refusal = next(c for c in root.iter("context") if c.findtext("name") == "Refusal")
    sources = [m.findtext("source") for m in refusal.iter("message")]
    assert sources == list(MESSAGES.values())  # the old template is gone, every current one is there
    assert i18n_build.refusal_translations(built) == {MESSAGES["name-required"]: "The name is required."}
    assert "<source>Oui</source>" in built and "<source>Nom</source>" in built
