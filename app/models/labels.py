"""The naming rule for units given to ROR referents (DOMAIN.md).

A unit is named "Unité" + the name of its type of offer, with the first letter of each word in capitals, and
accepted acronyms (UPHV, EHPAD ...) kept as they are. "Word" here means every part of a word after a hyphen or
an apostrophe too: "d'accueil" -> "D'Accueil", "moyen-séjour" -> "Moyen-Séjour", because the rule says each
word and referents read "D'Accueil" as two words. Only first letters are raised: the rest of a word is kept, so
nothing typed on purpose is lowered. An all-capital word of two letters or more ("CUMP", "E.H.P.A.D.") is taken
as an acronym and kept; a known acronym typed in lower case ("ehpad") is put back in capitals.
"""
from __future__ import annotations

import re

ACRONYMS: tuple[str, ...] = (
    "UPHV", "EHPAD", "IME", "MAS", "FAM", "SSIAD", "SAMSAH", "SAVS", "ESAT", "UHR", "PASA", "USLD", "SMR",
    "MCO", "HAD", "CMPP", "CAMSP", "UCC", "USIP", "UHCD", "SAU", "SMUR", "PSY",
    "CMP", "CATTP", "HDJ", "HDN", "UHSA", "UMD", "UVP", "PUV", "EAM", "EANM", "ESA", "SAD", "IEM", "ITEP",
    "EEAP", "SESSAD", "SSR", "USC", "UNV", "SSPI", "UMG", "EMG", "CSAPA", "CAARUD", "CRA", "CUMP",
    "SPASAD", "ESRP", "ESPO", "UEROS", "PEA", "CAFS", "MARPA", "UHTCD", "SMPR", "EMPP", "ULIS", "SAAD",
)
_ACRONYMS_BY_KEY = {a.casefold(): a for a in ACRONYMS}

UNIT_WORD = "Unité"
_UNIT_STARTS = {"unite", "unites", "unité", "unités"}

# A word is cut into parts after hyphens and apostrophes (straight or typographic), keeping the separators.
_PART_SPLIT = re.compile(r"([-'’])")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def _is_acronym(part: str) -> bool:
    letters = _LETTERS.findall(part)
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title_part(part: str) -> str:
    core = part.strip("().,;:!?«»\"/[]")
    known = _ACRONYMS_BY_KEY.get(core.casefold())
    if known is not None and core:
        return part.replace(core, known, 1)
    if _is_acronym(part):
        return part
    for i, char in enumerate(part):
        if char.isalpha():
            return part[:i] + char.upper() + part[i + 1:]
        if char.isdigit():  # "1er", "2ème": a number starts the word, nothing to raise
            return part
    return part


def _title_word(word: str) -> str:
    return "".join(p if p in "-'’" else _title_part(p) for p in _PART_SPLIT.split(word))


def title_case(text: str) -> str:
    """Each word's first letter in capitals, acronyms kept, whitespace runs (even newlines) made single spaces."""
    return " ".join(_title_word(w) for w in (text or "").split())


def suggest_label(type_offre_display: str) -> str:
    """The name the rule gives a unit of this type: "Unité " + the type name, title-cased.

    A type name that already starts with "Unité"/"Unités" is not prefixed a second time.
    """
    words = (type_offre_display or "").split()
    if not words:
        return UNIT_WORD
    first = words[0].casefold()
    if first in _UNIT_STARTS:
        words[0] = UNIT_WORD + ("s" if first.endswith("s") else "")
        return title_case(" ".join(words))
    return title_case(" ".join([UNIT_WORD, *words]))


def check_label(name: str | None, type_offre_display: str | None = None) -> list[str]:
    """French remarks when a unit name breaks the rule (empty list when it follows it).

    With the type of offer, a name that differs from the suggested one also gets a remark naming the suggestion.
    """
    text = name or ""
    if not text.strip():
        return ["Le nom est vide."]
    remarks: list[str] = []
    if text != text.strip():
        remarks.append("Le nom commence ou finit par un espace.")
    inner = text.strip()
    if "  " in inner or any(c in inner for c in "\t\n\r"):
        remarks.append("Le nom contient des espaces doubles ou des retours à la ligne.")
    wrong = [w for w in inner.split() if _title_word(w) != w]
    if wrong:
        quoted = ", ".join(f"« {w} »" for w in wrong[:5])
        more = " ..." if len(wrong) > 5 else ""
        remarks.append(f"Chaque mot commence par une majuscule : {quoted}{more}.")
    if type_offre_display:
        suggestion = suggest_label(type_offre_display)
        if " ".join(inner.split()).casefold() != suggestion.casefold():
            remarks.append(f"Nom conseillé pour ce type d'offre : « {suggestion} ».")
    return remarks
