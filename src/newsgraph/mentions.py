"""From the recogniser's spans to the document's name mentions.

A statistical recogniser decides token by token and sentence by sentence; a document is more
consistent than that. This stage, run before grouping:
0. adds the names found by rule (`ruler.py`): where one overlaps a recognised span, the rule
   wins, except for a place or person inside it (`Kasachstan` in `Nationalen
   Sicherheitskomitees von Kasachstan`), which stays: mentions may nest;
   Names after a role or title (`General Alnur Musaev`) are added only where nothing else was;
1. trims quotes and punctuation off span edges;
2. joins a name the recogniser cut in two (`Kasym-Schomart` + `Tokajew`, side by side);
3. splits two known people it glued together (`Putin von Tokajew`, when both are named apart
   elsewhere in the document), and a country from the full name after it (`США Хиллари
   Клинтон`, `России Дмитрия Медведева`, `Путина Дмитрий Песков`: the recogniser took a
   genitive for part of the name)
   and two relatives (`Trumps Frau Melania Trump`) or two people around a German noun compound
   (`Donald Trump-Imitator John Di Domenico`);
4. labels a country, region or capital LOC whatever the recogniser said (`Astana` as ORG,
   `Соединенных Штатов` as PER), and a one-word name that is no known place but the surname of
   a person in the document PER (German `Obamas`, Russian `о Трампе` taken for places);
5. finds the other occurrences of names it recognised once (one sense per discourse): the
   headline's `Putin`, a sentence-final `betonte Musaev`, a genitive `Putins` — before joining,
   so that a found `Tokajew` can complete `Kasim-Schomart`.
"""

from __future__ import annotations

import re

from newsgraph.model import Document, NamedSpan
from newsgraph.names import (
    genitive_label,
    german_lemma_tag,
    is_given_name,
    kinship_words,
    name_key,
    person_keys,
    place_code,
)
from newsgraph.ruler import QUOTE_PAIRS, place_spans, rule_spans, title_spans

EDGE = " \t\n\"'„“”‚‘’»«()[]{}<>.,;:!?–—-"
# A surname found alone is spread through the document only if at least this long.
MIN_SURNAME_CHARS = 3
# Words that may sit between two names the recogniser glued into one span.
GLUE_WORDS = {"von", "und", "mit", "and", "with", "of", "by"}
# A capitalised Cyrillic word: where an inflected surname may stand.
CYRILLIC_NAME = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ']{2,}(?![\w-])")
# What follows a name cut at a hyphen: the capitalised part, then at most one capitalised word.
HYPHENATED_REST = re.compile(r"-([^\W\d_][\w']*)(?: ([^\W\d_][\w']*))?")
# How far before a place to look for a word the recogniser left out of its name.
WIDEN_CHARS = 30
# HanTa's tags of common nouns (`Imitator`, `Vertrauter`).
NOUN_TAGS = {"NN", "NNA"}
# Recognised names that may stand inside a rule's longer name.
NESTABLE = {"LOC", "PER"}


def repair_mentions(doc: Document) -> Document:
    """The pipeline stage: rewrites `doc.names`."""
    spans = _with_rules(doc.names, rule_spans(doc.text, doc.language))
    fallbacks = title_spans(doc.text, doc.language) + place_spans(doc.text, doc.language)
    spans = _with_fallbacks(doc.text, spans, fallbacks)
    spans = _trimmed(doc.text, spans)
    spans = sorted(spans + _propagated(doc, spans), key=lambda s: s.start)
    spans = _joined(doc.text, _hyphen_completed(doc.text, spans))
    spans = _split(doc.text, spans, doc.language)
    spans = [_widened_place(doc, span) for span in spans]
    surnames = _surnames(doc, spans)
    doc.names = [_relabelled(doc, span, surnames) for span in spans]
    return doc


def _with_rules(found: list[NamedSpan], rules: list[NamedSpan]) -> list[NamedSpan]:
    kept_rules = [r for r in rules if not any(_inside(r, f) and not _same(r, f) for f in found)]
    kept = [f for f in found if not any(_overrides(r, f) for r in kept_rules)]
    return sorted(kept + kept_rules, key=lambda s: (s.start, -s.end))


def _overrides(rule: NamedSpan, found: NamedSpan) -> bool:
    if not (rule.start < found.end and found.start < rule.end):
        return False
    return not (_inside(found, rule) and not _same(found, rule) and found.label in NESTABLE)


def _same(a: NamedSpan, b: NamedSpan) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def _with_fallbacks(
    text: str, spans: list[NamedSpan], fallbacks: list[NamedSpan]
) -> list[NamedSpan]:
    """Names after a title fill gaps. When the name has two words or more, they also replace
    what they contain (`Tokajew` inside `Kasym-Schomart Tokajew`) and a non-person span that
    overlaps their start (`General Alnur` as ORG before `Musaev`) — never a longer person's
    span, nor anything for a one-word name (`General Motors`)."""
    kept = list(spans)
    for fallback in fallbacks:
        clashing = [s for s in kept if fallback.start < s.end and s.start < fallback.end]
        two_words = len(text[fallback.start : fallback.end].split()) >= 2
        replaceable = all(
            _inside(s, fallback) or (s.label != "PER" and s.end <= fallback.end) for s in clashing
        )
        if not clashing or (two_words and replaceable):
            kept = [s for s in kept if s not in clashing] + [fallback]
    return sorted(kept, key=lambda s: (s.start, -s.end))


def _inside(inner: NamedSpan, outer: NamedSpan) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _trimmed(text: str, spans: list[NamedSpan]) -> list[NamedSpan]:
    out = []
    for span in spans:
        raw = text[span.start : span.end]
        start = span.start + len(raw) - len(raw.lstrip(EDGE))
        end = span.end - (len(raw) - len(raw.rstrip(EDGE)))
        end = _closing_quote_kept(text, start, end, span.end)
        if span.label == "PER":
            end = _without_lowercase_tail(text, start, end)
        if start < end:
            out.append(NamedSpan(start, end, span.label))
    return out


def _without_lowercase_tail(text: str, start: int, end: int) -> int:
    """A person's name ends with a capitalised word (or a particled one: `al-Baghdadi`);
    plain lower-case words the recogniser took after it are the sentence's (`Putin scharf`,
    `Путин заявил`)."""
    while (last := text.rfind(" ", start, end)) > start:
        word = text[last + 1 : end]
        if not (word.isalpha() and word.islower()):
            break
        end = last
    return end


def _closing_quote_kept(text: str, start: int, end: int, limit: int) -> int:
    """A name that opens a quotation mark inside it keeps the closing one (`ТОВ «Каштан»`,
    `ООО «Газпром нефть»`): trimming it would leave the opening mark alone."""
    opening = max(text.rfind(mark, start, end) for mark in QUOTE_PAIRS)
    if opening <= start or end >= limit:
        return end
    closers = QUOTE_PAIRS[text[opening]]
    closed = any(c in text[opening + 1 : end] for c in closers)
    return end + 1 if text[end] in closers and not closed else end


def _hyphen_completed(text: str, spans: list[NamedSpan]) -> list[NamedSpan]:
    """A person's name the recogniser cut at a hyphen (`Франк` of `Франк-Вальтер Штайнмайер`):
    the capitalised hyphenated part and a capitalised word after it belong to it."""
    out = []
    for span in spans:
        end = _hyphenated_end(text, span.end) if span.label == "PER" else span.end
        if any(s is not span and s.start < end and span.end < s.end for s in spans):
            end = span.end
        out.append(NamedSpan(span.start, end, span.label))
    return out


def _hyphenated_end(text: str, end: int) -> int:
    rest = HYPHENATED_REST.match(text, end)
    if rest is None or not rest.group(1)[:1].isupper():
        return end
    word = rest.group(2)
    return rest.end() if word and word[:1].isupper() else rest.end(1)


def _joined(text: str, spans: list[NamedSpan]) -> list[NamedSpan]:
    """Two spans separated by one space, one of them a person, are one person's name — unless
    the first ends in a lower-case word, as no name cut in two does (`Партії регіонів` before
    `Миколи Джиги`)."""
    out: list[NamedSpan] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and text[last.end : span.start] == " "
            and "PER" in (last.label, span.label)
            and not text[last.start : last.end].split()[-1][:1].islower()
        ):
            out[-1] = NamedSpan(last.start, span.end, "PER")
        else:
            out.append(span)
    return out


def _split(text: str, spans: list[NamedSpan], language: str | None) -> list[NamedSpan]:
    people = {text[s.start : s.end] for s in spans if s.label == "PER"}
    out: list[NamedSpan] = []
    for span in spans:
        if span.label == "PER":
            words = list(re.finditer(r"\S+", text[span.start : span.end]))
            out.extend(
                _split_one(text, span, people)
                or _relatives(span, words, language)
                or _noun_compound_inside(span, words, language)
                or _genitive_first(span, words, language)
                or _country_first(span, words, language)
            )
        else:
            out.append(span)
    return out


def _relatives(
    span: NamedSpan, words: list[re.Match[str]], language: str | None
) -> list[NamedSpan]:
    """Two relatives the recogniser read as one name: around a family word (`Trumps Frau
    Melania Trump`), or a surname, then a full name ending in it (`жена Трампа Мелания Трамп`)."""
    if len(words) < 3:
        return []
    family = {w.casefold() for w in kinship_words(language or "")}
    for index, word in enumerate(words[1:-1], start=1):
        if word.group(0).casefold() in family:
            return [
                NamedSpan(span.start, span.start + words[index - 1].end(), "PER"),
                NamedSpan(span.start + words[index + 1].start(), span.end, "PER"),
            ]
    first, last = (person_keys(words[i].group(0), language) for i in (0, -1))
    if set(first) & set(last):
        return [
            NamedSpan(span.start, span.start + words[0].end(), "PER"),
            NamedSpan(span.start + words[1].start(), span.end, "PER"),
        ]
    return []


def _noun_compound_inside(
    span: NamedSpan, words: list[re.Match[str]], language: str | None
) -> list[NamedSpan]:
    """A German compound of a name and a noun between two names (`Donald Trump-Imitator John Di
    Domenico`, `Putin-Vertrauter Dmitri Peskow`): the name before the hyphen and the name after
    the compound are two people. A double surname ends the name (`Annegret Kramp-Karrenbauer`)."""
    if language != "de":
        return []
    for word in words[:-1]:
        head, hyphen, noun = word.group(0).rpartition("-")
        if hyphen and head and noun[:1].isupper() and german_lemma_tag(noun)[1] in NOUN_TAGS:
            return [
                NamedSpan(span.start, span.start + word.start() + len(head), "PER"),
                NamedSpan(span.start + word.end() + 1, span.end, "PER"),
            ]
    return []


def _genitive_first(
    span: NamedSpan, words: list[re.Match[str]], language: str | None
) -> list[NamedSpan]:
    """Russian and Ukrainian: a genitive before a given name and surname says whose they are
    (`Путина Дмитрий Песков`, `Еврокомиссии Жозе Мануэлом Баррозу`): it is a name of its own."""
    if len(words) < 3 or not is_given_name(words[1].group(0), language):
        return []
    label = genitive_label(words[0].group(0), language)
    if label is None:
        return []
    return [
        NamedSpan(span.start, span.start + words[0].end(), label),
        NamedSpan(span.start + words[1].start(), span.end, "PER"),
    ]


def _country_first(
    span: NamedSpan, words: list[re.Match[str]], language: str | None
) -> list[NamedSpan]:
    """A country written before a person's name is no part of it: `США Хиллари Клинтон` (a
    place, then the name), `МИД России Сергеем Лавровым` (an organisation named with its
    country). Before a one-word name the country must be inflected (`Германии Штайнмайер`),
    since an English first name may be a country too (`Georgia Smith`)."""
    for index, word in enumerate(words[:-1]):
        place = word.group(0)
        rest = len(words) - index - 1
        if not place_code(place, language):
            continue
        if rest < 2 and name_key(place, language) == place.casefold():
            return [span]
        head_end = span.start + word.end()
        name_start = span.start + words[index + 1].start()
        return [
            NamedSpan(span.start, head_end, "LOC" if index == 0 else "ORG"),
            NamedSpan(name_start, span.end, "PER"),
        ]
    return [span]


def _split_one(text: str, span: NamedSpan, people: set[str]) -> list[NamedSpan]:
    """Two people the recogniser glued (`Putin von Tokajew`), each named apart elsewhere; not
    a name with a particle (`Ursula von der Leyen`: `der Leyen` is no one's name alone, and
    the name itself does not count as naming its parts apart)."""
    name = text[span.start : span.end]
    others = people - {name}
    for match in re.finditer(r" (\w+) ", name):
        left, right = name[: match.start()], name[match.end() :]
        if match.group(1) not in GLUE_WORDS or not right[:1].isupper():
            continue
        if _known(left, others) and _known(right, others):
            return [
                NamedSpan(span.start, span.start + len(left), "PER"),
                NamedSpan(span.start + match.end(), span.end, "PER"),
            ]
    return []


def _known(part: str, people: set[str]) -> bool:
    return any(p == part or p.endswith(" " + part) for p in people)


def _widened_place(doc: Document, span: NamedSpan) -> NamedSpan:
    """A place the recogniser cut short at the front, when the longer name is a known place and
    the shorter is not (`People’s` + `Republic of China`)."""
    if span.label != "LOC" or place_code(doc.text[span.start : span.end], doc.language):
        return span
    before = doc.text[max(0, span.start - WIDEN_CHARS) : span.start]
    for match in re.finditer(r"(?:^|(?<=\s))\w[\w'’-]*\s+$", before):
        start = span.start - len(match.group(0))
        if place_code(doc.text[start : span.end], doc.language):
            return NamedSpan(start, span.end, "LOC")
    return span


def _surnames(doc: Document, spans: list[NamedSpan]) -> set[str]:
    """Readings of the surnames of the people named with two or more words."""
    out: set[str] = set()
    for span in spans:
        words = doc.text[span.start : span.end].split()
        if span.label == "PER" and len(words) > 1:
            out.update(person_keys(words[-1], doc.language))
    return out


def _relabelled(doc: Document, span: NamedSpan, surnames: set[str]) -> NamedSpan:
    name = doc.text[span.start : span.end]
    if (
        span.label == "LOC"
        and " " not in name
        and not place_code(name, doc.language)
        and set(person_keys(name, doc.language)) & surnames
    ):
        return NamedSpan(span.start, span.end, "PER")
    if span.label != "LOC" and place_code(name, doc.language):
        return NamedSpan(span.start, span.end, "LOC")
    return span


def _propagated(doc: Document, spans: list[NamedSpan]) -> list[NamedSpan]:
    """Unlabelled occurrences of recognised names (and surnames), capitalised as found."""
    forms: dict[str, str] = {}
    for span in spans:
        name = doc.text[span.start : span.end]
        forms.setdefault(name, span.label)
        surname = name.split()[-1]
        if span.label == "PER" and len(surname) >= MIN_SURNAME_CHARS and surname[:1].isupper():
            forms.setdefault(surname, "PER")
    if not forms:
        return []
    genitive = "s?" if doc.language == "de" else "(?:['’]s)?"
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives}){genitive}(?![\w-])")
    taken = [(s.start, s.end) for s in spans]
    found: list[NamedSpan] = []
    for match in pattern.finditer(doc.text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        base = match.group(0)
        label = forms.get(base) or forms[re.sub(r"(['’]s|s)$", "", base)]
        taken.append((start, end))
        found.append(NamedSpan(start, end, label))
    if doc.language in ("ru", "uk"):
        found += _inflected_surnames(doc, spans, taken)
    return found


def _inflected_surnames(
    doc: Document, spans: list[NamedSpan], taken: list[tuple[int, int]]
) -> list[NamedSpan]:
    """Russian and Ukrainian surnames in another case than where they were recognised:
    `Сергеем Лавровым` found, `Лавров заявил` and `Лаврова` are him too."""
    surnames: set[str] = set()
    for span in spans:
        words = doc.text[span.start : span.end].split()
        if span.label == "PER" and len(words[-1]) >= MIN_SURNAME_CHARS:
            surnames.update(person_keys(words[-1], doc.language))
    found = []
    for match in CYRILLIC_NAME.finditer(doc.text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        if set(person_keys(match.group(0), doc.language)) & surnames:
            taken.append((start, end))
            found.append(NamedSpan(start, end, "PER"))
    return found
