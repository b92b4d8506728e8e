"""Evaluate a newsgraph NER model: per-label exact-span P/R/F1 on the eval sets, plus words/s.

    python benchmarks/ner_eval.py --lang de --model src/newsgraph/models/ner_de [--json out.json]
    python benchmarks/ner_eval.py --lang uk --model rules

Data comes from ``NEWSGRAPH_SHARED_DATA`` (default ``../shared/data``). Gold and predicted
spans are compared per sentence on the gold tokenisation; each set is scored over the labels
it annotates (MISC predictions are ignored on PER/ORG/LOC-only sets). Speed is measured on
raw text (tokeniser included) in a single process.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from training import corpora as C  # noqa: E402
from training.scoring import Scores, bio_to_spans, format_table, score_spans  # noqa: E402

EVAL_SETS: dict[str, list[tuple[str, Callable[[], list[C.Sent]], tuple[str, ...]]]] = {
    "de": [
        ("germeval2014-dev", lambda: C.germeval("dev"), ("PER", "ORG", "LOC", "MISC")),
        ("uner-de_pud-test", lambda: C.uner("de_pud-ud-test"), ("PER", "ORG", "LOC")),
        ("wikineural-de-test", lambda: C.wikineural("de"), ("PER", "ORG", "LOC", "MISC")),
    ],
    "en": [
        ("uner-en_ewt-test", lambda: C.uner("en_ewt-ud-test"), ("PER", "ORG", "LOC")),
        ("uner-en_pud-test", lambda: C.uner("en_pud-ud-test"), ("PER", "ORG", "LOC")),
        ("wikineural-en-test", lambda: C.wikineural("en"), ("PER", "ORG", "LOC", "MISC")),
    ],
    "ru": [
        ("uner-ru_pud-test", lambda: C.uner("ru_pud-ud-test"), ("PER", "ORG", "LOC")),
        ("wikineural-ru-test", lambda: C.wikineural("ru"), ("PER", "ORG", "LOC")),
    ],
    "uk": [("ner-uk-test", lambda: C.ner_uk("test"), ("PER", "ORG", "LOC"))],
}
# `--model rules`: the rule recogniser of a language without a model (`nlp/uk_names.py`).
RULES = "rules"


def predict(nlp, sents: list[C.Sent]) -> list[list[tuple[int, int, str]]]:
    """Run the pipeline on gold tokens (no re-tokenisation) and return token spans."""
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=toks) for toks, _ in sents)
    return [[(e.start, e.end, e.label_) for e in d.ents] for d in nlp.pipe(docs, batch_size=256)]


def predict_by_rule(lang: str, sents: list[C.Sent]) -> list[list[tuple[int, int, str]]]:
    """The names stage as the pipeline runs it for a language without a model (its rules,
    then `repair_mentions`), on each sentence's gold tokens joined by spaces; a span that does
    not start and end on token edges counts as a wrong one."""
    from newsgraph.mentions import repair_mentions
    from newsgraph.model import Document
    from newsgraph.nlp.ner import recognise

    predicted = []
    for tokens, _ in sents:
        starts, ends, offset = {}, {}, 0
        for index, token in enumerate(tokens):
            starts[offset], ends[offset + len(token)] = index, index + 1
            offset += len(token) + 1
        doc = repair_mentions(recognise(Document(id="s", text=" ".join(tokens), language=lang)))
        predicted.append(
            [
                (starts.get(n.start, -1), ends.get(n.end, -1), n.label)
                for n in doc.names
                if n.label != "MISC"
            ]
        )
    return predicted


def evaluate_rules(lang: str, verbose: bool = True) -> dict:
    """Score the rule recogniser of ``lang``; speed is words per second over its first set."""
    result: dict = {"model": RULES, "lang": lang, "sets": {}}
    for name, load, labels in EVAL_SETS[lang]:
        sents = load()
        started = time.perf_counter()
        predicted = predict_by_rule(lang, sents)
        seconds = time.perf_counter() - started
        scores = score_spans([bio_to_spans(t) for _, t in sents], predicted, labels)
        result["sets"][name] = scores.as_dict()
        result.setdefault("words_per_second", round(sum(len(t) for t, _ in sents) / seconds))
        if verbose:
            print(format_table(name, scores), flush=True)
    if verbose:
        print(f"speed: {result['words_per_second']} words per second (names stage, one process)")
    return result


def words_per_second(nlp, sents: list[C.Sent], repeats: int = 3) -> tuple[float, float]:
    """Throughput on raw text incl. tokenisation, best of ``repeats`` runs: (per CPU-second, per wall-second).

    Words per CPU-second (``time.process_time``, all threads of this process) is what one
    process achieves on one core of this machine; wall-clock is also reported because it drops
    when other jobs share the two cores.
    """
    texts = [" ".join(toks) for toks, _ in sents]
    best_cpu = best_wall = 0.0
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        n = sum(len(d) for d in nlp.pipe(texts, batch_size=256))
        best_cpu = max(best_cpu, n / (time.process_time() - c0))
        best_wall = max(best_wall, n / (time.perf_counter() - w0))
    return best_cpu, best_wall


def evaluate_model(lang: str, model: Path, verbose: bool = True) -> dict:
    """Score ``model`` on every eval set of ``lang``; returns a JSON-able dict."""
    import spacy

    nlp = spacy.load(model)
    result: dict = {"model": str(model), "lang": lang, "sets": {}}
    first: list[C.Sent] | None = None
    for name, load, labels in EVAL_SETS[lang]:
        sents = load()
        first = first or sents
        scores: Scores = score_spans(
            [bio_to_spans(t) for _, t in sents], predict(nlp, sents), labels
        )
        result["sets"][name] = scores.as_dict()
        if verbose:
            print(format_table(name, scores), flush=True)
    assert first is not None
    cpu, wall = words_per_second(nlp, first)
    result["words_per_second"], result["words_per_second_wall"] = round(cpu), round(wall)
    result["size_mb"] = round(
        sum(f.stat().st_size for f in Path(model).rglob("*") if f.is_file()) / 2**20, 1
    )
    if verbose:
        print(
            f"speed: {result['words_per_second']} words per CPU-second, {result['words_per_second_wall']} "
            f"words per wall-second (single process, raw text of {EVAL_SETS[lang][0][0]})"
        )
        print(f"size: {result['size_mb']} MB")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--lang", choices=sorted(EVAL_SETS), required=True)
    ap.add_argument(
        "--model", required=True, help=f"a spaCy model directory, or {RULES!r} (Ukrainian)"
    )
    ap.add_argument("--json", type=Path, default=None, help="also write results here")
    a = ap.parse_args()
    res = evaluate_rules(a.lang) if a.model == RULES else evaluate_model(a.lang, Path(a.model))
    if a.json:
        a.json.write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
