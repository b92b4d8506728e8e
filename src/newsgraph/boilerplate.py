"""Which lines of a scraped article are site furniture rather than article.

Three signals, in this order:
1. a line that *is* a known phrase or has a known shape (per-language tables in
   `data/boilerplate/`: `Teilen`, `1 von 5`), or starts with a phrase and goes on as a menu or a
   credit, not a sentence (`Tags: …`, `Home › World`, `Read more: …`, `Foto: dpa`);
2. after a header phrase (`Ähnliche Themen:`, `Read more`, `Читайте також`), the headline-like
   lines that follow it — the list of links it introduces;
3. a trailing block of at least three headline-like lines at the end of the document, even with
   no header: a related-articles list whose header the scraper lost.
A line that ends like a sentence is never taken by rules 2 and 3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsgraph.data import load_toml, names_in

# Rule 1: a phrase followed by one of these starts a menu line, not a sentence.
MENU_SEPARATOR = re.compile(r"^\s*[:|›»→>(/•·]")
# Rule 1: longest line (in words) that a phrase prefix can take away.
MAX_PROMPT_WORDS = 12
# Rules 2 and 3: a related-link headline is at most this long.
MAX_HEADLINE_WORDS = 20
# Rule 3: fewest words in each line of a header-less trailing link list (shorter lines are
# more often list items of the article itself) and fewest such lines.
MIN_TRAILING_HEADLINE_WORDS = 4
MIN_TRAILING_HEADLINES = 3

EDGE_JUNK = " \t•·-–—>»›|*#:.…→"
SENTENCE_END = re.compile(r"[.!?…:;,][\"'»«“”‘’)\]]*$")


@dataclass(frozen=True)
class Phrases:
    headers: frozenset[str]
    prompts: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    # multi-word phrases and those that may open a menu line, longest first
    prefixes: tuple[str, ...]


@cache
def phrases() -> Phrases:
    headers: set[str] = set()
    prompts: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for name in names_in("boilerplate"):
        table = load_toml(f"boilerplate/{name}")
        headers.update(table["headers"])
        prompts.update(table["prompts"])
        patterns += [re.compile(p) for p in table.get("patterns", [])]
    every = sorted(headers | prompts, key=len, reverse=True)
    return Phrases(frozenset(headers), frozenset(prompts), tuple(patterns), tuple(every))


def normalise(line: str) -> str:
    return " ".join(line.casefold().strip(EDGE_JUNK).split())


def phrase_kind(line: str) -> str | None:
    """`header`, `prompt` or None for a line compared with the phrase tables."""
    table = phrases()
    key = normalise(line)
    if not key:
        return None
    if key in table.headers:
        return "header"
    if key in table.prompts or any(p.fullmatch(key) for p in table.patterns):
        return "prompt"
    if len(key.split()) > MAX_PROMPT_WORDS or ends_sentence(line):
        return None
    for phrase in table.prefixes:
        if key.startswith(phrase):
            rest = key[len(phrase) :]
            if MENU_SEPARATOR.match(rest) or (" " in phrase and rest.startswith(" ")):
                return "prompt"
    return None


def ends_sentence(line: str) -> bool:
    return bool(SENTENCE_END.search(line.rstrip()))


def is_headline(line: str, *, min_words: int = 1) -> bool:
    words = len(line.split())
    return min_words <= words <= MAX_HEADLINE_WORDS and not ends_sentence(line)


def boilerplate_lines(lines: list[str]) -> dict[int, str]:
    """Index → reason for every line to drop. Blank lines are never reported."""
    drop: dict[int, str] = {}
    in_link_list = False
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        kind = phrase_kind(line)
        if kind is not None:
            drop[index] = "boilerplate"
            in_link_list = in_link_list or kind == "header"
        elif in_link_list and is_headline(line):
            drop[index] = "link list"
        else:
            in_link_list = False
    drop.update(_trailing_link_list(lines, drop))
    return drop


def _trailing_link_list(lines: list[str], already: dict[int, str]) -> dict[int, str]:
    """The run must follow some prose: a document of headlines only is not a link list."""
    run: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        if not lines[index].strip() or index in already:
            continue
        if not is_headline(lines[index], min_words=MIN_TRAILING_HEADLINE_WORDS):
            if len(run) >= MIN_TRAILING_HEADLINES:
                return {i: "link list" for i in run}
            return {}
        run.append(index)
    return {}
