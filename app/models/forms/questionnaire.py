"""Parse a FHIR SDC Questionnaire (dict) into a tree of `ItemDef`, coping with real-world defects.

The ROR publishes its entry forms as SDC Questionnaires whose JSON carries defects (stray quotes in codes,
duplicated answer options, options without a system, value sets nobody holds). A renderer must still show
them, so the parser repairs what it safely can and records each repair in `Questionnaire.warnings` (for
support); it raises `QuestionnaireError` (a `Refusal`: a message key the window translates, French for the
command line) when the document is not a usable Questionnaire at all, or is hostile: items nested deeper than
`MAX_DEPTH` levels, more than `MAX_ITEMS` items, or enableWhen conditions that form a cycle (those questions could
never show). Every walk over the document is iterative or bounded by `MAX_DEPTH`, so no input reaches Python's
recursion limit.

Texts in other languages come from the FHIR `translation` extension on `_text`, `_prefix`, `_title`, on an
answerOption's `valueCoding._display` / `_valueString`, and on help texts; the source language is French.

Public API:
    load_questionnaire(data: dict, pack=None) -> Questionnaire
    Questionnaire: .url .version .name .title .items (roots) .warnings .launch_contexts
                   .get(linkId) -> ItemDef | None, .walk() -> Iterator[ItemDef] (every item, depth first),
                   .stats() -> dict (the counts `ror-referent form-check` prints), .raw (the input dict)
    ItemDef: one item (see the dataclass fields); .children, .parent (ItemDef | None), .is_question,
             .text_for(lang), .prefix_for(lang), .help_for(lang)   the French text when `lang` has none
    AnswerOption(value: dict, initial_selected: bool, labels: {lang: text})   value is an answer object, e.g.
             {"valueCoding": {...}}; .label_for(lang) -> str | None (None: show the value's own label)
    Questionnaire.title_for(lang)
    EnableWhen(question: str, operator: str, answer: dict)   answer e.g. {"answerCoding": {...}}
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from app.models.refusals import Refusal

ITEM_TYPES = {"group", "display", "string", "text", "integer", "decimal", "boolean", "date", "dateTime", "time",
              "choice", "open-choice", "coding", "quantity", "url", "reference", "attachment", "question"}
OPERATORS = {"exists", "=", "!=", ">", "<", ">=", "<="}
QUOTE_CHARS = "\"'“”«» \t\r\n"

# Extensions the engine reads, by their short name (after "sdc-questionnaire-" / "questionnaire-").
KNOWN_EXTENSIONS = {
    "initialExpression", "calculatedExpression", "enableWhenExpression", "itemExtractionContext",
    "itemControl", "hidden", "collapsible", "minValue", "maxValue", "maxLength", "minLength", "help",
    "supportLink", "entryFormat", "shortText", "unit", "launchContext", "variable", "answerExpression",
    "choiceOrientation", "displayCategory", "optionExclusive", "regex", "sliderStepValue", "minOccurs",
    "maxOccurs", "referenceResource", "usageMode", "rendering-xhtml", "rendering-style",
    "preferredTerminologyServer", "observationExtract", "itemPopulationContext", "width", "optionPrefix",
}
TRANSLATION_URL = "http://hl7.org/fhir/StructureDefinition/translation"
SOURCE_LANGUAGE = "fr"
# Hostile documents: the ROR's forms nest items up to 10 levels deep and hold about a hundred items.
MAX_DEPTH = 64  # item levels; JSON nesting is bounded at 4 times that
MAX_ITEMS = 1000  # ten times the largest ROR form; rendering 1,000 items already takes seconds


class QuestionnaireError(Refusal):
    """The document is not a Questionnaire the app can render: a refusal key (form-...) and its arguments."""


@dataclass(frozen=True)
class AnswerOption:
    value: dict  # {"valueCoding": {...}} / {"valueString": ...} / {"valueInteger": ...} ...
    initial_selected: bool = False
    labels: dict = field(default_factory=dict, compare=False)  # {lang: text} from the translation extension

    def label_for(self, lang: str) -> str | None:
        """The option's text in `lang`, or None: the value's own label (a coding's display) is shown."""
        return self.labels.get(lang)


@dataclass(frozen=True)
class EnableWhen:
    question: str
    operator: str
    answer: dict  # {"answerCoding": {...}} / {"answerBoolean": true} ...


@dataclass(eq=False)
class ItemDef:
    """One Questionnaire item, with the SDC extensions the renderer and the engine need already read."""

    link_id: str
    type: str = "string"
    text: str = ""
    prefix: str = ""
    required: bool = False
    repeats: bool = False
    read_only: bool = False
    hidden: bool = False
    max_length: int | None = None
    min_value: Any = None
    max_value: Any = None
    help: str = ""
    answer_options: list[AnswerOption] = field(default_factory=list)
    answer_value_set: str | None = None
    value_set_missing: bool = False  # the pack does not hold the value set: free entry accepted, flagged
    enable_when: list[EnableWhen] = field(default_factory=list)
    enable_behavior: str = "all"
    enable_when_expression: str | None = None
    initial_expression: str | None = None
    calculated_expression: str | None = None
    initial: list[dict] = field(default_factory=list)  # answer objects, e.g. [{"valueString": "x"}]
    definition: str | None = None
    extraction_context: str | None = None
    item_control: str | None = None  # "drop-down", "check-box", "autocomplete", "radio-button", "help" ...
    collapsible: str | None = None
    unit: dict | None = None
    children: list[ItemDef] = field(default_factory=list)
    parent: ItemDef | None = field(default=None, repr=False)
    original_type: str | None = None
    texts: dict[str, str] = field(default_factory=dict)  # text in other languages {lang: text}
    prefixes: dict[str, str] = field(default_factory=dict)
    helps: dict[str, str] = field(default_factory=dict)

    def text_for(self, lang: str) -> str:
        """The item's text in `lang` (the translation extension), else the French text."""
        return self.texts.get(lang, self.text)

    def prefix_for(self, lang: str) -> str:
        return self.prefixes.get(lang, self.prefix)

    def help_for(self, lang: str) -> str:
        return self.helps.get(lang, self.help)

    def add_help(self, text: str, translations: dict[str, str]) -> None:
        """Append one help text (with its translations) to the item's help, language by language."""
        if not text:
            return
        before = self.help
        for lang in set(self.helps) | set(translations):
            self.helps[lang] = (self.helps.get(lang, before) + "\n" + translations.get(lang, text)).strip()
        self.help = (before + "\n" + text).strip()

    @property
    def is_question(self) -> bool:
        """True for items that hold answers (not groups, not displays)."""
        return self.type not in ("group", "display")

    def walk(self) -> Iterator[ItemDef]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(eq=False)
class Questionnaire:
    raw: dict
    items: list[ItemDef]
    by_link: dict[str, ItemDef]
    all_items: list[ItemDef]  # every item parsed, including help displays folded into their parent
    warnings: list[str] = field(default_factory=list)
    unknown_extensions: Counter = field(default_factory=Counter)
    launch_contexts: list[tuple[str, str]] = field(default_factory=list)  # (name, resource type)

    @property
    def url(self) -> str | None:
        return self.raw.get("url")

    @property
    def version(self) -> str | None:
        return self.raw.get("version")

    @property
    def canonical(self) -> str:
        """`url|version` as stored in fiche.questionnaire."""
        return f"{self.url or ''}|{self.version or ''}"

    @property
    def name(self) -> str | None:
        return self.raw.get("name")

    @property
    def title(self) -> str:
        return self.raw.get("title") or self.raw.get("name") or ""

    def title_for(self, lang: str) -> str:
        return translations_of(self.raw.get("_title")).get(lang) or self.title

    def get(self, link_id: str) -> ItemDef | None:
        return self.by_link.get(link_id)

    def walk(self) -> Iterator[ItemDef]:
        for item in self.items:
            yield from item.walk()

    def stats(self) -> dict:
        """The counts of `form-check`: every item counted, groups and displays included."""
        items = self.all_items
        return {
            "items": len(items),
            "required": sum(1 for i in items if i.required),
            "answer_value_set": sum(1 for i in items if i.answer_value_set),
            "answer_option": sum(1 for i in items if i.answer_options),
            "enable_when": sum(1 for i in items if i.enable_when),
            "initial_expression": sum(1 for i in items if i.initial_expression),
            "definition": sum(1 for i in items if i.definition),
            "warnings": list(self.warnings),
        }


def load_questionnaire(data: Any, pack: Any = None) -> Questionnaire:
    """Parse a Questionnaire resource; `pack` (a NomenclaturePack) lets the parser flag value sets it lacks."""
    if not isinstance(data, dict):
        raise QuestionnaireError("form-not-object")
    rtype = data.get("resourceType")
    if rtype != "Questionnaire":
        raise QuestionnaireError("form-not-questionnaire", name=str(rtype or "absent"))
    raw_items = data.get("item")
    if not isinstance(raw_items, list) or not raw_items:
        raise QuestionnaireError("form-no-items")
    check_shape(data)
    parser = _Parser(pack)
    items = [parser.item(raw, None, f"item[{n}]") for n, raw in enumerate(raw_items)]
    q = Questionnaire(raw=data, items=[i for i in items if i.item_control != "help"], by_link=parser.by_link,
                      all_items=parser.all_items, warnings=parser.warnings,
                      unknown_extensions=parser.unknown)
    q.launch_contexts = _launch_contexts(data)
    for ext in data.get("extension") or []:
        if isinstance(ext, dict) and _short_name(ext.get("url", "")) not in KNOWN_EXTENSIONS:
            parser.unknown[ext.get("url", "")] += 1
    for item in q.all_items:
        for cond in item.enable_when:
            if cond.question not in q.by_link:
                q.warnings.append(f"{item.link_id} : enableWhen vise une question inconnue « {cond.question} »")
    cycle = enable_when_cycle(q)
    if cycle:
        raise QuestionnaireError("form-enablewhen-cycle", name=" → ".join(cycle))
    if parser.unknown:
        q.warnings.append(f"{sum(parser.unknown.values())} extension(s) inconnue(s) ignorée(s) : "
                          + ", ".join(sorted(parser.unknown)))
    return q


def check_shape(data: dict) -> None:
    """Refuse a document nested too deep or holding too many items, before anything walks it recursively."""
    max_json = 4 * MAX_DEPTH
    items = 0
    stack: list[tuple[Any, int, int]] = [(data, 0, 0)]  # (value, JSON depth, item depth)
    while stack:
        value, depth, item_depth = stack.pop()
        if depth > max_json or item_depth > MAX_DEPTH:
            raise QuestionnaireError("form-too-deep", count=MAX_DEPTH)
        if isinstance(value, dict):
            for key, child in value.items():
                if isinstance(child, (dict, list)):
                    nested = key == "item" and isinstance(child, list)
                    if nested:
                        items += len(child)
                        if items > MAX_ITEMS:
                            raise QuestionnaireError("form-too-large", count=MAX_ITEMS)
                    stack.append((child, depth + 1, item_depth + 1 if nested else item_depth))
        elif isinstance(value, list):
            stack.extend((child, depth + 1, item_depth) for child in value if isinstance(child, (dict, list)))


def enable_when_cycle(q: Questionnaire) -> list[str] | None:
    """linkIds of a cycle in "is shown only when": an item needs its parent shown and each question its
    enableWhen names; a cycle means none of them can ever show. None when there is no cycle."""
    def needs(item: ItemDef) -> list[str]:
        found = [c.question for c in item.enable_when if c.question in q.by_link]
        return found + ([item.parent.link_id] if item.parent is not None else [])

    state: dict[str, int] = {}  # 1 on the current path, 2 done
    for start in q.by_link:
        if state.get(start):
            continue
        path: list[str] = [start]
        todo: list[Iterator[str]] = [iter(needs(q.by_link[start]))]
        state[start] = 1
        while todo:
            nxt = next(todo[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                todo.pop()
            elif state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                todo.append(iter(needs(q.by_link[nxt])))
    return None


def translations_of(element: Any) -> dict[str, str]:
    """{lang: text} of the FHIR translation extensions on a primitive's `_name` element."""
    found: dict[str, str] = {}
    if not isinstance(element, dict):
        return found
    for ext in element.get("extension") or []:
        if not isinstance(ext, dict) or ext.get("url") != TRANSLATION_URL:
            continue
        parts = {sub.get("url"): sub for sub in ext.get("extension") or [] if isinstance(sub, dict)}
        lang = (parts.get("lang") or {}).get("valueCode")
        content = (parts.get("content") or {}).get("valueString")
        if isinstance(lang, str) and isinstance(content, str) and content:
            found[lang.split("-", 1)[0].lower()] = content
    return found


def _short_name(url: str) -> str:
    name = url.rstrip("/").rsplit("/", 1)[-1]
    for prefix in ("sdc-questionnaire-", "questionnaire-"):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def _launch_contexts(data: dict) -> list[tuple[str, str]]:
    found = []
    for ext in data.get("extension") or []:
        if not isinstance(ext, dict) or _short_name(ext.get("url", "")) != "launchContext":
            continue
        name = rtype = ""
        for sub in ext.get("extension") or []:
            if sub.get("url") == "name":
                name = (sub.get("valueCoding") or {}).get("code") or sub.get("valueId") or sub.get("valueString") or ""
            elif sub.get("url") == "type":
                rtype = sub.get("valueCode") or ""
        if name:
            found.append((name, rtype))
    return found


def _expression(ext: dict) -> str | None:
    expr = ext.get("valueExpression")
    if isinstance(expr, dict):
        return expr.get("expression") or None
    return ext.get("valueString") or None


def _first_value(obj: dict) -> Any:
    for key, value in obj.items():
        if key.startswith("value"):
            return value
    return None


class _Parser:
    def __init__(self, pack: Any) -> None:
        self.pack = pack
        self.by_link: dict[str, ItemDef] = {}
        self.all_items: list[ItemDef] = []
        self.warnings: list[str] = []
        self.unknown: Counter = Counter()
        self._vs_cache: dict[str, bool] = {}

    def item(self, raw: Any, parent: ItemDef | None, where: str, depth: int = 1) -> ItemDef:
        if depth > MAX_DEPTH:
            raise QuestionnaireError("form-too-deep", count=MAX_DEPTH)
        if not isinstance(raw, dict):
            raise QuestionnaireError("form-item-not-object", name=where)
        link_id = raw.get("linkId")
        if not isinstance(link_id, str) or not link_id:
            raise QuestionnaireError("form-item-no-linkid", name=where)
        item = ItemDef(link_id=link_id, parent=parent)
        self.all_items.append(item)
        if link_id in self.by_link:
            self.warnings.append(f"linkId en double « {link_id} » : seule la première occurrence est adressable")
        else:
            self.by_link[link_id] = item
        self._type(item, raw)
        item.text = str(raw.get("text") or "")
        item.prefix = str(raw.get("prefix") or "")
        item.texts = translations_of(raw.get("_text")) if item.text else {}
        item.prefixes = translations_of(raw.get("_prefix")) if item.prefix else {}
        item.required = raw.get("required") is True
        item.repeats = raw.get("repeats") is True
        item.read_only = raw.get("readOnly") is True
        item.definition = raw.get("definition") or None
        if isinstance(raw.get("maxLength"), int):
            item.max_length = raw["maxLength"]
        behavior = raw.get("enableBehavior")
        item.enable_behavior = behavior if behavior in ("all", "any") else "all"
        self._extensions(item, raw.get("extension") or [])
        self._enable_when(item, raw.get("enableWhen") or [])
        item.answer_options = self._options(item, raw.get("answerOption") or [])
        item.initial = [self._clean_answer(item, dict(v), "initial") for v in raw.get("initial") or []
                        if isinstance(v, dict)]
        self._value_set(item, raw.get("answerValueSet"))
        children = raw.get("item") or []
        if not isinstance(children, list):
            raise QuestionnaireError("form-children-not-list", name=link_id)
        for n, child_raw in enumerate(children):
            child = self.item(child_raw, item, f"{link_id}.item[{n}]", depth + 1)
            if child.type == "display" and child.item_control == "help":
                item.add_help(child.text, child.texts)
            else:
                item.children.append(child)
        return item

    def _type(self, item: ItemDef, raw: dict) -> None:
        kind = raw.get("type")
        if kind not in ITEM_TYPES:
            item.original_type = kind
            kind = "group" if raw.get("item") and not kind else "string"
            self.warnings.append(f"{item.link_id} : type « {raw.get('type')} » inconnu, traité comme {kind}")
        if kind == "question":
            kind = "string"
        item.type = kind

    def _extensions(self, item: ItemDef, extensions: list) -> None:
        for ext in extensions:
            if not isinstance(ext, dict):
                continue
            url = ext.get("url", "")
            name = _short_name(url)
            if name == "initialExpression":
                item.initial_expression = _expression(ext)
            elif name == "calculatedExpression":
                item.calculated_expression = _expression(ext)
            elif name == "enableWhenExpression":
                item.enable_when_expression = _expression(ext)
            elif name == "itemExtractionContext":
                item.extraction_context = _expression(ext) or (ext.get("valueCode") or None)
            elif name == "itemControl":
                codings = (ext.get("valueCodeableConcept") or {}).get("coding") or [{}]
                item.item_control = codings[0].get("code")
            elif name == "hidden":
                item.hidden = ext.get("valueBoolean") is True
            elif name == "collapsible":
                item.collapsible = ext.get("valueCode")
            elif name == "minValue":
                item.min_value = _first_value(ext)
            elif name == "maxValue":
                item.max_value = _first_value(ext)
            elif name == "maxLength" and isinstance(ext.get("valueInteger"), int):
                item.max_length = ext["valueInteger"]
            elif name in ("help", "shortText") and isinstance(ext.get("valueString"), str):
                item.add_help(ext["valueString"], translations_of(ext.get("_valueString")))
            elif name == "supportLink" and isinstance(ext.get("valueUri"), str):
                item.add_help(ext["valueUri"], {})
            elif name == "unit":
                item.unit = ext.get("valueCoding")
            elif name not in KNOWN_EXTENSIONS:
                self.unknown[url] += 1

    def _enable_when(self, item: ItemDef, conditions: list) -> None:
        for cond in conditions:
            if not isinstance(cond, dict):
                continue
            op = cond.get("operator")
            question = cond.get("question")
            answer = {k: v for k, v in cond.items() if k.startswith("answer")}
            if op not in OPERATORS or not question or not answer:
                self.warnings.append(f"{item.link_id} : condition enableWhen incomplète ignorée ({cond})")
                continue
            if "answerCoding" in answer:
                answer = {"answerCoding": self._clean_coding(item, dict(answer["answerCoding"]), "enableWhen")}
            item.enable_when.append(EnableWhen(question, op, answer))

    def _clean_coding(self, item: ItemDef, coding: dict, where: str) -> dict:
        code = coding.get("code")
        if isinstance(code, str) and code != code.strip(QUOTE_CHARS):
            clean = code.strip(QUOTE_CHARS)
            self.warnings.append(f"{item.link_id} : code « {code} » corrigé en « {clean} » "
                                 f"(guillemet ou espace parasite, {where})")
            coding["code"] = clean
        system = coding.get("system")
        if isinstance(system, str) and system != system.strip():
            coding["system"] = system.strip()
        return {k: v for k, v in coding.items() if not k.startswith("_")}  # translations stay out of answers

    def _clean_answer(self, item: ItemDef, answer: dict, where: str) -> dict:
        if isinstance(answer.get("valueCoding"), dict):
            answer["valueCoding"] = self._clean_coding(item, dict(answer["valueCoding"]), where)
        return {k: v for k, v in answer.items() if k.startswith("value")}

    def _options(self, item: ItemDef, raw_options: list) -> list[AnswerOption]:
        options = []
        for raw in raw_options:
            if isinstance(raw, dict):
                coding = raw.get("valueCoding")
                labels = translations_of(coding.get("_display") if isinstance(coding, dict)
                                         else raw.get("_valueString"))
                options.append(AnswerOption(self._clean_answer(item, dict(raw), "answerOption"),
                                            raw.get("initialSelected") is True, labels))
        systems = {o.value["valueCoding"].get("system") for o in options if "valueCoding" in o.value} - {None}
        if len(systems) == 1:
            system = next(iter(systems))
            for opt in options:
                coding = opt.value.get("valueCoding")
                if coding is not None and not coding.get("system"):
                    coding["system"] = system
                    self.warnings.append(f"{item.link_id} : option « {coding.get('code')} » sans système, "
                                         f"rattachée à {system}")
        kept, seen, dropped = [], set(), []
        for opt in options:
            key = _option_key(opt.value)
            if key in seen:
                dropped.append(str(key[-1]))
                continue
            seen.add(key)
            kept.append(opt)
        if dropped:
            self.warnings.append(f"{item.link_id} : {len(dropped)} option(s) en double ignorée(s) : "
                                 + ", ".join(dropped))
        return kept

    def _value_set(self, item: ItemDef, url: Any) -> None:
        if not url:
            return
        if not isinstance(url, str):
            self.warnings.append(f"{item.link_id} : answerValueSet illisible ignoré")
            return
        item.answer_value_set = url.strip()
        if self.pack is None:
            return
        if item.answer_value_set not in self._vs_cache:
            self._vs_cache[item.answer_value_set] = value_set_of(self.pack, item.answer_value_set) is not None
        if not self._vs_cache[item.answer_value_set]:
            item.value_set_missing = True
            self.warnings.append(f"{item.link_id} : liste de valeurs absente du pack de nomenclatures "
                                 f"({item.answer_value_set}) : saisie libre, à vérifier")


def _option_key(value: dict) -> tuple:
    if "valueCoding" in value:
        coding = value["valueCoding"]
        return ("coding", coding.get("system"), coding.get("code"))
    for key, val in value.items():
        return (key, repr(val))
    return ("empty",)


def value_set_of(pack: Any, url: str) -> Any:
    """The pack's ValueSet for `url` (a `url|version` suffix is ignored), None when the pack lacks it."""
    if pack is None or not url:
        return None
    try:
        return pack.get(url.split("|", 1)[0])
    except Exception:  # a broken pack must not prevent rendering the form
        return None
