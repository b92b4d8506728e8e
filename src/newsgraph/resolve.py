"""One entity across documents, spellings and languages.

Each document's entities are linked to global entities in five steps, from the surest to the
least sure; a later step may only join what an earlier one left apart, and nothing joins two
entities that one document names apart (`Trump` and `Melania Trump` in `Trump's wife, Melania
Trump`):

1. **Equal keys.** Places by `names.place_key` (gazetteer codes: `Kasachstan`, `Kazakhstan`,
   `Казахстан`), organisations by the canonical name of a known organisation (`Kreml`, `Кремль`)
   or their transliterated name, people with a full name by `names.person_key` (`Tokajew`,
   `Tokayev`, `Токаєв`) — the entities' own `Entity.key` (`entities.cross_key`).
2. **Names that meet.** Two full names of people meet when any reading of one is a reading of the
   other, given name with given name, surname with surname (`names.same_person_name`: `Барак
   Обама` read as `Obama`, `Mark Zuckerberg` in German as `Sukerberg`).
3. **Names alike in context.** Two full names whose given names share an initial and whose
   surnames share a consonant skeleton (`Trump` / `Трамп`, `Seagal` / `Сигал`, `Nicolas` /
   `Николя Саркози`) are one person only when their documents also share another entity.
4. **Surnames alone.** Bare surnames alike in skeleton join each other when their documents share
   another entity; each such group then joins the full name it shares the most context with.
   A shared surname alone never merges two people: `Clinton` in an article with nothing else in
   common stays unlinked.
5. **One name, two labels** (`Tarlo` a place here, a work there) is one thing in a shared context.

"Another entity" is a global entity other than the two being joined, or another person's surname
(linked or not), so two surnames named together in two articles support each other. Steps 3 and
4 repeat while they join something, since each join can give other names a shared context.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from newsgraph.entities import cross_key
from newsgraph.model import Document, Entity
from newsgraph.names import person_key, person_keys, same_person_name

Ref = tuple[str, str]  # (document id, entity id)

VOWELS = re.compile(r"[aeiouy]")
# Steps 3 and 4 run again while they join something: a join can give two other names a shared
# context (`Donald Trump` ~ `Дональд Трамп` lets `Melania Trump` ~ `Мелания Трамп` meet).
ROUNDS = 6


def link_entities(docs: Sequence[Document]) -> dict[Ref, str]:
    """(document id, entity id) → global entity id, for every entity that can be linked."""
    people: dict[Ref, _Person] = {}
    keys: dict[Ref, str | None] = {}
    groups = _Groups()
    for doc in docs:
        for entity in doc.entities:
            ref = (doc.id, entity.id)
            if entity.label == "PER":
                people[ref] = _Person(ref, entity.name, doc.language)
            key = keys[ref] = global_key(entity, doc.language)
            if key and not (entity.label == "PER" and people[ref].single):
                groups.add(ref, key)
    full = [p for p in people.values() if not p.single]
    _join_meeting_names(full, groups)
    single = [p for p in people.values() if p.single]
    for _ in range(ROUNDS):
        before = groups.count()
        _join_alike_names(full, groups, _Context(groups, people.values()))
        _join_surnames(single, full, groups, _Context(groups, people.values()))
        if groups.count() == before:
            break
    _join_across_labels(docs, keys, groups, _Context(groups, people.values()))
    return groups.links()


def global_key(entity: Entity, language: str | None) -> str | None:
    key = cross_key(entity.name, entity.label, language)
    return f"{entity.label}:{key}" if key else None


@dataclass
class _Person:
    """A person entity's name readings (`names.person_keys`), split into words."""

    ref: Ref
    name: str
    language: str | None
    readings: tuple[tuple[str, ...], ...] = field(init=False)

    def __post_init__(self) -> None:
        self.readings = tuple(tuple(k.split()) for k in person_keys(self.name, self.language))

    @property
    def single(self) -> bool:
        return bool(self.readings) and len(self.readings[0]) == 1

    def surnames(self) -> set[str]:
        return {words[-1] for words in self.readings if words}

    def token(self) -> Ref:
        """This person as context for others while unlinked: `~` and its surname's skeleton."""
        return ("~", skeleton(self.readings[0][-1]) if self.readings else "")

    def skeletons(self) -> set[tuple[str, str]]:
        """(given-name initial, surname skeleton) of every reading."""
        return {(w[0][:1], skeleton(w[-1])) for w in self.readings if len(w) > 1}


def skeleton(word: str) -> str:
    """A surname without its inner vowels, first and final letters kept: `trump` and `tramp` →
    `trmp`, `seagal` and `sigal` → `sgl`, while `ivanov` (`ivnv`) and `ivanova` (`ivnva`) —
    husband and wife — stay apart."""
    if len(word) < 3:
        return word
    return word[0] + VOWELS.sub("", word[1:-1]) + word[-1]


class _Groups:
    """Union-find over entity references; a group is named by its fullest key (`Hillary
    Clinton` rather than the `Clinton` it is more often called), then its most frequent, and
    numbered when another group has that name too (two people both known only as `Clinton`)."""

    def __init__(self) -> None:
        self.parent: dict[Ref, Ref] = {}
        self.key: dict[Ref, str] = {}
        self.first_of_key: dict[str, Ref] = {}
        self.members: dict[Ref, set[Ref]] = {}

    def add(self, ref: Ref, key: str) -> None:
        self.parent.setdefault(ref, ref)
        self.key[ref] = key
        first = self.first_of_key.setdefault(key, ref)
        self.union(ref, first)

    def attach(self, ref: Ref, other: Ref, key: str | None = None) -> None:
        """Join `ref` to `other`'s group without indexing its key: a bare surname is named
        after the group it joins, or `key` when neither is in a group yet."""
        for one in (ref, other):
            if one not in self.parent:
                self.parent[one] = one
                self.key[one] = key or ""
        if not self.key[ref]:
            self.key[ref] = self.key[self.root(other)] or self.key[other]
        self.union(ref, other)

    def root(self, ref: Ref) -> Ref:
        while self.parent[ref] != ref:
            self.parent[ref] = self.parent[self.parent[ref]]
            ref = self.parent[ref]
        return ref

    def union(self, a: Ref, b: Ref) -> None:
        root_a, root_b = self.root(a), self.root(b)
        if root_a != root_b:
            low, high = min(root_a, root_b), max(root_a, root_b)
            self.parent[high] = low
            self.members.setdefault(low, {low}).update(self.members.pop(high, {high}))

    def count(self) -> int:
        """How many groups there are, counting a reference alone as one."""
        return sum(1 for ref in self.parent if self.parent[ref] == ref)

    def apart(self, a: Ref, b: Ref) -> bool:
        """Whether one document names both groups as two entities: what a document's own
        grouping kept apart (`Trump` and `Melania Trump` in `Trump's wife, Melania Trump`), no
        other document joins."""
        root_a, root_b = (self.root(r) if r in self.parent else r for r in (a, b))
        if root_a == root_b:
            return False
        docs_a = {ref[0] for ref in self.members.get(root_a, {root_a})}
        return any(ref[0] in docs_a for ref in self.members.get(root_b, {root_b}))

    def __contains__(self, ref: Ref) -> bool:
        return ref in self.parent

    def links(self) -> dict[Ref, str]:
        keys: dict[Ref, Counter[str]] = defaultdict(Counter)
        for ref, key in self.key.items():
            keys[self.root(ref)][key] += 1
        names: dict[Ref, str] = {}
        taken: Counter[str] = Counter()
        for root in sorted(keys):
            c = keys[root]
            name = min(c, key=lambda k: (-len(k.split()), -c[k], k))
            taken[name] += 1
            names[root] = name if taken[name] == 1 else f"{name} #{taken[name]}"
        return {ref: names[self.root(ref)] for ref in self.parent}


class _Context:
    """Which groups each document mentions, fixed for one round of joins so that they are all
    judged against one picture. Every person also counts as context by the skeleton of its
    surname, linked or not: `Trump` and `Clinton` named together in two articles support each
    other, while neither alone would link anybody."""

    def __init__(self, groups: _Groups, people: Iterable[_Person] = ()) -> None:
        self.groups = groups
        self.of_doc: dict[str, set[Ref]] = defaultdict(set)
        self.docs_of: dict[Ref, set[str]] = defaultdict(set)
        for ref in list(groups.parent):
            root = groups.root(ref)
            self.of_doc[ref[0]].add(root)
            self.docs_of[root].add(ref[0])
        for person in people:
            self.of_doc[person.ref[0]].add(person.token())

    def shared(self, doc: str, group: Ref, leave_out: Iterable[Ref] = ()) -> int:
        """How many other groups `doc` shares with any document of `group`."""
        excluded = {self.groups.root(group), *leave_out}
        mine = self.of_doc[doc] - excluded
        return max(
            (
                len(mine & self.of_doc[other])
                for other in self.docs_of[self.groups.root(group)]
                if other != doc
            ),
            default=0,
        )

    def common(self, a: Ref, b: Ref, leave_out: Iterable[Ref] = ()) -> bool:
        """Whether the documents of two entities share something other than their groups and
        `leave_out` (the two people's own surname tokens)."""
        excluded = {self.groups.root(r) for r in (a, b) if r in self.groups} | set(leave_out)
        return bool((self.of_doc[a[0]] & self.of_doc[b[0]]) - excluded)


def _join_meeting_names(people: list[_Person], groups: _Groups) -> None:
    """Step 2, compared only within a block of people who share a surname reading."""
    for block in _blocks(people, lambda p: p.surnames()):
        distinct = {(p.name, p.language): p for p in block}
        names = list(distinct.values())
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if (
                    groups.root(a.ref) != groups.root(b.ref)
                    and not groups.apart(a.ref, b.ref)
                    and same_person_name(a.name, b.name, a.language, b.language)
                ):
                    groups.union(a.ref, b.ref)


def _join_alike_names(people: list[_Person], groups: _Groups, context: _Context) -> None:
    """Step 3."""
    for block in _blocks(people, lambda p: {"/".join(s) for s in p.skeletons()}):
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if groups.root(a.ref) == groups.root(b.ref) or groups.apart(a.ref, b.ref):
                    continue
                if context.shared(a.ref[0], b.ref, [groups.root(a.ref), a.token(), b.token()]):
                    groups.union(a.ref, b.ref)


def _join_surnames(
    people: list[_Person], full: list[_Person], groups: _Groups, context: _Context
) -> None:
    """Step 4: bare surnames alike in skeleton that share context first form groups of their own
    (`Seagal` ~ `Сигал`), then each such group (or lone surname) joins the full name it shares
    the most context with, among those with the surname or, failing any, its skeleton."""
    for block in _blocks(people, lambda p: {skeleton(s) for s in p.surnames()}):
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if a.ref[0] == b.ref[0] or not context.common(a.ref, b.ref, [a.token(), b.token()]):
                    continue
                if not groups.apart(a.ref, b.ref):
                    groups.attach(a.ref, b.ref, key=f"PER:{a.readings[0][0]}")
    context = _Context(groups, [*people, *full])
    by_surname: dict[str, set[Ref]] = defaultdict(set)
    by_skeleton: dict[str, set[Ref]] = defaultdict(set)
    for person in full:
        if person.ref in groups:
            for surname in person.surnames():
                by_surname[surname].add(groups.root(person.ref))
                by_skeleton[skeleton(surname)].add(groups.root(person.ref))
    members: dict[Ref, list[_Person]] = defaultdict(list)
    for person in people:
        members[groups.root(person.ref) if person.ref in groups else person.ref].append(person)
    for root, group in members.items():
        surnames = set().union(*(p.surnames() for p in group))
        candidates = set().union(*(by_surname.get(s, set()) for s in surnames)) or set().union(
            *(by_skeleton.get(skeleton(s), set()) for s in surnames)
        )
        scores = Counter(
            {
                c: max(context.shared(p.ref[0], c, leave_out=[p.token()]) for p in group)
                for c in candidates
                if not groups.apart(root, c)
            }
        )
        best = scores.most_common(2)
        if best and best[0][1] > 0 and (len(best) == 1 or best[1][1] < best[0][1]):
            groups.attach(root, best[0][0])


def _join_across_labels(
    docs: Sequence[Document], keys: dict[Ref, str | None], groups: _Groups, context: _Context
) -> None:
    """Step 5: one name that recognisers labelled two ways in two documents (`Tarlo` a place
    in one, a person or a work in the other) is one thing when the documents share context.
    Full names of people and places the gazetteer knows are sure of their label and stay out."""
    index: dict[str, list[tuple[Ref, str]]] = defaultdict(list)
    for doc in docs:
        for entity in doc.entities:
            key = keys[(doc.id, entity.id)] or ""
            if key.startswith(("LOC:territory:", "LOC:geonames:")):
                continue
            if entity.label == "PER" and len(entity.name.split()) > 1:
                continue
            index[person_key(entity.name, doc.language)].append(
                ((doc.id, entity.id), key or f"{entity.label}:")
            )
    for entries in index.values():
        for (a, key_a), (b, key_b) in itertools.combinations(entries, 2):
            if a[0] == b[0] or key_a.split(":")[0] == key_b.split(":")[0]:
                continue
            if groups.apart(a, b) or not context.common(a, b):
                continue
            groups.attach(a, b, key=key_a)


def _blocks(people: list[_Person], keys: Callable[[_Person], set[str]]) -> list[list[_Person]]:
    """People grouped by every key `keys(person)` gives; each block of two or more, once."""
    index: dict[str, list[_Person]] = defaultdict(list)
    for person in people:
        for key in keys(person):
            index[key].append(person)
    seen: set[tuple[Ref, ...]] = set()
    out = []
    for block in index.values():
        refs = tuple(sorted(p.ref for p in block))
        if len(block) > 1 and refs not in seen:
            seen.add(refs)
            out.append(block)
    return out
