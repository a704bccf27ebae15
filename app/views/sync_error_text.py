"""The errors of a sync report said in the interface's language.

The sync engine (app/sync/engine.py) keeps its report's errors as French lines: a refusal's French sentence
(`str(Refusal)`), sometimes after the unit's name ("EHPAD X : Le serveur a répondu 422."), or inside a few
sentences of its own ("Dossier refusé par le serveur : ..."). The window must not show them in French when the
interface is English, so each line is read back here: the refusal is found again from its French template
(app.models.refusals.MESSAGES, placeholders matched) and said through `refusal_text`; the engine's own sentences
have their translations in the "SyncError" context. What is not recognised (a server's own words) is kept.
"""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from app.models.refusals import KIND_ARGS, MESSAGES, STATE_ARGS, Refusal
from app.views.refusal_text import refusal_text

PLACEHOLDER = re.compile(r"\{(\w+)\}")
RETRY = " (nouvel essai à la prochaine synchronisation)"


def _sentences() -> dict[str, str]:
    """The engine's own sentences (app/sync/engine_push.py), French -> in the interface's language."""
    return {
        "Rien à envoyer pour cette unité.": QCoreApplication.translate("SyncError", "Rien à envoyer pour cette "
                                                                                  "unité."),
        "Version du serveur instable : réessayez plus tard.": QCoreApplication.translate(
            "SyncError", "Version du serveur instable : réessayez plus tard."),
        "Les capacités de cette unité ont été modifiées sur le serveur entre-temps : synchronisez pour les "
        "récupérer, puis recommencez.": QCoreApplication.translate(
            "SyncError", "Les capacités de cette unité ont été modifiées sur le serveur entre-temps : synchronisez "
                         "pour les récupérer, puis recommencez."),
    }


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A pattern per refusal template, the most specific first; templates whose arguments are shown through
    labels (kinds, states) or that are a bare "{message}" cannot be read back and are left out."""
    found = []
    for key, template in MESSAGES.items():
        names = PLACEHOLDER.findall(template)
        if not template.strip("{}").replace("message", "") or set(names) & (set(KIND_ARGS) | set(STATE_ARGS)):
            continue
        parts, seen, literal = [], set(), 0
        for piece in re.split(r"(\{\w+\})", template):
            name = piece[1:-1] if PLACEHOLDER.fullmatch(piece) else None
            if name is None:
                parts.append(re.escape(piece))
                literal += len(piece)
            elif name in seen:
                parts.append(f"(?P={name})")
            else:
                seen.add(name)
                parts.append(f"(?P<{name}>.+?)")
        found.append((literal, key, re.compile("".join(parts) + r"\Z", re.S)))
    found.sort(key=lambda entry: -entry[0])
    return tuple((key, pattern) for _literal, key, pattern in found)


def reason_text(french: str) -> str | None:
    """A refusal's or the engine's French sentence in the interface's language; None when not recognised."""
    known = _sentences().get(french)
    if known is not None:
        return known
    for key, pattern in _patterns():
        match = pattern.match(french)
        if match:
            return refusal_text(Refusal(key, **match.groupdict()))
    return None


def report_error_text(line: str) -> str:
    """One line of a sync report's errors in the interface's language (kept as it is when not recognised)."""
    for prefix, template in (
            ("Dossier refusé par le serveur : ",
             QCoreApplication.translate("SyncError", "Dossier refusé par le serveur : {0}")),
            ("Retrait du dossier refusé par le serveur : ",
             QCoreApplication.translate("SyncError", "Retrait du dossier refusé par le serveur : {0}"))):
        if line.startswith(prefix):
            rest = line[len(prefix):]
            return template.format(reason_text(rest) or rest)
    whole = reason_text(line)
    if whole is not None:
        return whole
    retry = line.endswith(RETRY)
    body = line[:-len(RETRY)] if retry else line
    start = 0
    while (cut := body.find(" : ", start)) != -1:  # "unit name : reason", the name may hold " : " itself
        said = reason_text(body[cut + 3:])
        if said is not None:
            template = (QCoreApplication.translate("SyncError", "{0} : {1} (nouvel essai à la prochaine "
                                                                "synchronisation)") if retry
                        else QCoreApplication.translate("SyncError", "{0} : {1}"))
            return template.format(body[:cut], said)
        start = cut + 1
    return line
