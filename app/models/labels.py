"""The naming rule for units given to ROR referents (DOMAIN.md).

A unit is named "Unité" + the name of its type of offer, with the first letter of each word in capitals, and
accepted acronyms (UPHV, EHPAD ...) kept as they are. "Word" here means every part of a word after a hyphen or
an apostrophe too: "d'accueil" -> "D'Accueil", "moyen-séjour" -> "Moyen-Séjour", because the rule says each
word and referents read "D'Accueil" as two words. Only first letters are raised: the rest of a word is kept, so
nothing typed on purpose is lowered. An all-capital word of two letters or more ("CUMP", "E.H.P.A.D.") is taken
as an acronym and kept; a known acronym typed in lower case ("ehpad") is put back in capitals.

The nomenclature's type names carry qualifiers that are not part of a usual name: "…, sans spécificité" is
dropped, "…, avec spécificité Unité d'Hébergement Renforcé (UHR)" keeps only the speciality, "Service
d'accompagnement, …" keeps what follows, and a trailing ",..." in parentheses goes (`usual_type_name`).

`label_remarks` says what breaks the rule as keyed remarks (`Remark(key, args, words)`, French templates in
`REMARKS`; the views translate the key); `check_label` gives the same remarks as French sentences.
`default_unit_names` is what the tree names new units: the rule for a unit of a known type, else the kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

ACRONYMS: tuple[str, ...] = (
    "UPHV", "EHPAD", "IME", "MAS", "FAM", "SSIAD", "SAMSAH", "SAVS", "ESAT", "UHR", "PASA", "USLD", "SMR",
    "MCO", "HAD", "CMPP", "CAMSP", "UCC", "USIP", "UHCD", "SAU", "SMUR", "PSY",
    "CMP", "CATTP", "HDJ", "HDN", "UHSA", "UMD", "UVP", "PUV", "EAM", "EANM", "ESA", "SAD", "IEM", "ITEP",
    "EEAP", "SESSAD", "SSR", "USC", "UNV", "SSPI", "UMG", "EMG", "CSAPA", "CAARUD", "CRA", "CUMP",
    "SPASAD", "ESRP", "ESPO", "UEROS", "PEA", "CAFS", "MARPA", "UHTCD", "SMPR", "EMPP", "ULIS", "SAAD",
)
# The other acronyms of the type d'offre names (JDV_J238): known, so a name taken from a type is never flagged,
# but not put back in capitals when typed in lower case (some are words too: "cap", "act").
TYPE_ACRONYMS: tuple[str, ...] = (
    "ACT", "BAPU", "CAP", "CJC", "CLAT", "CPP", "CPTS", "CRIAVS", "CRP", "CRT", "DAC", "EARS", "ELSA", "EMAS",
    "EMER", "EMGP", "EMSP", "EOH", "ERRSPP", "ESJ", "ESMS", "ESSIP", "EVARS", "HGE", "LAM", "LHSS", "MAIA",
    "MDA", "MIR", "MIT", "MPR", "MSP", "ORL", "PAEJ", "PCO", "PCPE", "PMI", "PUI", "S3AIS", "SAFEP", "SAMU",
    "SDC", "SSEFIS", "TCA", "UAD", "UDM", "USI", "USIC", "USIH", "USINV",
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


# Qualifiers of the nomenclature that are not part of a usual name.
_WITHOUT = re.compile(r",\s*sans\s+sp[ée]cificit[ée]s?\s*$", re.IGNORECASE)
_WITH = re.compile(r"^.*?,\s*avec\s+sp[ée]cificit[ée]s?\s+", re.IGNORECASE)
_FAMILY = re.compile(r"^service\s+d['’]accompagnement\s*,\s*", re.IGNORECASE)
_ELLIPSIS = re.compile(r"\s*,?\s*(\.\.\.|…)\s*(?=\))")
_QUALIFIERS = re.compile(r",\s*(sans|avec)\s+sp[ée]cificit[ée]s?", re.IGNORECASE)

KIND_NAMES = {"EJ": "Entité Juridique", "EG": "Entité Géographique", "P": "Pôle", "PM": "Pôle Multi-Sites",
              "S": "Service", "S2": "Sous-Service", "UF": "Unité Fonctionnelle", "UO": "Unité Opérationnelle"}


def usual_type_name(type_offre_display: str) -> str:
    """The type's name as referents say it: the nomenclature's qualifiers dropped (see the module docstring)."""
    text = " ".join((type_offre_display or "").split())
    text = _WITHOUT.sub("", text)
    text = _WITH.sub("", text)
    text = _FAMILY.sub("", text)
    return _ELLIPSIS.sub("", text).strip(" ,")


def suggest_label(type_offre_display: str) -> str:
    """The name the rule gives a unit of this type: "Unité " + the usual type name, title-cased.

    A type name that already starts with "Unité"/"Unités" is not prefixed a second time.
    """
    words = usual_type_name(type_offre_display).split()
    if not words:
        return UNIT_WORD
    first = words[0].casefold()
    if first in _UNIT_STARTS:
        words[0] = UNIT_WORD + ("s" if first.endswith("s") else "")
        return title_case(" ".join(words))
    return title_case(" ".join([UNIT_WORD, *words]))


def default_unit_names(kind: str, count: int = 1, typed: str = "", type_offre_display: str | None = None) -> list[str]:
    """The names of `count` new units: what was typed, else the rule's name for a unit of a known type, else
    the kind's name ("Unité Fonctionnelle"); numbered 1..count when there are several. Never a bare number."""
    base = " ".join((typed or "").split())
    if not base:
        base = suggest_label(type_offre_display) if kind == "UO" and type_offre_display else KIND_NAMES.get(kind, kind)
    count = max(1, int(count))
    return [base] if count == 1 else [f"{base} {n}" for n in range(1, count + 1)]


REMARKS = {
    "name-empty": "Le nom est vide.",
    "name-edge-spaces": "Le nom commence ou finit par un espace.",
    "name-inner-spaces": "Le nom contient des espaces doubles ou des retours à la ligne.",
    "name-lower-words": "Chaque mot commence par une majuscule : {words}.",
    "name-acronym-case": "Sigle à écrire en capitales : {words}.",
    "name-unknown-acronym": "Sigle inconnu : {words} ; vérifiez-le ou écrivez le mot en entier.",
    "name-qualifier": "{words} ne fait pas partie du nom usuel : retirez-le.",
    "name-suggestion": "Nom conseillé pour ce type d'offre : « {suggestion} ».",
}


@dataclass(frozen=True)
class Remark:
    """One way a name breaks the rule: a key of REMARKS, the values of its placeholders, and the words it is
    about (`{words}`: quoted the way the reader's language quotes, « mot » in French)."""

    key: str
    args: dict[str, str] = field(default_factory=dict)
    words: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return REMARKS[self.key].format(words=quote_words(self.words), **self.args)


def quote_words(words: tuple[str, ...] | list[str], quote: str = "« {0} »", limit: int = 5) -> str:
    """« a », « b » ... (at most `limit` words), each in `quote`."""
    quoted = ", ".join(quote.format(w) for w in words[:limit])
    return quoted + (" ..." if len(words) > limit else "")


def _acronym_key(word: str) -> str:
    return "".join(c for c in word if c.isalnum()).upper()


def _unknown_acronyms(words: list[str], type_offre_display: str | None) -> list[str]:
    known = {_acronym_key(a) for a in (*ACRONYMS, *TYPE_ACRONYMS)}
    known |= {_acronym_key(w) for w in (type_offre_display or "").split() if _is_acronym(w)}
    unknown: list[str] = []
    for word in words:
        for part in _PART_SPLIT.split(word):
            core = part.strip("().,;:!?«»\"/[]")
            if _is_acronym(core) and _acronym_key(core) not in known and core not in unknown:
                unknown.append(core)
    return unknown


def label_remarks(name: str | None, type_offre_display: str | None = None) -> list[Remark]:
    """What breaks the rule in a unit name (empty when it follows it): spaces, words without a capital,
    acronyms nobody knows, nomenclature qualifiers; with the type of offer, the suggested name when it differs."""
    text = name or ""
    if not text.strip():
        return [Remark("name-empty")]
    remarks: list[Remark] = []
    if text != text.strip():
        remarks.append(Remark("name-edge-spaces"))
    inner = text.strip()
    if "  " in inner or any(c in inner for c in "\t\n\r"):
        remarks.append(Remark("name-inner-spaces"))
    words = inner.split()
    wrong = [w for w in words if _title_word(w) != w]
    acronyms = [w for w in wrong if _title_word(w).casefold() == w.casefold() and _is_acronym(_title_word(w))]
    lower = [w for w in wrong if w not in acronyms]
    if lower:
        remarks.append(Remark("name-lower-words", words=tuple(lower)))
    if acronyms:
        remarks.append(Remark("name-acronym-case", words=tuple(_title_word(w) for w in acronyms)))
    unknown = _unknown_acronyms(words, type_offre_display)
    if unknown:
        remarks.append(Remark("name-unknown-acronym", words=tuple(unknown)))
    qualifier = _QUALIFIERS.search(inner)
    if qualifier:
        remarks.append(Remark("name-qualifier", words=(qualifier.group(0).strip(" ,"),)))
    if type_offre_display:
        suggestion = suggest_label(type_offre_display)
        if " ".join(words).casefold() != suggestion.casefold():
            remarks.append(Remark("name-suggestion", {"suggestion": suggestion}))
    return remarks


def check_label(name: str | None, type_offre_display: str | None = None) -> list[str]:
    """French remarks when a unit name breaks the rule (empty list when it follows it).

    With the type of offer, a name that differs from the suggested one also gets a remark naming the suggestion.
    """
    return [remark.text for remark in label_remarks(name, type_offre_display)]
