"""Story clustering and cross-document entity resolution on ``tests/cases/stories/``.

    .venv/bin/python benchmarks/resolve_eval.py [--json out.json] [--write-measured]

Runs ``newsgraph.extract`` on every fixture document, then scores

* **stories** — B³ P/R/F1 (``benchmarks/resolve_scoring.py``) of the partition returned by
  ``newsgraph.stories.group_stories``, overall and on each language subset;
* **entities** — cross-document pairwise P/R/F1 of ``newsgraph.resolve.link_entities``, overall
  and per language pair;

and checks them against the floors in ``benchmarks/resolve_baseline.json``. While either function
is missing it says so ("stories: not implemented (newsgraph.stories.group_stories missing)") and
only the trivial baselines are scored, so the harness itself is exercised.

Expected signatures (to be written in ``src/newsgraph/stories.py`` and ``resolve.py``)::

    def group_stories(docs: list[Document]) -> list[list[str]]:
        '''Partition of the documents into stories, as lists of ``Document.id``. Every document
        in exactly one list; a document alone in its story is a list of one.'''

    def link_entities(docs: list[Document]) -> dict[tuple[str, str], str]:
        '''(``Document.id``, ``Entity.id``) -> global entity id, for the entities linked across
        documents. Entities left out are treated as linked to nothing.'''

Before either is called, each ``Document.id`` (a content hash) is replaced by the fixture's
document id, so the ids the functions return can be scored directly; nothing else is changed.
``language`` and ``published`` are passed to ``extract`` from the fixture (``published`` is null
for most documents: PUD and FactRuEval carry no date).

Baselines, always printed for reference:

* stories ``singletons`` — every document its own story (B³ precision 1 by construction);
* entities ``same-name`` — entities with equal casefolded ``Entity.name`` are one (the issue's
  trivial linker);
* entities ``same-key`` — entities with equal ``Entity.key`` (newsgraph's cross-language name key)
  are one.

Entity mentions are matched to gold mentions by offset overlap after placing the gold text in
``Document.text`` (see ``resolve_scoring``); how many gold mentions could not be placed is printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.resolve_scoring import (  # noqa: E402
    PRF,
    GoldMention,
    PairScore,
    PredictedMention,
    b_cubed,
    locate,
    match_mentions,
    pairwise,
    pairwise_by_language_pair,
    restrict,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "cases" / "stories"
BASELINE = Path(__file__).resolve().parent / "resolve_baseline.json"
LANGUAGES = ("de", "en", "ru")

Links = dict[tuple[str, str], str]


def load_fixture(folder: Path = FIXTURE) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The fixture documents (in file order) and the gold file."""
    with (folder / "documents.jsonl").open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return records, gold


def extract_all(records: Sequence[dict[str, Any]]) -> list[Any]:
    """Run newsgraph on every record; the fixture id replaces the content-hash id."""
    import newsgraph

    docs = []
    for record in records:
        doc = newsgraph.extract(
            record["text"], language=record["language"], published=record.get("published")
        )
        doc.id = record["id"]
        docs.append(doc)
    return docs


def optional(module: str, name: str) -> Callable[..., Any] | None:
    """`newsgraph.<module>.<name>` if it exists yet, else None (the harness predates it)."""
    try:
        return getattr(importlib.import_module(f"newsgraph.{module}"), name, None)
    except ImportError:
        return None


def gold_mentions(
    gold: dict[str, Any], records: Sequence[dict[str, Any]], docs: Sequence[Any]
) -> tuple[list[GoldMention], int]:
    """Gold mentions with offsets moved into newsgraph's cleaned text, and how many could not
    be placed (those fall back to surface matching)."""
    text_of = {r["id"]: r["text"] for r in records}
    cleaned_of = {d.id: d.text for d in docs}
    out, missing = [], 0
    for cluster in gold["entities"]:
        for m in cluster["mentions"]:
            span = locate(text_of[m["doc"]], cleaned_of[m["doc"]], m["start"], m["end"])
            missing += span is None
            start, end = span if span else (None, None)
            out.append(GoldMention(m["doc"], start, end, m["text"], cluster["id"]))
    return out, missing


def predicted_mentions(docs: Sequence[Any], links: Links) -> list[PredictedMention]:
    """Every mention of every linked entity, carrying its global id."""
    out = []
    for doc in docs:
        for entity in doc.entities:
            global_id = links.get((doc.id, entity.id))
            if global_id is None:
                continue
            out.extend(
                PredictedMention(doc.id, m.start, m.end, m.text, global_id) for m in entity.mentions
            )
    return out


def link_by(docs: Sequence[Any], field: Callable[[Any], str]) -> Links:
    """Baseline linker: entities with equal `field` are one entity (label ignored)."""
    return {(doc.id, e.id): field(e) for doc in docs for e in doc.entities if field(e)}


def singletons(docs: Sequence[Any]) -> list[list[str]]:
    return [[doc.id] for doc in docs]


def score_stories(
    predicted: list[list[str]], gold: dict[str, Any], language: dict[str, str]
) -> dict[str, PRF]:
    """B³ overall and on every one- and two-language subset of the fixture."""
    rows = {"all": b_cubed(predicted, gold["stories"])}
    subsets = [(lang,) for lang in LANGUAGES] + [
        (a, b) for i, a in enumerate(LANGUAGES) for b in LANGUAGES[i + 1 :]
    ]
    for subset in subsets:
        keep = [doc for doc, lang in language.items() if lang in subset]
        rows["+".join(subset)] = b_cubed(restrict(predicted, keep), restrict(gold["stories"], keep))
    return rows


def score_links(
    links: Links, docs: Sequence[Any], mentions: list[GoldMention], language: dict[str, str]
) -> dict[str, PairScore]:
    assignment = match_mentions(mentions, predicted_mentions(docs, links))
    rows = {"all": pairwise(mentions, assignment)}
    rows.update(pairwise_by_language_pair(mentions, assignment, language))
    return rows


def print_stories(name: str, rows: dict[str, PRF]) -> None:
    print(f"  {name}")
    for key, s in rows.items():
        print(f"    {key:<8} B3 P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")


def print_links(name: str, rows: dict[str, PairScore]) -> None:
    print(f"  {name}")
    for key, s in rows.items():
        print(
            f"    {key:<8} pairs P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
            f"   (true {s.true_pairs} / predicted {s.predicted_pairs} / gold {s.gold_pairs})"
        )


def floors_met(stories: PRF | None, links: PairScore | None, floors: dict[str, float]) -> list[str]:
    """One line per floor: met, missed, or not measurable yet."""
    out = []
    if stories is None:
        out.append("stories   B3 F1 floor: not measurable (group_stories missing)")
    else:
        ok = stories.f1 >= floors["stories_b3_f1"]
        out.append(
            f"stories   B3 F1 {stories.f1:.3f} >= {floors['stories_b3_f1']}: "
            f"{'met' if ok else 'MISSED'}"
        )
    if links is None:
        out.append("entities  pairwise floor: not measurable (link_entities missing)")
    else:
        ok = (
            links.precision >= floors["entities_pairwise_precision"]
            and links.recall >= floors["entities_pairwise_recall"]
        )
        out.append(
            f"entities  pairwise P {links.precision:.3f} >= "
            f"{floors['entities_pairwise_precision']} at R {links.recall:.3f} >= "
            f"{floors['entities_pairwise_recall']}: {'met' if ok else 'MISSED'}"
        )
    return out


def as_json(rows: dict[str, Any]) -> dict[str, Any]:
    return {
        key: {k: round(v, 4) if isinstance(v, float) else v for k, v in vars(s).items()}
        for key, s in rows.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, help="write all figures to this file")
    parser.add_argument(
        "--write-measured",
        action="store_true",
        help="store the figures in resolve_baseline.json under 'measured'",
    )
    args = parser.parse_args(argv)

    records, gold = load_fixture()
    language = {r["id"]: r["language"] for r in records}
    started = time.perf_counter()
    docs = extract_all(records)
    seconds = time.perf_counter() - started
    mentions, unplaced = gold_mentions(gold, records, docs)
    counts = {lang: sum(v == lang for v in language.values()) for lang in LANGUAGES}
    print(
        f"fixture: {len(records)} documents {counts}, {len(gold['stories'])} gold stories, "
        f"{len(gold['entities'])} gold entity clusters, {len(mentions)} gold mentions "
        f"({unplaced} not found in cleaned text); extraction {seconds:.1f} s"
    )

    results: dict[str, Any] = {"stories": {}, "entities": {}}
    print("stories (B3 over documents)")
    group_stories = optional("stories", "group_stories")
    story_main: PRF | None = None
    if group_stories is None:
        print("  stories: not implemented (newsgraph.stories.group_stories missing)")
    else:
        rows = score_stories(group_stories(docs), gold, language)
        story_main = rows["all"]
        print_stories("newsgraph.stories.group_stories", rows)
        results["stories"]["newsgraph"] = as_json(rows)
    rows = score_stories(singletons(docs), gold, language)
    print_stories("baseline: singletons", rows)
    results["stories"]["baseline_singletons"] = as_json(rows)

    print("entities (cross-document mention pairs)")
    link_entities = optional("resolve", "link_entities")
    link_main: PairScore | None = None
    if link_entities is None:
        print("  entities: not implemented (newsgraph.resolve.link_entities missing)")
    else:
        link_rows = score_links(link_entities(docs), docs, mentions, language)
        link_main = link_rows["all"]
        print_links("newsgraph.resolve.link_entities", link_rows)
        results["entities"]["newsgraph"] = as_json(link_rows)
    for name, field in (("same_name", lambda e: e.name.casefold()), ("same_key", lambda e: e.key)):
        link_rows = score_links(link_by(docs, field), docs, mentions, language)
        print_links(f"baseline: {name}", link_rows)
        results["entities"][f"baseline_{name}"] = as_json(link_rows)

    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    print("floors (issue 6)")
    for line in floors_met(story_main, link_main, baseline["floors"]):
        print("  " + line)

    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if args.write_measured:
        baseline["measured"] = {
            "date": dt.date.today().isoformat(),
            "documents": len(records),
            "gold_mentions": len(mentions),
            "unplaced_mentions": unplaced,
            **results,
        }
        BASELINE.write_text(
            json.dumps(baseline, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
